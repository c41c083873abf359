"""Updates run concurrently across people but in order for each person.

Two messages from one person processed at once could race on their own state (a
check-in answer, an add-medication draft); updates of different people never share
state, so they may overlap freely.

Each processed update is counted (`backtrack_updates_handled_total`) and logged at INFO
on the `bot.updates` logger as one line: kind, a keyed hash of the user id, handling
time and outcome — never the id itself, the text, or anything the person reported.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.logsafe import user_tag
from bot.ops.metrics import Metrics, Outcome, UpdateKind

log = logging.getLogger("bot.updates")


def update_kind(update: object) -> UpdateKind:
    """message / callback / edited / other, for the log line and the counter."""
    if not isinstance(update, Update):
        return "other"
    if update.message is not None:
        return "message"
    if update.callback_query is not None:
        return "callback"
    if update.edited_message is not None:
        return "edited"
    return "other"


class PerUserUpdateProcessor(BaseUpdateProcessor):
    """Serialises updates per user; up to `max_concurrent_updates` overall."""

    def __init__(
        self,
        max_concurrent_updates: int,
        *,
        metrics: Metrics | None = None,
        log_key: bytes = b"",
    ) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}
        self.metrics = metrics or Metrics()
        self._log_key = log_key
        # PTB hands handler exceptions to the error handler instead of raising them here,
        # so the error handler reports them (`mark_failed`), keyed by the update object.
        self._failed: set[int] = set()

    def mark_failed(self, update: object) -> None:
        """The error handler ran for `update`: count and log it as outcome=error."""
        self._failed.add(id(update))

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run `coroutine` once earlier updates of the same user are done."""
        user = update.effective_user if isinstance(update, Update) else None
        if user is None:
            await self._handle(update, None, coroutine)
            return
        key = user.id
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock:
                await self._handle(update, key, coroutine)
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:
                # Keep the map as small as the set of people talking right now.
                del self._waiting[key]
                self._locks.pop(key, None)

    async def _handle(self, update: object, user_id: int | None, coroutine: Awaitable[Any]) -> None:
        # Timed from when it may run: the wait behind the same person's earlier update
        # is theirs, not this one's.
        started = time.perf_counter()
        failed = True  # stays True if the coroutine raises (or is cancelled)
        try:
            await coroutine
            failed = False
        finally:
            failed = id(update) in self._failed or failed
            self._failed.discard(id(update))
            kind = update_kind(update)
            outcome: Outcome = "error" if failed else "ok"
            self.metrics.update_handled(kind, outcome)
            if log.isEnabledFor(logging.INFO):
                tag = "-" if user_id is None else user_tag(user_id, self._log_key)
                ms = round((time.perf_counter() - started) * 1000)
                # The same fields as `extra`, so LOG_FORMAT=json carries them as keys.
                fields = {"kind": kind, "user": tag, "ms": ms, "outcome": outcome}
                log.info(
                    "update handled kind=%s user=%s ms=%d outcome=%s",
                    kind,
                    tag,
                    ms,
                    outcome,
                    extra=fields,
                )

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""
