"""Shared fixtures: databases (SQLite always, PostgreSQL with TEST_DATABASE_URL), a
driven clock, the fake Bot API, and the real Application running against it."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import make_url, text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.app import build_application, deps_of, start_services, stop_services
from bot.config import Settings
from bot.storage.migrate import alembic_config, upgrade_sync
from tests.fakebotapi import FakeBotApi

PG_SKIP = "TEST_DATABASE_URL is not set: PostgreSQL tests skipped (.ci/run sets it)"


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime) -> None:
        self._now = now

    def now(self) -> dt.datetime:
        return self._now

    def set(self, when: dt.datetime) -> None:
        self._now = when.astimezone(dt.UTC)

    def advance(self, **delta: float) -> None:
        self._now += dt.timedelta(**delta)


def _pg_url() -> str | None:
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        return None
    if url.startswith("postgresql://"):
        url = "postgresql+asyncpg://" + url.removeprefix("postgresql://")
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    return _worker_database(url, worker) if worker else url


_WORKER_DATABASES: dict[str, str] = {}


def _worker_database(url: str, worker: str) -> str:
    """`url` with its own database per xdist worker (`test_gw0`, …), created once.

    Workers run side by side; each empties and migrates its own database."""
    if url in _WORKER_DATABASES:
        return _WORKER_DATABASES[url]
    base = make_url(url)
    name = f"{base.database}_{worker}"

    async def _create() -> None:
        eng = create_async_engine(base, isolation_level="AUTOCOMMIT")
        try:
            async with eng.connect() as conn:
                found = await conn.scalar(
                    text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
                )
                if not found:
                    await conn.execute(text(f'CREATE DATABASE "{name}"'))
        finally:
            await eng.dispose()

    asyncio.run(_create())
    _WORKER_DATABASES[url] = base.set(database=name).render_as_string(hide_password=False)
    return _WORKER_DATABASES[url]


_HEAD = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
#: A migrated SQLite file per session, copied for each test (migrating from nothing for
#: each of hundreds of tests was most of their set-up).
_SQLITE_TEMPLATE: list[Path] = []


def fresh_sqlite(tmp_path: Any) -> str:
    """A migrated, empty SQLite database in `tmp_path` (a copy of the session's own)."""
    if not _SQLITE_TEMPLATE:
        template = Path(tempfile.mkdtemp(prefix="backtrack-template-")) / "head.db"
        upgrade_sync(f"sqlite+aiosqlite:///{template}")
        _SQLITE_TEMPLATE.append(template)
    target = Path(tmp_path) / "backtrack.db"
    shutil.copyfile(_SQLITE_TEMPLATE[0], target)
    return f"sqlite+aiosqlite:///{target}"


def reset_postgres(url: str) -> None:
    """An empty test database at head: its tables emptied when the schema is already at
    head (fast), else the schema dropped and migrated from nothing."""

    async def _empty() -> bool:
        eng = create_async_engine(url)
        try:
            async with eng.begin() as conn:
                tables = [
                    r[0]
                    for r in await conn.execute(
                        text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                    )
                ]
                if "alembic_version" not in tables:
                    return False
                version = await conn.scalar(text("SELECT version_num FROM alembic_version"))
                if version != _HEAD:
                    return False
                data = ", ".join(f'"{t}"' for t in tables if t != "alembic_version")
                if data:
                    await conn.execute(text(f"TRUNCATE {data} RESTART IDENTITY CASCADE"))
                return True
        finally:
            await eng.dispose()

    async def _drop() -> None:
        eng = create_async_engine(url)
        async with eng.begin() as conn:
            await conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
        await eng.dispose()

    if asyncio.run(_empty()):
        return
    asyncio.run(_drop())
    upgrade_sync(url)


#: Set to 1 to run every database test on PostgreSQL too, not only those marked
#: `both_databases` (a nightly's run; about twice the integration tests' time).
EVERY_TEST_ON_POSTGRES = os.environ.get("TEST_EVERY_TEST_ON_POSTGRES") == "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """PostgreSQL runs only the database tests marked `both_databases` (the stories and
    a test for every statement shape the bot sends: `tests/sqlshapes.py` checks that);
    the rest run on SQLite alone. Tests marked `slow` go first, so that the workers
    finish together instead of one waiting for a long test collected last."""
    dropped: list[pytest.Item] = []
    kept: list[pytest.Item] = []
    for item in items:
        on_postgres = getattr(item, "callspec", None) is not None and (
            item.callspec.params.get("database_url") == "postgres"  # type: ignore[attr-defined]
        )
        if on_postgres and not (
            EVERY_TEST_ON_POSTGRES or item.get_closest_marker("both_databases")
        ):
            dropped.append(item)
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
    kept.sort(key=lambda item: item.get_closest_marker("slow") is None)
    items[:] = kept


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    """A migrated, empty database on each backend (PostgreSQL for `both_databases`)."""
    if request.param == "sqlite":
        yield fresh_sqlite(tmp_path)
        return
    url = _pg_url()
    if url is None:
        pytest.skip(PG_SKIP)
    reset_postgres(url)
    yield url


@pytest.fixture
def sqlite_url(tmp_path: Any) -> str:
    """A migrated SQLite database only (for tests about SQLite itself)."""
    return fresh_sqlite(tmp_path)


@pytest.fixture
def pg_url() -> str:
    """A migrated, empty PostgreSQL database, or a visible skip."""
    url = _pg_url()
    if url is None:
        pytest.skip(PG_SKIP)
    reset_postgres(url)
    return url


@pytest.fixture
def clock() -> FakeClock:
    """Starts on 2026-11-25 06:00 UTC (01:00 in New York)."""
    return FakeClock(dt.datetime(2026, 11, 25, 6, 0, tzinfo=dt.UTC))


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    """The fake Telegram Bot API server."""
    api = FakeBotApi()
    await api.start()
    yield api
    await api.stop()


def make_settings(fake: FakeBotApi, database_url: str, **extra: Any) -> Settings:
    """Settings pointing the bot at the fake API and the test database."""
    values: dict[str, Any] = {
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_URL": fake.base_url,
        "DATABASE_URL": database_url,
        "TICK_SECONDS": 3600,
        # No health server unless a test asks for one (tests run in parallel processes).
        "HEALTH_PORT": 0,
        # Telegram's one message a second per chat is the limiter's own tests' business
        # (tests/unit/telegram, test_reliability); here it would only make every test
        # wait a second per message sent (a fifth of the suite's time). A test may set
        # it back.
        "SEND_RATE_PER_SECOND": 0,
    }
    values.update(extra)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@asynccontextmanager
async def running_bot(
    fake: FakeBotApi, database_url: str, clock: FakeClock, **extra: Any
) -> AsyncIterator[Any]:
    """The real Application, polling the fake API; ticks are driven by the test."""
    app = build_application(
        make_settings(fake, database_url, **extra), clock=clock, ticks_by_hand=True
    )
    await app.initialize()
    await start_services(app)  # run_polling() would call it as post_init
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await stop_services(app)


@pytest.fixture
async def bot(fake: FakeBotApi, database_url: str, clock: FakeClock) -> AsyncIterator[Any]:
    """A running bot on each database backend."""
    async with running_bot(fake, database_url, clock) as app:
        yield app


async def settled(app: Any) -> None:
    """Every update taken in has finished, its last handler group included (a handler
    writes down the message it sent just after sending it) — before the test moves the
    clock on or reads what was written."""
    for _ in range(500):
        if app.update_queue.in_process == 0:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("updates still being handled")


async def tick(app: Any) -> None:
    """Run the due-work ticks now (what the JobQueue does on its own in production), once
    the updates in hand have finished (for half a second at most: a test may hold one on
    purpose) — a tap's handler writes down what it sent just after sending it, and a
    tick racing that write made tests flaky."""
    for _ in range(50):
        if getattr(app.update_queue, "in_process", 0) == 0:
            break
        await asyncio.sleep(0.01)
    ticker = deps_of(app).ticker
    assert ticker is not None
    # Ticks run only here (`ticks_by_hand`): work one tick leaves due at this very instant
    # (a stale check-in chains today's) is what production's next sweep would send.
    for _ in range(10):
        await ticker.run_once(wait=True)
        nxt = await ticker.dispatcher.next_due()
        if nxt is None or nxt > ticker.dispatcher.clock.now():
            return
