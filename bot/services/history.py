"""Storage rows → the plain History the weekly numbers are computed from."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain import records as r
from bot.domain.course import Course
from bot.domain.schedule import local_to_utc, mask_to_weekdays, parse_times, taken_late
from bot.domain.states import DoseStatus
from bot.domain.trials import WINDOW_DAYS
from bot.parsing.alcohol import drank_alcohol
from bot.parsing.text import normalise
from bot.services import appointments, questions, routines, trials
from bot.services import supply as supply_svc
from bot.storage import repositories as repo
from bot.storage.models import DoseLog, DoseOccurrence, Medication, Record, User
from bot.storage.records import (
    CARER,
    ENDS,
    NAME,
    SAID_BY,
    UNTIL,
    WHY,
    instant,
    med_pauses_overlapping,
    pauses_overlapping,
    records_between,
    supplies_between,
    user_rows_between,
    warning_of,
    zone_changes,
)
from bot.storage.stock_outs import STOCK_OUT


def period_bounds(zone: ZoneInfo, end_date: dt.date, days: int) -> tuple[dt.datetime, dt.datetime]:
    """UTC bounds covering the period and the one before it (for "change"), a day wider
    each side: each day is read in the zone lived then, and after a flight west today's
    midnight falls hours after the one the first day began at (the summary keeps only
    the period's own days)."""
    start_day = end_date - dt.timedelta(days=2 * days)
    start = local_to_utc(start_day, dt.time(0), zone)
    end = local_to_utc(end_date + dt.timedelta(days=2), dt.time(0), zone)
    return start, end


#: Visits still to come are read this far ahead (the next one is in the summary).
VISITS_AHEAD = dt.timedelta(days=400)


async def load_history(
    session: AsyncSession,
    user: User,
    start: dt.datetime,
    end: dt.datetime,
    *,
    everything: bool = False,
    now: dt.datetime | None = None,
) -> r.History:
    """Everything about `user` in [start, end), as plain records; the visits to come
    too, and with `everything` (the export) the cancelled ones; with `now` (the period
    ends then), what is on hand of each medicine counted."""
    zone = ZoneInfo(user.timezone)
    window = dt.timedelta(days=WINDOW_DAYS)
    # A change two weeks before the period is told in it once its two weeks are up.
    changes = await trials.trials_between(session, user.id, start - window, end)
    before = [local_to_utc(t.local_date - window, dt.time(0), zone) for t in changes]
    meds, doses, logs, recs = await user_rows_between(
        session, user.id, start, end, records_from=min(before, default=None)
    )
    routine_rows, routine_logs = await routines.routine_history(session, user.id, start, end)
    peg_history, goals = await lasting_before(session, user.id, end)
    visits = await appointments.appointments_between(
        session, user.id, start, end + VISITS_AHEAD, include_cancelled=everything
    )
    kept = _read(recs)
    return r.History(
        zone=user.timezone,
        regimen=tuple(_regimen_entry(m) for m in meds),
        doses=tuple(_scheduled(o, m) for o, m in doses),
        extra_doses=tuple(_extra(g) for g in logs),
        **_reported(kept),
        notes=tuple(kept["note"]),
        places=tuple(kept["pain_place"]),
        stock_outs=tuple(kept[STOCK_OUT]),
        supplies=await _supplies(session, user.id, start, end),
        on_hand=await _on_hand(session, user, now) if now is not None else (),
        questions=await questions.kept_between(session, user.id, start, end),
        trials=changes,
        routines=routine_rows,
        routine_logs=routine_logs,
        visits=visits,
        peg_history=peg_history,
        goals=goals,
        started=user.created_at,
        pauses=tuple(
            r.RemindersPaused(a, b, why)
            for a, b, why in await pauses_overlapping(session, user.id, start, end)
        ),
        med_pauses=tuple(
            _med_pause(rec) for rec in await med_pauses_overlapping(session, user.id, start, end)
        ),
        zone_changes=await zone_changes(session, user.id),
    )


def _med_pause(rec: Record) -> r.MedicinePaused:
    """A medicine's pause record, read."""
    data = json.loads(rec.data or "{}")
    return r.MedicinePaused(
        medicine=str(data.get(NAME) or "A medicine"),
        start=rec.at,
        end=instant(data.get(UNTIL)),
        planned=instant(data.get(ENDS)),
        reason=data.get(WHY) if isinstance(data.get(WHY), str) else None,
    )


def _read(recs: Sequence[Record]) -> dict[str, list[Any]]:
    """Stored records by kind, each read into its plain record (unreadable ones dropped)."""
    kept: dict[str, list[Any]] = {kind: [] for kind in _READERS}
    for rec in recs:
        reader = _READERS.get(rec.kind)
        value = reader(rec, json.loads(rec.data or "{}")) if reader else None
        if value is not None:
            kept[rec.kind].append(value)
    return kept


async def load_reports(
    session: AsyncSession, user: User, start: dt.datetime, end: dt.datetime
) -> r.History:
    """Only what the person reported in [start, end) (pain, PEG, side effects, sleep …):
    the figures around a change need nothing else."""
    kept = _read(await records_between(session, user.id, start, end))
    return r.History(zone=user.timezone, started=user.created_at, **_reported(kept))


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


async def lasting_before(
    session: AsyncSession, user_id: int, end: dt.datetime
) -> tuple[tuple[r.PegReport, ...], tuple[tuple[dt.datetime, str], ...]]:
    """What outlives the period it was said in, before `end`, oldest first, in one read:
    every PEG (the first is the baseline, `bot.domain.function.peg_trend`) and every
    goal."""
    pegs: list[r.PegReport] = []
    goals: list[tuple[dt.datetime, str]] = []
    for rec in await records_between(session, user_id, _EPOCH, end, kinds=("peg", "goal")):
        data = json.loads(rec.data or "{}")
        if rec.kind == "peg":
            pegs.append(_peg(rec, data))
        elif rec.kind == "goal" and isinstance(text := data.get("text"), str) and text:
            goals.append((rec.at, text))
    return tuple(pegs), tuple(goals)


async def pegs_before(
    session: AsyncSession, user_id: int, end: dt.datetime
) -> tuple[r.PegReport, ...]:
    """Every PEG given before `end`, oldest first (the first is the baseline)."""
    return (await lasting_before(session, user_id, end))[0]


def _reported(kept: dict[str, list[Any]]) -> dict[str, tuple[Any, ...]]:
    """What the person reported, as History's fields (notes and places apart)."""
    fields = {"pain": "pain", "side_effects": "side_effect", "red_flags": "red_flag"}
    fields |= {"peg": "peg", "sleep": "sleep", "activity": "activity", "moods": "mood"}
    return {field: tuple(kept[kind]) for field, kind in fields.items()}


async def _supplies(
    session: AsyncSession, user_id: int, start: dt.datetime, end: dt.datetime
) -> tuple[r.SupplyCount, ...]:
    """The counts of the period (refills, and the count on /add)."""
    rows = await supplies_between(session, user_id, start, end)
    return tuple(r.SupplyCount(s.medicine, s.on_hand, s.counted_at) for s in rows)


async def _on_hand(session: AsyncSession, user: User, now: dt.datetime) -> tuple[r.OnHand, ...]:
    """Each medicine still taken, counted: its stock now (a removed one's count is gone
    with it), and whether the person is out of it."""
    meds = await repo.active_medications(session, user.id)
    out: dict[str, dt.datetime | None] = {}
    for m in meds:
        key = supply_svc.medicine_key(m)
        out[key] = out.get(key) or m.out_since
    stocks = await supply_svc.stocks(session, user, meds, now)
    return tuple(r.OnHand(key, st, out[key]) for key, st in stocks.items() if key in out)


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
        units_per_dose=m.units_per_dose,
        paused_at=m.paused_at,
        pause_reason=m.pause_reason,
        units_per_dose_max=m.units_per_dose_max,
        other_ingredients=m.other_ingredients,
        volume_ml=m.volume_ml,
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
        # From the times, not the stored flag: rows stored before the rule was fixed
        # said "late" of a dose taken early but told after it was marked missed.
        taken_late=o.status == DoseStatus.TAKEN and taken_late(o.taken_at, o.cutoff_at),
        skip_reason=o.skip_reason,
        amount=m.amount,
        unit=m.unit,
        strength=m.strength,
        units_per_dose=m.units_per_dose,
        units_taken=o.units_taken,
        answered=o.answered_at is not None,
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
        worse_words=(rec.raw_text or "") if data.get("worse") else None,
    )


def _side_effect(rec: Record, data: dict[str, Any]) -> r.SideEffectReport:
    return r.SideEffectReport(
        at=rec.at,
        effects=tuple(data.get("effects") or ()),
        words=rec.raw_text,
        carer=_by_carer(data),
        warned=warning_of(data),
    )


def _red_flag(rec: Record, data: dict[str, Any]) -> r.RedFlagReport:
    return r.RedFlagReport(
        at=rec.at,
        flags=tuple(data.get("flags") or ()),
        words=rec.raw_text,
        handled=bool(data.get("handled")),
        followup=bool(data.get("followup")),
        said=data.get("said"),
        carer=_by_carer(data),
    )


def _pain_place(rec: Record, data: dict[str, Any]) -> r.PainPlaceReport:
    return r.PainPlaceReport(
        at=rec.at,
        locations=tuple(data.get("locations") or ()),
        radiating=data.get("radiating"),
        qualities=tuple(data.get("qualities") or ()),
        worse_words=(rec.raw_text or "") if data.get("worse") else None,
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


def _mood(rec: Record, data: dict[str, Any]) -> r.MoodReport | None:
    words = tuple(w for w in data.get("words") or () if isinstance(w, str))
    score = data.get("score")
    if not words and score is None:
        return None
    return r.MoodReport(
        at=rec.at,
        words=words,
        score=float(score) if score is not None else None,
        carer=_by_carer(data),
    )


def _note(rec: Record, data: dict[str, Any]) -> r.NoteReport | None:
    if not data.get("text"):
        return None
    text = str(data["text"])
    # (read, not stored: the drinks told before this was kept are found as well)
    return r.NoteReport(rec.at, text, carer=_by_carer(data), drink=drank_alcohol(normalise(text)))


def _stock_out(rec: Record, data: dict[str, Any]) -> r.StockOutReport | None:
    key = data.get("medicine")
    return r.StockOutReport(rec.at, key) if isinstance(key, str) and key else None


def _by_carer(data: dict[str, Any]) -> bool:
    """Whether a carer writing in the patient's chat told it (bot.storage.records.SAID_BY)."""
    return data.get(SAID_BY) == CARER


#: How each kind of stored record reads back (None: a row with nothing to show).
_READERS: dict[str, Callable[[Record, dict[str, Any]], Any]] = {
    "pain": _pain,
    "side_effect": _side_effect,
    "red_flag": _red_flag,
    "pain_place": _pain_place,
    "peg": _peg,
    "sleep": _sleep,
    "activity": _activity,
    "mood": _mood,
    "note": _note,
    STOCK_OUT: _stock_out,
}
