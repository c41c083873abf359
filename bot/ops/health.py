"""Is this process doing its job? The database answers, the JobQueue runs, and the
dispatcher ticked recently — what `GET /healthz` reports."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.ops.metrics import Metrics
from bot.storage import probes

log = logging.getLogger(__name__)

#: A probe must answer quickly even when the database hangs: that *is* the failure.
DB_TIMEOUT = 3.0


def max_tick_age(tick_seconds: float) -> float:
    """Oldest acceptable last tick: three missed sweeps plus slack for a slow one."""
    return 3 * tick_seconds + 30


@dataclass(frozen=True, slots=True)
class Health:
    """One health check's findings."""

    database: bool
    scheduler: bool
    last_tick_age_seconds: float | None
    max_tick_age: float

    @property
    def ok(self) -> bool:
        """All three hold (no tick yet counts as failing: nothing proves it works)."""
        age = self.last_tick_age_seconds
        return self.database and self.scheduler and age is not None and age <= self.max_tick_age

    def as_json(self) -> dict[str, object]:
        """The /healthz body."""
        age = self.last_tick_age_seconds
        return {
            "status": "ok" if self.ok else "fail",
            "database": self.database,
            "scheduler": self.scheduler,
            "last_tick_age_seconds": None if age is None else round(age, 3),
        }


async def database_ok(sessions: async_sessionmaker[AsyncSession]) -> bool:
    """`SELECT 1` within DB_TIMEOUT; a failure is logged by type only."""
    try:
        async with asyncio.timeout(DB_TIMEOUT), sessions() as s:
            return await probes.ping(s)
    except Exception as exc:
        # Only the type: driver messages can carry connection strings.
        log.warning("health: database check failed (%s)", type(exc).__name__)
        return False


async def check(
    sessions: async_sessionmaker[AsyncSession],
    clock: Clock,
    metrics: Metrics,
    *,
    scheduler_running: bool,
    max_age: float,
) -> Health:
    """Run the checks now."""
    return Health(
        database=await database_ok(sessions),
        scheduler=scheduler_running,
        last_tick_age_seconds=metrics.tick_age(clock.now()),
        max_tick_age=max_age,
    )
