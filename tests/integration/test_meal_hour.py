"""A meal beside a bare hour places the dose in that meal's part of the day (Sandbox,
London, 08:00: "had my naproxen with lunch at 1" was logged at 01:00 today, and a
daughter's "mum had her naproxen with breakfast at 9" at 21:00 the night before).
Through the real Application."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from bot.storage.models import DoseLog
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import add, onboard
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say

LONDON = ZoneInfo("Europe/London")
MORNING = dt.datetime(2026, 12, 7, 8, 0, tzinfo=LONDON)


async def _taken_at(bot: Any) -> list[dt.datetime]:
    return [log.taken_at.astimezone(LONDON) for log in await rows(bot, DoseLog)]


async def test_lunch_at_1_said_at_8_is_yesterdays_lunchtime(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg as needed max 2 per day")
    clock.set(MORNING)
    reply = await say(fake, "had my naproxen with lunch at 1", "Logged")
    assert "yesterday at 13:00" in (reply.text or ""), reply.text
    await settled(bot)
    assert await _taken_at(bot) == [dt.datetime(2026, 12, 6, 13, 0, tzinfo=LONDON)]


async def test_a_daughters_meal_hours_are_her_mothers_doses(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg as needed max 2 per day")
    clock.set(MORNING)
    await say(fake, "this is Sarah, her daughter", "Logged")
    # 09:00 is an hour ahead: asked about, as "at 9am" is — never 21:00 last night
    asked = await say(fake, "mum had her naproxen with breakfast at 9", "still to come")
    assert "09:00" in (asked.text or ""), asked.text
    await settled(bot)
    assert await _taken_at(bot) == []
    reply = await say(fake, "mum had her naproxen with dinner at 7", "Logged")
    assert "yesterday at 19:00" in (reply.text or ""), reply.text
    await settled(bot)
    assert await _taken_at(bot) == [dt.datetime(2026, 12, 6, 19, 0, tzinfo=LONDON)]
