"""Engine and session factory; SQLite gets WAL and a busy timeout on every connection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)


def is_sqlite(url: str) -> bool:
    """True for the embedded SQLite backend."""
    return make_url(url).get_backend_name() == "sqlite"


def ensure_sqlite_dir(url: str) -> None:
    """Create the directory of a file-backed SQLite database."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite" and u.database and u.database != ":memory:":
        Path(u.database).parent.mkdir(parents=True, exist_ok=True)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL lets readers run beside the single writer; synchronous=FULL makes every
    # committed answer survive power loss, not only a process crash (kill -9 is
    # already safe with NORMAL, but a lost "Taken" is worse than a slower commit).
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """An async engine for `url` with backend-specific settings."""
    if is_sqlite(url):
        ensure_sqlite_dir(url)
        engine = create_async_engine(url, **kwargs)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 10)
    kwargs.setdefault("pool_pre_ping", True)
    return create_async_engine(url, **kwargs)


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded values after commit (we render from them)."""
    return async_sessionmaker(engine, expire_on_commit=False)


def is_database_outage(exc: BaseException | None) -> bool:
    """Whether `exc` (or what caused it) says the database could not be reached or used
    — the statement did not run and its transaction was not committed."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(
            exc,
            sa_exc.OperationalError
            | sa_exc.InterfaceError
            | sa_exc.DisconnectionError
            | sa_exc.TimeoutError
            | ConnectionError
            | TimeoutError,
        ):
            return True
        if type(exc).__module__.startswith("asyncpg") and "Connect" in type(exc).__name__:
            return True
        exc = exc.__cause__ or exc.__context__
    return False
