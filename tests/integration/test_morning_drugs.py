""" "I don take my morning drugs" with two morning reminders open takes both (Sandbox,
Lagos: the 07:00 diclofenac was taken and the 06:30 omeprazole left open, then missed,
and her adherence on the doctor's report fell to 71 %)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.app import deps_of
from bot.domain.states import DoseStatus
from bot.storage.models import DoseOccurrence
from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say

LAGOS = ZoneInfo("Africa/Lagos")


async def test_my_morning_drugs_are_every_morning_dose_open(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Africa/Lagos")
    clock.set(dt.datetime(2026, 12, 11, 6, 0, tzinfo=LAGOS))
    await add(fake, "omeprazole 20mg 06:30")
    await add(fake, "diclofenac 50mg 07:00 19:00")
    for hour, minute in ((6, 30), (7, 0)):
        clock.set(dt.datetime(2026, 12, 11, hour, minute, tzinfo=LAGOS))
        n = len(fake.messages_to(UID))
        await tick(bot)
        await fake.wait_for_message(UID, after=n, contains="Time for your")
    clock.set(dt.datetime(2026, 12, 11, 7, 10, tzinfo=LAGOS))
    got = await say(fake, "I don take my morning drugs", "Got it")
    assert "Omeprazole" in (got.text or "") and "Diclofenac" in (got.text or "")
    await settled(bot)
    async with deps_of(bot).sessions() as s:
        rows = list(await s.scalars(select(DoseOccurrence).order_by(DoseOccurrence.due_at)))
    due_now = [o.status for o in rows if o.due_at <= clock.now()]
    assert due_now == [DoseStatus.TAKEN, DoseStatus.TAKEN]
