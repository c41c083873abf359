"""The daily check-in in the hours after a red flag's alarm, through the real Application
and its clock: told at 19:50, the 20:00 pain question is not asked that evening (held,
not missed; the next evening's comes as usual) while the 20:00 dose is still reminded;
told after the question came, its "gentle nudge" never follows (Sandbox, Toronto: the
crisis reply, then "How is your pain right now?" ten minutes later and "Just a gentle
nudge 🙂" half an hour after that)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.domain.states import WorkKind, WorkStatus
from bot.storage.models import DueWork
from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say

TORONTO = ZoneInfo("America/Toronto")
PAIN = "How is your pain right now?"


def toronto(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, minute, tzinfo=TORONTO)


def said(fake: FakeBotApi, words: str, after: int = 0) -> list[str]:
    return [m.text or "" for m in fake.messages_to(UID)[after:] if words in (m.text or "")]


async def checkins(app: Any) -> dict[dt.date, str]:
    async with deps_of(app).sessions() as s:
        rows = await s.scalars(
            select(DueWork).where(DueWork.kind == WorkKind.CHECKIN, DueWork.ref_id == 0)
        )
        return {w.local_date: w.status for w in rows}


async def run_until(app: Any, clock: FakeClock, until: dt.datetime) -> None:
    """Tick every ten minutes up to `until`, as the JobQueue would."""
    while clock.now() < until:
        clock.advance(minutes=10)
        await tick(app)


async def test_thoughts_of_suicide_told_before_the_checkin_hold_it_that_evening(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "America/Toronto")
    clock.set(toronto(7, 12))
    await tick(bot)  # (the days since onboarding caught up)
    clock.set(toronto(7, 18, 30))
    await add(fake, "tramadol 50mg 08:00 20:00")
    clock.set(toronto(7, 19, 50))
    await say(fake, "honestly i don't want to be here anymore", "crisis line")
    await settled(bot)
    n = len(fake.messages_to(UID))
    await run_until(bot, clock, toronto(8, 0, 0))
    assert said(fake, "Time for your 20:00 dose", n), "the dose is still reminded"
    assert not said(fake, PAIN, n), "no pain question minutes after the crisis reply"
    assert not said(fake, "nudge 🙂 How is your pain", n)
    kept = await checkins(bot)
    assert kept[dt.date(2026, 12, 7)] == WorkStatus.HELD, "held, not missed"
    # the next evening, its check-in comes as every evening
    n = len(fake.messages_to(UID))
    await run_until(bot, clock, toronto(8, 20, 10))
    assert said(fake, PAIN, n)


async def asked_at_eight(fake: FakeBotApi, app: Any, clock: FakeClock) -> Any:
    """Onboard in Toronto and reach Monday 20:00: the check-in's pain question."""
    await onboard(fake, "America/Toronto")
    clock.set(toronto(7, 12))
    await tick(app)  # (the days since onboarding caught up)
    n = len(fake.messages_to(UID))
    await run_until(app, clock, toronto(7, 20))
    asked = [m for m in fake.messages_to(UID)[n:] if PAIN in (m.text or "")]
    assert len(asked) == 1
    return asked[0]


@pytest.mark.both_databases
async def test_an_alarm_after_the_question_came_stops_its_nudge(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await asked_at_eight(fake, bot, clock)
    clock.set(toronto(7, 20, 5))
    await say(fake, "i cant feel anything between my legs and i wet myself", "emergency")
    await settled(bot)
    n = len(fake.messages_to(UID))
    await run_until(bot, clock, toronto(8, 0, 0))
    assert not said(fake, "nudge", n), "the alarm's reply stays the last word today"
    assert (await checkins(bot))[dt.date(2026, 12, 7)] != WorkStatus.EXPIRED


async def test_an_alarm_told_in_the_morning_leaves_the_evening_checkin(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "America/Toronto")
    clock.set(toronto(7, 9))
    await tick(bot)  # (the days since onboarding caught up)
    await say(fake, "i cant feel anything between my legs and i wet myself", "emergency")
    await settled(bot)
    n = len(fake.messages_to(UID))
    await run_until(bot, clock, toronto(7, 20, 10))
    assert said(fake, PAIN, n), "hours later the evening's check-in is asked"


@pytest.mark.both_databases
async def test_words_after_the_alarm_are_not_met_with_the_pain_question_again(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """The pain question waiting, thoughts of suicide told, then "about the same" half
    an hour later: not "Sorry, I didn't quite catch that. How is your pain right now?"."""
    ask = await asked_at_eight(fake, bot, clock)
    clock.set(toronto(7, 20, 1))
    await say(fake, "i dont see the point of living anymore", "crisis line")
    await settled(bot)
    clock.set(toronto(7, 20, 30))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "about the same")
    await settled(bot)
    await fake.wait_for_message(UID, after=n)
    assert not said(fake, PAIN, n)
    # a score tapped on the question still counts
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "4")
    await settled(bot)
    await run_until(bot, clock, toronto(8, 0, 0))
    assert (await checkins(bot))[dt.date(2026, 12, 7)] == WorkStatus.ANSWERED
