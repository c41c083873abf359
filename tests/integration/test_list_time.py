"""A time said once after a list of medicines dates each of them: "took crocin, dolo and
advil at 8" logged the Crocin at the moment it was told, only the last ones at 8."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_tablets_per_dose import _log_rows


async def test_one_time_after_a_list_dates_each_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 250mg as needed")
    await add(fake, "advil 200mg as needed", warned=True)  # (two NSAIDs)
    clock.set(dt.datetime(2026, 12, 7, 14, 0, tzinfo=dt.UTC))  # London keeps UTC in December
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "took naproxen, advil at 8")
    await fake.wait_for_message(UID, after=n, contains="Logged")
    await settled(bot)

    rows = [
        (r.name.lower(), r.taken_at.astimezone(dt.UTC).strftime("%H:%M"))
        for r in await _log_rows(bot)
    ]
    assert rows == [("naproxen", "08:00"), ("advil", "08:00")], rows
    said = "\n".join(m.text or "" for m in fake.messages_to(UID)[n:])
    assert "14:00" not in said, said
