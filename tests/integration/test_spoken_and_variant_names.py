"""Doses told as a voice-to-text phone writes them, or by the variant of a product's
name, counted as meant: "took to tylenol" is two tablets and "2 more extra strength" is
two of the person's Tylenol Extra Strength — each reaching the acetaminophen total.
Found living it: the first was kept as one tablet, the second as "Sorry, I didn't catch
that"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import add, onboard
from tests.integration.test_tablets_per_dose import _log_rows
from tests.integration.test_waiting_questions import say


async def test_spoken_two_and_the_variant_name_count_every_tablet(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "America/Toronto")
    assert "Tylenol Extra Strength 500 mg" in await add(fake, "tylenol extra strength as needed")
    start = dt.datetime(2026, 12, 7, 14, 0, tzinfo=dt.UTC)  # 09:00 in Toronto
    clock.set(start)
    first = (await say(fake, "took to tylenol", "Logged")).text or ""
    assert "2 × Tylenol Extra Strength 500 mg" in first
    # Listed as needed with no tablets per dose: the one tablet is the list's guess, said
    # so, not "more than one dose" as if a doctor had set it.
    assert "Your list counts one tablet of Tylenol Extra Strength 500 mg as a dose" in first
    assert "more than one dose" not in first
    clock.set(start + dt.timedelta(hours=7))
    second = (await say(fake, "had 2 more extra strength", "Logged")).text or ""
    assert "2 × Tylenol Extra Strength 500 mg" in second
    assert [row.count for row in await _log_rows(bot)] == [2, 2]
    total = await say(fake, "how much tylenol have i had today", "today")
    assert "about 2,000 mg" in (total.text or "")
