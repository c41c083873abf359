"""Cheap queries for the health and metrics endpoint (no rows about anyone are read)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.states import DoseStatus
from bot.storage.models import DoseOccurrence, DueWork


async def ping(session: AsyncSession) -> bool:
    """True when the database answers `SELECT 1`."""
    return bool(await session.scalar(text("SELECT 1")) == 1)


async def backlog(session: AsyncSession, now: dt.datetime) -> tuple[int, int]:
    """(dose occurrences due but unsent, due_work rows due) at `now`.

    Both filter on `next_at <= now` first, a range on the `ix_*_next_at` indexes: only
    overdue rows are visited (future doses have a later `next_at`, finished ones NULL),
    so a scrape stays cheap however many rows the tables hold.
    """
    doses = await session.scalar(
        select(func.count())
        .select_from(DoseOccurrence)
        .where(
            DoseOccurrence.next_at <= now,
            DoseOccurrence.status.in_((DoseStatus.PENDING, DoseStatus.SNOOZED)),
        )
    )
    work = await session.scalar(
        select(func.count()).select_from(DueWork).where(DueWork.next_at <= now)
    )
    return int(doses or 0), int(work or 0)
