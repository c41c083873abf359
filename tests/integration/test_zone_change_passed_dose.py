"""A zone change never loses a dose nor sends one twice (found living a travelling
week in the sandbox). Flying New York → London and setting the zone at 22:30: the
Saturday 22:00 dose was at 03:00 UTC by the old clock (dropped) and 22:00 by the new one
(past), so it was reminded by neither and left out of the record ("2 of 2"). It now
comes at once, late, saying why, and the tap is stored. Flying London → New York, a dose
the old clock gave is not reminded again, nor any dose late."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard, reminders_since
from tests.integration.test_supply import settled
from tests.integration.test_undo_dose import _texted

NY_TWO_PM = dt.datetime(2026, 12, 12, 19, 0, tzinfo=dt.UTC)  # Sat 12 Dec 14:00 EST


async def test_flying_east_past_a_dose_reminds_it_late_and_keeps_the_tap(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    clock.set(NY_TWO_PM - dt.timedelta(hours=1))
    await onboard(fake, "America/New_York")
    await add(fake, "gabapentin 300mg 08:00 14:00 22:00")
    n = len(fake.messages_to(UID))
    clock.set(NY_TWO_PM)
    await tick(bot)
    two = await fake.wait_for_message(UID, after=n, contains="Time for your 14:00")
    await fake.press(UID, two.message_id, "Taken")
    await fake.wait_for_edit(UID, two.message_id, contains="Taken")
    await settled(bot)
    # landed in London, 22:30 there: New York's 22:00 is still 4½ hours off
    clock.set(dt.datetime(2026, 12, 12, 22, 30, tzinfo=dt.UTC))
    said = (await _texted(fake, "/timezone Europe/London", "Time zone set")).text or ""
    assert "• Gabapentin: now — your 22:00 dose by this clock" in said
    n = len(fake.messages_to(UID))
    await tick(bot)
    late = await fake.wait_for_message(UID, after=n, contains="Time for your 22:00")
    assert "late — by your new time zone, 22:00 has just passed" in (late.text or "")
    assert "offline" not in (late.text or "")
    await fake.press(UID, late.message_id, "Taken")
    shown = await fake.wait_for_edit(UID, late.message_id, contains="Taken 22:30")
    assert "offline" not in (shown.text or "")
    await settled(bot)
    # New York's 22:00 (03:00 UTC) brings no second reminder of the day's 22:00 dose
    n = len(fake.messages_to(UID))
    for hour in (1, 3, 4):
        clock.set(dt.datetime(2026, 12, 13, hour, 0, tzinfo=dt.UTC))
        await tick(bot)
    assert not reminders_since(fake, n)
    summary = (await _texted(fake, "/summary", "Doses:")).text or ""
    assert "Gabapentin 300 mg (from Sat 12 Dec): 2 of 2 (100%)" in summary


async def test_flying_west_sends_no_dose_twice_nor_late(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2026, 12, 9, 13, 0, tzinfo=dt.UTC))
    await onboard(fake, "Europe/London")
    await add(fake, "gabapentin 300mg 08:00 14:00 22:00")
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 12, 9, 14, 0, tzinfo=dt.UTC))
    await tick(bot)
    two = await fake.wait_for_message(UID, after=n, contains="Time for your 14:00")
    await fake.press(UID, two.message_id, "Taken")
    await fake.wait_for_edit(UID, two.message_id, contains="Taken")
    await settled(bot)
    # landed in New York at 13:30 there
    clock.set(dt.datetime(2026, 12, 9, 18, 30, tzinfo=dt.UTC))
    said = (await _texted(fake, "/timezone America/New_York", "Time zone set")).text or ""
    assert "• Gabapentin: today at 22:00" in said and "now —" not in said
    n = len(fake.messages_to(UID))
    for hour in (18, 19, 20, 22, 23):  # New York's 14:00 is 19:00 UTC; London's 22:00 is 22:00
        clock.set(dt.datetime(2026, 12, 9, hour, 31, tzinfo=dt.UTC))
        await tick(bot)
    assert not reminders_since(fake, n), "the day's 14:00 was given; 22:00 is New York's"
    clock.set(dt.datetime(2026, 12, 10, 3, 0, tzinfo=dt.UTC))
    await tick(bot)
    await fake.wait_for_message(UID, after=n, contains="Time for your 22:00")
    assert len(reminders_since(fake, n)) == 1
