"""A database outage is said plainly: a tap or a message while PostgreSQL cannot be
reached is answered "not saved", nothing of it is stored, and the same button works
once the database is back.

PostgreSQL is reached through a TCP relay the test cuts and restores: to the bot that is
a server going away (every open connection dropped, new ones refused) and coming back,
without stopping the PostgreSQL the rest of the suite shares.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from bot.storage.models import DoseOccurrence, Record
from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard


class Relay:
    """Forwards TCP connections to `port`; `cut()` drops them all and refuses new ones."""

    def __init__(self, port: int) -> None:
        self.target = port
        self.port = 0
        self._server: asyncio.Server | None = None
        self._pipes: set[asyncio.StreamWriter] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def cut(self) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()
        self._server = None
        for writer in list(self._pipes):
            writer.transport.abort()
        self._pipes.clear()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target)
        self._pipes |= {writer, up_writer}

        async def pump(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            with contextlib.suppress(ConnectionError, OSError):
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            dst.transport.abort()

        await asyncio.gather(pump(reader, up_writer), pump(up_reader, writer))


async def test_a_tap_and_a_message_during_an_outage_say_not_saved(
    fake: FakeBotApi, pg_url: str, clock: FakeClock
) -> None:
    real = make_url(pg_url)
    relay = Relay(real.port or 5432)
    await relay.start()
    through_relay = real.set(host="127.0.0.1", port=relay.port).render_as_string(
        hide_password=False
    )
    direct = create_async_engine(pg_url)
    try:
        async with running_bot(fake, through_relay, clock) as app:
            await onboard(fake)
            await add(fake, "ibuprofen 400mg 08:00")
            clock.set(dt.datetime(2026, 11, 26, 8, 0, tzinfo=NY))
            await tick(app)
            reminder = await fake.wait_for_message(UID, contains="Time for your")

            await relay.cut()
            tap = await fake.press(UID, reminder.message_id, "Taken")
            answer = await fake.wait_for_callback_answer(tap, timeout=20)
            assert "Not saved" in answer.get("text", ""), answer
            n = len(fake.messages_to(UID))
            await fake.send_text(UID, "pain 6, took 2 tylenol")
            said = await fake.wait_for_message(UID, after=n, timeout=20)
            assert "nothing was recorded" in said.text and "safe" not in said.text
            async with direct.connect() as conn:
                statuses = (await conn.execute(select(DoseOccurrence.status))).scalars().all()
                records = (await conn.execute(select(Record.id))).scalars().all()
            assert "taken" not in statuses and records == []

            await relay.start()  # the database is back
            tap = await fake.press(UID, reminder.message_id, "Taken")
            answer = await fake.wait_for_callback_answer(tap, timeout=20)
            assert "Not saved" not in answer.get("text", ""), answer
            await fake.wait_for_edit(UID, reminder.message_id, contains="✅ Taken", timeout=10)
            async with direct.connect() as conn:
                statuses = (await conn.execute(select(DoseOccurrence.status))).scalars().all()
            assert "taken" in statuses
    finally:
        await direct.dispose()
        with contextlib.suppress(AssertionError):
            await relay.cut()
