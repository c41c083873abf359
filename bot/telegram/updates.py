"""Updates run concurrently across people but in order for each person.

Two messages from one person processed at once could race on their own state (a
check-in answer, an add-medication draft); updates of different people never share
state, so they may overlap freely.

Fairness: a person's turn comes first, a shared slot second. Taking a slot before the
person's turn (PTB's default order) let one person's backlog fill every slot with
updates waiting on their own earlier ones, and everyone else waited behind it. Here a
person holds at most one slot, so one flood cannot stall anyone else; and a person's
backlog is bounded: beyond `max_backlog` waiting updates, new ones are shed with one
plain answer (a red flag never is).

Each processed update is counted (`backtrack_updates_handled_total`) and logged at INFO
on the `bot.updates` logger as one line: kind, a keyed hash of the user id, handling
time and outcome — never the id itself, the text, or anything the person reported.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.logsafe import user_tag
from bot.ops.metrics import Metrics, Outcome, UpdateKind
from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise
from bot.scheduling.priority import DosesFirst

#: Updates one person may have waiting behind their own current one before new ones are
#: shed: more than anyone types by hand, few enough that a flood costs little memory.
MAX_BACKLOG = 50

#: Told that an update was shed: (update, first of this backlog).
ShedHook = Callable[[Update, bool], Awaitable[None]]

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


def _must_read(update: object) -> bool:
    """A message that names a red flag is read however far behind its writer is."""
    if not isinstance(update, Update):
        return False
    message = update.message or update.edited_message
    text = message.text if message is not None else None
    return bool(text) and bool(detect_red_flags(normalise(text or "")))


def _may_wait(update: object) -> bool:
    """Whether an update is typed text (which may wait for a burst of reminders)."""
    if not isinstance(update, Update) or update.callback_query is not None:
        return False
    message = update.message or update.edited_message
    return message is not None and bool(message.text)


class PerUserUpdateProcessor(BaseUpdateProcessor):
    """Serialises updates per user, a person at most one of `max_concurrent_updates`
    slots; sheds a person's updates beyond `max_backlog` waiting."""

    def __init__(
        self,
        max_concurrent_updates: int,
        *,
        metrics: Metrics | None = None,
        log_key: bytes = b"",
        max_backlog: int = MAX_BACKLOG,
        doses_first: DosesFirst | None = None,
    ) -> None:
        super().__init__(max_concurrent_updates)
        self.doses_first = doses_first
        self._at_gate: dict[int, int] = {}  # per person: updates waiting for a burst
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}
        self.max_backlog = max_backlog
        #: Set by the application once its bot exists: answers a shed update.
        self.on_shed: ShedHook | None = None
        self._told: set[int] = set()
        self.metrics = metrics or Metrics()
        self._log_key = log_key
        # PTB hands handler exceptions to the error handler instead of raising them here,
        # so the error handler reports them (`mark_failed`), keyed by the update object.
        self._failed: set[int] = set()

    def mark_failed(self, update: object) -> None:
        """The error handler ran for `update`: count and log it as outcome=error."""
        self._failed.add(id(update))

    async def process_update(  # type: ignore[misc]  # PTB marks it final; see the module doc
        self, update: object, coroutine: Awaitable[Any]
    ) -> None:
        """The person's turn first, then a shared slot (PTB takes the slot first)."""
        user = update.effective_user if isinstance(update, Update) else None
        if user is None:
            async with self._semaphore:
                await self._handle(update, None, coroutine)
            return
        key = user.id
        waiting = self._waiting.get(key, 0)
        if waiting > self.max_backlog and not _must_read(update):
            await self._shed(update, key, coroutine)
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = waiting + 1
        try:
            placed = await self._doses_first(update, key)
            try:
                async with lock, self._semaphore:
                    await self._handle(update, key, coroutine)
            finally:
                if placed and self.doses_first is not None:
                    self.doses_first.leave()
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:
                # Keep the maps as small as the set of people talking right now.
                del self._waiting[key]
                self._locks.pop(key, None)
                self._told.discard(key)

    async def _doses_first(self, update: object, key: int) -> bool:
        """While reminders go out, a text takes a place in the narrow lane (waiting, bounded)
        before the person's turn, and so does anything after a text of theirs still waiting
        (their order is kept); a red flag goes ahead, and a tap of someone with nothing
        waiting never waits. True when a place was taken."""
        gate = self.doses_first
        if gate is None or not gate.sending:
            return False
        # The cheap tests first: reading for red flags costs a parse, paid only by what
        # would otherwise wait.
        if not (_may_wait(update) or self._at_gate.get(key)) or _must_read(update):
            return False
        self._at_gate[key] = self._at_gate.get(key, 0) + 1
        try:
            return await gate.enter()
        finally:
            self._at_gate[key] -= 1
            if not self._at_gate[key]:
                del self._at_gate[key]

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Unused: `process_update` orders and bounds updates itself."""
        await coroutine

    async def _shed(self, update: object, key: int, coroutine: Awaitable[Any]) -> None:
        """Drop an update past the person's backlog, saying so once per backlog."""
        if isinstance(coroutine, Coroutine):
            coroutine.close()  # never started: nothing of it ran
        self.metrics.updates_shed.inc()
        first = key not in self._told
        self._told.add(key)
        if self.on_shed is not None and isinstance(update, Update):
            try:
                await self.on_shed(update, first)
            except Exception as exc:  # telling them is a courtesy; shedding must not fail
                log.warning("could not answer a shed update (%s)", type(exc).__name__)

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
