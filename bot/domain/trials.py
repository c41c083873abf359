"""Medication trials (PRODUCT.md §6a, issue 19): a medicine started, stopped or its dose
changed is watched, and some weeks later the person is shown how pain, PEG and side
effects went in the two weeks before the change and since, and asked whether it helps.

Pure: plain records in (bot.domain.records), plain figures out; no clock reads, no
database, no wording beyond the dose labels the person reads. The answers are records of
what the person said — nothing here advises anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from bot.domain.records import PainReport, PegReport, SideEffectReport
from bot.domain.schedule import local_to_utc
from bot.domain.trial_records import Change, ReviewRecord, TrialRecord, Verdict

__all__ = [
    "DEFAULT_REVIEW_WEEKS",
    "MIN_DAYS_TO_COMPARE",
    "SETTLING_IN",
    "WINDOW_DAYS",
    "Change",
    "ReviewDue",
    "ReviewRecord",
    "Side",
    "TrialFigures",
    "TrialRecord",
    "Verdict",
    "change_day",
    "how_often",
    "read_review_weeks",
    "reviews_due",
    "trial_figures",
]

#: "Two and six weeks later" unless the operator says otherwise (TRIAL_REVIEW_WEEKS).
DEFAULT_REVIEW_WEEKS: tuple[int, ...] = (2, 6)
#: The days before the change the figures compare against.
WINDOW_DAYS = 14
#: A time is set beside the one before it only when that one holds ratings on at least
#: this many days: "down 1.5 from 7.5" of one day misleads a doctor (Sandbox, Lagos).
#: clinician-review.md sets no number; it asks that every such figure say its n.
MIN_DAYS_TO_COMPARE = 3
#: Medicines entered this soon after the person first came are the regimen they came
#: with: no trial (nothing recorded before to compare against).
SETTLING_IN = dt.timedelta(days=1)
#: What TRIAL_REVIEW_WEEKS may hold: a few reviews, within half a year.
MAX_REVIEWS = 3
MAX_WEEKS = 26


def read_review_weeks(value: str | Iterable[int]) -> tuple[int, ...]:
    """`"2,6"` → (2, 6): 1–3 whole week counts between 1 and 26, ascending; ValueError
    (one plain sentence) on anything else."""
    rule = f"must be 1 to {MAX_REVIEWS} whole numbers of weeks from 1 to {MAX_WEEKS}, ascending"
    if isinstance(value, str):
        parts = [p for p in value.replace(";", ",").replace(" ", ",").split(",") if p]
        try:
            weeks = tuple(int(p) for p in parts)
        except ValueError:
            raise ValueError(f"{rule}, e.g. 2,6") from None
    else:
        try:
            weeks = tuple(int(w) for w in value)
        except (TypeError, ValueError):
            raise ValueError(f"{rule}, e.g. 2,6") from None
    if not 1 <= len(weeks) <= MAX_REVIEWS:
        raise ValueError(f"{rule}, e.g. 2,6")
    if any(not 1 <= w <= MAX_WEEKS for w in weeks):
        raise ValueError(f"{rule}, e.g. 2,6")
    if any(b <= a for a, b in zip(weeks, weeks[1:], strict=False)):
        raise ValueError(f"{rule}, e.g. 2,6")
    return weeks


# ------------------------------------------------------------------------ when
def change_day(
    now: dt.datetime,
    zone: ZoneInfo,
    first_day: dt.date | None = None,
    times: Sequence[dt.time] = (),
) -> dt.date:
    """The local day a change takes effect: today, or a later first day ("from monday"),
    or tomorrow when today's dose times have all passed (added at 21:00, first taken
    tomorrow morning: tomorrow is the first day on the new regimen)."""
    local = now.astimezone(zone)
    today = local.date()
    if first_day is not None:
        return max(today, first_day)
    if times and all(t <= local.time().replace(tzinfo=None) for t in times):
        return today + dt.timedelta(days=1)
    return today


@dataclass(frozen=True, slots=True)
class ReviewDue:
    """One review: how many weeks after the change, on which local day, at which instant."""

    weeks: int
    day: dt.date
    due_at: dt.datetime  # UTC


def reviews_due(
    day: dt.date, zone: ZoneInfo, checkin: dt.time, weeks: Sequence[int]
) -> tuple[ReviewDue, ...]:
    """Each review on the change's day + N weeks, at the person's check-in time (their
    local wall clock, whatever daylight saving did in between)."""
    out = []
    for n in weeks:
        due_day = day + dt.timedelta(weeks=n)
        out.append(ReviewDue(n, due_day, local_to_utc(due_day, checkin, zone)))
    return tuple(out)


# ------------------------------------------------------------------------ figures
def _round1(x: Decimal) -> float:
    """One decimal, half up, as the weekly summary rounds (bot.domain.summary.round1;
    not imported: the summary will show trials, and must be free to import this)."""
    return float(x.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


@dataclass(frozen=True, slots=True)
class Side:
    """The figures of one side of a change, over local days first_day..last_day."""

    first_day: dt.date
    last_day: dt.date
    pain_mean: float | None  # mean of the daily means, one decimal; None: no scores
    pain_reports: int
    peg_mean: float | None  # mean of the PEG scores (each the mean of three items)
    peg_reports: int
    side_effect_days: int  # local days with at least one side effect reported
    pain_days: int = 0  # local days with a pain score (the mean's n)

    @property
    def days(self) -> int:
        """How many local days this side spans."""
        return (self.last_day - self.first_day).days + 1

    @property
    def has_pain(self) -> bool:
        """Whether any pain score was given on this side."""
        return self.pain_reports > 0


@dataclass(frozen=True, slots=True)
class TrialFigures:
    """Two weeks before a change and the time since it, side by side."""

    change_day: dt.date
    before: Side
    since: Side

    @property
    def enough(self) -> bool:
        """Whether both sides have pain scores to compare (otherwise say which lacks)."""
        return self.before.has_pain and self.since.has_pain

    @property
    def comparable(self) -> bool:
        """Whether the pain before was rated on enough days to set beside the pain since."""
        return self.enough and self.before.pain_days >= MIN_DAYS_TO_COMPARE


def _side(
    first: dt.date,
    last: dt.date,
    zone: ZoneInfo,
    pain: Sequence[PainReport],
    peg: Sequence[PegReport],
    side_effects: Sequence[SideEffectReport],
) -> Side:
    """The figures of records whose local day falls in first..last."""

    def within(at: dt.datetime) -> bool:
        return first <= at.astimezone(zone).date() <= last

    # Mean of daily means, as the weekly summary counts it: a day with five ratings
    # does not outweigh a day with one.
    by_day: dict[dt.date, list[Decimal]] = {}
    for p in pain:
        if within(p.at):
            by_day.setdefault(p.at.astimezone(zone).date(), []).append(Decimal(repr(p.score)))
    daily = [sum(v, Decimal(0)) / len(v) for v in by_day.values()]
    scores = [
        sum((Decimal(repr(v)) for v in (g.pain, g.enjoyment, g.activity)), Decimal(0)) / 3
        for g in peg
        if within(g.at)
    ]
    effect_days = {s.at.astimezone(zone).date() for s in side_effects if s.effects and within(s.at)}
    return Side(
        first_day=first,
        last_day=last,
        pain_mean=_round1(sum(daily, Decimal(0)) / len(daily)) if daily else None,
        pain_reports=sum(len(v) for v in by_day.values()),
        peg_mean=_round1(sum(scores, Decimal(0)) / len(scores)) if scores else None,
        peg_reports=len(scores),
        side_effect_days=len(effect_days),
        pain_days=len(by_day),
    )


def trial_figures(
    day: dt.date,
    zone: ZoneInfo,
    now: dt.datetime,
    pain: Sequence[PainReport],
    peg: Sequence[PegReport] = (),
    side_effects: Sequence[SideEffectReport] = (),
    began: dt.date | None = None,
) -> TrialFigures:
    """The figures of the two weeks before the change's local `day` (from `began`, the
    diary's first day, when that is later) and of the days since it (that day included)
    up to `now`; records after `now` are not counted."""
    today = now.astimezone(zone).date()
    pain = [p for p in pain if p.at <= now]
    peg = [g for g in peg if g.at <= now]
    side_effects = [s for s in side_effects if s.at <= now]
    first = day - dt.timedelta(days=WINDOW_DAYS)
    if began is not None:
        # (a change on the diary's first day has no day before it: a side of no days)
        first = min(max(first, began), day)
    before = _side(first, day - dt.timedelta(days=1), zone, pain, peg, side_effects)
    since = _side(day, max(day, today), zone, pain, peg, side_effects)
    return TrialFigures(day, before, since)


# ------------------------------------------------------------------------ labels
def how_often(
    as_needed: bool, per_day: int, max_per_day: int | None = None, limit: str | None = None
) -> str:
    """`twice a day`, `as needed (max 4 a day)`: told beside a dose label when only how
    often it is taken changed (the label alone would read the same both sides); `limit`,
    the maximum as said when it is not a count ("30 ml (60 mg)" of a liquid)."""
    if as_needed:
        most = limit or max_per_day
        return f"as needed (max {most} a day)" if max_per_day else "as needed"
    return {1: "once a day", 2: "twice a day"}.get(per_day, f"{per_day} times a day")
