"""Routine messages in the hours after a red flag's alarm, through the real Application and
its clock (the check-in's rule, test_checkin_after_alarm.py, for the rest): the weekly
summary waits until the six hours after the alarm are over and still comes that day; a
routine's reminder falling in them is held (not sent late, the next day's as usual); a
dose's reminder still comes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from bot.app import deps_of
from bot.domain.states import WorkKind, WorkStatus
from bot.storage.models import DueWork
from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_checkin_after_alarm import run_until, said, toronto
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say

SUMMARY = "Your week"  # "📋 Your week at a glance" (Sunday 18:00 by default)
ROUTINE = "Time for your routine"
ALARM = "i cant feel anything between my legs and i wet myself"


async def _work(app: Any, kind: str) -> list[DueWork]:
    async with deps_of(app).sessions() as s:
        query = select(DueWork).where(DueWork.kind == kind).order_by(DueWork.due_at)
        return list(await s.scalars(query))


async def _sunday_noon(fake: FakeBotApi, app: Any, clock: FakeClock) -> None:
    """Onboard in Toronto, reach Sunday 13 Dec 12:00 with tramadol at 18:00."""
    await onboard(fake, "America/Toronto")
    clock.set(toronto(13, 12))
    await tick(app)  # (the days since onboarding caught up)
    await add(fake, "tramadol 50mg 08:00 18:00")


async def test_the_weekly_summary_waits_out_the_hours_after_an_alarm(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _sunday_noon(fake, bot, clock)
    clock.set(toronto(13, 13))
    await say(fake, ALARM, "emergency")
    await settled(bot)
    n = len(fake.messages_to(UID))
    await run_until(bot, clock, toronto(13, 18, 50))
    assert said(fake, "Time for your 18:00 dose", n), "the dose is still reminded"
    assert not said(fake, SUMMARY, n), "no summary five hours after the alarm"
    await run_until(bot, clock, toronto(13, 19, 10))
    assert len(said(fake, SUMMARY, n)) == 1, "deferred, not dropped: it comes that evening"
    this, nxt = (await _work(bot, WorkKind.SUMMARY))[-2:]
    assert (this.local_date, this.status) == (dt.date(2026, 12, 13), WorkStatus.SENT)
    assert (nxt.local_date, nxt.status) == (dt.date(2026, 12, 20), WorkStatus.PENDING)


async def test_a_summary_whose_wait_ends_at_night_comes_the_next_morning(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _sunday_noon(fake, bot, clock)
    clock.set(toronto(13, 17, 30))
    await say(fake, ALARM, "emergency")
    await settled(bot)
    n = len(fake.messages_to(UID))
    await run_until(bot, clock, toronto(14, 7, 50))
    assert not said(fake, SUMMARY, n), "not at 23:30, nor in the night"
    await run_until(bot, clock, toronto(14, 8, 10))
    assert len(said(fake, SUMMARY, n)) == 1


async def test_an_alarm_said_to_be_seen_to_lets_the_summary_come(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _sunday_noon(fake, bot, clock)
    clock.set(toronto(13, 13))
    await say(fake, ALARM, "emergency")
    clock.set(toronto(13, 17))
    await say(fake, "home from the ER now, they said it's a bulging disc", "")
    await settled(bot)
    n = len(fake.messages_to(UID))
    await run_until(bot, clock, toronto(13, 18, 10))
    assert said(fake, SUMMARY, n), "the alarm no longer stands"


async def test_a_routine_reminder_in_the_hours_after_an_alarm_is_held(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _sunday_noon(fake, bot, clock)
    await say(fake, "/routine stretches 17:00", "I'll remind you")
    clock.set(toronto(13, 14))
    await say(fake, ALARM, "emergency")
    await settled(bot)
    n = len(fake.messages_to(UID))
    await run_until(bot, clock, toronto(14, 12))
    assert said(fake, "Time for your 18:00 dose", n), "the dose is still reminded"
    assert not said(fake, ROUTINE, n), "no stretches three hours after the alarm, nor later"
    held = [w for w in await _work(bot, WorkKind.ROUTINE) if w.local_date.day == 13]
    assert held[0].status == WorkStatus.HELD, "held, not sent nor missed"
    await run_until(bot, clock, toronto(14, 17, 10))
    assert len(said(fake, ROUTINE, n)) == 1, "the next day's comes as every day"
