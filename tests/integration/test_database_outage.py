"""A database outage is said plainly: a tap or a message while PostgreSQL is down is
answered "not saved", nothing of it is stored, and the same button works once the
database is back.

The bot runs against a PostgreSQL server of the test's own (`private_pg`),
which the test really shuts down (`pg_ctl stop -m fast`: every session cut, new ones
refused) and starts again, without touching the server the rest of the suite shares.
"""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import create_async_engine

from bot.storage.models import DoseOccurrence, Record
from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard
from tests.pgcluster import PrivatePostgres

pytestmark = pytest.mark.postgres


async def test_a_tap_and_a_message_during_an_outage_say_not_saved(
    fake: FakeBotApi, private_pg: PrivatePostgres, clock: FakeClock
) -> None:
    async with running_bot(fake, private_pg.url, clock) as app:
        await onboard(fake)
        await add(fake, "ibuprofen 400mg 08:00")
        clock.set(dt.datetime(2026, 11, 26, 8, 0, tzinfo=NY))
        await tick(app)
        reminder = await fake.wait_for_message(UID, contains="Time for your")

        await asyncio.to_thread(private_pg.stop)
        tap = await fake.press(UID, reminder.message_id, "Taken")
        answer = await fake.wait_for_callback_answer(tap, timeout=20)
        assert "Not saved" in answer.get("text", ""), answer
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "pain 6, took 2 tylenol")
        said = await fake.wait_for_message(UID, after=n, timeout=20)
        assert "nothing was recorded" in said.text and "safe" not in said.text

        await asyncio.to_thread(private_pg.start)  # the database is back
        direct = create_async_engine(private_pg.url)
        try:
            async with direct.connect() as conn:
                statuses = (await conn.execute(select(DoseOccurrence.status))).scalars().all()
                records = (await conn.execute(select(Record.id))).scalars().all()
            assert "taken" not in statuses and records == []  # nothing half-written

            tap = await fake.press(UID, reminder.message_id, "Taken")
            answer = await fake.wait_for_callback_answer(tap, timeout=20)
            assert "Not saved" not in answer.get("text", ""), answer
            await fake.wait_for_edit(UID, reminder.message_id, contains="✅ Taken", timeout=10)
            async with direct.connect() as conn:
                statuses = (await conn.execute(select(DoseOccurrence.status))).scalars().all()
            assert statuses.count("taken") == 1
        finally:
            await direct.dispose()
