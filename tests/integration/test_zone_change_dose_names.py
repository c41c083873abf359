"""A dose keeps its name across a zone change (found living a travelling week in the
sandbox): London's 14:00 gabapentin, snoozed on the plane, came back after /timezone New
York as "Snooze over — your 09:00 dose"; tapped, its reminder was redrawn "Time for your
09:00 dose"; "took the 2pm gaba" was answered "your 09:00 dose". It is the 14:00 dose,
whatever the clock now reads; when it was taken is said by the new clock."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseLog
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, occurrences, onboard
from tests.integration.test_supply import settled
from tests.integration.test_undo_dose import _texted

LONDON_TWO_PM = dt.datetime(2026, 12, 9, 14, 0, tzinfo=dt.UTC)


async def _fourteen_hundred(fake: FakeBotApi, bot: Any, clock: FakeClock) -> Any:
    clock.set(LONDON_TWO_PM - dt.timedelta(hours=1))
    await onboard(fake, "Europe/London")
    await add(fake, "gabapentin 300mg 08:00 14:00 22:00")
    await add(fake, "duloxetine 60mg 09:00")
    n = len(fake.messages_to(UID))
    clock.set(LONDON_TWO_PM)
    await tick(bot)
    return await fake.wait_for_message(UID, after=n, contains="Time for your 14:00")


async def test_a_dose_snoozed_across_a_zone_change_keeps_its_time(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await _fourteen_hundred(fake, bot, clock)
    await fake.press(UID, msg.message_id, "Snooze")
    await fake.wait_for_edit(UID, msg.message_id, contains="how long")
    await fake.press(UID, msg.message_id, "60 min")
    await fake.wait_for_edit(UID, msg.message_id, contains="Snoozed until 15:00")
    await settled(bot)
    clock.set(LONDON_TWO_PM + dt.timedelta(minutes=40))
    await _texted(fake, "/timezone America/New_York", "Time zone set")
    n = len(fake.messages_to(UID))
    clock.set(LONDON_TWO_PM + dt.timedelta(hours=1))
    await tick(bot)
    again = await fake.wait_for_message(UID, after=n, contains="Snooze over")
    assert "your 14:00 dose" in (again.text or ""), again.text
    await fake.press(UID, again.message_id, "Taken")
    # taken at 10:00 by the New York clock, the 14:00 dose still
    shown = await fake.wait_for_edit(UID, again.message_id, contains="Taken 10:00")
    assert (shown.text or "").startswith("💊 Time for your 14:00 dose"), shown.text
    await settled(bot)
    taken = [o for o in await occurrences(bot) if o.status == "taken"]
    assert [(o.local_time, o.taken_at) for o in taken] == [
        ("14:00", LONDON_TWO_PM + dt.timedelta(hours=1))
    ]


async def test_took_the_2pm_one_after_landing_names_the_14_00_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await _fourteen_hundred(fake, bot, clock)
    # on the plane, then landed: New York's 10:30 (London's 14:00 dose is 09:00 here)
    clock.set(LONDON_TWO_PM + dt.timedelta(hours=1, minutes=30))
    await _texted(fake, "/timezone America/New_York", "Time zone set")
    said = (await _texted(fake, "took the 2pm gaba", "taken")).text or ""
    # it was "Logged: Gabapentin 300 mg yesterday at 14:00": an extra dose made up
    # yesterday, and the 14:00 dose left open to be marked missed
    assert "yesterday" not in said, said
    shown = await fake.wait_for_edit(UID, msg.message_id, contains="Taken 10:30")
    assert (shown.text or "").startswith("💊 Time for your 14:00 dose"), shown.text
    await settled(bot)
    taken = [o for o in await occurrences(bot) if o.status == "taken"]
    assert [(o.local_time, o.taken_at) for o in taken] == [
        ("14:00", LONDON_TWO_PM + dt.timedelta(hours=1, minutes=30))
    ]
    assert not await _extra_doses(bot)


async def _extra_doses(app: Any) -> list[DoseLog]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(DoseLog)))
