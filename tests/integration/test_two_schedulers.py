"""Two dispatchers on one database never send the same reminder."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import select
from telegram import Bot

from bot.scheduling.dispatcher import Dispatcher
from bot.services.regimen import add_medication
from bot.storage import repositories as repo
from bot.storage.db import make_engine, make_sessionmaker
from bot.storage.models import DoseOccurrence
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.notifier import TelegramNotifier
from bot.telegram.sender import Sender
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi

USERS = 150


async def seed(url: str, clock: FakeClock) -> None:
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    async with sessions.begin() as s:
        for uid in range(1, USERS + 1):
            user = await repo.get_or_create_user(s, uid, uid, clock.now())
            user.timezone = ("UTC", "Europe/Berlin", "America/New_York")[uid % 3]
            await add_medication(
                s,
                user,
                name="ibuprofen",
                generic="ibuprofen",
                amount=400,
                unit="mg",
                times=[dt.time(8)],
                now=clock.now(),
            )
            await add_medication(
                s,
                user,
                name="gabapentin",
                generic="gabapentin",
                amount=300,
                unit="mg",
                times=[dt.time(8)],
                now=clock.now(),
            )
    await engine.dispose()


async def run_instances(url: str, fake: FakeBotApi, clock: FakeClock, count: int) -> None:
    engines, bots, dispatchers = [], [], []
    for _ in range(count):
        engine = make_engine(url)
        bot = Bot(fake.token, base_url=fake.base_url)
        await bot.initialize()
        engines.append(engine)
        bots.append(bot)
        dispatchers.append(
            Dispatcher(
                make_sessionmaker(engine),
                TelegramNotifier(make_sessionmaker(engine), Sender(bot), CallbackCodec("k")),
                clock,
                batch=20,
            )
        )
    try:
        for hour in (6, 7, 8, 9, 12, 13, 14, 20):  # walk the clock, ticking both at once
            clock.set(dt.datetime(2026, 11, 25, 0, 0, tzinfo=dt.UTC) + dt.timedelta(hours=hour))
            await asyncio.gather(*(d.tick() for d in dispatchers for _ in range(2)))
    finally:
        for bot in bots:
            await bot.shutdown()
        for engine in engines:
            await engine.dispose()


def reminders_per_chat(fake: FakeBotApi) -> Counter[int]:
    return Counter(m.chat_id for m in fake.sent if "Time for your" in (m.text or ""))


@pytest.mark.slow
@pytest.mark.postgres
async def test_two_schedulers_on_postgres_send_each_reminder_once(
    pg_url: str, fake: FakeBotApi
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 23, 0, tzinfo=dt.UTC))
    await seed(pg_url, clock)
    await run_instances(pg_url, fake, clock, 2)
    per_chat = reminders_per_chat(fake)
    # Every user: 08:00 on the 25th (one grouped message for both medicines), and for
    # zones behind UTC the 26th's 08:00 is beyond the walk; exactly one message each.
    assert len(per_chat) == USERS
    assert set(per_chat.values()) == {1}, per_chat.most_common(3)
    grouped = [m for m in fake.sent if "Time for your" in (m.text or "")]
    assert all("All taken" in " ".join(fake.buttons(m)) for m in grouped)


@pytest.mark.slow
async def test_two_schedulers_on_sqlite_send_each_reminder_once(
    sqlite_url: str, fake: FakeBotApi
) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 23, 0, tzinfo=dt.UTC))
    await seed(sqlite_url, clock)
    await run_instances(sqlite_url, fake, clock, 2)
    per_chat = reminders_per_chat(fake)
    assert len(per_chat) == USERS and set(per_chat.values()) == {1}


@pytest.mark.postgres
async def test_concurrent_claims_never_split_a_persons_doses(pg_url: str) -> None:
    """Claimers racing on PostgreSQL with batches that cut between a person's doses: each
    person's due doses of the minute all go to one claim (one message, not two)."""
    clock = FakeClock(dt.datetime(2026, 11, 24, 23, 0, tzinfo=dt.UTC))
    await seed(pg_url, clock)
    engine = make_engine(pg_url, pool_size=8)
    sessions = make_sessionmaker(engine)
    now = dt.datetime(2026, 11, 25, 14, 0, tzinfo=dt.UTC)  # every zone's 08:00 has come
    claims: list[list[int]] = []

    async def claimer() -> None:
        while True:
            async with sessions.begin() as s:
                ids = await repo.claim_due(s, now, now + dt.timedelta(minutes=2), 7)
                await asyncio.sleep(0)  # let the other claimers interleave mid-transaction
            if not ids:
                return
            claims.append(ids)

    try:
        await asyncio.gather(*(claimer() for _ in range(4)))
        owner: dict[int, int] = {}
        async with sessions() as s:
            rows = await s.execute(select(DoseOccurrence.id, DoseOccurrence.user_id))
            user_of = {occ_id: user_id for occ_id, user_id in rows}
        split = set()
        for n, ids in enumerate(claims):
            for occ_id in ids:
                if owner.setdefault(user_of[occ_id], n) != n:
                    split.add(user_of[occ_id])
        claimed = sum(len(ids) for ids in claims)
    finally:
        await engine.dispose()
    assert claimed == 2 * USERS, "every due dose claimed exactly once"
    assert not split, f"{len(split)} people's doses were split between claims"
