"""Codeine or tramadol while breastfeeding (Sandbox, Johannesburg): the FDA's 2017
warning when breastfeeding is said, and a doctor now for a breastfed baby's signs."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say

LONDON = ZoneInfo("Europe/London")


async def test_breastfeeding_on_codeine_gets_the_fda_warning(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    await add(fake, "co-codamol 30/500 as needed max 8 per day")
    clock.set(dt.datetime(2026, 12, 7, 20, 0, tzinfo=LONDON))
    warned = await say(
        fake, "im breastfeeding my 3 month old, is the co-codamol ok for the baby?", "FDA"
    )
    text = warned.text or ""
    assert "codeine" in text and "talk to your doctor or pharmacist" in text


async def test_a_sleepy_baby_not_feeding_gets_a_doctor_now(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    await add(fake, "co-codamol 30/500 as needed max 8 per day")
    clock.set(dt.datetime(2026, 12, 9, 7, 15, tzinfo=LONDON))
    said = "the baby is very sleepy too and not feeding well, is that from the co-codamol?"
    urgent = await say(fake, said, "now")
    assert "(999)" in (urgent.text or "") and "emergency" in (urgent.text or "")


async def test_breastfeeding_said_on_no_such_medicine_says_nothing_of_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    clock.set(dt.datetime(2026, 12, 7, 20, 0, tzinfo=LONDON))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "im breastfeeding, back is sore today")
    await fake.wait_for_message(UID, after=n)
    await settled(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "FDA" in (m.text or "")]
