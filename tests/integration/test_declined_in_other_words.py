"""Urgent care turned down in Nigerian English after a bleeding alarm ("no need for
hospital. I go tell the doctor for clinic tomorrow") is asked again plainly and kept for
the doctor; it was offered as a garbled visit on a day whose visit was already kept
(Sandbox, Lagos)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say

LAGOS = ZoneInfo("Africa/Lagos")


async def test_no_need_for_hospital_is_care_declined_and_no_visit_offered(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Africa/Lagos")
    clock.set(dt.datetime(2026, 12, 10, 10, 25, tzinfo=LAGOS))
    await add(fake, "diclofenac 50mg 08:00 20:00")
    await say(fake, "/appointment friday 10am Dr Adeyemi clinic", "Fri 11 Dec")
    clock.set(dt.datetime(2026, 12, 10, 15, 25, tzinfo=LAGOS))
    await say(fake, "my poo don turn black like coal since yesterday", "emergency")
    clock.advance(minutes=20)
    n = len(fake.messages_to(UID))
    again = await say(
        fake,
        "I dey okay o, no need for hospital. I go tell the doctor for clinic tomorrow",
        "shouldn't wait",
    )
    assert "(112)" in (again.text or "")
    await settled(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "keep it as a visit" in (m.text or "")]
