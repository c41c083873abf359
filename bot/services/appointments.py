"""Visits to the doctor, kept per person (PRODUCT.md §2 `/appointment`, §6a): booked,
listed, cancelled, answered afterwards, and each visit's three messages planned as due
work (bot.domain.appointments says when).

Several upcoming visits are normal (the GP on Tuesday, the physio on Friday): each is
kept and planned. A line for a day that already has a visit at the same time, or one
that adds the time or the name to a visit of that day, completes or corrects that visit
instead of adding a second one.

Each message is planned under the key (user, kind, the visit's local date, the visit's
id), so planning again (a correction, a new time zone) never sends one twice: a message
already sent holds its key.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.appointments import (
    DAY_STARTS,
    DuePlan,
    Outcome,
    Visit,
    due_plan,
    is_upcoming,
    visit_start,
)
from bot.domain.schedule import local_to_utc
from bot.domain.states import WorkKind
from bot.parsing.appointment_line import AppointmentLine
from bot.storage.due_work import drop_planned, plan_work
from bot.storage.models import Appointment, User

#: Upcoming visits kept at once: more is a typo loop, not a diary.
MAX_UPCOMING = 12
KINDS = (WorkKind.APPT_EVE, WorkKind.APPT_SOON, WorkKind.APPT_AFTER)


@dataclass(frozen=True, slots=True)
class Booking:
    """What booking did: the visit (None when too many are upcoming already), whether
    it completed or corrected a visit already kept for that day, and when its messages
    are due."""

    visit: Visit | None
    updated: bool = False
    plan: DuePlan | None = None


def _hhmm(at: dt.time | None) -> str | None:
    return None if at is None else at.strftime("%H:%M")


def _time_of(raw: str | None) -> dt.time | None:
    if not raw:
        return None
    try:
        return dt.time.fromisoformat(raw)
    except ValueError:
        return None


def visit_of(row: Appointment) -> Visit:
    """The plain view of a stored visit."""
    try:
        outcome = Outcome(row.outcome) if row.outcome else None
    except ValueError:
        outcome = None
    return Visit(
        id=row.id,
        day=row.local_date,
        at=_time_of(row.local_time),
        with_whom=row.with_whom,
        starts_at=row.starts_at,
        created_at=row.created_at,
        cancelled_at=row.cancelled_at,
        outcome=outcome,
        answered_at=row.answered_at,
    )


async def _plan(s: AsyncSession, user: User, row: Appointment, now: dt.datetime) -> DuePlan:
    """Plan the visit's messages still to come (already planned or sent: unchanged)."""
    plan = due_plan(row.local_date, _time_of(row.local_time), ZoneInfo(user.timezone), now)
    for kind, due in zip(KINDS, (plan.eve, plan.soon, plan.after), strict=True):
        if due is not None:
            await plan_work(
                s, user.id, kind, row.local_date, due, ref_id=row.id, next_action="send"
            )
    return plan


async def _drop(s: AsyncSession, user_id: int, appointment_id: int) -> None:
    for kind in KINDS:
        await drop_planned(s, user_id, kind, appointment_id)


async def _upcoming_rows(s: AsyncSession, user: User, now: dt.datetime) -> list[Appointment]:
    zone = ZoneInfo(user.timezone)
    yesterday = now.astimezone(zone).date() - dt.timedelta(days=1)
    rows = await s.scalars(
        select(Appointment).where(
            Appointment.user_id == user.id,
            Appointment.cancelled_at.is_(None),
            Appointment.local_date >= yesterday,
        )
    )
    ahead = [r for r in rows if is_upcoming(r.local_date, r.starts_at, zone, now)]
    # Sorted here: databases disagree on where a NULL time goes.
    return sorted(ahead, key=lambda r: (r.local_date, r.local_time or "", r.id))


async def upcoming(s: AsyncSession, user: User, now: dt.datetime) -> list[Visit]:
    """The visits still ahead, soonest first (no time: by day, first that day)."""
    return [visit_of(r) for r in await _upcoming_rows(s, user, now)]


def _same_visit(row: Appointment, line: AppointmentLine) -> bool:
    """Whether `line` completes or corrects `row` rather than adding a visit: the same
    day and time (a name corrected), or the same day with a time on one side only and
    no other name (the time or the name added)."""
    if row.local_date != line.day:
        return False
    if row.local_time is not None and row.local_time == _hhmm(line.at):
        return True
    if row.local_time is not None and line.at is not None:
        return False
    names = (row.with_whom or "").casefold(), (line.with_whom or "").casefold()
    return not all(names) or names[0] == names[1]


def _moved_visit(rows: list[Appointment], line: AppointmentLine) -> Appointment | None:
    """The visit "my appointment got moved to thursday" moves: the one with the person
    named, else the only one kept; None when it cannot be told which."""
    if not line.moved:
        return None
    named = (line.with_whom or "").casefold()
    same = [r for r in rows if named and (r.with_whom or "").casefold() == named]
    if len(same) == 1:
        return same[0]
    return rows[0] if len(rows) == 1 and not named else None


async def book(s: AsyncSession, user: User, line: AppointmentLine, now: dt.datetime) -> Booking:
    """Keep the visit `line` describes and plan its messages."""
    rows = await _upcoming_rows(s, user, now)
    zone = ZoneInfo(user.timezone)
    row = next((r for r in rows if _same_visit(r, line)), None) or _moved_visit(rows, line)
    if row is not None and row.local_date != line.day:
        await _drop(s, user.id, row.id)  # moved to another day: its messages move with it
        row.local_date = line.day
        row.local_time, row.starts_at = None, None
    if row is None:
        if len(rows) >= MAX_UPCOMING:
            return Booking(None)
        row = Appointment(user_id=user.id, local_date=line.day, created_at=now)
        s.add(row)
    elif line.at is not None and row.local_time != _hhmm(line.at):
        await _drop(s, user.id, row.id)  # a time added: the messages move with it
    updated = row.id is not None
    if line.at is not None:
        row.local_time = _hhmm(line.at)
        row.starts_at = visit_start(line.day, line.at, zone)
    if line.with_whom:
        row.with_whom = line.with_whom
    await s.flush()
    plan = await _plan(s, user, row, now)
    return Booking(visit_of(row), updated=updated, plan=plan)


async def _own(s: AsyncSession, user_id: int, appointment_id: int) -> Appointment | None:
    row = await s.get(Appointment, appointment_id)
    return row if row is not None and row.user_id == user_id else None


async def get_visit(s: AsyncSession, user_id: int, appointment_id: int) -> Visit | None:
    """A visit of this person (never another's), cancelled or not."""
    row = await _own(s, user_id, appointment_id)
    return None if row is None else visit_of(row)


async def cancel(s: AsyncSession, user_id: int, appointment_id: int, now: dt.datetime) -> bool:
    """Cancel a visit of this person and forget its unsent messages; whether it was kept."""
    row = await _own(s, user_id, appointment_id)
    if row is None or row.cancelled_at is not None:
        return False
    row.cancelled_at = now
    await _drop(s, user_id, row.id)
    return True


async def record_outcome(
    s: AsyncSession, user_id: int, appointment_id: int, outcome: Outcome, now: dt.datetime
) -> bool:
    """Keep what the person said after a visit (the latest answer wins); whether the
    visit is theirs and still kept."""
    row = await _own(s, user_id, appointment_id)
    if row is None or row.cancelled_at is not None:
        return False
    row.outcome = outcome.value
    row.answered_at = now
    return True


def _instant(row: Appointment, zone: ZoneInfo) -> dt.datetime:
    """When a visit was: its start, or DAY_STARTS that day when no time was given."""
    return row.starts_at or local_to_utc(row.local_date, DAY_STARTS, zone)


async def appointments_between(
    s: AsyncSession,
    user_id: int,
    start: dt.datetime,
    end: dt.datetime,
    *,
    include_cancelled: bool = False,
) -> tuple[Visit, ...]:
    """The visits in [start, end), oldest first (for a period's report or the export);
    cancelled ones only when asked for."""
    user = await s.get(User, user_id)
    if user is None:
        return ()
    zone = ZoneInfo(user.timezone)
    query = select(Appointment).where(
        Appointment.user_id == user_id,
        Appointment.local_date >= (start - dt.timedelta(days=2)).date(),
        Appointment.local_date <= (end + dt.timedelta(days=2)).date(),
    )
    if not include_cancelled:
        query = query.where(Appointment.cancelled_at.is_(None))
    rows = [r for r in await s.scalars(query) if start <= _instant(r, zone) < end]
    rows.sort(key=lambda r: (_instant(r, zone), r.id))
    return tuple(visit_of(r) for r in rows)


async def replan(s: AsyncSession, user: User, now: dt.datetime) -> None:
    """After a change of time zone: each upcoming visit keeps its local day and time,
    so its instant and its unsent messages move (sent ones are not sent again)."""
    zone = ZoneInfo(user.timezone)
    rows = await s.scalars(
        select(Appointment).where(
            Appointment.user_id == user.id,
            Appointment.cancelled_at.is_(None),
            Appointment.local_date >= (now - dt.timedelta(days=2)).date(),
        )
    )
    for row in rows:
        # A visit already over happened where the person was then: left as it was.
        if not is_upcoming(row.local_date, row.starts_at, zone, now):
            continue
        row.starts_at = visit_start(row.local_date, _time_of(row.local_time), zone)
        await _drop(s, user.id, row.id)
        await _plan(s, user, row, now)


async def kept_on(s: AsyncSession, user_id: int, day: dt.date) -> bool:
    """Whether a visit (not cancelled) is already kept on the local `day`."""
    found = await s.scalar(
        select(Appointment.id).where(
            Appointment.user_id == user_id,
            Appointment.local_date == day,
            Appointment.cancelled_at.is_(None),
        )
    )
    return found is not None
