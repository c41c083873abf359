"""Yesterday's reminder tapped Taken today says the day it was taken, not only the time:
"✅ Taken 13:55 (late)" under Monday's 14:00 dose read as if taken on time (a sandbox
week's retired postman) — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard


async def test_a_dose_taken_the_next_day_says_its_day(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "baclofen 10mg 14:00")
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    await tick(bot)
    reminder = await fake.wait_for_message(UID, after=n, contains="Time for your 14:00")
    clock.set(dt.datetime(2026, 11, 26, 13, 55, tzinfo=NY))
    await tick(bot)
    await fake.press(UID, reminder.message_id, "Taken")
    shown = await fake.wait_for_edit(UID, reminder.message_id, contains="✅ Taken")
    assert "✅ Taken Thu 26 Nov, 13:55 (late)" in (shown.text or ""), shown.text
