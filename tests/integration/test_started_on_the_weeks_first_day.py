"""A medicine started on the day a weekly summary's week begins is dated as a start
(Sandbox, Chicago: her doctor stopped ibuprofen and added pregabalin on a Monday; the
summary read "Ibuprofen 600 mg (until Mon 14 Dec)" beside an undated "Pregabalin 75 mg:
9 of 12", as if she had missed half her pregabalin for a week). The list set up on the
diary's first day stays undated: that is no change."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard


async def _summary(fake: FakeBotApi, bot: Any, clock: FakeClock, when: dt.datetime) -> str:
    clock.set(when)
    await tick(bot)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/summary")
    # (the weekly summary the jump left due may come first: the one asked for is the last)
    await fake.wait_for_message(UID, after=n, contains="Your week", timeout=60)
    return [m.text or "" for m in fake.messages_to(UID)[n:] if "Your week" in (m.text or "")][-1]


async def test_a_medicine_started_on_the_weeks_monday_says_from_that_day(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)  # Wed 25 Nov
    await add(fake, "duloxetine 60mg 08:00")
    clock.set(dt.datetime(2026, 11, 30, 10, 0, tzinfo=NY))  # Monday
    await tick(bot)
    await add(fake, "pregabalin 75mg 08:00 20:00")

    week = await _summary(fake, bot, clock, dt.datetime(2026, 12, 6, 19, 0, tzinfo=NY))
    lines = week.splitlines()
    assert any(x.startswith("• Pregabalin 75 mg (from Mon 30 Nov):") for x in lines), week
    assert any(x.startswith("• Duloxetine 60 mg:") for x in lines), "begun before: undated"


async def test_the_list_set_up_on_the_diarys_first_day_is_undated(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2026, 11, 30, 7, 0, tzinfo=NY))  # a Monday, the diary's first day
    await onboard(fake)
    await add(fake, "pregabalin 75mg 08:00 20:00")

    week = await _summary(fake, bot, clock, dt.datetime(2026, 12, 6, 19, 0, tzinfo=NY))
    assert any(x.startswith("• Pregabalin 75 mg:") for x in week.splitlines()), week
