"""A dose someone else gave the person is stored as theirs, and "before I left" is no
supply left, through the real Application."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from bot.storage.models import DoseLog
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import add, onboard
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say

LONDON = ZoneInfo("Europe/London")


async def test_the_nurse_gave_me_2_tramadol_before_i_left_is_a_dose_of_2(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "left" was read as supply left ("2 tramadol left"), so the dose
    # the nurse gave never reached the record.
    await onboard(fake, "Europe/London")
    await add(fake, "tramadol 50mg 1-2 tablets every 6 hours as needed")
    clock.set(dt.datetime(2026, 12, 7, 8, 55, tzinfo=LONDON))
    # A supply handed over first: counted on hand, no dose
    await say(fake, "pharmacy gave me 30 tramadol", "30 Tramadol")
    assert await rows(bot, DoseLog) == []
    logged = await say(fake, "the nurse gave me 2 tramadol before I left", "Logged")
    assert (logged.text or "").startswith("Logged: 2 × Tramadol 50 mg at 08:55")
    logs = await rows(bot, DoseLog)
    assert [(x.generic, x.count, x.amount, x.taken_at) for x in logs] == [
        ("tramadol", 2, 50, dt.datetime(2026, 12, 7, 8, 55, tzinfo=dt.UTC))
    ]
