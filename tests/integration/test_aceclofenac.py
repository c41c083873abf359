"""Zerodol-SP and Zerodol-P are checked as the aceclofenac (an NSAID) and the paracetamol
they hold (Sandbox, Bengaluru: with aceclofenac unknown, Zerodol-SP beside ibuprofen was
told nothing of two NSAIDs)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import Medication
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import add, onboard
from tests.integration.test_waiting_questions import say

BENGALURU = ZoneInfo("Asia/Kolkata")


async def test_ibuprofen_beside_a_listed_zerodol_sp_is_told_of_two_nsaids(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Asia/Kolkata")
    clock.set(dt.datetime(2026, 12, 7, 13, 25, tzinfo=BENGALURU))
    saved = await add(fake, "Zerodol-SP 08:00 20:00")
    # the carton's strength, never asked: its name is sold in one
    assert "Zerodol-SP 100/325/15 mg" in saved, saved
    await settled(bot)
    async with deps_of(bot).sessions() as s:
        med = (await s.scalars(select(Medication))).one()
    assert med.generic == "aceclofenac/acetaminophen"
    assert med.other_ingredients is None
    clock.set(dt.datetime(2026, 12, 7, 16, 0, tzinfo=BENGALURU))
    logged = await say(fake, "took ibuprofen 400", "both NSAIDs")
    text = logged.text or ""
    assert "Zerodol-SP" in text and "ibuprofen" in text.lower()
    assert "stomach bleeding" in text
    assert text.rstrip().endswith("talk to your doctor or pharmacist."), text


async def test_zerodol_p_doses_count_toward_the_days_paracetamol(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Thu 10 Dec: Zerodol-P at 08:00 and 20:00 (2 × 325 mg paracetamol), Dolo 650 two
    at a time at 10:00, 15:00 and 22:00 (3,900 mg): 4,550 mg, past the 4,000 mg maximum
    only because the Zerodol-P is counted."""
    await onboard(fake, "Asia/Kolkata")
    clock.set(dt.datetime(2026, 12, 7, 13, 25, tzinfo=BENGALURU))
    await add(fake, "Zerodol-P as needed")
    await add(fake, "Dolo 650 as needed", warned=True)
    day = dt.date(2026, 12, 10)
    for hour, line in ((8, "took zerodol p"), (10, "took 2 dolo 650"), (15, "took 2 dolo 650"),
                       (20, "zerodol p taken")):  # fmt: skip
        clock.set(dt.datetime.combine(day, dt.time(hour), tzinfo=BENGALURU))
        calm = await say(fake, line, "Logged")
        assert "🛑" not in (calm.text or ""), calm.text
    clock.set(dt.datetime.combine(day, dt.time(22), tzinfo=BENGALURU))
    reply = await say(fake, "took 2 dolo 650", "🛑")
    text = reply.text or ""
    assert "4,550 mg of paracetamol" in text, text
    assert "Zerodol-P" in text and "Dolo" in text
    assert "acetaminophen" not in text.lower()  # named as Bengaluru names it
    assert text.rstrip().endswith("talk to your doctor or pharmacist.")
