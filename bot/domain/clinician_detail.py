"""What a doctor reads on the report's first page beyond the weekly numbers: the days
that hold data, doses by time of day with why the others were not taken, and each side
effect with what was taken in the day before it.

Pure: plain records in (bot.domain.records), plain values out; no wording beyond names.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.domain.function import PegTrend, peg_trend
from bot.domain.goals import SHOWN
from bot.domain.leg_symptoms import LegSymptoms, leg_symptoms
from bot.domain.patches import on_at, worn_by_name
from bot.domain.records import History
from bot.domain.regimen import display_name

#: Parts of the day a scheduled dose falls in, by its local time (start hour).
DAY_PARTS = (("morning", 0), ("midday", 12), ("evening", 17), ("night", 21))
#: What a side effect is set beside: the doses taken in this time before it.
BEFORE_EFFECT = dt.timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class PartOfDay:
    """Scheduled doses of one part of the day: taken of due (answered or past due)."""

    part: str
    taken: int
    due: int


@dataclass(frozen=True, slots=True)
class NotTaken:
    """Why one medicine version's scheduled doses were not taken, by kind of reason."""

    med_id: int
    reasons: tuple[tuple[str, int], ...]  # reason code, count; "no_answer" for missed


@dataclass(frozen=True, slots=True)
class EffectContext:
    """A side effect as reported, with the medicines taken in the 24 h before it."""

    at: dt.datetime  # local
    effects: tuple[str, ...]
    words: str | None
    taken_before: tuple[str, ...]
    carer: bool = False  # the words are a carer's


@dataclass(frozen=True, slots=True)
class ClinicianDetail:
    """The first page's detail, from the same history as the rest of the summary."""

    first_day: dt.date | None = None  # the first and last day with anything recorded
    last_day: dt.date | None = None
    days_with_data: int = 0
    by_part: tuple[PartOfDay, ...] = ()
    not_taken: tuple[NotTaken, ...] = ()
    effects: tuple[EffectContext, ...] = ()
    #: Function: the PEGs of the period against the first one ever (the baseline).
    peg: PegTrend | None = None
    #: The patient's goals, newest last (at most goals.SHOWN), local time.
    goals: tuple[tuple[dt.datetime, str], ...] = ()
    #: Pain in or down a leg, and numbness or tingling, day by day (None: nothing said).
    legs: LegSymptoms | None = None


#: How far a part of the day's share taken must fall below the rest's to be named: a slot
#: clearly worse than the others points to the schedule (NICE CG76 separates practical
#: barriers from the rest); when every slot is missed alike, naming one would mislead.
STANDS_OUT = 0.25


@dataclass(frozen=True, slots=True)
class WorstPart:
    """The part of the day whose scheduled doses were taken least, beside all the others."""

    part: PartOfDay
    other_taken: int
    other_due: int


def worst_part(by_part: tuple[PartOfDay, ...], at_least: int) -> WorstPart | None:
    """The part of the day taken clearly less often than the rest, with at least
    `at_least` doses not taken; None when no part stands out (or only one has doses)."""
    best: WorstPart | None = None
    for part in by_part:
        other_taken = sum(p.taken for p in by_part if p is not part)
        other_due = sum(p.due for p in by_part if p is not part)
        if not other_due or part.due - part.taken < at_least:
            continue
        if other_taken / other_due - part.taken / part.due < STANDS_OUT:
            continue
        if best is None or part.taken / part.due < best.part.taken / best.part.due:
            best = WorstPart(part, other_taken, other_due)
    return best


def _part(at: dt.time) -> str:
    name = DAY_PARTS[0][0]
    for part, hour in DAY_PARTS:
        if at.hour >= hour:
            name = part
    return name


def _doses(
    history: History, first: dt.date, last: dt.date, now: dt.datetime
) -> tuple[tuple[PartOfDay, ...], tuple[NotTaken, ...]]:
    parts: dict[str, list[int]] = {p: [0, 0] for p, _ in DAY_PARTS}
    reasons: dict[int, Counter[str]] = defaultdict(Counter)
    for d in history.doses:
        outcome = d.outcome(now) if first <= d.local_date <= last else "pending"
        if outcome == "pending":
            continue
        tally = parts[_part(d.local_time)]
        tally[1] += 1
        if outcome == "taken":
            tally[0] += 1
            continue
        reason = (d.skip_reason or "unsaid") if outcome == "skipped" else "no_answer"
        reasons[d.med_id][reason] += 1
    by_part = tuple(PartOfDay(p, t, n) for p, (t, n) in parts.items() if n)
    not_taken = tuple(NotTaken(med, tuple(c.most_common())) for med, c in reasons.items())
    return by_part, not_taken


def _bounds(zone: ZoneInfo, first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The instants the local days first..last span (compared before any zone maths: a
    history may hold far more than the period)."""
    lo = dt.datetime.combine(first, dt.time(0), tzinfo=zone)
    hi = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
    # In UTC, as the records are: two datetimes of one tzinfo compare without zone maths.
    return lo.astimezone(dt.UTC), hi.astimezone(dt.UTC)


def _taken_names(
    history: History, lo: dt.datetime, hi: dt.datetime
) -> list[tuple[dt.datetime, str]]:
    taken = [
        (d.taken_at, d.name)
        for d in history.doses
        if d.status == "taken" and d.taken_at and lo <= d.taken_at < hi
    ]
    return [*taken, *((x.taken_at, x.name) for x in history.extra_doses if lo <= x.taken_at < hi)]


def _patches_worn(history: History) -> dict[str, list[tuple[dt.datetime, dt.datetime]]]:
    """Each long-worn patch's times on, by name (a side effect on day 4 of a weekly
    buprenorphine patch happened with it on, though it was put on days before)."""
    scheduled = (
        (d.generic, d.name, d.taken_at)
        for d in history.doses
        if d.status == "taken" and d.taken_at is not None
    )
    extra = ((x.generic, x.name, x.taken_at) for x in history.extra_doses)
    return worn_by_name([*scheduled, *extra])


def _effects(
    history: History, zone: ZoneInfo, first: dt.date, last: dt.date
) -> tuple[EffectContext, ...]:
    lo, hi = _bounds(zone, first, last)
    taken = _taken_names(history, lo - BEFORE_EFFECT, hi)
    worn = _patches_worn(history)
    out = []
    for s in sorted((s for s in history.side_effects if lo <= s.at < hi), key=lambda s: s.at):
        if not s.effects:
            continue
        before = {display_name(n) for at, n in taken if s.at - BEFORE_EFFECT <= at <= s.at}
        before |= {display_name(n) for n, spans in worn.items() if on_at(spans, s.at)}
        at = s.at.astimezone(zone)
        out.append(EffectContext(at, s.effects, s.words, tuple(sorted(before)), s.carer))
    return tuple(out)


def _told(history: History) -> list[dt.datetime]:
    """Every instant at which the person told or answered anything."""
    return [
        *(d.taken_at for d in history.doses if d.taken_at),
        *(d.due_at for d in history.doses if d.status in ("skipped", "taken")),
        *(x.taken_at for x in history.extra_doses),
        *(r.at for group in (history.pain, history.side_effects, history.red_flags) for r in group),
        *(r.at for group in (history.peg, history.sleep, history.activity) for r in group),
        *(r.at for r in history.places),
        *(n.at for n in history.notes),
    ]


def _recorded_days(history: History, zone: ZoneInfo, first: dt.date, last: dt.date) -> set[dt.date]:
    """Local days first..last on which the person told or answered anything."""
    lo, hi = _bounds(zone, first, last)
    return {at.astimezone(zone).date() for at in _told(history) if lo <= at < hi}


def diary_began(history: History) -> dt.date | None:
    """The local day the diary began: the person's first contact, or an earlier day a
    dose or rating was told for ("took 2 last night" on the first morning); None when
    the first contact is not known (then every day of a period counts)."""
    if history.started is None:
        return None
    zone = history.tz
    told = [*_told(history), *(g.at for g in history.peg_history), *(at for at, _ in history.goals)]
    return min(at.astimezone(zone).date() for at in [history.started, *told])


def clinician_detail(
    history: History, start: dt.date, end: dt.date, now: dt.datetime
) -> ClinicianDetail:
    """The detail of the local days `start`..`end` (both included) as of `now`."""
    zone = history.tz
    days = sorted(_recorded_days(history, zone, start, end))
    by_part, not_taken = _doses(history, start, end, now)
    return ClinicianDetail(
        first_day=days[0] if days else None,
        last_day=days[-1] if days else None,
        days_with_data=len(days),
        by_part=by_part,
        not_taken=not_taken,
        effects=_effects(history, zone, start, end),
        peg=peg_trend(history.peg_history or history.peg, start, end, zone),
        goals=tuple((at.astimezone(zone), text) for at, text in history.goals[-SHOWN:]),
        legs=leg_symptoms(history, zone, *_bounds(zone, start, end)),
    )
