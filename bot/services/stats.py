"""Aggregate counts for operators (/stats): never anything about one person."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import distinct, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.states import RESOLVED_DOSE, DoseStatus
from bot.storage.models import DoseOccurrence, Medication, User

ADHERENCE_DAYS = 7


@dataclass(frozen=True, slots=True)
class Stats:
    """What /stats shows: counts and one percentage over all users."""

    users: int
    active_users: int
    with_regimen: int  # active users with at least one medicine in use
    medicines: int
    sent_today: int  # first reminders sent since local midnight of the asker
    adherence: float | None  # taken ÷ (taken + skipped + missed), last ADHERENCE_DAYS days
    resolved_doses: int  # the denominator of `adherence`


async def aggregate(session: AsyncSession, now: dt.datetime, zone: ZoneInfo) -> Stats:
    """Counts over every user; `zone` says where "today" starts (the asker's own)."""
    in_use = Medication.ended_at.is_(None)
    users = await session.scalar(select(func.count()).select_from(User)) or 0
    active = await session.scalar(select(func.count()).where(User.active.is_(True))) or 0
    with_regimen = (
        await session.scalar(
            select(func.count(distinct(Medication.user_id)))
            .join(User, User.id == Medication.user_id)
            .where(in_use, User.active.is_(True))
        )
        or 0
    )
    medicines = await session.scalar(select(func.count()).where(in_use)) or 0
    midnight = now.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    sent_today = (
        await session.scalar(
            select(func.count()).where(DoseOccurrence.sent_at >= midnight.astimezone(dt.UTC))
        )
        or 0
    )
    since = now - dt.timedelta(days=ADHERENCE_DAYS)
    by_status: dict[str, int] = dict(
        (
            await session.execute(
                select(DoseOccurrence.status, func.count())
                .where(
                    DoseOccurrence.due_at >= since,
                    DoseOccurrence.due_at <= now,
                    DoseOccurrence.status.in_(RESOLVED_DOSE),
                )
                .group_by(DoseOccurrence.status)
            )
        ).all()
    )
    resolved = sum(by_status.values())
    adherence = by_status.get(DoseStatus.TAKEN, 0) / resolved if resolved else None
    return Stats(users, active, with_regimen, medicines, sent_today, adherence, resolved)
