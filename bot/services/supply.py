"""Supply kept per medicine: counted on /add and /refill, used up by the doses taken,
announced once when it runs low and again on its last day (PRODUCT.md §3)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.schedule import mask_to_weekdays, parse_times, slots_between
from bot.domain.states import DoseStatus
from bot.domain.supply import (
    PACE_DAYS,
    Stock,
    SupplyNotice,
    daily_use,
    notice_due,
    paced_stock,
    recent_pace,
    stock,
    supply_key,
    within_course,
)
from bot.domain.supply import pickup_choices as choices_from
from bot.storage import repositories as repo
from bot.storage.models import DoseLog, DoseOccurrence, Medication, Supply, User


def medicine_key(med: Medication) -> str:
    """Which medicine a version is, across its versions and free-text doses."""
    return supply_key(med.generic, med.name)


@dataclass(frozen=True, slots=True)
class Counted:
    """A medicine's supply now, and the notice it calls for (already marked as sent)."""

    key: str
    stock: Stock
    notice: SupplyNotice | None
    back: bool = False  # it had run out: its reminders start again with this count


async def _used_since(
    s: AsyncSession, user_id: int, key: str, since: dt.datetime, until: dt.datetime | None = None
) -> float:
    """Units taken after `since` (and up to `until`, when given; a dose at the very
    moment of a count is in it): a
    scheduled dose's own tablets (one unless /add said more; the part said, when only part
    was taken), the said count per logged one."""
    med_key = func.coalesce(Medication.generic, func.lower(Medication.name))
    scheduled = await s.scalar(
        select(func.sum(func.coalesce(DoseOccurrence.units_taken, Medication.units_per_dose, 1.0)))
        .select_from(DoseOccurrence)
        .join(Medication, Medication.id == DoseOccurrence.medication_id)
        .where(
            DoseOccurrence.user_id == user_id,
            DoseOccurrence.status == DoseStatus.TAKEN,
            DoseOccurrence.taken_at > since,
            DoseOccurrence.taken_at <= until if until is not None else true(),
            med_key == key,
        )
    )
    logged = await s.scalar(
        select(func.sum(func.coalesce(DoseLog.count, 1.0))).where(
            DoseLog.user_id == user_id,
            DoseLog.taken_at > since,
            DoseLog.taken_at <= until if until is not None else true(),
            func.coalesce(DoseLog.generic, func.lower(DoseLog.name)) == key,
        )
    )
    return float(scheduled or 0) + float(logged or 0)


def _use(
    meds: list[Medication], key: str, now: dt.datetime, zone: ZoneInfo
) -> tuple[float | None, float]:
    """What the running scheduled version of the medicine uses a day (a taper's step
    today, not the next one), and the units still due today after `now`."""
    today = now.astimezone(zone).date()
    for med in meds:
        running = med.first_day is None or med.first_day <= today
        if medicine_key(med) == key and running and not med.as_needed and not med.paused:
            weekdays = len(mask_to_weekdays(med.weekdays))
            per_dose = med.units_per_dose or 1.0
            per_day = daily_use(
                len(parse_times(med.times)), weekdays, med.every_days or 1, per_dose
            )
            tomorrow = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), zone)
            later = slots_between(
                repo.schedule_of(med), zone, now + dt.timedelta(seconds=1), tomorrow
            )
            return per_day, per_dose * len(later)
    return None, 0.0


async def _stock(
    s: AsyncSession, user: User, row: Supply, meds: list[Medication], now: dt.datetime
) -> Stock:
    """A count's stock now: what was counted, less the doses taken since."""
    zone = ZoneInfo(user.timezone)
    used = await _used_since(s, user.id, row.medicine, row.counted_at)
    per_day, due_today = _use(meds, row.medicine, now, zone)
    today = now.astimezone(zone).date()
    prn = [m for m in meds if medicine_key(m) == row.medicine and m.as_needed and not m.paused]
    if per_day is None and prn:
        # As needed: no schedule to count days by, so the pace it has gone at lately
        # (an oxycodone run from 20 to none with no word before was a scramble)
        return paced_stock(row.on_hand, used, await _pace(s, user.id, prn, now), today)
    current = stock(row.on_hand, used, per_day, today, due_today)
    return within_course(current, _course_end(meds, row.medicine))


async def _pace(
    s: AsyncSession, user_id: int, prn: list[Medication], now: dt.datetime
) -> float | None:
    """Units a day the as-needed medicine went at over the last PACE_DAYS days, or since
    it was added when that is later."""
    began = min(m.started_at for m in prn)
    since = max(now - dt.timedelta(days=PACE_DAYS), began)
    used = await _used_since(s, user_id, medicine_key(prn[0]), since)
    return recent_pace(used, (now - since).total_seconds() / 86400)


def _course_end(meds: list[Medication], key: str) -> dt.date | None:
    """The last day of the medicine's course (a taper's last step), None when it has none."""
    ends = [m.last_day for m in meds if medicine_key(m) == key and not m.as_needed]
    if not ends or any(end is None for end in ends):
        return None
    return max(end for end in ends if end is not None)


async def _current(s: AsyncSession, user_id: int) -> list[Supply]:
    """The newest count of each medicine the person counts."""
    rows = await s.scalars(
        select(Supply).where(Supply.user_id == user_id).order_by(Supply.counted_at.desc())
    )
    newest: dict[str, Supply] = {}
    for row in rows:
        newest.setdefault(row.medicine, row)
    return list(newest.values())


async def _assess(
    s: AsyncSession, user: User, row: Supply, meds: list[Medication], now: dt.datetime
) -> Counted:
    current = await _stock(s, user, row, meds, now)
    prn = [m for m in meds if medicine_key(m) == row.medicine and m.as_needed and not m.paused]
    notice = notice_due(
        current,
        user.refill_warning_days,
        warned=row.warned_at is not None,
        last_day_warned=row.last_day_warned_at is not None,
        as_needed=bool(prn) and (current.days_left is None or current.paced),
        as_needed_max=prn[0].max_per_day if prn else None,
    )
    if notice is not None:  # marked here, in the transaction that decides to say it
        row.warned_at = row.warned_at or now
        if notice is SupplyNotice.LAST_DAY:
            row.last_day_warned_at = now
    return Counted(row.medicine, current, notice)


async def count_supply(
    s: AsyncSession,
    user: User,
    med: Medication,
    on_hand: float,
    meds: list[Medication],
    now: dt.datetime,
) -> Counted:
    """Record `on_hand` units of `med` counted now (added or refilled)."""
    row = Supply(user_id=user.id, medicine=medicine_key(med), on_hand=on_hand, counted_at=now)
    s.add(row)
    user.supply_tracked = True
    back = await mark_back(s, user, med, now)  # counted means there is some
    await s.flush()
    counted = await _assess(s, user, row, meds, now)
    return dataclasses.replace(counted, back=back)


async def supply_notices(
    s: AsyncSession, user: User, meds: list[Medication], now: dt.datetime
) -> list[Counted]:
    """The supplies that call for a notice now (each notice is sent once per count)."""
    counted = [await _assess(s, user, row, meds, now) for row in await _current(s, user.id)]
    return [c for c in counted if c.notice is not None]


async def stocks(
    s: AsyncSession, user: User, meds: list[Medication], now: dt.datetime
) -> dict[str, Stock]:
    """Each counted medicine's stock now, by medicine key (for /meds); no notices."""
    if not user.supply_tracked:
        return {}
    return {
        row.medicine: await _stock(s, user, row, meds, now) for row in await _current(s, user.id)
    }


async def mark_out(s: AsyncSession, user: User, med: Medication, now: dt.datetime) -> None:
    """Out of `med` with no more yet: its doses from now on are set down as skipped
    (ran out) instead of being reminded."""
    if med.out_since is None:
        med.out_since = now
        await repo.drop_future_occurrences(s, med.id, now)
        med.materialised_until = now  # as written above; the loaded row may not say so yet
        await repo.materialise(s, med, user, now)


async def mark_back(s: AsyncSession, user: User, med: Medication, now: dt.datetime) -> bool:
    """More of `med` has come: its doses are reminded again from now; whether it was out."""
    if med.out_since is None:
        return False
    med.out_since = None
    await repo.drop_future_ran_out(s, med.id, now)
    med.materialised_until = now
    await repo.materialise(s, med, user, now)
    return True


async def pickup_choices(
    s: AsyncSession,
    user: User,
    med: Medication,
    meds: list[Medication],
    now: dt.datetime,
    *,
    short: bool,
) -> list[int]:
    """How many may have come of `med` at a pickup, from the person's own counts and
    schedule (bot.domain.supply.pickup_choices)."""
    key = medicine_key(med)
    rows = list(
        await s.scalars(
            select(Supply)
            .where(Supply.user_id == user.id, Supply.medicine == key)
            .order_by(Supply.counted_at, Supply.id)
        )
    )
    # A count above what was left then is a fill: the difference is what came.
    fills: list[float] = []
    for before, row in zip(rows, rows[1:], strict=False):
        used = await _used_since(s, user.id, key, before.counted_at, row.counted_at)
        came = row.on_hand - max(0.0, before.on_hand - used)
        if came >= 1:
            fills.insert(0, came)
    per_day = _use(meds, key, now, ZoneInfo(user.timezone))[0]
    if per_day is None and rows:
        per_day = (await _stock(s, user, rows[-1], meds, now)).per_day  # as needed: its pace
    pack = rows[0].on_hand if rows else None
    return choices_from(fills, pack, per_day, short=short)
