"""A flare's extra doses typed in a hurry are logged (Sandbox, Sydney: a nurse's
"palexia again" and "one more palexia so i can sleep" were answered "I haven't logged a
dose from that", so two Palexia IR were missing from her week and from the 24-hour
count against her own maximum of 4 a day). Through the real Application."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from bot.storage.models import DoseLog
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say

SYDNEY = ZoneInfo("Australia/Sydney")  # AEDT, UTC+11, in December


async def _taken_at(bot: Any) -> list[dt.datetime]:
    return sorted(log.taken_at.astimezone(SYDNEY) for log in await rows(bot, DoseLog))


async def test_palexia_again_and_one_more_to_sleep_are_doses(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Australia/Sydney")
    await add(fake, "palexia ir 50mg as needed max 4 per day", warned=True)
    day = dt.datetime(2026, 12, 10, tzinfo=SYDNEY)
    for hour, text in ((6, "took 1 palexia"), (11, "another palexia, still 8")):
        clock.set(day.replace(hour=hour))
        await say(fake, text, "Logged")
    clock.set(day.replace(hour=16, minute=40))
    await say(fake, "palexia again", "Palexia IR 50 mg")
    clock.set(day.replace(hour=22, minute=30))
    await say(fake, "one more palexia so i can sleep", "Palexia IR 50 mg")
    clock.set(day.replace(day=11, hour=2, minute=40))
    # the fifth in 24 hours: past her own maximum, and told so
    over = await say(fake, "palexia again", "your own maximum is 4 a day")
    assert "talk to your doctor or pharmacist" in (over.text or "")
    await settled(bot)
    assert await _taken_at(bot) == [
        day.replace(hour=6),
        day.replace(hour=11),
        day.replace(hour=16, minute=40),
        day.replace(hour=22, minute=30),
        day.replace(day=11, hour=2, minute=40),
    ]


async def test_palexia_again_asked_is_no_dose(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    await onboard(fake, "Australia/Sydney")
    await add(fake, "palexia ir 50mg as needed max 4 per day", warned=True)
    clock.set(dt.datetime(2026, 12, 10, 16, 40, tzinfo=SYDNEY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "palexia again?")
    await settled(bot)
    assert not any("Logged" in (m.text or "") for m in fake.messages_to(UID)[n:])
    assert await _taken_at(bot) == []
