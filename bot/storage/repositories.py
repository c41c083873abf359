"""Repositories: every SQL statement Backtrack runs lives here.

Each function takes an open session; callers own the transaction, so a whole decision
(claim → bookkeeping) commits together.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, bindparam, case, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.conversation import Question
from bot.domain.due_steps import Reopened, reopened, restored_skip
from bot.domain.safety import DoseTaken
from bot.domain.schedule import (
    DoseSchedule,
    SlotKey,
    local_to_utc,
    mask_to_weekdays,
    missed_cutoff,
    parse_times,
    passed_in_the_move,
    slots_between,
    taken_late,
)
from bot.domain.states import OPEN_DOSE, UNDOABLE_DOSE, DoseStatus, SkipReason
from bot.storage import caregivers
from bot.storage.models import Base, DoseLog, DoseOccurrence, Medication, User

HORIZON = dt.timedelta(hours=36)
TOP_UP_BEFORE = dt.timedelta(hours=24)
OPEN_STATUSES = OPEN_DOSE
# A missed dose may still be told of: "took it after all", or "skipped it, too drowsy".
ANSWERABLE = (*OPEN_STATUSES, DoseStatus.MISSED)


# ---------------------------------------------------------------- users
async def get_user(session: AsyncSession, user_id: int) -> User | None:
    """The user row, or None."""
    return await session.get(User, user_id)


async def get_or_create_user(
    session: AsyncSession, user_id: int, chat_id: int, now: dt.datetime
) -> User:
    """The user row, created with defaults on first contact (race-safe)."""
    user = await session.get(User, user_id)
    if user is not None:
        if user.chat_id != chat_id:
            user.chat_id = chat_id
        if not user.active:
            user.active = True
        return user
    values = {"id": user_id, "chat_id": chat_id, "created_at": now}
    await session.execute(_insert(session, User).values(**values).on_conflict_do_nothing())
    user = await session.get(User, user_id, populate_existing=True)
    assert user is not None
    return user


def ask_question(user: User, question: Question | None, now: dt.datetime) -> None:
    """Note the question the person's next message may answer (None: nothing waits)."""
    user.awaiting = question.value if question is not None else None
    user.awaiting_since = now if question is not None else None


async def set_user_inactive(session: AsyncSession, user_id: int) -> None:
    """The user blocked the bot: stop all their due work."""
    await session.execute(update(User).where(User.id == user_id).values(active=False))
    await session.execute(
        update(DoseOccurrence)
        .where(DoseOccurrence.user_id == user_id, DoseOccurrence.next_at.is_not(None))
        .values(next_at=None, claimed_until=None)
    )


async def delete_user_everywhere(session: AsyncSession, user_id: int) -> None:
    """Erase every row about the user, child tables first; invites and links with them
    on either side (patient or caregiver) too."""
    await caregivers.delete_all_of(session, user_id)
    for table in reversed(Base.metadata.sorted_tables):
        col = table.c.get("user_id")
        if col is not None:
            await session.execute(delete(table).where(col == user_id))
    await session.execute(delete(User).where(User.id == user_id))


# ---------------------------------------------------------------- medications
def schedule_of(med: Medication) -> DoseSchedule:
    """The domain schedule of a medication row."""
    return DoseSchedule(
        parse_times(med.times),
        mask_to_weekdays(med.weekdays),
        first_day=med.first_day,
        last_day=med.last_day,
        every_days=med.every_days or 1,
    )


def units_of(occ: DoseOccurrence, med: Medication) -> float:
    """The units a scheduled dose taken held: the part said ("½ a naproxen"), else the
    medicine's own dose (one unless /add said more)."""
    if occ.units_taken is not None:
        return occ.units_taken
    return med.units_per_dose or 1.0


async def active_medications(session: AsyncSession, user_id: int) -> list[Medication]:
    """Current regimen (paused ones included), oldest first."""
    rows = await session.scalars(
        select(Medication)
        .where(Medication.user_id == user_id, Medication.ended_at.is_(None))
        .order_by(Medication.id)
    )
    return list(rows)


async def running_medications(
    session: AsyncSession, user_id: int, now: dt.datetime
) -> list[Medication]:
    """The regimen as reminded now: the current one, and versions a change "from
    Thursday" replaces that still run until it starts; oldest first."""
    rows = await session.scalars(
        select(Medication)
        .where(Medication.user_id == user_id, _running(now))
        .order_by(Medication.id)
    )
    return list(rows)


def _running(now: dt.datetime) -> Any:
    """A version not ended, or ending at a time still to come."""
    return or_(Medication.ended_at.is_(None), Medication.ended_at > now)


async def ended_course(session: AsyncSession, user_id: int, generic: str) -> Medication | None:
    """The newest course of `generic` that has ended (its last day passed), or None."""
    return await session.scalar(
        select(Medication)
        .where(
            Medication.user_id == user_id,
            Medication.generic == generic,
            Medication.ended_at.is_not(None),
            Medication.last_day.is_not(None),
        )
        .order_by(Medication.ended_at.desc())
        .limit(1)
    )


async def get_medication(session: AsyncSession, user_id: int, med_id: int) -> Medication | None:
    """A medication of this user (never another user's)."""
    med = await session.get(Medication, med_id)
    return med if med is not None and med.user_id == user_id else None


#: Per medication id, the local date and time of each dose dropped still to come.
Dropped = dict[int, set[SlotKey]]


async def _drop_future(
    session: AsyncSession, now: dt.datetime, owner: Any, med_owner: Any
) -> Dropped:
    to_come = (
        owner,
        DoseOccurrence.status == DoseStatus.PENDING,
        DoseOccurrence.sent_at.is_(None),
        DoseOccurrence.due_at >= now,
    )
    rows = await session.execute(
        select(
            DoseOccurrence.medication_id, DoseOccurrence.local_date, DoseOccurrence.local_time
        ).where(*to_come)
    )
    dropped: Dropped = {}
    for med_id, day, at in rows:
        dropped.setdefault(med_id, set()).add((day, dt.time.fromisoformat(at)))
    await session.execute(delete(DoseOccurrence).where(*to_come))
    # Restart materialising from now: slots between the old horizon and now must not
    # reappear as overdue.
    await session.execute(update(Medication).where(med_owner).values(materialised_until=now))
    return dropped


async def drop_future_occurrences(session: AsyncSession, med_id: int, now: dt.datetime) -> None:
    """Forget doses not yet reminded (pause, edit, removal); history stays."""
    await _drop_future(
        session, now, DoseOccurrence.medication_id == med_id, Medication.id == med_id
    )


async def drop_occurrences_from(session: AsyncSession, med_id: int, since: dt.datetime) -> None:
    """Forget the doses due from `since` not yet reminded (a version ending then); its
    horizon stays, so the doses before `since` are still made."""
    await session.execute(
        delete(DoseOccurrence).where(
            DoseOccurrence.medication_id == med_id,
            DoseOccurrence.status == DoseStatus.PENDING,
            DoseOccurrence.sent_at.is_(None),
            DoseOccurrence.due_at >= since,
        )
    )


async def forget_unanswered_since(session: AsyncSession, med_id: int, since: dt.datetime) -> None:
    """Forget the doses due from `since` that no one answered (waiting, or missed): the
    medicine had been stopped by then, so they were never due. Answers stay."""
    await session.execute(
        delete(DoseOccurrence).where(
            DoseOccurrence.medication_id == med_id,
            DoseOccurrence.due_at >= since,
            DoseOccurrence.status.in_([*OPEN_STATUSES, DoseStatus.MISSED]),
        )
    )


async def forget_open_doses(session: AsyncSession, med_id: int, now: dt.datetime) -> None:
    """Forget the doses reminded and still unanswered whose time to answer runs past
    `now` (a pause): they are not due once the medicine is paused, so never missed."""
    await session.execute(
        delete(DoseOccurrence).where(
            DoseOccurrence.medication_id == med_id,
            DoseOccurrence.status.in_(OPEN_STATUSES),
            DoseOccurrence.cutoff_at > now,
        )
    )


async def drop_future_ran_out(session: AsyncSession, med_id: int, now: dt.datetime) -> None:
    """Forget the doses still to come that were set down as skipped while out (a refill
    came): materialising again from now reminds them."""
    await session.execute(
        delete(DoseOccurrence).where(
            DoseOccurrence.medication_id == med_id,
            DoseOccurrence.status == DoseStatus.SKIPPED,
            DoseOccurrence.skip_reason == "ran_out",
            DoseOccurrence.due_at >= now,
        )
    )
    await drop_future_occurrences(session, med_id, now)


async def drop_future_for_user(session: AsyncSession, user_id: int, now: dt.datetime) -> Dropped:
    """As drop_future_occurrences, for every medication of the user (pause, new zone);
    the doses dropped, by medication."""
    return await _drop_future(
        session,
        now,
        DoseOccurrence.user_id == user_id,
        (Medication.user_id == user_id) & _running(now),
    )


def _dialect(session: AsyncSession) -> str:
    bind = session.bind
    assert bind is not None, "sessions are always bound to our engine"
    return bind.dialect.name


def _insert(session: AsyncSession, model: type[Base]):  # type: ignore[no-untyped-def]
    if _dialect(session) == "postgresql":
        return pg_insert(model)
    return sqlite_insert(model)


def _first_state(med: Medication) -> dict[str, Any]:
    """A new dose waits to be reminded (at its due time); one of a medicine run out is
    recorded as skipped for that reason instead, and never reminded."""
    if med.out_since is not None:
        return {"status": DoseStatus.SKIPPED, "skip_reason": "ran_out", "next_action": None}
    return {"status": DoseStatus.PENDING, "skip_reason": None, "next_action": "remind"}


def end_finished_course(med: Medication, user: User, now: dt.datetime) -> bool:
    """End `med` at the midnight after its course's last local day, once that is past."""
    if med.last_day is None:
        return False
    zone = ZoneInfo(user.timezone)
    if now.astimezone(zone).date() <= med.last_day:
        return False
    med.ended_at = min(now, local_to_utc(med.last_day + dt.timedelta(days=1), dt.time(), zone))
    return True


async def materialise(
    session: AsyncSession,
    med: Medication,
    user: User,
    now: dt.datetime,
    *,
    moved: Collection[SlotKey] = (),
) -> int:
    """Create this medication's occurrences up to now + HORIZON; duplicates are ignored.
    A course whose last day has passed in the person's zone is ended instead; a version
    ending at a time still to come (replaced "from Thursday") gets its doses until then.
    `moved`: after a zone change, the doses the old clock still had to come; one whose
    new time has just passed is made too, to be reminded late (passed_in_the_move)."""
    if (med.ended_at is not None and med.ended_at <= now) or end_finished_course(med, user, now):
        return 0
    if med.as_needed and med.last_day is not None:
        # No doses to make: looked at again only when the horizon runs out, so the
        # top-up loop never takes the same as-needed course twice in one pass.
        med.materialised_until = now + HORIZON
        return 0
    if med.as_needed or med.paused or user.paused or not user.active:
        return 0
    zone = ZoneInfo(user.timezone)
    sched = schedule_of(med)
    start = max(med.materialised_until or med.started_at, med.started_at)
    end = now + HORIZON
    stop = min(end, med.ended_at) if med.ended_at is not None else end
    window = dt.timedelta(minutes=user.missed_cutoff_minutes)
    final = sched.final_day()
    last_time = max(sched.times, default=None)
    first = _first_state(med)  # the same for every slot of this medicine
    # (never before the medicine began: the new clock may put a moved dose there)
    caught_up = [
        slot
        for slot in passed_in_the_move(sched, zone, now, window, moved)
        if slot.due_at >= med.started_at
    ]
    rows = [
        {
            "user_id": user.id,
            "medication_id": med.id,
            "local_date": slot.local_date,
            "local_time": slot.local_time.strftime("%H:%M"),
            "due_at": slot.due_at,
            "cutoff_at": missed_cutoff(slot.due_at, sched, zone, window),
            **first,
            "next_at": slot.due_at if first["next_action"] else None,
            "last_of_course": slot.local_date == final and slot.local_time == last_time,
            # Late from the start, not sent yet: its reminder says the clock moved, not
            # that the bot was offline.
            "late": slot in caught_up,
        }
        for slot in [*caught_up, *slots_between(sched, zone, start, stop)]
    ]
    if rows:
        await session.execute(
            _insert(session, DoseOccurrence).values(rows).on_conflict_do_nothing()
        )
    med.materialised_until = end
    return len(rows)


async def end_finished_courses(session: AsyncSession, now: dt.datetime) -> int:
    """End every course whose last local day is over; how many ended. Candidates are the
    courses whose last day is at most tomorrow in UTC (no zone is further ahead), so
    the cost follows the courses ending now, not every medicine."""
    rows = await session.execute(
        select(Medication, User)
        .join(User, User.id == Medication.user_id)
        .where(
            Medication.ended_at.is_(None),
            Medication.last_day.is_not(None),
            Medication.last_day <= now.date() + dt.timedelta(days=1),
        )
    )
    ended = 0
    for med, user in rows:
        if end_finished_course(med, user, now):
            await drop_future_occurrences(session, med.id, now)
            ended += 1
    return ended


async def medications_needing_top_up(
    session: AsyncSession, now: dt.datetime, limit: int = 500
) -> list[tuple[Medication, User]]:
    """Scheduled medications whose occurrences end within TOP_UP_BEFORE."""
    rows = await session.execute(
        select(Medication, User)
        .join(User, User.id == Medication.user_id)
        .where(
            # An as-needed medicine has no doses to make, but a course of it still ends.
            or_(Medication.as_needed.is_(False), Medication.last_day.is_not(None)),
            _running(now),
            Medication.paused.is_(False),
            User.paused.is_(False),
            User.active.is_(True),
            or_(
                Medication.materialised_until.is_(None),
                Medication.materialised_until < now + TOP_UP_BEFORE,
            ),
        )
        .limit(limit)
    )
    return [(m, u) for m, u in rows]


# ---------------------------------------------------------------- due work
@dataclass(slots=True)
class DueDose:
    """What the dispatcher reads of a claimed occurrence: a plain snapshot, not ORM."""

    id: int
    user_id: int
    local_time: str
    due_at: dt.datetime
    cutoff_at: dt.datetime
    status: str
    next_at: dt.datetime | None
    next_action: str | None
    sent_at: dt.datetime | None
    late: bool
    message_id: int | None
    followup_message_id: int | None
    taken_at: dt.datetime | None
    taken_late: bool
    units_taken: float | None
    skip_reason: str | None
    snooze_count: int
    followup_sent: bool
    last_of_course: bool
    reminded_out: bool = False


@dataclass(slots=True)
class DueMed:
    """The medication of a claimed occurrence (snapshot)."""

    id: int
    name: str
    generic: str | None
    amount: float | None
    unit: str | None
    paused: bool
    ended_at: dt.datetime | None
    strength: str | None
    step_next: str | None
    units_per_dose: float | None
    units_per_dose_max: float | None
    weekdays: int = 127
    every_days: int = 1
    instruction: str | None = None
    volume_ml: float | None = None


@dataclass(slots=True)
class DueUser:
    """The person a claimed occurrence belongs to (snapshot)."""

    id: int
    chat_id: int
    timezone: str
    active: bool
    paused: bool
    followup_minutes: int
    missed_cutoff_minutes: int
    quiet_start: str | None
    quiet_end: str | None
    out_told_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Claimed:
    """A claimed occurrence with what the dispatcher needs to act on it."""

    occ: DueDose
    med: DueMed
    user: DueUser


def _columns(table: Any, shape: type) -> list[Any]:
    return [table.c[f.name] for f in dataclasses.fields(shape)]


# Plain columns, not ORM entities: at an 08:00 rush building three ORM objects per
# claimed dose cost ~45 µs a row against ~15 µs for a row snapshot.
_CLAIMED_COLUMNS = (
    _columns(DoseOccurrence.__table__, DueDose),
    _columns(Medication.__table__, DueMed),
    _columns(User.__table__, DueUser),
)


async def claim_due(
    session: AsyncSession, now: dt.datetime, lease_until: dt.datetime, limit: int
) -> list[int]:
    """Take a lease on about `limit` due occurrences; returns their ids.

    Every due dose of each person in the batch is claimed with it, so a person's doses of
    one minute are never split over two batches or two processes (two messages): on
    SQLite by claiming the rest of a full batch's people in a second statement, on
    PostgreSQL by locking the people first (`_claim_whole_users`).
    """
    table: Any = DoseOccurrence.__table__
    if _dialect(session) == "postgresql":
        return await _claim_whole_users(session, table, now, lease_until, limit)
    # SQLite: one writer at a time, so this transaction's two statements see no other claim.
    rows = await lease_due(session, table, now, lease_until, limit, table.c.user_id)
    if len(rows) >= limit:
        users = sorted({u for _, u in rows})
        free = _free(table, now)
        rest = select(table.c.id).where(table.c.user_id.in_(users), table.c.next_at <= now, free)
        rows += await _lease(session, table, rest, free, lease_until, (table.c.user_id,))
    return [r[0] for r in rows]


async def _claim_whole_users(
    session: AsyncSession, table: Any, now: dt.datetime, lease_until: dt.datetime, limit: int
) -> list[int]:
    """PostgreSQL, where several processes claim at once: lock the people first.

    Locking dose rows (SKIP LOCKED) let two processes each take some of one person's doses
    of one minute, and that person got two messages. Here a claim locks the `users` rows
    of whoever is most overdue (FOR NO KEY UPDATE SKIP LOCKED: it does not block inserts
    that reference them) and then leases every due dose of those people, so a person's
    due doses always go to one process, in one message.
    """
    users: Any = User.__table__
    free = _free(table, now)
    most_overdue = _oldest_due(table.c.user_id, table, now, free, limit)
    locked = (
        select(users.c.id)
        .where(users.c.id.in_(most_overdue.scalar_subquery()))
        .with_for_update(skip_locked=True, key_share=True)
    )
    result = await session.execute(
        update(table)
        .where(table.c.user_id.in_(locked.scalar_subquery()), table.c.next_at <= now, free)
        .values(claimed_until=lease_until)
        .returning(table.c.id)
    )
    return [r[0] for r in result]


def _free(table: Any, now: dt.datetime) -> Any:
    return or_(table.c.claimed_until.is_(None), table.c.claimed_until < now)


async def lease_due(
    session: AsyncSession,
    table: Any,
    now: dt.datetime,
    lease_until: dt.datetime,
    limit: int,
    *also: Any,
) -> list[Any]:
    """Lease up to `limit` rows of `table` (doses or due work) whose `next_at` has come,
    oldest first; rows of (id, *also).

    PostgreSQL skips rows another process holds (FOR UPDATE SKIP LOCKED); SQLite has a
    single writer, so the UPDATE … RETURNING is itself the claim.
    """
    free = _free(table, now)
    pick = _oldest_due(table.c.id, table, now, free, limit)
    return await _lease(session, table, pick, free, lease_until, also)


def _oldest_due(column: Any, table: Any, now: dt.datetime, free: Any, limit: int) -> Any:
    """`column` of the `limit` free rows whose `next_at` came first."""
    return select(column).where(table.c.next_at <= now, free).order_by(table.c.next_at).limit(limit)


async def _lease(
    session: AsyncSession,
    table: Any,
    pick: Any,
    free: Any,
    lease_until: dt.datetime,
    also: tuple[Any, ...],
) -> list[Any]:
    if _dialect(session) == "postgresql":
        pick = pick.with_for_update(skip_locked=True)
    # A Core UPDATE on the table, not a mapped class: the ORM bulk-update path adds
    # work per statement and there is nothing in the session to synchronise.
    result = await session.execute(
        update(table)
        .where(table.c.id.in_(pick.scalar_subquery()), free)
        .values(claimed_until=lease_until)
        .returning(table.c.id, *also)
    )
    return list(result)


async def load_claimed(session: AsyncSession, ids: Sequence[int]) -> list[Claimed]:
    """Occurrences with their medication and user, in due order."""
    if not ids:
        return []
    occ_cols, med_cols, user_cols = _CLAIMED_COLUMNS
    occ_t: Any = DoseOccurrence.__table__
    med_t: Any = Medication.__table__
    user_t: Any = User.__table__
    rows = await session.execute(
        select(*occ_cols, *med_cols, *user_cols)
        .select_from(occ_t)
        .join(med_t, med_t.c.id == occ_t.c.medication_id)
        .join(user_t, user_t.c.id == occ_t.c.user_id)
        .where(occ_t.c.id.in_(ids))
        .order_by(occ_t.c.due_at, occ_t.c.id)
    )
    a, b = len(occ_cols), len(occ_cols) + len(med_cols)
    users: dict[int, DueUser] = {}
    out = []
    for row in rows:
        user = users.get(row[b])
        if user is None:
            user = users[row[b]] = DueUser(*row[b:])
        out.append(Claimed(DueDose(*row[:a]), DueMed(*row[a:b]), user))
    return out


async def next_due_instant(session: AsyncSession) -> dt.datetime | None:
    """The earliest pending action (for scheduling the next tick)."""
    return await session.scalar(select(func.min(DoseOccurrence.next_at)))


def _doses_with_medicine() -> Select[DoseOccurrence, Medication]:
    """Scheduled doses, each beside the medicine version it is of."""
    return select(DoseOccurrence, Medication).join(
        Medication, Medication.id == DoseOccurrence.medication_id
    )


async def reminder_doses(
    session: AsyncSession, user_id: int, message_id: int, ids: Iterable[int] = ()
) -> list[tuple[DoseOccurrence, Medication]]:
    """The doses a reminder is about: those recorded on the message and those its buttons
    name (`ids`), this user's only, in the order the reminder lists them."""
    wanted = sorted(set(ids))[:200]
    rows = await session.execute(
        _doses_with_medicine()
        .where(
            DoseOccurrence.user_id == user_id,
            or_(
                DoseOccurrence.message_id == message_id,
                DoseOccurrence.followup_message_id == message_id,
                DoseOccurrence.id.in_(wanted),
            ),
        )
        .order_by(DoseOccurrence.due_at, DoseOccurrence.id)
    )
    return [(o, m) for o, m in rows]


async def get_occurrence(
    session: AsyncSession, user_id: int, occ_id: int
) -> tuple[DoseOccurrence, Medication] | None:
    """An occurrence of this user with its medication (never another user's)."""
    row = (
        await session.execute(
            _doses_with_medicine().where(
                DoseOccurrence.id == occ_id, DoseOccurrence.user_id == user_id
            )
        )
    ).first()
    return (row[0], row[1]) if row else None


async def open_occurrences_near(
    session: AsyncSession, user_id: int, now: dt.datetime, window: dt.timedelta
) -> list[tuple[DoseOccurrence, Medication]]:
    """Doses a "took it" may be about: unanswered or missed, due within `window` of now."""
    rows = await session.execute(
        _doses_with_medicine()
        .where(
            DoseOccurrence.user_id == user_id,
            DoseOccurrence.status.in_(ANSWERABLE),
            DoseOccurrence.due_at >= now - window,
            DoseOccurrence.due_at <= now + window,
        )
        .order_by(DoseOccurrence.due_at)
    )
    return [(o, m) for o, m in rows]


async def taken_occurrence_near(
    session: AsyncSession,
    user_id: int,
    med_ids: Sequence[int],
    at: dt.datetime,
    window: dt.timedelta,
    besides: int | None = None,
) -> DoseOccurrence | None:
    """The medicine's scheduled dose already marked taken, due or taken within `window`
    of `at`, the nearest (never `besides`): a second "took it" may be the same dose told
    twice."""
    near = await session.scalars(
        select(DoseOccurrence).where(
            DoseOccurrence.user_id == user_id,
            DoseOccurrence.medication_id.in_(med_ids),
            DoseOccurrence.id != (besides if besides is not None else -1),
            DoseOccurrence.status == DoseStatus.TAKEN,
            or_(
                DoseOccurrence.due_at.between(at - window, at + window),
                DoseOccurrence.taken_at.between(at - window, at + window),
            ),
        )
    )
    return min(near, key=lambda o: abs(o.due_at - at), default=None)


async def doses_answered_since(
    session: AsyncSession, user_id: int, since: dt.datetime, status: DoseStatus
) -> list[tuple[DoseOccurrence, Medication]]:
    """The user's scheduled doses due from `since` on that stand answered `status`."""
    rows = await session.execute(
        _doses_with_medicine()
        .where(
            DoseOccurrence.user_id == user_id,
            DoseOccurrence.status == status,
            DoseOccurrence.due_at >= since,
        )
        .order_by(DoseOccurrence.due_at, DoseOccurrence.id)
    )
    return [(o, m) for o, m in rows]


async def dose_due_between(
    session: AsyncSession,
    user_id: int,
    med_ids: Sequence[int],
    after: dt.datetime,
    until: dt.datetime,
) -> bool:
    """Whether a scheduled dose of the medicine fell due after `after`, up to `until`."""
    found = await session.scalar(
        select(DoseOccurrence.id)
        .where(
            DoseOccurrence.user_id == user_id,
            DoseOccurrence.medication_id.in_(med_ids),
            DoseOccurrence.due_at > after,
            DoseOccurrence.due_at <= until,
        )
        .limit(1)
    )
    return found is not None


async def latest_open_reminder(
    session: AsyncSession, user_id: int, now: dt.datetime, window: dt.timedelta
) -> dt.datetime | None:
    """When the newest reminder still waiting for an answer went out (a due dose whose
    send is not yet written down counts from its due time); None if none waits."""
    sent = func.coalesce(DoseOccurrence.sent_at, DoseOccurrence.due_at)
    return await session.scalar(
        select(func.max(sent)).where(
            DoseOccurrence.user_id == user_id,
            DoseOccurrence.status.in_(OPEN_STATUSES),
            DoseOccurrence.due_at <= now,
            DoseOccurrence.due_at >= now - window,
        )
    )


async def answer_occurrence(
    session: AsyncSession,
    user_id: int,
    occ_id: int,
    *,
    status: str,
    now: dt.datetime,
    taken_at: dt.datetime | None = None,
    reason: str | None = None,
    units: float | None = None,
    late: bool | None = None,
) -> bool:
    """Record an answer once; False when the dose was already answered. `units`: the
    part of a dose taken ("½ a naproxen"), in units of the listed strength; None, whole.
    `late`: whether it was taken late, when the caller knows (None: after its cutoff, or
    answered once it was marked missed)."""
    occ = await session.get(DoseOccurrence, occ_id, with_for_update=True)
    if occ is None or occ.user_id != user_id or occ.status not in ANSWERABLE:
        return False
    values: dict[str, object] = {
        "status": status,
        "answered_at": now,
        "next_at": None,
        "next_action": None,
    }
    if status == DoseStatus.TAKEN:
        values["taken_at"] = taken_at or now
        values["taken_late"] = (
            late if late is not None else taken_late(taken_at or now, occ.cutoff_at)
        )
        values["units_taken"] = units
    if reason is not None:
        values["skip_reason"] = reason
    result = await session.execute(
        update(DoseOccurrence)
        .where(DoseOccurrence.id == occ_id, DoseOccurrence.status.in_(ANSWERABLE))
        .values(**values)
        .execution_options(synchronize_session="fetch")
    )
    if result.rowcount and reason == SkipReason.RAN_OUT:  # type: ignore[attr-defined]
        await note_out_told(session, user_id, now)
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def not_reminded_out(session: AsyncSession, user_id: int, occ_id: int) -> bool:
    """An open dose reminded while out of it is had again ("Got more"): its usual buttons
    come back; False when it was answered meanwhile."""
    result = await session.execute(
        update(DoseOccurrence)
        .where(
            DoseOccurrence.id == occ_id,
            DoseOccurrence.user_id == user_id,
            DoseOccurrence.status.in_(OPEN_STATUSES),
        )
        .values(reminded_out=False)
        .execution_options(synchronize_session="fetch")
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def note_out_told(session: AsyncSession, user_id: int, now: dt.datetime) -> None:
    """Mark that the person said they ran out of something: the dispatcher reads their
    stock-outs before each reminder from now on (bot.storage.stock_outs.LOOK_BACK)."""
    await session.execute(update(User).where(User.id == user_id).values(out_told_at=now))


async def take_part(session: AsyncSession, user_id: int, occ_id: int, units: float | None) -> bool:
    """A dose answered Taken was only part of it ("oops, only half"): the units taken, or
    None for the whole; False when the dose is not this user's or not taken (any more)."""
    return await _amend_answer(session, user_id, occ_id, DoseStatus.TAKEN, units_taken=units)


async def retime_taken(
    session: AsyncSession, user_id: int, occ_id: int, at: dt.datetime, *, late: bool = False
) -> bool:
    """A dose answered Taken was taken at `at` (on time unless `late`), not when it was
    tapped; False when the dose is not this user's or not taken (any more)."""
    return await _amend_answer(
        session, user_id, occ_id, DoseStatus.TAKEN, taken_at=at, taken_late=late
    )


async def give_skip_reason(
    session: AsyncSession, user_id: int, occ_id: int, reason: str, *, now: dt.datetime
) -> bool:
    """The reason for a dose already skipped, told after the skip; False when the dose is
    not this user's or not skipped (taken back, or answered otherwise since)."""
    done = await _amend_answer(session, user_id, occ_id, DoseStatus.SKIPPED, skip_reason=reason)
    if done and reason == SkipReason.RAN_OUT:
        await note_out_told(session, user_id, now)
    return done


async def take_forgotten(
    session: AsyncSession, user_id: int, occ_id: int, *, now: dt.datetime, taken_at: dt.datetime
) -> bool:
    """A dose recorded skipped as forgotten, then told taken after all (a weekly patch
    changed a day late): taken late at `taken_at`, the skip kept aside for Undo to put
    back; False when it is not this user's or no longer a forgotten skip."""
    occ = await session.get(DoseOccurrence, occ_id, with_for_update=True)
    if occ is None or occ.user_id != user_id:
        return False
    result = await session.execute(
        update(DoseOccurrence)
        .where(
            DoseOccurrence.id == occ_id,
            DoseOccurrence.status == DoseStatus.SKIPPED,
            DoseOccurrence.skip_reason == SkipReason.FORGOT,
        )
        .values(
            status=DoseStatus.TAKEN,
            answered_at=now,
            taken_at=taken_at,
            taken_late=True,
            skip_reason=None,
            replaced_skip=SkipReason.FORGOT.value,
            replaced_skip_at=occ.answered_at,
            units_taken=None,
            next_at=None,
            next_action=None,
        )
        .execution_options(synchronize_session="fetch")
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def _amend_answer(
    session: AsyncSession, user_id: int, occ_id: int, status: str, **values: object
) -> bool:
    """Change a detail of an answer given (`status` still holds): False otherwise."""
    result = await session.execute(
        update(DoseOccurrence)
        .where(
            DoseOccurrence.id == occ_id,
            DoseOccurrence.user_id == user_id,
            DoseOccurrence.status == status,
        )
        .values(**values)
        .execution_options(synchronize_session="fetch")
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def reopen_occurrence(
    session: AsyncSession,
    user_id: int,
    occ_id: int,
    now: dt.datetime,
    *,
    nudge_at: dt.datetime | None = None,
) -> Reopened | None:
    """Take back a Taken or Skipped answered by mistake (bot.domain.due_steps.reopened;
    `nudge_at`: the nudge it waits for again, unless one was sent already) — or, for a
    forgotten skip told taken after all, put that skip back as it was; None when the
    dose is not this user's, not answered, or too old to change."""
    occ = await session.get(DoseOccurrence, occ_id, with_for_update=True)
    if occ is None or occ.user_id != user_id or occ.status not in UNDOABLE_DOSE:
        return None
    if occ.status == DoseStatus.TAKEN and occ.replaced_skip is not None:
        state = restored_skip(answered_at=occ.answered_at, now=now)
        skip = {"skip_reason": occ.replaced_skip, "answered_at": occ.replaced_skip_at}
    else:
        state = reopened(
            reminded=occ.sent_at is not None,
            due_at=occ.due_at,
            cutoff_at=occ.cutoff_at,
            now=now,
            nudge_at=None if occ.followup_sent else nudge_at,
        )
        skip = {"skip_reason": None, "answered_at": None}
    if state is None:
        return None
    result = await session.execute(
        update(DoseOccurrence)
        .where(DoseOccurrence.id == occ_id, DoseOccurrence.status == occ.status)
        .values(
            status=state.status,
            next_at=state.next_at,
            next_action=state.next_action,
            taken_at=None,
            taken_late=False,
            units_taken=None,
            replaced_skip=None,
            replaced_skip_at=None,
            **skip,
        )
        .execution_options(synchronize_session="fetch")
    )
    return state if result.rowcount else None  # type: ignore[attr-defined]


async def snooze_occurrence(
    session: AsyncSession, user_id: int, occ_id: int, until: dt.datetime, followup: dt.timedelta
) -> bool:
    """Remind again at `until`; the missed cutoff moves so the snooze can be answered."""
    occ = await session.get(DoseOccurrence, occ_id, with_for_update=True)
    # "pending": the reminder is out but its send not yet written down (a quick tap).
    if occ is None or occ.user_id != user_id or occ.status not in OPEN_STATUSES:
        return False
    occ.status = DoseStatus.SNOOZED
    occ.next_at = until
    occ.next_action = "remind"
    occ.snooze_count += 1
    # The lease is left alone: the dispatcher holding it must still write the send down
    # (fenced by its lease); it lapses long before `until`.
    if until + followup > occ.cutoff_at:
        occ.cutoff_at = until + followup
    return True


async def log_dose(session: AsyncSession, **values: object) -> DoseLog:
    """Record an as-needed or extra dose."""
    log = DoseLog(**values)
    session.add(log)
    await session.flush()
    return log


async def doses_taken_between(
    session: AsyncSession,
    user_id: int,
    start: dt.datetime,
    end: dt.datetime,
    *,
    exclude_log: int | None = None,
) -> list[DoseTaken]:
    """Every dose taken in [start, end]: scheduled ones answered Taken and logged extras."""
    out: list[DoseTaken] = []
    logs = await session.execute(
        select(DoseLog, Medication.strength)
        .outerjoin(Medication, Medication.id == DoseLog.medication_id)
        .where(DoseLog.user_id == user_id, DoseLog.taken_at >= start, DoseLog.taken_at <= end)
    )
    for log, strength in logs:
        if log.id != exclude_log:
            out.append(
                DoseTaken(
                    generic=log.generic,
                    name=log.name,
                    amount=log.amount,
                    unit=log.unit,
                    count=log.count,
                    at=log.taken_at,
                    strength=strength,
                    off_list=log.medication_id is None,
                )
            )
    rows = await session.execute(
        _doses_with_medicine().where(
            DoseOccurrence.user_id == user_id,
            DoseOccurrence.status == DoseStatus.TAKEN,
            DoseOccurrence.taken_at >= start,
            DoseOccurrence.taken_at <= end,
        )
    )
    for occ, med in rows:
        assert occ.taken_at is not None
        out.append(
            DoseTaken(
                generic=med.generic,
                name=med.name,
                amount=med.amount,
                unit=med.unit,
                count=units_of(occ, med),
                at=occ.taken_at,
                scheduled=True,
                strength=med.strength,
                due=occ.due_at,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class Finish:
    """One occurrence's bookkeeping, for `finish_actions`.

    `was` fences on the status the dispatcher acted on (None: no status fence), so an
    answer that lands while the message is in flight is never overwritten.
    """

    occ_id: int
    values: dict[str, object]
    was: str | None = None


async def finish_actions(
    session: AsyncSession, lease: dt.datetime, items: Sequence[Finish]
) -> None:
    """Bookkeeping after acting on claims, fenced by our lease so a stale worker can't;
    in as few statements as possible.

    Occurrences getting the same new values (the doses of one reminder message) become
    one parameter set with `id IN (...)`; sets with the same columns and id count go
    in one executemany. At an 08:00 rush that is a third of the parameters to convert.
    """
    alike: dict[tuple[Any, ...], list[int]] = {}
    for item in items:
        key = (tuple(sorted(item.values.items())), item.was)
        alike.setdefault(key, []).append(item.occ_id)
    shapes: dict[tuple[tuple[str, ...], bool, int], list[dict[str, Any]]] = {}
    for (values, was), ids in alike.items():
        shape = (tuple(k for k, _ in values), was is not None, len(ids))
        params: dict[str, Any] = {f"b_id{n}": i for n, i in enumerate(ids)}
        params["b_lease"] = lease
        if was is not None:
            params["b_was"] = was
        params.update((f"v_{k}", v) for k, v in values)
        shapes.setdefault(shape, []).append(params)
    for (keys, fenced, count), param_sets in shapes.items():
        await session.execute(_finish_statement(keys, fenced, count), param_sets)


# What a send did (which message, when, whether late) is written whatever the person
# answered meanwhile: a tap can land before this bookkeeping, and the message id is what
# later taps, follow-ups and the missed sweep find the dose by.
SEND_FACTS = frozenset({"message_id", "followup_message_id", "sent_at", "late"})


@functools.lru_cache(maxsize=512)
def _finish_statement(keys: tuple[str, ...], fenced: bool, count: int) -> Any:
    # A rush uses a handful of shapes over and over: build each statement once.
    table: Any = DoseOccurrence.__table__
    where = [
        table.c.id.in_([bindparam(f"b_id{n}") for n in range(count)]),
        table.c.claimed_until == bindparam("b_lease"),
    ]
    values: dict[str, Any] = {}
    for k in keys:
        # Typed binds: inside CASE the column's type (UtcDateTime's UTC handling, and
        # asyncpg's need for a parameter type) is not inferred.
        value: Any = bindparam(f"v_{k}", type_=table.c[k].type)
        if fenced and k not in SEND_FACTS:
            # Fenced on the status acted on: an answer that landed meanwhile wins.
            was = bindparam("b_was", type_=table.c.status.type)
            value = case((table.c.status == was, value), else_=table.c[k])
        values[k] = value
    return update(table).where(*where).values(claimed_until=None, **values)


async def next_and_last_doses(
    session: AsyncSession, user_id: int, now: dt.datetime
) -> list[tuple[Medication, dt.datetime, dt.datetime | None]]:
    """Each scheduled medicine's next dose still to remind after `now`, beside when its
    last dose was taken (None: none yet), in the order they fall due."""
    rows = await session.execute(
        select(Medication, func.min(DoseOccurrence.due_at))
        .join(DoseOccurrence, DoseOccurrence.medication_id == Medication.id)
        .where(
            DoseOccurrence.user_id == user_id,
            DoseOccurrence.status == DoseStatus.PENDING,
            or_(
                DoseOccurrence.due_at > now,
                # a dose a zone change moved just behind now: made late, reminded next
                DoseOccurrence.late.is_(True) & (DoseOccurrence.cutoff_at > now),
            ),
            Medication.ended_at.is_(None),
        )
        .group_by(Medication.id)
    )
    # (min/max keep the column's type: aware UTC datetimes on SQLite too)
    nexts: list[tuple[Medication, dt.datetime]] = [(m, due) for m, due in rows]
    taken = await session.execute(
        select(DoseOccurrence.medication_id, func.max(DoseOccurrence.taken_at))
        .where(
            DoseOccurrence.user_id == user_id,
            DoseOccurrence.status == DoseStatus.TAKEN,
            DoseOccurrence.medication_id.in_([m.id for m, _ in nexts]),
        )
        .group_by(DoseOccurrence.medication_id)
    )
    lasts: dict[int, dt.datetime] = {med_id: at for med_id, at in taken if at is not None}
    out = [(m, due, lasts.get(m.id)) for m, due in nexts]
    return sorted(out, key=lambda row: (row[1], row[0].name))
