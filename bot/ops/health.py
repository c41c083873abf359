"""Is this process doing its job? The database answers, the JobQueue runs, and the
dispatcher ticked recently — what `GET /healthz` reports. Can it reach what it needs
right now? Telegram and the database, each not failing for longer than a threshold —
what `GET /readyz` reports."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.ops.metrics import Metrics
from bot.ops.reachability import READY_THRESHOLD, Outage, Reachability
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


@dataclass(frozen=True, slots=True)
class Readiness:
    """One readiness check's findings: what has been unreachable for too long."""

    unreachable: list[Outage]
    threshold: dt.timedelta

    @property
    def ok(self) -> bool:
        """Nothing has failed continuously for longer than the threshold."""
        return not self.unreachable

    def as_json(self) -> dict[str, object]:
        """The /readyz body: each unreachable dependency, since when and for how long."""
        return {
            "status": "ok" if self.ok else "fail",
            "unreachable": {o.dependency: o.as_json() for o in self.unreachable},
            "threshold_seconds": self.threshold.total_seconds(),
        }


async def database_ok(
    sessions: async_sessionmaker[AsyncSession], reach: Reachability | None = None
) -> bool:
    """`SELECT 1` within DB_TIMEOUT, its outcome fed to `reach`; a failure is logged by
    type only."""
    try:
        async with asyncio.timeout(DB_TIMEOUT), sessions() as s:
            ok = await probes.ping(s)
    except Exception as exc:
        # Only the type: driver messages can carry connection strings.
        log.warning("health: database check failed (%s)", type(exc).__name__)
        ok = False
    if reach is not None and ok:
        reach.ok("database")
    elif reach is not None:
        reach.failed("database")
    return ok


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
        database=await database_ok(sessions, metrics.reach),
        scheduler=scheduler_running,
        last_tick_age_seconds=metrics.tick_age(clock.now()),
        max_tick_age=max_age,
    )


async def ready(
    sessions: async_sessionmaker[AsyncSession],
    clock: Clock,
    metrics: Metrics,
    threshold: dt.timedelta = READY_THRESHOLD,
) -> Readiness:
    """Probe the database now (so the answer is fresh even when nothing else asks it),
    then report whatever has failed continuously for longer than `threshold`.

    Telegram is not probed: the bot's own calls (getUpdates, replies being retried,
    reminders retried every minute) keep its state current without extra traffic."""
    await database_ok(sessions, metrics.reach)
    return Readiness(metrics.reach.unreachable(clock.now(), threshold), threshold)
