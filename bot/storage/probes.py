"""Cheap queries for the health and metrics endpoint (no rows about anyone are read)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.states import DoseStatus
from bot.storage.models import DoseOccurrence, DueWork


async def ping(session: AsyncSession) -> bool:
    """True when the database answers `SELECT 1`."""
    return bool(await session.scalar(text("SELECT 1")) == 1)


#: How far past `now` the `next_at` of a due, unsent dose can be: a failed send waits for
#: its retry (the dispatcher's RETRY_AFTER, a minute) with `next_at` moved ahead. Ten
#: minutes keeps the scan a short range of the index with room to spare.
RETRY_HORIZON = dt.timedelta(minutes=10)


async def backlog(session: AsyncSession, now: dt.datetime) -> tuple[int, int]:
    """(dose occurrences due but unsent, due_work rows due) at `now`.

    A dose is due and unsent when it is still `pending` and its `due_at` has come, whether
    it is waiting for its first try, being sent (claimed), or waiting for a retry after a
    failed send (`next_at` a minute ahead, status unchanged), or when it is `snoozed` and
    its snooze is over. A pending dose with no `next_at` was set aside (its person paused
    or left) and is not counted. A snoozed dose whose re-reminder failed cannot be told
    from one snoozed until then (both are a future `next_at`), so it counts again when its
    retry comes due; first reminders, the bulk of any backlog, are counted throughout.

    Both counts filter on a `next_at` range first, on the `ix_*_next_at` indexes: only
    rows due by `now + RETRY_HORIZON` are visited (finished ones have a NULL `next_at`),
    so a scrape stays cheap however many rows the tables hold.
    """
    doses = await session.scalar(
        select(func.count())
        .select_from(DoseOccurrence)
        .where(
            DoseOccurrence.next_at <= now + RETRY_HORIZON,
            or_(
                and_(
                    DoseOccurrence.status == DoseStatus.PENDING,
                    DoseOccurrence.due_at <= now,
                ),
                and_(DoseOccurrence.status == DoseStatus.SNOOZED, DoseOccurrence.next_at <= now),
            ),
        )
    )
    work = await session.scalar(
        select(func.count()).select_from(DueWork).where(DueWork.next_at <= now)
    )
    return int(doses or 0), int(work or 0)
