"""An alarm told exactly ALARM_HUSH (6 hours) before the daily check-in holds it, as one
told a minute later does: the hush runs from the alarm to six hours on, both ends in."""

from __future__ import annotations

from typing import Any

from bot.domain.states import WorkStatus
from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_checkin_after_alarm import PAIN, checkins, run_until, said, toronto
from tests.integration.test_dose_loop import UID, onboard
from tests.integration.test_hushed_after_alarm import ALARM, ROUTINE, SUMMARY, _sunday_noon
from tests.integration.test_waiting_questions import say


async def test_an_alarm_exactly_six_hours_before_the_checkin_holds_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "America/Toronto")
    clock.set(toronto(7, 12))
    await tick(bot)  # (the days since onboarding caught up)
    clock.set(toronto(7, 14, 0))
    await say(fake, "i can't feel my legs and i've lost bladder control", "emergency")
    await settled(bot)
    n = len(fake.messages_to(UID))
    await run_until(bot, clock, toronto(8, 0, 0))
    assert not said(fake, PAIN, n), "no pain question at the hush's very end"
    assert (await checkins(bot))[toronto(7, 0).date()] == WorkStatus.HELD


async def test_an_alarm_exactly_six_hours_before_the_summary_makes_it_wait(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # The check-in at that boundary is held; the summary was sent at it, "Your week at a
    # glance" the very minute the hush was said to still cover
    await _sunday_noon(fake, bot, clock)
    clock.set(toronto(13, 12))
    await say(fake, ALARM, "emergency")
    await settled(bot)
    n = len(fake.messages_to(UID))
    await run_until(bot, clock, toronto(13, 18, 0))
    assert not said(fake, SUMMARY, n), "not inside the hush, its last minute included"
    await run_until(bot, clock, toronto(13, 18, 10))
    assert len(said(fake, SUMMARY, n)) == 1, "just after it, that evening"


async def test_a_routine_exactly_six_hours_after_an_alarm_is_held(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _sunday_noon(fake, bot, clock)
    await say(fake, "/routine stretches 18:00", "I'll remind you")
    await settled(bot)
    clock.set(toronto(13, 12))
    await say(fake, ALARM, "emergency")
    await settled(bot)
    n = len(fake.messages_to(UID))
    await run_until(bot, clock, toronto(13, 18, 30))
    assert not said(fake, ROUTINE, n)
