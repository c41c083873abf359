"""The PTB JobQueue as the clock: run the dispatcher at the next due instant and on a sweep."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

from telegram.ext import ContextTypes, JobQueue

from bot.logsafe import log_failure
from bot.scheduling.dispatcher import Dispatcher

log = logging.getLogger(__name__)


class Ticker:
    """Runs `Dispatcher.tick` every `interval` seconds, sooner when work falls due.

    Overlapping runs are folded into one: a wake-up during a tick makes the tick
    run again right after. `by_hand`: the clock is moved by hand (tests), and a real-time
    job computed from it would fire at a moment that depends on the host's load, so ticks
    run only through `run_once`.
    """

    def __init__(
        self,
        dispatcher: Dispatcher,
        job_queue: JobQueue[Any],
        interval: float,
        *,
        by_hand: bool = False,
    ) -> None:
        self.dispatcher = dispatcher
        self.by_hand = by_hand
        self.job_queue = job_queue
        self.interval = interval
        self._lock = asyncio.Lock()
        self._again = False
        #: Set once a tick has found nothing more to do: any backlog at start-up (a
        #: restart in the middle of an 08:00 rush) is sent. Deferrable start-up work
        #: waits for it, so it does not compete with the catch-up for the one core.
        self.caught_up = asyncio.Event()

    def start(self) -> None:
        """Begin the sweep (first run immediately, which also delivers late reminders)."""
        if self.by_hand:
            return
        # APScheduler computes an interval job's first run when the JobQueue starts, from
        # the moment it was added: `first=0` added before `app.start()` silently became
        # "one interval later" (15 s without reminders after every restart). A one-off
        # job without misfire limit runs as soon as the queue starts.
        self.job_queue.run_once(
            self._job, when=0.0, name="first-sweep", job_kwargs={"misfire_grace_time": None}
        )
        self.job_queue.run_repeating(
            self._job,
            interval=self.interval,
            first=self.interval,
            name="sweep",
            job_kwargs={"misfire_grace_time": None, "coalesce": True},
        )

    def wake(self, delay: float = 0.0) -> None:
        """Ask for a tick soon (e.g. a new medication may be due in a minute)."""
        if self.by_hand:
            return
        self.job_queue.run_once(
            self._job, when=max(delay, 0.0), name="wake", job_kwargs={"misfire_grace_time": None}
        )

    async def _job(self, _context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.run_once()

    async def run_once(self, *, wait: bool = False) -> None:
        """One tick now; folded into a running one unless `wait` (then run after it)."""
        if self._lock.locked() and not wait:
            self._again = True
            return
        async with self._lock:
            while True:
                self._again = False
                try:
                    await self.dispatcher.tick()
                except Exception as exc:
                    log_failure(log, "tick failed", exc)
                if not self._again:
                    break
        self.caught_up.set()
        await self._schedule_next()

    async def _schedule_next(self) -> None:
        if self.by_hand:
            return
        try:
            nxt = await self.dispatcher.next_due()
        except Exception:
            log.exception("could not read the next due instant")
            return
        if nxt is None:
            return
        delay = (nxt - self.dispatcher.clock.now()).total_seconds()
        # Past-due rows are leased by a running tick or another process: the sweep
        # picks them up; scheduling now would only spin.
        if 0 < delay < self.interval:
            # Precise timing without a job per dose: one short-lived job for the next instant.
            self.job_queue.run_once(
                self._job,
                when=dt.timedelta(seconds=delay + 0.01),
                job_kwargs={"misfire_grace_time": None},
            )
