"""What was said and done about each medicine's stock, for the stock-out rule
(bot.domain.stock_out): "ran out" (a dose skipped so, or said with no dose waiting), and
having it (a dose taken, a count, a "Refilled" tap)."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Collection, Mapping

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.states import DoseStatus, SkipReason
from bot.domain.stock_out import StockEvent, Told, out_since
from bot.storage import repositories as repo
from bot.storage.models import DoseLog, DoseOccurrence, Medication, Record, Supply, User

#: Record kinds (data {"medicine": key}): out with no dose waiting to skip ("couldn't get
#: it anywhere" at 10:00), and more come with no count said (the `Refilled` tap).
STOCK_OUT = "stock_out"
RESTOCKED = "restocked"
#: How far back a stock-out is looked for: longer ones are marked out by "Not yet".
LOOK_BACK = dt.timedelta(days=60)


def may_be_out(out_told_at: dt.datetime | None, now: dt.datetime) -> bool:
    """Whether a person may have a stock-out open (said "ran out" within LOOK_BACK): only
    their stock events are worth reading before a reminder."""
    return out_told_at is not None and now - out_told_at <= LOOK_BACK


Events = dict[tuple[int, str], list[StockEvent]]


def _key(generic: str | None, name: str) -> str:
    return generic or name.lower()


async def record_told(
    session: AsyncSession, user_id: int, key: str, told: Told, now: dt.datetime, batch: str
) -> None:
    """Keep "out of it" or "have it again", said with no dose or count to show it."""
    kind = STOCK_OUT if told is Told.OUT else RESTOCKED
    session.add(
        Record(
            user_id=user_id,
            kind=kind,
            at=now,
            logged_at=now,
            source="tap" if told is Told.HAS_IT else "text",
            batch=batch,
            data=json.dumps({"medicine": key}),
        )
    )
    await session.flush()
    if told is Told.OUT:
        await repo.note_out_told(session, user_id, now)


async def stock_events(
    session: AsyncSession, user_ids: Collection[int], now: dt.datetime
) -> Events:
    """Stock events of each (person, medicine key) with a "ran out" in LOOK_BACK; none
    for the others (a sweep of many people loads little when nobody ran out)."""
    if not user_ids:
        return {}
    since = now - LOOK_BACK
    med_key = func.coalesce(Medication.generic, func.lower(Medication.name))
    events: Events = defaultdict(list)
    skipped = await session.execute(
        select(DoseOccurrence.user_id, med_key, DoseOccurrence.answered_at)
        .join(Medication, Medication.id == DoseOccurrence.medication_id)
        .where(
            DoseOccurrence.user_id.in_(user_ids),
            DoseOccurrence.status == DoseStatus.SKIPPED,
            DoseOccurrence.skip_reason == SkipReason.RAN_OUT,
            DoseOccurrence.answered_at >= since,  # said; not one set down while out
        )
    )
    for uid, key, at in skipped:
        if at is not None:
            events[(uid, key)].append(StockEvent(at, Told.OUT))
    for kind, told in ((STOCK_OUT, Told.OUT), (RESTOCKED, Told.HAS_IT)):
        rows = await session.execute(
            select(Record.user_id, Record.data, Record.at).where(
                Record.user_id.in_(user_ids), Record.kind == kind, Record.at >= since
            )
        )
        for uid, data, at in rows:
            key = json.loads(data or "{}").get("medicine")
            if isinstance(key, str) and (told is Told.OUT or (uid, key) in events):
                events[(uid, key)].append(StockEvent(at, told))
    if not events:
        return {}
    out_users = {uid for uid, _ in events}
    taken = await session.execute(
        select(DoseOccurrence.user_id, med_key, DoseOccurrence.taken_at)
        .join(Medication, Medication.id == DoseOccurrence.medication_id)
        .where(
            DoseOccurrence.user_id.in_(out_users),
            DoseOccurrence.status == DoseStatus.TAKEN,
            DoseOccurrence.taken_at >= since,
        )
    )
    logged = await session.execute(
        select(DoseLog.user_id, DoseLog.generic, DoseLog.name, DoseLog.taken_at).where(
            DoseLog.user_id.in_(out_users), DoseLog.taken_at >= since
        )
    )
    counted = await session.execute(
        select(Supply.user_id, Supply.medicine, Supply.counted_at).where(
            Supply.user_id.in_(out_users), Supply.counted_at >= since
        )
    )
    had = [
        *((u, k, at) for u, k, at in taken),
        *((u, _key(g, n), at) for u, g, n, at in logged),
        *((u, k, at) for u, k, at in counted),
    ]
    for uid, key, at in had:
        if (uid, key) in events and at is not None:
            events[(uid, key)].append(StockEvent(at, Told.HAS_IT))
    return dict(events)


def anything_out(events: Events, user_id: int, at: dt.datetime) -> bool:
    """Whether any stock-out of the person's is open at `at`."""
    return any(out_since(said, at) for (uid, _), said in events.items() if uid == user_id)


async def out_told_over(session: AsyncSession, told: Mapping[int, dt.datetime]) -> None:
    """People who said they ran out, and have everything again: their stock is not read
    before each reminder any more (`may_be_out`) till they say it again. Each mark is
    cleared only as it was read, so one said meanwhile stays."""
    for user_id, at in told.items():
        await session.execute(
            update(User).where(User.id == user_id, User.out_told_at == at).values(out_told_at=None)
        )


def is_out(events: Events, user_id: int, key: str, at: dt.datetime) -> dt.datetime | None:
    """When the person's stock-out of `key` open at `at` began, or None."""
    said = events.get((user_id, key))
    return out_since(said, at) if said else None


async def out_of(
    session: AsyncSession, user_id: int, key: str, now: dt.datetime
) -> dt.datetime | None:
    """When the person's stock-out of `key` open now began, or None."""
    return is_out(await stock_events(session, [user_id], now), user_id, key, now)
