"""Reassessment in the summary and the report: each medication change with the figures
before and since it and what the person said, routines beside adherence, the visits.

Pure: reads the plain records of `History`; `bot.domain.summary` puts the results in
the one Summary that chat, chart, PDF and CSV render.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.domain.appointments import Visit, is_upcoming
from bot.domain.clinician_detail import diary_began
from bot.domain.records import History
from bot.domain.routines import RoutineStats, routine_stats
from bot.domain.trials import WINDOW_DAYS, TrialFigures, TrialRecord, trial_figures

#: A change is told in the weekly summary once it has this much data since it.
FOLLOW_UP_AFTER = dt.timedelta(days=WINDOW_DAYS)


@dataclass(frozen=True, slots=True)
class ChangeReview:
    """A medication change, the figures of the two weeks before it and of the time since,
    and the person's verdicts (in `trial.reviews`)."""

    trial: TrialRecord
    figures: TrialFigures


@dataclass(frozen=True, slots=True)
class Reassessment:
    """What the summary carries about changes, routines and visits for one period."""

    #: Changes made in the period (the report's table), oldest first.
    changes: tuple[ChangeReview, ...] = ()
    #: Changes whose first two weeks ended in the period (told once in the weekly chat).
    follow_ups: tuple[ChangeReview, ...] = ()
    routines: tuple[RoutineStats, ...] = ()
    visits: tuple[Visit, ...] = ()  # in the period, not cancelled
    next_visit: Visit | None = None


def _review(
    t: TrialRecord, history: History, zone: ZoneInfo, now: dt.datetime, began: dt.date | None
) -> ChangeReview:
    figures = trial_figures(
        t.local_date, zone, now, history.pain, history.peg, history.side_effects, began
    )
    return ChangeReview(t, figures)


def _visit_day(v: Visit, zone: ZoneInfo) -> dt.date:
    return v.starts_at.astimezone(zone).date() if v.starts_at else v.day


def reassess(history: History, start: dt.date, end: dt.date, now: dt.datetime) -> Reassessment:
    """The period's changes and follow-ups, routine figures and visits (local days
    `start`..`end`, both included, as of `now`)."""
    zone = history.tz
    began = diary_began(history)
    trials = sorted(history.trials, key=lambda t: (t.changed_at, t.trial_id))
    changes = tuple(
        _review(t, history, zone, now, began) for t in trials if start <= t.local_date <= end
    )
    follow_ups = tuple(
        _review(t, history, zone, now, began)
        for t in trials
        if start <= t.local_date + FOLLOW_UP_AFTER <= end
    )
    days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    local_now = now.astimezone(zone).replace(tzinfo=None)
    routines = routine_stats(history.routines, history.routine_logs, days, now_local=local_now)
    kept = [v for v in history.visits if v.cancelled_at is None]
    visits = tuple(v for v in kept if start <= _visit_day(v, zone) <= end)
    return Reassessment(changes, follow_ups, routines, visits, next_visit(kept, zone, now))


def next_visit(visits: Sequence[Visit], zone: ZoneInfo, now: dt.datetime) -> Visit | None:
    """The first visit still ahead of `now` (a visit without a time: until its day ends)."""
    ahead = [v for v in visits if is_upcoming(v.day, v.starts_at, zone, now)]
    return min(ahead, key=lambda v: (v.day, v.at or dt.time(0)), default=None)
