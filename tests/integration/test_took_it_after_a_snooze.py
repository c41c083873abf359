""" "took it" just after one dose of a reminder came back from a snooze answers that dose,
never the other dose of its slot still waiting in the first reminder; "took them" (or a
tap of All taken) still answers both (Sandbox, London)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.app import deps_of
from bot.storage.models import DoseOccurrence, Medication
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard, reminder_at
from tests.integration.test_waiting_questions import say


async def _states(app: Any, due: dt.datetime) -> dict[str, str]:
    from sqlalchemy import select

    async with deps_of(app).sessions() as s:
        meds = {m.id: m.name for m in await s.scalars(select(Medication))}
        occs = await s.scalars(select(DoseOccurrence).where(DoseOccurrence.due_at == due))
        return {meds[o.medication_id]: o.status for o in occs}


async def _two_due_one_snoozed(fake: FakeBotApi, bot: Any, clock: FakeClock) -> dt.datetime:
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    await add(fake, "gabapentin 300mg 08:00 20:00")
    eight = dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY)
    await reminder_at(fake, bot, clock, eight)
    await say(fake, "gabapentin - remind me in 10 min, still eating", "snoozed")
    clock.advance(minutes=10)
    await tick(bot)
    again = await fake.wait_for_message(UID, contains="Snooze over")
    assert "Gabapentin" in (again.text or "") and "Naproxen" not in (again.text or "")
    clock.advance(minutes=2)
    return eight


async def test_it_is_the_dose_just_reminded(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    eight = await _two_due_one_snoozed(fake, bot, clock)
    reply = await say(fake, "took it", "taken")
    assert "Gabapentin" in (reply.text or "") and "Naproxen" not in (reply.text or "")
    assert await _states(bot, eight) == {"gabapentin": "taken", "naproxen": "sent"}


async def test_them_is_both(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    eight = await _two_due_one_snoozed(fake, bot, clock)
    await say(fake, "took them both", "taken")
    assert await _states(bot, eight) == {"gabapentin": "taken", "naproxen": "taken"}
