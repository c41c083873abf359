"""The operations HTTP server: `GET /healthz` (liveness: JSON, 200 or 503), `GET /readyz`
(readiness: 503 once Telegram or the database has been unreachable for longer than a
threshold, naming which and since when) and `GET /metrics` (Prometheus text format).
Separate from the webhook server: it must answer in polling and dispatch-only processes
too, and it never sees Telegram traffic."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import math
from collections.abc import Callable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.ops import health
from bot.ops.metrics import Metrics
from bot.ops.reachability import READY_THRESHOLD
from bot.storage import probes

log = logging.getLogger(__name__)


class OpsServer:
    """Serves /healthz, /readyz and /metrics on `host:port` until `stop`.

    `ready_after`: how long Telegram or the database may fail continuously before
    /readyz says not ready (a blip must not flip it; an outage should within a minute).
    """

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        clock: Clock,
        metrics: Metrics,
        *,
        scheduler_running: Callable[[], bool],
        max_tick_age: float,
        host: str,
        port: int,
        ready_after: dt.timedelta = READY_THRESHOLD,
    ) -> None:
        self.sessions = sessions
        self.ready_after = ready_after
        self.clock = clock
        self.metrics = metrics
        self.scheduler_running = scheduler_running
        self.max_tick_age = max_tick_age
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None

    async def start(self) -> bool:
        """Listen; False (logged) when the port cannot be bound.

        A taken port does not stop the bot: reminders matter more than the probe, and a
        probe that cannot connect already tells the operator something is wrong.
        """
        app = web.Application()
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/readyz", self.readyz)
        app.router.add_get("/metrics", self.metrics_page)
        # No access log: a probe every few seconds would drown the bot's own lines.
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        try:
            await web.TCPSite(runner, self.host, self.port).start()
        except OSError as exc:
            log.error(
                "health endpoint not started: cannot listen on %s:%s (%s); set HEALTH_PORT",
                self.host,
                self.port,
                exc.strerror or type(exc).__name__,
            )
            await runner.cleanup()
            return False
        self._runner = runner
        log.info(
            "health and metrics on http://%s:%s/healthz, /readyz and /metrics",
            self.host,
            self.port,
        )
        return True

    async def stop(self) -> None:
        """Close the listener (idempotent)."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def healthz(self, _request: web.Request) -> web.Response:
        """200 when healthy, 503 otherwise; the same JSON either way."""
        result = await health.check(
            self.sessions,
            self.clock,
            self.metrics,
            scheduler_running=self.scheduler_running(),
            max_age=self.max_tick_age,
        )
        return web.json_response(result.as_json(), status=200 if result.ok else 503)

    async def readyz(self, _request: web.Request) -> web.Response:
        """200 while Telegram and the database answer (or failed only briefly), 503 with
        what is unreachable and since when otherwise."""
        result = await health.ready(self.sessions, self.clock, self.metrics, self.ready_after)
        return web.json_response(result.as_json(), status=200 if result.ok else 503)

    async def metrics_page(self, _request: web.Request) -> web.Response:
        """Counters as they stand, plus the backlog, tick age and reachability read now."""
        now = self.clock.now()
        backlog: tuple[float, float]
        try:
            async with asyncio.timeout(health.DB_TIMEOUT), self.sessions() as s:
                backlog = await probes.backlog(s, now)
            self.metrics.reach.ok("database")
        except Exception as exc:
            # Still serve the counters; NaN says "unknown" rather than a false zero.
            log.warning("metrics: backlog query failed (%s)", type(exc).__name__)
            backlog = (math.nan, math.nan)
            self.metrics.reach.failed("database")
        self.metrics.observe_dependencies(now)
        self.metrics.due_doses.set(backlog[0])
        self.metrics.due_work.set(backlog[1])
        age = self.metrics.tick_age(now)
        self.metrics.last_tick_age.set(math.nan if age is None else age)
        body = generate_latest(self.metrics.registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
