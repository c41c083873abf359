"""One day of a person's doses as recorded: the scheduled ones with what became of them,
and the extra ones logged (for "did I take my gabapentin this morning?")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import DoseLog, DoseOccurrence, Medication


@dataclass(frozen=True, slots=True)
class DayOfDoses:
    """Scheduled doses due in the day (with their medicine) and extra doses logged in it."""

    scheduled: list[tuple[DoseOccurrence, Medication]]
    extras: list[DoseLog]


async def doses_of_day(
    session: AsyncSession, user_id: int, start: dt.datetime, end: dt.datetime
) -> DayOfDoses:
    """This user's doses due or logged in [start, end), in time order."""
    rows = await session.execute(
        select(DoseOccurrence, Medication)
        .join(Medication, Medication.id == DoseOccurrence.medication_id)
        .where(
            DoseOccurrence.user_id == user_id,
            DoseOccurrence.due_at >= start,
            DoseOccurrence.due_at < end,
        )
        .order_by(DoseOccurrence.due_at, DoseOccurrence.id)
    )
    logs = await session.scalars(
        select(DoseLog)
        .where(DoseLog.user_id == user_id, DoseLog.taken_at >= start, DoseLog.taken_at < end)
        .order_by(DoseLog.taken_at, DoseLog.id)
    )
    return DayOfDoses(scheduled=[(o, m) for o, m in rows], extras=list(logs))
