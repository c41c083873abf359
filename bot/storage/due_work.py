"""Repositories for check-ins and other non-dose due work (same claim discipline as doses)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import case, delete, func, literal, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.checkback import CheckBackAnswer, checkback_due
from bot.domain.checkin import next_checkin
from bot.domain.due_steps import Quiet
from bot.domain.quiet import parse_hhmm
from bot.domain.routines import next_routine
from bot.domain.schedule import local_to_utc, mask_to_weekdays
from bot.domain.states import WorkKind, WorkStatus
from bot.storage.models import DueWork, Routine, User
from bot.storage.repositories import _insert, lease_due

OPEN = (WorkStatus.PENDING, WorkStatus.SENT)


async def plan_work(
    session: AsyncSession,
    user_id: int,
    kind: str,
    day: dt.date,
    due: dt.datetime,
    *,
    ref_id: int = 0,
    **extra: object,
) -> None:
    """Plan one piece of due work; planning it again changes nothing (the unique
    (user, kind, local date, ref) key makes it idempotent)."""
    await session.execute(
        _insert(session, DueWork)
        .values(
            user_id=user_id,
            kind=kind,
            local_date=day,
            ref_id=ref_id,
            due_at=due,
            status=WorkStatus.PENDING,
            next_at=due,
            **extra,
        )
        .on_conflict_do_nothing()
    )


async def schedule_checkin(session: AsyncSession, user: User, after: dt.datetime) -> None:
    """Make sure the user's next check-in exists (one per local day)."""
    at = parse_hhmm(user.checkin_time)
    if at is None or user.paused or not user.active:
        return
    day, due = next_checkin(at, ZoneInfo(user.timezone), after)
    await plan_work(
        session,
        user.id,
        "checkin",
        day,
        due,
        next_action="ask",
        weekly=day.weekday() == user.summary_weekday,
    )


async def schedule_summary(session: AsyncSession, user: User, after: dt.datetime) -> None:
    """Make sure the next weekly summary exists (one per local date)."""
    at = parse_hhmm(user.summary_time)
    if at is None or user.paused or not user.active:
        return
    zone = ZoneInfo(user.timezone)
    day = after.astimezone(zone).date()
    while day.weekday() != user.summary_weekday or local_to_utc(day, at, zone) < after:
        day += dt.timedelta(days=1)
    await plan_work(
        session, user.id, "summary", day, local_to_utc(day, at, zone), next_action="send"
    )


async def schedule_routine(
    session: AsyncSession, user: User, routine: Routine, after: dt.datetime
) -> None:
    """Make sure the routine's next reminder exists (one per routine per local day)."""
    at = parse_hhmm(routine.time)
    if at is None or routine.ended_at is not None or user.paused or not user.active:
        return
    found = next_routine(at, mask_to_weekdays(routine.weekdays), ZoneInfo(user.timezone), after)
    if found is not None:
        day, due = found
        await plan_work(
            session, user.id, WorkKind.ROUTINE, day, due, ref_id=routine.id, next_action="send"
        )


async def reschedule_routines(session: AsyncSession, user: User, now: dt.datetime) -> None:
    """After a change of zone or pause: drop unsent routine reminders and plan the next."""
    await drop_planned(session, user.id, WorkKind.ROUTINE)
    routines = await session.scalars(
        select(Routine).where(Routine.user_id == user.id, Routine.ended_at.is_(None))
    )
    for routine in routines:
        await schedule_routine(session, user, routine, now)


async def plan_checkback(
    session: AsyncSession,
    user: User,
    alarm_at: dt.datetime,
    not_before: dt.datetime | None = None,
) -> bool:
    """Plan the check-back after thoughts of suicide told at `alarm_at` (bot.domain.
    checkback), unless one is already waiting to be sent: an episode told in several
    messages gets one; no sooner than `not_before` (re-planned, its moment may have
    passed in the new zone: then it goes now). False when none was planned."""
    if await checkback_planned(session, user.id) is not None or not user.active:
        return False
    quiet = Quiet(ZoneInfo(user.timezone), user.quiet_start, user.quiet_end)
    day, due = checkback_due(alarm_at, quiet)
    if not_before is not None and due < not_before:
        due = not_before
    await plan_work(session, user.id, WorkKind.CHECKBACK, day, due, next_action="send")
    return True


async def checkback_planned(session: AsyncSession, user_id: int) -> DueWork | None:
    """The check-back waiting to be sent, if any."""
    return await session.scalar(
        select(DueWork)
        .where(
            DueWork.user_id == user_id,
            DueWork.kind == WorkKind.CHECKBACK,
            DueWork.status == WorkStatus.PENDING,
        )
        .limit(1)
    )


async def checkback_last_gone(session: AsyncSession, user_id: int) -> dt.datetime | None:
    """When the latest check-back went (sent, or dropped once the person was safe)."""
    return await session.scalar(
        select(func.max(DueWork.asked_at)).where(
            DueWork.user_id == user_id,
            DueWork.kind == WorkKind.CHECKBACK,
            DueWork.status != WorkStatus.PENDING,
        )
    )


async def checkback_asked(
    session: AsyncSession, user_id: int, since: dt.datetime
) -> DueWork | None:
    """The latest check-back sent since `since` (answered or not), if any."""
    return await session.scalar(
        select(DueWork)
        .where(
            DueWork.user_id == user_id,
            DueWork.kind == WorkKind.CHECKBACK,
            DueWork.status.in_((WorkStatus.SENT, WorkStatus.ANSWERED)),
            DueWork.asked_at >= since,
        )
        .order_by(DueWork.asked_at.desc())
        .limit(1)
    )


async def answer_checkback(
    session: AsyncSession, user_id: int, work_id: int, answer: str, now: dt.datetime
) -> bool:
    """Note the answer to a check-back, once: a first answer, or "help" after another
    (never taken back by a later "better"). One not yet sent, answered first, is never
    sent: it went when it was answered (`asked_at`: the next one counts from the
    thoughts told after it). One fenced UPDATE, so two taps at once keep one answer, and
    a check-back claimed to be sent meanwhile keeps its own bookkeeping. False when
    nothing changed."""
    first = DueWork.status.in_((WorkStatus.SENT, WorkStatus.PENDING))
    to_help = (DueWork.status == WorkStatus.ANSWERED) & (DueWork.stage != CheckBackAnswer.HELP)
    unclaimed = (
        (DueWork.status != WorkStatus.PENDING)
        | DueWork.claimed_until.is_(None)
        | (DueWork.claimed_until < now)
    )
    early = DueWork.status == WorkStatus.PENDING
    result = await session.execute(
        update(DueWork)
        .where(
            DueWork.id == work_id,
            DueWork.user_id == user_id,
            DueWork.kind == WorkKind.CHECKBACK,
            first | to_help if answer == CheckBackAnswer.HELP else first,
            unclaimed,
        )
        .values(
            status=WorkStatus.ANSWERED,
            stage=answer,
            answered_at=now,
            asked_at=case((early, literal(now, DueWork.asked_at.type)), else_=DueWork.asked_at),
            next_at=None,
            next_action=None,
        )
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def chain_next(session: AsyncSession, user: User, work: DueWork, now: dt.datetime) -> None:
    """After a recurring piece of one-shot work was sent or dropped: plan its next one
    (a routine's next day; after days down, the next still to come). Nothing else recurs."""
    if work.kind == WorkKind.ROUTINE:
        routine = await session.get(Routine, work.ref_id)
        if routine is not None and routine.user_id == user.id:
            after = max(work.due_at + dt.timedelta(minutes=1), now)
            await schedule_routine(session, user, routine, after)


async def drop_planned(
    session: AsyncSession, user_id: int, kind: str, ref_id: int | None = None
) -> None:
    """Forget work of `kind` not yet sent (of one referred row, when `ref_id` is given)."""
    query = delete(DueWork).where(
        DueWork.user_id == user_id, DueWork.kind == kind, DueWork.status == WorkStatus.PENDING
    )
    if ref_id is not None:
        query = query.where(DueWork.ref_id == ref_id)
    await session.execute(query)


async def reschedule_summaries(session: AsyncSession, user: User, now: dt.datetime) -> None:
    """After a change of day, time, zone or pause."""
    await drop_planned(session, user.id, "summary")
    await schedule_summary(session, user, now)


async def reschedule_checkins(session: AsyncSession, user: User, now: dt.datetime) -> None:
    """After a change of time, zone or pause: drop unasked check-ins and plan the next."""
    await drop_planned(session, user.id, "checkin")
    await schedule_checkin(session, user, now)


async def claim_due_work(
    session: AsyncSession, now: dt.datetime, lease_until: dt.datetime, limit: int
) -> list[int]:
    """Lease due check-ins and summaries exactly as doses are leased."""
    return [r[0] for r in await lease_due(session, DueWork.__table__, now, lease_until, limit)]


async def load_due_work(session: AsyncSession, ids: list[int]) -> list[tuple[DueWork, User]]:
    """Claimed rows with their user."""
    if not ids:
        return []
    rows = await session.execute(
        select(DueWork, User).join(User, User.id == DueWork.user_id).where(DueWork.id.in_(ids))
    )
    return [(w, u) for w, u in rows]


async def finish_work(
    session: AsyncSession,
    work_id: int,
    lease: dt.datetime,
    *,
    was: str | None = None,
    **values: object,
) -> bool:
    """Bookkeeping fenced by the lease. With `was`, every value but the message id is
    written only if the status is still `was`: a question answered the instant it was
    sent keeps its answer, and its message is still noted (unless the answer has already
    noted the next question's)."""
    table: Any = DueWork.__table__
    if was is not None:
        # Typed literals: UtcDateTime's UTC handling must apply inside CASE too.
        values = {
            k: func.coalesce(table.c.message_id, literal(v, table.c.message_id.type))
            if k == "message_id"
            else case((table.c.status == was, literal(v, table.c[k].type)), else_=table.c[k])
            for k, v in values.items()
        }
    result = await session.execute(
        update(DueWork)
        .where(DueWork.id == work_id, DueWork.claimed_until == lease)
        .values(claimed_until=None, **values)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def note_stage(session: AsyncSession, work_id: int, lease: dt.datetime, stage: str) -> bool:
    """Note the stage a claimed row has reached, keeping the claim (in the transaction of
    what reached it: a medicine resumed and its "back on" still owed commit together)."""
    result = await session.execute(
        update(DueWork)
        .where(DueWork.id == work_id, DueWork.claimed_until == lease)
        .values(stage=stage)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def note_question(
    session: AsyncSession,
    user_id: int,
    work_id: int,
    stage: str | None,
    message_id: int,
    asked_at: dt.datetime | None = None,
) -> bool:
    """Note the newest question's message on its row (if the row still waits on that
    `stage`, when one is given). One UPDATE, never a read then a write: on SQLite a read
    transaction that another writer overtakes cannot be turned into a write, and the note
    was lost."""
    values: dict[str, object] = {"message_id": message_id}
    if asked_at is not None:
        values["asked_at"] = asked_at
    which = [DueWork.id == work_id, DueWork.user_id == user_id]
    if stage is not None:
        which.append(DueWork.stage == stage)
    result = await session.execute(
        update(DueWork).where(*which).values(**values).execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def get_work(session: AsyncSession, user_id: int, work_id: int) -> DueWork | None:
    """A due-work row of this user (never another user's)."""
    work = await session.get(DueWork, work_id)
    return work if work is not None and work.user_id == user_id else None


async def checkin_for_day(session: AsyncSession, user_id: int, day: dt.date) -> DueWork | None:
    """The user's check-in row for a local date (not the onboarding baseline's, ref_id 1)."""
    return await session.scalar(
        select(DueWork).where(
            DueWork.user_id == user_id,
            DueWork.kind == "checkin",
            DueWork.local_date == day,
            DueWork.ref_id == 0,
        )
    )


async def active_checkin(session: AsyncSession, user_id: int) -> DueWork | None:
    """The check-in currently being answered, if any."""
    return await session.scalar(
        select(DueWork)
        .where(
            DueWork.user_id == user_id,
            DueWork.kind == WorkKind.CHECKIN,
            DueWork.status == WorkStatus.SENT,
        )
        .order_by(DueWork.due_at.desc())
        .limit(1)
    )


async def asked_again_since(session: AsyncSession, user_id: int, work: DueWork) -> bool:
    """Whether another check-in was asked after `work` was (a newer flow superseded it:
    the day's own, or /checkin, after the onboarding baseline)."""
    if work.asked_at is None:
        return False
    newer = await session.scalar(
        select(DueWork.id)
        .where(
            DueWork.user_id == user_id,
            DueWork.kind == WorkKind.CHECKIN,
            DueWork.id != work.id,
            DueWork.asked_at > work.asked_at,
        )
        .limit(1)
    )
    return newer is not None


async def repair_planned_work(session: AsyncSession, now: dt.datetime) -> int:
    """Start-up safety net: every onboarded, active user has a planned check-in and summary."""
    count = 0
    for kind, schedule in (("checkin", schedule_checkin), ("summary", schedule_summary)):
        planned = select(DueWork.id).where(
            DueWork.user_id == User.id, DueWork.kind == kind, DueWork.status == WorkStatus.PENDING
        )
        users = await session.scalars(
            select(User).where(
                User.active.is_(True),
                User.paused.is_(False),
                User.timezone_set.is_(True),
                ~planned.exists(),
            )
        )
        for user in users:
            await schedule(session, user, now)
            count += 1
    return count + await _repair_routines(session, now)


async def _repair_routines(session: AsyncSession, now: dt.datetime) -> int:
    """Every running routine of an active, unpaused user has its next reminder planned."""
    planned = select(DueWork.id).where(
        DueWork.user_id == Routine.user_id,
        DueWork.kind == WorkKind.ROUTINE,
        DueWork.ref_id == Routine.id,
        DueWork.status == WorkStatus.PENDING,
    )
    rows = await session.execute(
        select(Routine, User)
        .join(User, User.id == Routine.user_id)
        .where(
            Routine.ended_at.is_(None),
            User.active.is_(True),
            User.paused.is_(False),
            ~planned.exists(),
        )
    )
    count = 0
    for routine, user in rows.all():
        await schedule_routine(session, user, routine, now)
        count += 1
    return count


async def next_due_work_instant(session: AsyncSession) -> dt.datetime | None:
    """Earliest pending action."""
    return await session.scalar(select(func.min(DueWork.next_at)))
