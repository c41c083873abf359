"""Dolo 650 and Crocin both on the list, both paracetamol (Sandbox, Pune): "took 2
crocin" was logged as 2 × Dolo 650 mg (1,300 mg where 1,000 were taken), and "dolo
taken after lunch" was asked whether it was "the Crocin logged at 09:05"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_tablets_per_dose import _log_rows
from tests.integration.test_waiting_questions import say


async def test_the_brand_named_is_the_one_recorded(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Asia/Kolkata")
    await add(fake, "dolo 650 as needed every 6 hours max 4 per day")
    await add(fake, "crocin 500mg as needed max 6 per day", warned=True)

    clock.set(dt.datetime(2026, 12, 10, 3, 35, tzinfo=dt.UTC))  # 09:05 in Pune
    took = (await say(fake, "took 2 crocin", "Logged")).text or ""
    assert "2 × Crocin 500 mg" in took and "Dolo" not in took

    clock.set(dt.datetime(2026, 12, 10, 8, 5, tzinfo=dt.UTC))  # 13:35
    n = len(fake.messages_to(UID))
    dolo = (await say(fake, "dolo taken after lunch", "Logged")).text or ""
    await settled(bot)
    said = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not any("Is this the" in t for t in said), said
    assert "Dolo 650 mg" in dolo
    assert "Its label says" not in dolo  # Tylenol's strengths are not Dolo's label
    rows = [(r.name.lower(), r.amount, r.count) for r in await _log_rows(bot)]
    assert rows == [("crocin", 500.0, 2.0), ("dolo", 650.0, None)], rows


async def test_a_brand_not_on_the_list_is_kept_as_itself_not_as_the_listed_one(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Only Dolo 650 on the list: "took crocin" was logged as Dolo 650 mg — another
    product, at a strength it may not have had, in the doctor's report."""
    await onboard(fake, "Asia/Kolkata")
    await add(fake, "dolo 650 as needed every 6 hours max 4 per day")
    clock.set(dt.datetime(2026, 12, 10, 3, 35, tzinfo=dt.UTC))  # 09:05 in Pune
    took = (await say(fake, "took crocin", "Logged")).text or ""
    assert "Logged: Crocin at 09:05" in took and "not as your Dolo 650 mg" in took
    clock.set(dt.datetime(2026, 12, 10, 8, 5, tzinfo=dt.UTC))  # 13:35
    dolo = (await say(fake, "took my dolo", "Logged")).text or ""
    assert "Dolo 650 mg" in dolo and "Crocin" not in dolo.split("\n")[0]
    # the ingredient's own name is the listed dose, as before
    para = (await say(fake, "took paracetamol", "Logged")).text or ""
    assert "Dolo 650 mg" in para and "not as your" not in para
    await settled(bot)
    rows = [(r.name.lower(), r.medication_id is not None) for r in await _log_rows(bot)]
    assert rows == [("crocin", False), ("dolo", True), ("dolo", True)], rows
