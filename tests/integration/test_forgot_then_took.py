"""A dose told forgotten, then taken after all, is that dose taken late (Sandbox,
Denver): "forgot gabapentin this morning", then "took my gabapentin now" had logged an
extra 300 mg beside a skip; "just took it" had asked "which one?"; and "took it now", with
the naproxen reminder still open from before, had marked the naproxen taken instead."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.storage.models import DoseLog, Medication
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, add, occurrences, onboard, reminder_at
from tests.integration.test_regimen import rows, say

MORNING = dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY)


async def _forgot_the_gabapentin(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    await onboard(fake)
    await add(fake, "gabapentin 300mg 08:00 21:00")
    await add(fake, "naproxen 500mg 08:00 22:00")
    await reminder_at(fake, bot, clock, MORNING)
    clock.set(MORNING + dt.timedelta(minutes=55))
    await say(fake, "forgot gabapentin this morning", "skipped (forgot)")


async def _status(bot: Any, name: str) -> tuple[str, str | None, bool]:
    """The 08:00 dose of `name`: its status, skip reason and whether it was taken late."""
    await settled(bot)
    (med,) = [m for m in await rows(bot, Medication) if m.name.lower() == name]
    (occ,) = [
        o for o in await occurrences(bot) if o.due_at == MORNING and o.medication_id == med.id
    ]
    return occ.status, occ.skip_reason, occ.taken_late


@pytest.mark.both_databases
async def test_named_later_it_is_that_dose_taken_late(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _forgot_the_gabapentin(fake, bot, clock)
    clock.set(MORNING + dt.timedelta(hours=3, minutes=55))
    await say(fake, "took my gabapentin now", "your 08:00 dose, taken late")
    assert await _status(bot, "gabapentin") == ("taken", None, True)
    assert await rows(bot, DoseLog) == [], "no extra dose beside it"


async def test_unnamed_with_nothing_open_it_is_that_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _forgot_the_gabapentin(fake, bot, clock)
    clock.set(MORNING + dt.timedelta(hours=7))  # the naproxen's reminder long gone by
    await say(fake, "just took it", "Gabapentin 300 mg")
    assert await _status(bot, "gabapentin") == ("taken", None, True)


async def test_unnamed_with_an_earlier_reminder_open_it_is_the_one_told_forgotten(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _forgot_the_gabapentin(fake, bot, clock)
    clock.set(MORNING + dt.timedelta(hours=5))
    await say(fake, "took it now", "Gabapentin 300 mg")
    assert await _status(bot, "gabapentin") == ("taken", None, True)
    status, _, _ = await _status(bot, "naproxen")
    assert status != "taken", "the naproxen was never said taken"


async def test_once_its_next_dose_is_due_a_took_it_is_that_one(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _forgot_the_gabapentin(fake, bot, clock)
    evening = await reminder_at(fake, bot, clock, MORNING.replace(hour=21))
    assert "Gabapentin" in (evening.text or "")
    await say(fake, "took my gabapentin", "taken")
    assert await _status(bot, "gabapentin") == ("skipped", "forgot", False)
