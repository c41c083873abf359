"""Due work: claim what the database says is due, send it, record the outcome.

A tick claims due occurrences under a short lease (one transaction), acts on them in
groups (one message per user per due minute), and finishes them with updates fenced by
the lease. Each group's outcome is committed as soon as its message is sent, but groups
that finish together share one transaction (a group commit: one executemany per shape
of update), so a burst costs a fraction of a statement per reminder. If the process
dies between sending and bookkeeping, the lease lapses and those few reminders (at most
one per concurrency slot) are sent again: for medication a rare duplicate is better than
a silent gap.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.error import BadRequest

from bot.clock import Clock
from bot.domain.due_steps import (
    ALARM_HUSH,
    HUSHED_WORK,
    Ask,
    Cancel,
    CheckinState,
    Expire,
    Hold,
    NextAction,
    Quiet,
    Send,
    WorkStatus,
    after_reminder,
    checkin_step,
    summary_step,
)
from bot.domain.episodes import standing_alarm
from bot.domain.states import (
    MED_BACK_OWED,
    ONE_SHOT_WORK,
    OPEN_DOSE,
    DoseStatus,
    SkipReason,
    WorkKind,
)
from bot.logsafe import log_failure
from bot.ops.metrics import Metrics
from bot.scheduling.caregivers import CaregiverSweep
from bot.scheduling.notifier import Blocked, Notifier, Reminder, SendFailed
from bot.scheduling.priority import DosesFirst
from bot.storage import due_work, records, stock_outs
from bot.storage import repositories as repo
from bot.storage.models import DueWork, User
from bot.storage.records import SaidTaken

log = logging.getLogger(__name__)

LEASE = dt.timedelta(minutes=2)
LATE_AFTER = dt.timedelta(minutes=2)
RETRY_AFTER = dt.timedelta(seconds=60)
#: The longest wait between tries of due work that failed: a failure that lasts (a
#: message Telegram refuses) is tried hourly at most, never every minute for days.
RETRY_AT_MOST = dt.timedelta(hours=1)
#: A weekly summary still failing this long after it was due is given up, counted, and
#: next week's planned: it had been retried for days, and no later week was ever sent
#: (Sandbox, Chicago: a summary too long for Telegram).
SUMMARY_GIVE_UP = dt.timedelta(days=1)
# Reminder groups acted on at once. Each commits its outcome before giving up its slot,
# so this also bounds what a kill -9 can re-send. A group keeps its slot while its
# bookkeeping waits for the group commit, so this must be well above the sender's
# SEND_SLOTS or the senders idle through every commit: 64 groups over 32 send slots
# measured +20-40 % messages/s over 32/16 (BENCHMARKS.md, Dispatch).
GROUPS_IN_FLIGHT = 64
TOP_UP_EVERY = dt.timedelta(minutes=1)
FIRST_BATCH = 64
#: A routine's reminder later than this (the bot was down) is dropped, not sent.
ROUTINE_STALE = dt.timedelta(hours=3)
#: A medicine's "back on" is said this long before its first reminder when quiet hours
#: hold it: the person learns it is back before being asked to take it.
BACK_ON_AHEAD = dt.timedelta(minutes=1)
#: A "back on" that still could not be sent this long after its resume is dropped, as
#: news no more (its reminders have come meanwhile); longer than any quiet hours' hold.
BACK_ON_STALE = dt.timedelta(days=1)
#: Doses claimed in one tick from which typed messages wait for them (doses first).
RUSH_DOSES = 50
#: How far back a "took it" still being asked about is looked for: the question comes at
#: most two hours before its dose, and the dose's follow-up and retries some hours later.
SAID_TAKEN_WITHIN = dt.timedelta(hours=12)


def _retry_in(work: DueWork, now: dt.datetime) -> dt.timedelta:
    """When to try failed due work again: in a minute at first, then a quarter of the
    time it has been failing, up to an hour."""
    return max(RETRY_AFTER, min((now - work.due_at) / 4, RETRY_AT_MOST))


@dataclass(slots=True)
class TickResult:
    """What one tick did (for logs and benchmarks)."""

    claimed: int = 0
    sent: int = 0
    missed: int = 0
    told: int = 0  # caregivers told of missed doses


class _GroupCommit:
    """Commits the bookkeeping of groups as they finish, coalescing concurrent ones.

    `record` returns once its rows are committed. While one transaction is being
    written, rows from groups finishing meanwhile queue up and go in the next one.
    """

    def __init__(self, sessions: async_sessionmaker[AsyncSession], lease: dt.datetime) -> None:
        self.sessions = sessions
        self.lease = lease
        self._queue: list[tuple[list[repo.Finish], asyncio.Future[None]]] = []
        self._writing = False
        self._task: asyncio.Task[None] | None = None

    async def record(self, items: list[repo.Finish]) -> None:
        """Commit `items` (with whatever else is waiting); errors are logged, not raised."""
        done = asyncio.get_running_loop().create_future()
        self._queue.append((items, done))
        if not self._writing:
            self._writing = True
            self._task = asyncio.create_task(self._drain())
        await done

    async def _drain(self) -> None:
        try:
            while self._queue:
                batch, self._queue = self._queue, []
                try:
                    async with self.sessions.begin() as s:
                        await repo.finish_actions(
                            s, self.lease, [f for items, _ in batch for f in items]
                        )
                except Exception as exc:
                    # The leases lapse and these are acted on again (a duplicate, not a gap).
                    log_failure(log, "could not record sent reminders; will redo them", exc)
                for _, done in batch:
                    if not done.done():
                        done.set_result(None)
        finally:
            self._writing = False


class Dispatcher:
    """Acts on due occurrences; safe to run in several processes at once."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        notifier: Notifier,
        clock: Clock,
        *,
        batch: int = 500,
        concurrency: int = GROUPS_IN_FLIGHT,
        lease: dt.timedelta = LEASE,
        metrics: Metrics | None = None,
        doses_first: DosesFirst | None = None,
    ) -> None:
        self.sessions = sessions
        # Closed while a rush of doses is sent, so that typed messages wait their turn; a
        # handful of reminders is no rush (one slow send must not hold anyone's reply).
        self.doses_first = doses_first or DosesFirst()
        self.rush_doses = RUSH_DOSES
        # How long a claim holds before another tick/process may take the row over
        # (LEASE_SECONDS); longer than any send and its bookkeeping can take.
        self.lease = lease
        self.notifier = notifier
        self.clock = clock
        self.batch = batch
        self._groups = asyncio.Semaphore(concurrency)
        self.caregivers = CaregiverSweep(sessions, notifier, self._groups, batch=batch)
        self._prefetch_below = 4 * concurrency
        self._last_top_up: dt.datetime | None = None
        self.metrics = metrics or Metrics()

    async def top_up(self, now: dt.datetime, *, force: bool = False) -> int:
        """Materialise occurrences for medications whose horizon is running out."""
        if not force and self._last_top_up and now - self._last_top_up < TOP_UP_EVERY:
            return 0
        if self._last_top_up is None:
            async with self.sessions.begin() as s:
                await due_work.repair_planned_work(s, now)
        self._last_top_up = now
        async with self.sessions.begin() as s:
            await repo.end_finished_courses(s, now)
        created = 0
        while True:
            async with self.sessions.begin() as s:
                pending = await repo.medications_needing_top_up(s, now)
                for med, user in pending:
                    created += await repo.materialise(s, med, user, now)
            if len(pending) < 500:
                return created

    async def tick(self) -> TickResult:
        """Do all work due now: doses first, then check-ins and summaries, then telling
        caregivers of the doses that became missed (this tick's included)."""
        now = self.clock.now()
        await self.top_up(now)
        result = TickResult()
        await self._doses(result)
        await self._other_work(now, result)
        result.told = await self.caregivers.run(self.clock.now())
        return result

    async def _doses(self, result: TickResult) -> None:
        # Batches overlap: the next one is claimed and loaded while the groups of the
        # last are still being sent, so the senders never sit idle at a batch boundary
        # (at an 08:00 rush that gap was a quarter of the wall time). At most about
        # `_prefetch_below` groups wait behind the ones in flight, so leases stay short.
        in_flight: set[asyncio.Task[None]] = set()
        # Woken when a group finishes and the backlog is short enough for another batch
        # (asyncio.wait over the whole set would re-register on every task each time).
        room = asyncio.Event()

        def finished(task: asyncio.Task[None]) -> None:
            in_flight.discard(task)
            if len(in_flight) <= self._prefetch_below:
                room.set()

        # The first batch is small so the first messages leave within milliseconds of the
        # due minute; batches then double up to `batch` while those are being sent.
        size = min(self.batch, FIRST_BATCH)
        try:
            while True:
                # A fresh "now" per batch: a long burst must not lease, mark lateness or
                # stamp sent_at with the instant the tick began.
                now = self.clock.now()
                lease = now + self.lease + dt.timedelta(microseconds=random.randint(1, 999_999))
                async with self.sessions.begin() as s:
                    ids = await repo.claim_due(s, now, lease, size)
                # For /healthz: every claim (even an empty one) shows the sweep is alive,
                # and a long rush counts as progress, not as a stuck tick.
                self.metrics.tick_seen(now)
                if not ids:
                    return
                result.claimed += len(ids)
                if result.claimed >= self.rush_doses:
                    self.doses_first.begin()
                async with self.sessions() as s:
                    claimed = await repo.load_claimed(s, ids)
                    users = {c.user.id for c in claimed}
                    said = await records.doses_said_taken(s, users, now - SAID_TAKEN_WITHIN)
                    carers = frozenset(await records.carers_writing(s, users))
                    # (read only for doses at their cutoff, and for people who said they
                    # ran out: a reminder rush of everyone else asks nothing more)
                    cut = {c.user.id for c in claimed if _at_cutoff(c, now) or _may_be_out(c, now)}
                    stock = await stock_outs.stock_events(s, cut, now)
                    # had again since ("Refilled", a dose taken): no more reads till said
                    over = {
                        c.user.id: c.user.out_told_at
                        for c in claimed
                        if c.user.out_told_at is not None
                        and _may_be_out(c, now)
                        and not stock_outs.anything_out(stock, c.user.id, now)
                    }
                    if over:
                        await stock_outs.out_told_over(s, over)
                        await s.commit()
                groups: dict[tuple[int, str, dt.datetime], list[repo.Claimed]] = defaultdict(list)
                for c in claimed:
                    at = (c.occ.next_at or now).replace(second=0, microsecond=0)
                    groups[(c.user.id, c.occ.next_action or NextAction.REMIND, at)].append(c)
                book = _GroupCommit(self.sessions, lease)
                for (_, action, _), group in groups.items():
                    run = self._run_group(action, group, now, result, book, said, carers, stock)
                    task = asyncio.create_task(run)
                    in_flight.add(task)
                    task.add_done_callback(finished)
                if len(ids) < size:
                    return
                size = min(self.batch, 2 * size)
                while len(in_flight) > self._prefetch_below:
                    room.clear()
                    await room.wait()
        finally:
            if in_flight:
                await asyncio.gather(*in_flight)
            self.doses_first.end()

    async def _other_work(self, now: dt.datetime, result: TickResult) -> None:
        while True:
            lease = now + self.lease + dt.timedelta(microseconds=random.randint(1, 999_999))
            async with self.sessions.begin() as s:
                ids = await due_work.claim_due_work(s, now, lease, self.batch)
            self.metrics.tick_seen(self.clock.now())
            if not ids:
                return
            result.claimed += len(ids)
            async with self.sessions() as s:
                claimed = await due_work.load_due_work(s, ids)
            await asyncio.gather(*(self._run_work(w, u, now, lease, result) for w, u in claimed))
            if len(ids) < self.batch:
                return

    async def _run_work(
        self, work: DueWork, user: User, now: dt.datetime, lease: dt.datetime, result: TickResult
    ) -> None:
        async with self._groups:
            try:
                if work.kind == WorkKind.CHECKIN:
                    await self._checkin(work, user, now, lease, result)
                elif work.kind == WorkKind.SUMMARY:
                    await self._summary(work, user, now, lease, result)
                elif work.kind == WorkKind.MED_RESUME:
                    await self._med_resume(work, user, now, lease, result)
                elif work.kind in ONE_SHOT_WORK:
                    await self._one_shot(work, user, now, lease, result)
                else:
                    async with self.sessions.begin() as s:
                        await due_work.finish_work(s, work.id, lease, next_at=None)
            except Blocked:
                async with self.sessions.begin() as s:
                    await repo.set_user_inactive(s, user.id)
            except Exception as exc:
                if work.kind == WorkKind.SUMMARY and now - work.due_at > SUMMARY_GIVE_UP:
                    log_failure(log, "weekly summary given up", exc)
                    self.metrics.summaries_given_up.inc()
                    await self._next_summary(work, user, now, lease, WorkStatus.CANCELLED)
                    return
                log_failure(log, "due work failed; will retry", exc)
                async with self.sessions.begin() as s:
                    await due_work.finish_work(
                        s, work.id, lease, next_at=now + _retry_in(work, now)
                    )

    async def _checkin(
        self, work: DueWork, user: User, now: dt.datetime, lease: dt.datetime, result: TickResult
    ) -> None:
        """Execute and record the one step `checkin_step` decides."""
        alarm_at = await self._alarm_since(user.id, work.due_at - ALARM_HUSH, now)
        state = CheckinState(
            status=work.status,
            next_action=work.next_action,
            stage=work.stage,
            answered=work.answered_at is not None,
            due_at=work.due_at,
            active=user.active,
            paused=user.paused,
            quiet=_quiet(user),
            missed_cutoff=dt.timedelta(minutes=user.missed_cutoff_minutes),
            followup_after=dt.timedelta(minutes=user.followup_minutes),
            alarm_at=alarm_at,
        )
        step = checkin_step(state, now)
        done: dict[str, Any] = {"next_at": None, "next_action": None}
        values: dict[str, Any]
        if isinstance(step, Ask):
            message_id = await self.notifier.ask_checkin(user, work, nudge=step.nudge)
            values = {"asked_at": now, "message_id": message_id, "next_at": step.next_at}
            values["next_action"] = step.then
            if step.nudge:
                values["followup_sent"] = True
            else:
                self.metrics.checkins_sent.inc()
                # Fenced: a score tapped before this is written keeps its answer.
                values.update(was=WorkStatus.PENDING, status=WorkStatus.SENT, stage="pain")
            result.sent += 1
        elif isinstance(step, Cancel):
            values = {"status": WorkStatus.CANCELLED, **done}
        elif isinstance(step, Expire):
            values = {"status": step.status, **done}
        elif isinstance(step, Hold):
            values = {"next_at": step.until}
        else:
            values = {"next_at": step.at, "next_action": step.then}
        async with self.sessions.begin() as s:
            await due_work.finish_work(s, work.id, lease, **values)
            if isinstance(step, Expire) and step.chain_next:
                # (held at its very minute by an alarm: the next is tomorrow's, not itself)
                after = max(now, work.due_at + dt.timedelta(minutes=1))
                await due_work.schedule_checkin(s, user, after)
            elif isinstance(step, Ask) and not step.nudge:
                # Chain the next day's check-in now, so a restart never loses it.
                await due_work.schedule_checkin(s, user, work.due_at + dt.timedelta(minutes=1))

    async def _summary(
        self, work: DueWork, user: User, now: dt.datetime, lease: dt.datetime, result: TickResult
    ) -> None:
        """The weekly summary: held by quiet hours and by an alarm's hush, sent once, the
        next week chained."""
        step = summary_step(
            status=work.status,
            active=user.active,
            paused=user.paused,
            quiet=_quiet(user),
            now=now,
            alarm_at=await self._alarm_since(user.id, now - ALARM_HUSH, now),
            after_alarm=HUSHED_WORK.get(work.kind),
        )
        if isinstance(step, Hold):
            async with self.sessions.begin() as s:
                await due_work.finish_work(s, work.id, lease, next_at=step.until)
            return
        if not isinstance(step, Send):  # (a summary is never held, only waits: Cancel)
            async with self.sessions.begin() as s:
                await due_work.finish_work(s, work.id, lease, next_at=None, next_action=None)
            return
        await self.notifier.send_summary(user, now)
        await self._next_summary(work, user, now, lease, WorkStatus.SENT)
        result.sent += 1

    async def _next_summary(
        self, work: DueWork, user: User, now: dt.datetime, lease: dt.datetime, status: WorkStatus
    ) -> None:
        """A summary done with (sent, or given up) and the next week's planned."""
        async with self.sessions.begin() as s:
            await due_work.finish_work(
                s, work.id, lease, status=status, next_at=None, next_action=None
            )
            # From now, not from when it was due: after days down, the weeks missed are
            # not each sent again, one identical summary after another.
            after = max(work.due_at + dt.timedelta(minutes=1), now)
            await due_work.schedule_summary(s, user, after)

    async def _one_shot(
        self, work: DueWork, user: User, now: dt.datetime, lease: dt.datetime, result: TickResult
    ) -> None:
        """A trial review, an appointment message or a routine reminder: held by quiet
        hours and, as HUSHED_WORK says, by an alarm's hush; sent once; a routine's next
        day chained. Only routines are reminders that /pause stops: a question about a
        change, or a visit, still comes."""
        paused = user.paused and work.kind == WorkKind.ROUTINE
        hushed = HUSHED_WORK.get(work.kind)
        step = summary_step(
            status=work.status,
            active=user.active,
            paused=paused,
            quiet=_quiet(user),
            now=now,
            alarm_at=await self._alarm_since(user.id, now - ALARM_HUSH, now) if hushed else None,
            after_alarm=hushed,
        )
        if isinstance(step, Hold):
            async with self.sessions.begin() as s:
                await due_work.finish_work(s, work.id, lease, next_at=step.until)
            return
        message_id = None
        # A routine's reminder from a day the bot was down is not sent late: its moment
        # has passed, and the next one is chained as usual.
        stale = work.kind == WorkKind.ROUTINE and now - work.due_at > ROUTINE_STALE
        if isinstance(step, Send) and not stale:
            message_id = await self.notifier.send_work(user, work, now)
        status = WorkStatus.SENT if message_id is not None else WorkStatus.CANCELLED
        if isinstance(step, Expire):
            status = step.status  # held by an alarm: not sent, and not missed
        async with self.sessions.begin() as s:
            done = await due_work.finish_work(
                s,
                work.id,
                lease,
                was=WorkStatus.PENDING,
                status=status,
                message_id=message_id,
                asked_at=now,
                next_at=None,
                next_action=None,
            )
            if done:
                await due_work.chain_next(s, user, work, now)
        result.sent += message_id is not None

    async def _med_resume(
        self, work: DueWork, user: User, now: dt.datetime, lease: dt.datetime, result: TickResult
    ) -> None:
        """A medicine's set pause runs out: it is back on at that moment, quiet hours or not
        (a dose due in them is reminded, as every dose is). Its "back on" is held by quiet
        hours but never past its first reminder, and retried like a reminder when Telegram
        fails (it was lost: the retry found nothing left to resume), until BACK_ON_STALE."""
        if work.stage != MED_BACK_OWED:
            back = await self.notifier.resume_med(user, work, lease, now)
            if back is None:
                async with self.sessions.begin() as s:
                    await due_work.finish_work(
                        s, work.id, lease, status=WorkStatus.CANCELLED, next_at=None
                    )
                return
            until = _quiet(user).hold(now)
            if back.first_reminder is not None:
                until = min(until, back.first_reminder - BACK_ON_AHEAD)
            if until > now:
                async with self.sessions.begin() as s:
                    await due_work.finish_work(s, work.id, lease, next_at=until)
                return
        elif now - work.due_at > BACK_ON_STALE:
            log.warning("a medicine's 'back on' message could not be sent; dropped")
            async with self.sessions.begin() as s:
                await due_work.finish_work(
                    s, work.id, lease, status=WorkStatus.EXPIRED, next_at=None
                )
            return
        message_id = None
        if user.active:
            try:
                message_id = await self.notifier.send_work(user, work, now)
            except SendFailed:
                self.metrics.reminder_failed("gave_up")
                raise  # retried in RETRY_AFTER (_run_work)
        status = WorkStatus.SENT if message_id is not None else WorkStatus.CANCELLED
        async with self.sessions.begin() as s:
            await due_work.finish_work(
                s, work.id, lease, status=status, message_id=message_id, asked_at=now, next_at=None
            )
        result.sent += message_id is not None

    async def _alarm_since(
        self, user_id: int, since: dt.datetime, now: dt.datetime
    ) -> dt.datetime | None:
        """When the latest red-flag alarm still standing, told from `since` on, was told
        (None when none): what hushes a check-in and the work HUSHED_WORK names."""
        async with self.sessions() as s:
            told = await records.told_between(s, user_id, since, now + dt.timedelta(seconds=1))
        alarm = standing_alarm(told)
        return alarm.at if alarm is not None else None

    async def next_due(self) -> dt.datetime | None:
        """Earliest instant with work to do."""
        async with self.sessions() as s:
            instants = [await repo.next_due_instant(s), await due_work.next_due_work_instant(s)]
        known = [i for i in instants if i is not None]
        return min(known) if known else None

    async def _run_group(
        self,
        action: str,
        group: list[repo.Claimed],
        now: dt.datetime,
        result: TickResult,
        book: _GroupCommit,
        said: Mapping[int, SaidTaken],
        carers: frozenset[int] = frozenset(),
        stock: stock_outs.Events | None = None,
    ) -> None:
        """Act on one group; its bookkeeping goes through `book` (which holds the lease);
        `said`: doses the person told us of that we still ask about (occurrence -> when);
        `carers`: people whose chat a carer writes in; `stock`: their stock-outs told."""
        stock = stock or {}
        async with self._groups:
            try:
                if action == NextAction.MISS:
                    await self._miss(group, result, book, said, stock)
                else:
                    followup = action == NextAction.FOLLOWUP
                    carer = group[0].user.id in carers
                    await self._remind(
                        group, now, result, book, said, stock, followup=followup, carer=carer
                    )
            except Blocked:
                self.metrics.reminder_failed("blocked")
                async with self.sessions.begin() as s:
                    await repo.set_user_inactive(s, group[0].user.id)
                # No id at INFO: log lines name people only by keyed hash (bot.updates).
                log.info("a user blocked the bot or left Telegram; their reminders stop")
                log.debug("blocked by user %s", group[0].user.id)
            except SendFailed as exc:
                self.metrics.reminder_failed("gave_up")
                log.warning("send failed (%s); will retry", exc)
                await self._release(group, book, now + RETRY_AFTER)
            except Exception as exc:
                if isinstance(exc, BadRequest):  # a 400 other than "chat gone": our message
                    self.metrics.reminder_failed("bad_request")
                log_failure(log, "unexpected error in due work; will retry", exc)
                await self._release(group, book, now + RETRY_AFTER)

    async def _release(
        self, group: Sequence[repo.Claimed], book: _GroupCommit, at: dt.datetime
    ) -> None:
        """Give the group's claims back, to be retried at `at`."""
        await book.record([repo.Finish(c.occ.id, {"next_at": at}) for c in group])

    async def _remind(
        self,
        group: list[repo.Claimed],
        now: dt.datetime,
        result: TickResult,
        book: _GroupCommit,
        said: Mapping[int, SaidTaken],
        stock: stock_outs.Events,
        *,
        followup: bool,
        carer: bool = False,
    ) -> None:
        """Send one grouped message and record it through `book` (a group commit)."""
        user = group[0].user
        zone = ZoneInfo(user.timezone)
        live: list[repo.Claimed] = []
        done: dict[str, object] = {"next_at": None, "next_action": None}
        finished: list[repo.Finish] = []
        shown: set[int] = set()  # messages of doses missed here, to say so
        for c in group:
            # (a version replaced "from Thursday" is reminded until it ends, not after)
            ended = c.med.ended_at is not None and c.med.ended_at <= now
            gone = not user.active or user.paused or c.med.paused or ended
            wanted = (DoseStatus.SENT,) if followup else (DoseStatus.PENDING, DoseStatus.SNOOZED)
            if gone or c.occ.status not in wanted:
                finished.append(repo.Finish(c.occ.id, dict(done)))
            elif now >= c.occ.cutoff_at:
                out = _out(stock, c)
                finished.append(end := _missed_or_told(c, said.get(c.occ.id), now, done, out))
                result.missed += end.values["status"] == DoseStatus.MISSED
                shown.update(m for m in (c.occ.message_id, c.occ.followup_message_id) if m)
            else:
                live.append(c)
        if finished:
            await book.record(finished)
        if shown and user.active:
            # The cutoff passed while the bot was down: the reminder says missed, as it
            # does when the bot was up at the cutoff.
            await self.notifier.redraw(user.id, user.chat_id, zone, shown)
        if not live:
            return
        late = not followup and any(
            not c.occ.snooze_count and now - c.occ.due_at > LATE_AFTER for c in live
        )
        told = {c.occ.id: said[c.occ.id].at for c in live if c.occ.id in said}
        # Out of it still (the last word was "ran out"): its reminder asks "got some now?"
        outs = {c.occ.id for c in live if _may_be_out(c, now) and _out(stock, c, now)}
        live = [
            replace(c, occ=replace(c.occ, reminded_out=c.occ.id in outs))
            if c.occ.reminded_out != (c.occ.id in outs)
            else c
            for c in live
        ]
        # (made late and never sent: a zone change put its time behind now)
        moved = late and any(c.occ.late and c.occ.sent_at is None for c in live)
        reminder = Reminder(
            user.id,
            user.chat_id,
            zone,
            [(c.occ, c.med) for c in live],
            followup,
            late,
            told,
            moved,
            carer,
        )
        message_id = await self.notifier.remind(reminder)
        self.metrics.reminder_sent(followup=followup, late=late)
        # Committed before this group gives up its concurrency slot, so at most
        # `concurrency` sent reminders are ever unrecorded (a kill -9 re-sends no more).
        await book.record([_sent(c, message_id, now, late, followup) for c in live])
        result.sent += 1

    async def _miss(
        self,
        group: list[repo.Claimed],
        result: TickResult,
        book: _GroupCommit,
        said: Mapping[int, SaidTaken],
        stock: stock_outs.Events,
    ) -> None:
        user = group[0].user
        messages: set[int] = set()
        done: dict[str, object] = {"next_at": None, "next_action": None}
        finished: list[repo.Finish] = []
        for c in group:
            if c.occ.status in OPEN_DOSE:
                # Fenced like a send: a "Taken" landing at the cutoff is not overwritten.
                told = said.get(c.occ.id)
                end = _missed_or_told(c, told, c.occ.cutoff_at, done, _out(stock, c))
                finished.append(end)
                result.missed += end.values["status"] == DoseStatus.MISSED
                messages.update(m for m in (c.occ.message_id, c.occ.followup_message_id) if m)
            else:
                finished.append(repo.Finish(c.occ.id, dict(done)))
        await book.record(finished)
        if not user.active:
            return
        await self.notifier.redraw(user.id, user.chat_id, ZoneInfo(user.timezone), messages)


def _at_cutoff(c: repo.Claimed, now: dt.datetime) -> bool:
    """Whether the claimed dose is to be closed now: missed, or set down as ran out."""
    return c.occ.next_action == NextAction.MISS or now >= c.occ.cutoff_at


def _may_be_out(c: repo.Claimed, now: dt.datetime) -> bool:
    """Whether the person said lately they ran out of something (their stock is read)."""
    return stock_outs.may_be_out(c.user.out_told_at, now)


def _out(stock: stock_outs.Events, c: repo.Claimed, at: dt.datetime | None = None) -> bool:
    """Whether the person had said they ran out of the dose's medicine, and not had it
    since, at `at` (default: when it was due; bot.domain.stock_out)."""
    key = c.med.generic or c.med.name.lower()
    return stock_outs.is_out(stock, c.user.id, key, at or c.occ.due_at) is not None


def _missed_or_told(
    c: repo.Claimed,
    said: SaidTaken | None,
    now: dt.datetime,
    done: dict[str, object],
    out: bool = False,
) -> repo.Finish:
    """A dose past its cutoff: missed — unless the person told us they took it a little
    before its time and left our "was that this dose?" unanswered; then it was taken when
    they said (found living a sandbox week: "took gaba" at 07:00 for the 08:00 dose, the
    question slept through, recorded missed and the dose they took stored nowhere)."""
    if said is not None and said.early:
        told = {"status": DoseStatus.TAKEN, "taken_at": said.at, "answered_at": now}
        return repo.Finish(c.occ.id, {**told, "taken_late": False, **done}, c.occ.status)
    if out:
        # Left unanswered while out of it (the last word was "ran out"): not taken for
        # want of it, not forgotten; no answer of theirs is stored (answered_at stays None)
        ran_out = {"status": DoseStatus.SKIPPED, "skip_reason": SkipReason.RAN_OUT.value}
        return repo.Finish(c.occ.id, {**ran_out, **done}, c.occ.status)
    return repo.Finish(c.occ.id, {"status": DoseStatus.MISSED, **done}, c.occ.status)


def _quiet(user: User | repo.DueUser) -> Quiet:
    return Quiet(ZoneInfo(user.timezone), user.quiet_start, user.quiet_end)


def _sent(
    c: repo.Claimed, message_id: int, now: dt.datetime, late: bool, followup: bool
) -> repo.Finish:
    """The bookkeeping of one dose just reminded: sent, its message, when it wakes next.
    Fenced on the status acted on: an answer arriving meanwhile wins."""
    values: dict[str, object] = {"status": DoseStatus.SENT}
    values["message_id" if c.occ.message_id is None else "followup_message_id"] = message_id
    if c.occ.sent_at is None:
        values["sent_at"] = now
        values["late"] = late
    if followup:
        values["followup_sent"] = True
    values["reminded_out"] = c.occ.reminded_out
    values["next_at"], values["next_action"] = after_reminder(
        followup=followup,
        # (out of it: no nudge; at its cutoff it is set down as ran out)
        followup_sent=c.occ.followup_sent or c.occ.reminded_out,
        cutoff_at=c.occ.cutoff_at,
        quiet=_quiet(c.user),
        now=now,
        followup_after=dt.timedelta(minutes=c.user.followup_minutes),
    )
    return repo.Finish(c.occ.id, values, c.occ.status)
