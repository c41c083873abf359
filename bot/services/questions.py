"""Questions for the doctor, kept per person: added, listed, ticked off as asked."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.questions import MAX_OPEN, KeptQuestion
from bot.storage import records
from bot.storage.models import DoctorQuestion


async def _count_open(s: AsyncSession, user_id: int) -> int:
    """How many questions wait to be asked."""
    n = await s.scalar(
        select(func.count())
        .select_from(DoctorQuestion)
        .where(DoctorQuestion.user_id == user_id, DoctorQuestion.asked_at.is_(None))
    )
    return int(n or 0)


async def keep(s: AsyncSession, user_id: int, text: str, now: dt.datetime) -> tuple[bool, int]:
    """Keep a question unless the list is full; whether it was kept, and how many are
    open now."""
    waiting = await _count_open(s, user_id)
    if waiting >= MAX_OPEN:
        return False, waiting
    s.add(DoctorQuestion(user_id=user_id, text=text, added_at=now))
    await s.flush()
    return True, waiting + 1


async def open_questions(s: AsyncSession, user_id: int) -> list[DoctorQuestion]:
    """The questions still to ask, oldest first."""
    rows = await s.scalars(
        select(DoctorQuestion)
        .where(DoctorQuestion.user_id == user_id, DoctorQuestion.asked_at.is_(None))
        .order_by(DoctorQuestion.added_at, DoctorQuestion.id)
    )
    return list(rows)


async def mark_asked(s: AsyncSession, user_id: int, question_id: int, now: dt.datetime) -> bool:
    """Tick a question off (only the person's own, only once); whether it was open."""
    row = await s.get(DoctorQuestion, question_id)
    if row is None or row.user_id != user_id or row.asked_at is not None:
        return False
    row.asked_at = now
    return True


async def kept_between(
    s: AsyncSession, user_id: int, start: dt.datetime, end: dt.datetime
) -> tuple[KeptQuestion, ...]:
    """For a period's report: the questions open at its end, and those asked within it."""
    rows = await s.scalars(
        select(DoctorQuestion)
        .where(
            DoctorQuestion.user_id == user_id,
            DoctorQuestion.added_at < end,
            or_(DoctorQuestion.asked_at.is_(None), DoctorQuestion.asked_at >= start),
        )
        .order_by(DoctorQuestion.added_at, DoctorQuestion.id)
    )
    return tuple(
        KeptQuestion(r.text, r.added_at, r.asked_at if r.asked_at and r.asked_at < end else None)
        for r in rows
    )


async def keep_goal(s: AsyncSession, user_id: int, text: str, now: dt.datetime, batch: str) -> None:
    """Keep a goal in the person's words (a record: the report shows the newest few)."""
    await records.add_record(
        s, user_id=user_id, kind="goal", at=now, now=now, batch=batch, data={"text": text}
    )
