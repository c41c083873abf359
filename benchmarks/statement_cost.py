"""What one read of the person's row costs on the text path's stack, layer by layer.

Issue 17's flood leaves ~0.4 ms of bot CPU per text for Backtrack's own handling; the text
path runs ~5.5 statements. This times the same one-row read (`users` by chat id, SQLite
file in WAL mode with the bot's pragmas) through each layer the bot could use:

* ORM, a new session per read (as each short transaction of an update opens one)
* ORM, scalars().one() in a new session
* ORM, one session held across reads (the update's unit of work)
* Core, a connection per read
* aiosqlite alone, one connection held

Printed: CPU per read (this process, all threads), after a warm-up.

    .venv/bin/python benchmarks/statement_cost.py [--reads 3000]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiosqlite
from sqlalchemy import select

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.storage.db import make_engine, make_sessionmaker  # noqa: E402
from bot.storage.models import Base, User  # noqa: E402


async def main(reads: int) -> None:
    """Seed one person, then time each layer's read of their row."""
    path = Path(tempfile.mkdtemp(prefix="backtrack-stmt-")) / "bench.db"
    engine = make_engine(f"sqlite+aiosqlite:///{path}")
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    sessions = make_sessionmaker(engine)
    async with sessions.begin() as s:
        s.add(User(id=1, chat_id=1, timezone="UTC", created_at=dt.datetime.now(dt.UTC)))
    orm = select(User).where(User.chat_id == 1)
    core = select(User.__table__).where(User.__table__.c.chat_id == 1)
    raw_db = await aiosqlite.connect(path)

    async def orm_new_session() -> None:
        async with sessions() as s:
            await s.execute(orm)

    async def orm_scalars() -> None:
        async with sessions() as s:
            (await s.scalars(orm)).one()

    async def core_connection() -> None:
        async with engine.connect() as c:
            (await c.execute(core)).one()

    async def raw() -> None:
        async with raw_db.execute("SELECT * FROM users WHERE chat_id = ?", (1,)) as cur:
            await cur.fetchall()

    async with sessions() as held:

        async def orm_held_session() -> None:
            (await held.scalars(orm)).one()

        layers: list[tuple[str, Callable[[], Awaitable[None]]]] = [
            ("ORM, new session", orm_new_session),
            ("ORM scalars().one(), new session", orm_scalars),
            ("ORM, session held", orm_held_session),
            ("Core, connection per read", core_connection),
            ("aiosqlite alone", raw),
        ]
        for name, read in layers:
            for _ in range(200):
                await read()
            started = time.process_time()
            for _ in range(reads):
                await read()
            ms = (time.process_time() - started) * 1000 / reads
            print(f"{name:34s} {ms:.3f} ms CPU per read")
    await raw_db.close()
    await engine.dispose()


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--reads", type=int, default=3000)
    asyncio.run(main(p.parse_args().reads))
