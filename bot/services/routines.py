"""Routines kept per person: added with their first reminder planned, listed, removed,
and answered — `Done` / `Skip` under a reminder, or a walk told in words.

What leaves this module is plain (`bot.domain.routines` entries), so the summary, the
report and the export read routines without touching a session or an ORM row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.routines import (
    RoutineEntry,
    RoutineLogEntry,
    RoutineSource,
    RoutineStatus,
    matches_activity,
    routine_entry,
)
from bot.domain.schedule import mask_to_weekdays, weekdays_to_mask
from bot.domain.states import WorkKind
from bot.storage import due_work
from bot.storage.models import DueWork, Routine, RoutineLog, User
from bot.storage.repositories import _insert

#: Running routines a person may keep: enough for any plan, a bound on what one can ask.
MAX_ACTIVE = 20


class AddOutcome(StrEnum):
    """What became of an added routine."""

    ADDED = "added"
    SAME = "same"  # one of that name at that time already runs
    FULL = "full"  # MAX_ACTIVE running already


class TapOutcome(StrEnum):
    """What a Done / Skip did."""

    STORED = "stored"  # the day's first answer
    CHANGED = "changed"  # Done after Skip, or the other way round
    SAME = "same"  # the same answer again: nothing changed
    GONE = "gone"  # the reminder or its routine is no longer there


@dataclass(frozen=True, slots=True)
class Answered:
    """A tap's outcome, with the routine it was about (None when gone)."""

    outcome: TapOutcome
    routine: RoutineEntry | None = None
    status: RoutineStatus | None = None


def _at(routine: Routine) -> dt.time:
    hours, minutes = routine.time.split(":")
    return dt.time(int(hours), int(minutes))


def entry_of(routine: Routine, zone: ZoneInfo) -> RoutineEntry:
    """The plain entry of a stored routine, its days in `zone`."""
    return routine_entry(
        routine.id,
        routine.name,
        routine.minutes,
        _at(routine),
        mask_to_weekdays(routine.weekdays),
        routine.started_at,
        routine.ended_at,
        zone,
    )


async def _running(s: AsyncSession, user_id: int) -> list[Routine]:
    rows = await s.scalars(
        select(Routine)
        .where(Routine.user_id == user_id, Routine.ended_at.is_(None))
        .order_by(Routine.time, Routine.id)
    )
    return list(rows)


async def add_routine(
    s: AsyncSession,
    user: User,
    name: str,
    minutes: int | None,
    at: dt.time,
    weekdays: frozenset[int],
    now: dt.datetime,
) -> tuple[AddOutcome, RoutineEntry | None]:
    """Keep a routine and plan its first reminder; the same name at the same time is
    kept once, and a full list keeps no more."""
    zone = ZoneInfo(user.timezone)
    running = await _running(s, user.id)
    hhmm = at.strftime("%H:%M")
    for r in running:
        if r.name.casefold() == name.casefold() and r.time == hhmm:
            return AddOutcome.SAME, entry_of(r, zone)
    if len(running) >= MAX_ACTIVE:
        return AddOutcome.FULL, None
    routine = Routine(
        user_id=user.id,
        name=name,
        minutes=minutes,
        time=hhmm,
        weekdays=weekdays_to_mask(weekdays),
        started_at=now,
    )
    s.add(routine)
    await s.flush()
    await due_work.schedule_routine(s, user, routine, now)
    return AddOutcome.ADDED, entry_of(routine, zone)


async def active_routines(s: AsyncSession, user: User) -> list[RoutineEntry]:
    """The routines running now, by time of day."""
    zone = ZoneInfo(user.timezone)
    return [entry_of(r, zone) for r in await _running(s, user.id)]


async def remove_routine(
    s: AsyncSession, user_id: int, routine_id: int, now: dt.datetime
) -> str | None:
    """End one of the person's own routines and forget its unsent reminders; its name,
    or None when it was not running (someone else's, or removed already)."""
    routine = await s.get(Routine, routine_id)
    if routine is None or routine.user_id != user_id or routine.ended_at is not None:
        return None
    routine.ended_at = now
    await due_work.drop_planned(s, user_id, WorkKind.ROUTINE, routine_id)
    return routine.name


async def _log_of(s: AsyncSession, routine_id: int, day: dt.date) -> RoutineLog | None:
    return await s.scalar(
        select(RoutineLog).where(RoutineLog.routine_id == routine_id, RoutineLog.local_date == day)
    )


async def _insert_log(
    s: AsyncSession,
    routine: Routine,
    day: dt.date,
    status: RoutineStatus,
    source: RoutineSource,
    now: dt.datetime,
) -> bool:
    """Keep the day's first answer; False when one is already there (the unique key
    settles two taps at once)."""
    result = await s.execute(
        _insert(s, RoutineLog)
        .values(
            user_id=routine.user_id,
            routine_id=routine.id,
            local_date=day,
            status=status,
            at=now,
            source=source,
        )
        .on_conflict_do_nothing()
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def _routine_of(s: AsyncSession, user_id: int, work_id: int) -> tuple[DueWork, Routine]:
    """The person's routine reminder and its routine (LookupError when either is gone)."""
    work = await due_work.get_work(s, user_id, work_id)
    if work is None or work.kind != WorkKind.ROUTINE:
        raise LookupError(work_id)
    routine = await s.get(Routine, work.ref_id)
    if routine is None or routine.user_id != user_id:
        raise LookupError(work_id)
    return work, routine


async def record_answer(
    s: AsyncSession, user: User, work_id: int, status: RoutineStatus, now: dt.datetime
) -> Answered:
    """Done / Skip under reminder `work_id`, for the reminder's own day. The first answer
    is stored; the other answer later replaces it; the same one again changes nothing.
    A routine removed since still takes the answer for a day it was due."""
    try:
        work, routine = await _routine_of(s, user.id, work_id)
    except LookupError:
        return Answered(TapOutcome.GONE)
    entry = entry_of(routine, ZoneInfo(user.timezone))
    if await _insert_log(s, routine, work.local_date, status, RoutineSource.TAP, now):
        return Answered(TapOutcome.STORED, entry, status)
    log = await _log_of(s, routine.id, work.local_date)
    if log is None or log.status == status:
        return Answered(TapOutcome.SAME, entry, status)
    log.status, log.at, log.source = status, now, RoutineSource.TAP
    return Answered(TapOutcome.CHANGED, entry, status)


async def reminder_for(s: AsyncSession, user: User, work: DueWork) -> RoutineEntry | None:
    """The routine a due reminder is about; None when it was removed, or the day is
    already answered ("went for a walk" before its time: no reminder needed)."""
    routine = await s.get(Routine, work.ref_id)
    if routine is None or routine.user_id != user.id or routine.ended_at is not None:
        return None
    if await _log_of(s, routine.id, work.local_date) is not None:
        return None
    return entry_of(routine, ZoneInfo(user.timezone))


async def mark_done_from_activity(
    s: AsyncSession, user_id: int, said: str, now: dt.datetime
) -> tuple[RoutineEntry, ...]:
    """An activity told in words ("went for a 30 min walk", the check-in's 🚶 Walk): each
    of today's routines whose name it matches, not yet answered today, is marked done."""
    user = await s.get(User, user_id)
    if user is None or not said.strip():
        return ()
    zone = ZoneInfo(user.timezone)
    today = now.astimezone(zone).date()
    marked: list[RoutineEntry] = []
    for routine in await _running(s, user_id):
        entry = entry_of(routine, zone)
        if today.weekday() not in entry.weekdays or routine.started_at > now:
            continue
        if not matches_activity(routine.name, said):
            continue
        if await _insert_log(s, routine, today, RoutineStatus.DONE, RoutineSource.TEXT, now):
            marked.append(entry)
    return tuple(marked)


async def routine_history(
    s: AsyncSession, user_id: int, start: dt.datetime, end: dt.datetime
) -> tuple[tuple[RoutineEntry, ...], tuple[RoutineLogEntry, ...]]:
    """For a period [start, end) (UTC instants): the routines running at any time in it,
    and their answers on its local days — for `bot.domain.routines.routine_stats`."""
    user = await s.get(User, user_id)
    if user is None:
        return (), ()
    zone = ZoneInfo(user.timezone)
    rows = await s.scalars(
        select(Routine)
        .where(
            Routine.user_id == user_id,
            Routine.started_at < end,
            (Routine.ended_at.is_(None)) | (Routine.ended_at >= start),
        )
        .order_by(Routine.time, Routine.id)
    )
    routines = tuple(entry_of(r, zone) for r in rows)
    first = start.astimezone(zone).date()
    last = (end - dt.timedelta(microseconds=1)).astimezone(zone).date()
    logs = await s.scalars(
        select(RoutineLog)
        .where(
            RoutineLog.user_id == user_id,
            RoutineLog.local_date >= first,
            RoutineLog.local_date <= last,
        )
        .order_by(RoutineLog.local_date, RoutineLog.routine_id)
    )
    return routines, tuple(_log_entry(e) for e in logs)


def _log_entry(log: RoutineLog) -> RoutineLogEntry:
    return RoutineLogEntry(
        log.routine_id,
        log.local_date,
        RoutineStatus(log.status),
        RoutineSource(log.source) if log.source in set(RoutineSource) else RoutineSource.TAP,
        log.at,
    )
