"""Storage rows → the plain History the weekly numbers are computed from."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain import records as r
from bot.domain.course import Course
from bot.domain.schedule import local_to_utc, mask_to_weekdays, parse_times
from bot.services import questions
from bot.storage.models import DoseLog, DoseOccurrence, Medication, Record, User
from bot.storage.records import supplies_between, user_rows_between


def period_bounds(zone: ZoneInfo, end_date: dt.date, days: int) -> tuple[dt.datetime, dt.datetime]:
    """UTC bounds covering the period and the one before it (for "change")."""
    start_day = end_date - dt.timedelta(days=2 * days - 1)
    start = local_to_utc(start_day, dt.time(0), zone)
    end = local_to_utc(end_date + dt.timedelta(days=1), dt.time(0), zone)
    return start, end


async def load_history(
    session: AsyncSession, user: User, start: dt.datetime, end: dt.datetime
) -> r.History:
    """Everything about `user` in [start, end), as plain records."""
    meds, doses, logs, recs = await user_rows_between(session, user.id, start, end)
    kept: dict[str, list[Any]] = {kind: [] for kind in _READERS}
    for rec in recs:
        reader = _READERS.get(rec.kind)
        value = reader(rec, json.loads(rec.data or "{}")) if reader else None
        if value is not None:
            kept[rec.kind].append(value)
    return r.History(
        zone=user.timezone,
        regimen=tuple(_regimen_entry(m) for m in meds),
        doses=tuple(_scheduled(o, m) for o, m in doses),
        extra_doses=tuple(_extra(g) for g in logs),
        pain=tuple(kept["pain"]),
        side_effects=tuple(kept["side_effect"]),
        red_flags=tuple(kept["red_flag"]),
        peg=tuple(kept["peg"]),
        sleep=tuple(kept["sleep"]),
        activity=tuple(kept["activity"]),
        notes=tuple(kept["note"]),
        places=tuple(kept["pain_place"]),
        supplies=await _supplies(session, user.id, start, end),
        questions=await questions.kept_between(session, user.id, start, end),
    )


async def _supplies(
    session: AsyncSession, user_id: int, start: dt.datetime, end: dt.datetime
) -> tuple[r.SupplyCount, ...]:
    """The counts of the period (refills, and the count on /add)."""
    rows = await supplies_between(session, user_id, start, end)
    return tuple(r.SupplyCount(s.medicine, s.on_hand, s.counted_at) for s in rows)


def _regimen_entry(m: Medication) -> r.RegimenEntry:
    return r.RegimenEntry(
        med_id=m.id,
        name=m.name,
        generic=m.generic,
        amount=m.amount,
        unit=m.unit,
        times=parse_times(m.times),
        as_needed=m.as_needed,
        max_per_day=m.max_per_day,
        started_at=m.started_at,
        ended_at=m.ended_at,
        paused=m.paused,
        weekdays=mask_to_weekdays(m.weekdays),
        strength=m.strength,
        course=Course(m.first_day, m.last_day, m.every_days or 1),
        min_gap_hours=m.min_gap_hours,
    )


def _scheduled(o: DoseOccurrence, m: Medication) -> r.ScheduledDose:
    return r.ScheduledDose(
        med_id=m.id,
        name=m.name,
        generic=m.generic,
        due_at=o.due_at,
        local_date=o.local_date,
        local_time=dt.time.fromisoformat(o.local_time),
        status=o.status,
        answer_until=o.cutoff_at,
        taken_at=o.taken_at,
        taken_late=o.taken_late,
        skip_reason=o.skip_reason,
        amount=m.amount,
        unit=m.unit,
        strength=m.strength,
    )


def _extra(g: DoseLog) -> r.ExtraDose:
    return r.ExtraDose(
        name=g.name,
        generic=g.generic,
        taken_at=g.taken_at,
        amount=g.amount,
        unit=g.unit,
        count=g.count,
        med_id=g.medication_id,
    )


def _pain(rec: Record, data: dict[str, Any]) -> r.PainReport | None:
    if data.get("score") is None:
        return None
    return r.PainReport(
        at=rec.at,
        score=float(data["score"]),
        locations=tuple(data.get("locations") or ()),
        qualities=tuple(data.get("qualities") or ()),
        radiating=data.get("radiating"),
    )


def _side_effect(rec: Record, data: dict[str, Any]) -> r.SideEffectReport:
    return r.SideEffectReport(
        at=rec.at, effects=tuple(data.get("effects") or ()), words=rec.raw_text
    )


def _red_flag(rec: Record, data: dict[str, Any]) -> r.RedFlagReport:
    return r.RedFlagReport(
        at=rec.at,
        flags=tuple(data.get("flags") or ()),
        words=rec.raw_text,
        handled=bool(data.get("handled")),
    )


def _pain_place(rec: Record, data: dict[str, Any]) -> r.PainPlaceReport:
    return r.PainPlaceReport(
        at=rec.at, locations=tuple(data.get("locations") or ()), radiating=data.get("radiating")
    )


def _peg(rec: Record, data: dict[str, Any]) -> r.PegReport:
    return r.PegReport(
        at=rec.at,
        pain=float(data["pain"]),
        enjoyment=float(data["enjoyment"]),
        activity=float(data["general"]),
    )


def _sleep(rec: Record, data: dict[str, Any]) -> r.SleepReport | None:
    if not data.get("quality"):
        return None
    return r.SleepReport(at=rec.at, quality=data["quality"], hours=data.get("hours"))


def _activity(rec: Record, data: dict[str, Any]) -> r.ActivityReport:
    return r.ActivityReport(
        at=rec.at, kinds=tuple(data.get("kinds") or ()), minutes=data.get("minutes")
    )


def _note(rec: Record, data: dict[str, Any]) -> tuple[dt.datetime, str] | None:
    return (rec.at, str(data["text"])) if data.get("text") else None


#: How each kind of stored record reads back (None: a row with nothing to show).
_READERS: dict[str, Callable[[Record, dict[str, Any]], Any]] = {
    "pain": _pain,
    "side_effect": _side_effect,
    "red_flag": _red_flag,
    "pain_place": _pain_place,
    "peg": _peg,
    "sleep": _sleep,
    "activity": _activity,
    "note": _note,
}
