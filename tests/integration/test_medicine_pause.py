"""Pausing one medicine (its Pause button in /meds): resumed by hand, its paused days
are never counted missed; paused for a set time (`3 days`), it comes back by itself and
says so; the summary, the report and the export say it was paused on purpose, dated."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from typing import Any

from pypdf import PdfReader
from sqlalchemy import select

from bot.app import deps_of
from bot.domain.states import DoseStatus
from bot.storage.models import DoseOccurrence
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_pause_kept import _command, _dose_at

NY = dt.timezone(dt.timedelta(hours=-5))


async def _statuses(app: Any) -> list[str]:
    async with deps_of(app).sessions() as s:
        return [o.status for o in await s.scalars(select(DoseOccurrence))]


async def _pause(fake: FakeBotApi, clock: FakeClock, when: dt.datetime) -> Any:
    """/meds, then ⏸ Pause · Naproxen at `when`: the reply asking for how long."""
    clock.set(when)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/meds")
    meds = await fake.wait_for_message(UID, after=n, contains="Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "Pause · Naproxen")
    return await fake.wait_for_message(UID, after=n, contains="paused")


async def test_doses_while_a_medicine_was_paused_are_not_missed_after_resume(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, London: resumed after three days, "Naproxen 2 of 8 (25%) · 6 missed"."""
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    await _dose_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await _pause(fake, clock, dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    for day in (26, 27):
        clock.set(dt.datetime(2026, 11, day, 21, 0, tzinfo=NY))
        await tick(bot)
    clock.set(dt.datetime(2026, 11, 28, 9, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/meds")
    meds = await fake.wait_for_message(UID, after=n, contains="(paused)")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "Resume · Naproxen")
    await fake.wait_for_message(UID, after=n, contains="resumed")
    clock.set(dt.datetime(2026, 11, 28, 13, 0, tzinfo=NY))
    await tick(bot)
    assert DoseStatus.MISSED not in await _statuses(bot)
    week = await _command(fake, clock, dt.datetime(2026, 11, 28, 13, 0, tzinfo=NY), "/summary")
    assert "missed" not in week, week
