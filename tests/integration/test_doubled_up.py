"""'Doubled up on the baclofen cause I missed the lunch one', through the real
Application: the missed dose is marked skipped and both tablets of the double are
recorded (the double had been lost, and the skip alone kept)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from bot.app import deps_of
from bot.domain.states import DoseStatus
from bot.storage.models import DoseLog, DoseOccurrence
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard, reminder_at
from tests.integration.test_waiting_questions import say


async def test_the_miss_and_the_double_are_both_recorded(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "baclofen 10mg 08:00 13:00 19:00")
    morning = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await fake.press(UID, morning.message_id, "Taken")
    await fake.wait_for_edit(UID, morning.message_id, contains="Taken 08:00")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 13, 0, tzinfo=NY))
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 19, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 19, 5, tzinfo=NY))
    reply = await say(fake, "doubled up on the baclofen cause I missed the lunch one", "extra")
    assert "Baclofen 10 mg" in (reply.text or "")
    await fake.wait_for_message(UID, contains="13:00 skipped")
    async with deps_of(bot).sessions() as s:
        due = {
            o.local_time: o
            for o in await s.scalars(select(DoseOccurrence).order_by(DoseOccurrence.id))
            if o.local_date == dt.date(2026, 11, 25)
        }
        extras = list(await s.scalars(select(DoseLog)))
    assert due["13:00"].status == DoseStatus.SKIPPED
    assert due["19:00"].status == DoseStatus.TAKEN and due["08:00"].status == DoseStatus.TAKEN
    assert [(e.generic, e.count) for e in extras] == [("baclofen", 1)]
