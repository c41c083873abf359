"""Function over time: the PEG against the person's own baseline (issue 20, point 3).

The PEG (Krebs et al. 2009, J Gen Intern Med 24:733) scores pain and its interference
with enjoyment of life and general activity, 0–10 each; the score is their mean, higher
is worse. Its use is the trend against a baseline: the CDC's "Checklist for prescribing
opioids for chronic pain" says "30% improvement from baseline is clinically meaningful",
and IMMPACT (Dworkin et al. 2008, J Pain 9:105) calls a decrease of at least 30 % on a
0–10 pain scale moderately important.

The baseline is the first PEG the person ever gave (onboarding asks it once); no
schema: it is simply the earliest `peg` record. Pure: records in, a trend out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from bot.domain.records import PegReport

__all__ = ["MEANINGFUL_IMPROVEMENT", "SOURCE", "PegPoint", "PegTrend", "peg_trend"]

#: A fall of this fraction of the baseline score is a meaningful improvement.
MEANINGFUL_IMPROVEMENT = Decimal("0.30")
#: Where the threshold comes from, short enough for a report's footnote.
SOURCE = "CDC opioid checklist; IMMPACT (Dworkin 2008)"

_TENTH = Decimal("0.1")


@dataclass(frozen=True, slots=True)
class PegPoint:
    """One PEG: its local date, score (mean of the items, one decimal) and the items."""

    date: dt.date
    score: float
    pain: float
    enjoyment: float
    activity: float


@dataclass(frozen=True, slots=True)
class PegTrend:
    """The PEGs of a period against the first PEG ever.

    `points`: every PEG in the period, oldest first (the baseline among them when it
    falls in the period). `latest`: the newest of them (None when the period has none).
    `change` (points) and `change_percent` compare `latest` with `baseline`, negative =
    better; both None when there is nothing to compare (no PEG in the period, or the
    latest is the baseline itself), and the percentage also when the baseline is 0.
    """

    baseline: PegPoint
    latest: PegPoint | None
    points: tuple[PegPoint, ...]
    change: float | None
    change_percent: int | None
    meaningful_improvement: bool  # fell by ≥ 30 % of the baseline score
    source: str = SOURCE

    @property
    def baseline_in_period(self) -> bool:
        """Whether the baseline is one of this period's points (then it is the first)."""
        # Any other point is later than the baseline's day, so equal means the same PEG.
        return bool(self.points) and self.points[0] == self.baseline


def peg_trend(
    pegs: Iterable[PegReport], start: dt.date, end: dt.date, zone: ZoneInfo
) -> PegTrend | None:
    """The PEG trend for the local days `start`…`end` (inclusive) against the first PEG
    ever; None when there is no PEG up to `end`. Pass every PEG the person gave."""
    ordered = sorted((g for g in pegs if _day(g, zone) <= end), key=lambda g: g.at)
    if not ordered:
        return None
    baseline = _point(ordered[0], zone)
    points = tuple(_point(g, zone) for g in ordered if _day(g, zone) >= start)
    latest = points[-1] if points else None
    if latest is None or len(ordered) == 1:  # nothing after the baseline: no trend yet
        return PegTrend(baseline, latest, points, None, None, False)
    # From the printed (rounded) scores, so the change is what the reader can check.
    first, last = Decimal(repr(baseline.score)), Decimal(repr(latest.score))
    change = last - first
    percent = None if first == 0 else _whole(change / first * 100)
    better = first > 0 and -change >= first * MEANINGFUL_IMPROVEMENT
    return PegTrend(baseline, latest, points, float(change), percent, better)


def _day(g: PegReport, zone: ZoneInfo) -> dt.date:
    return g.at.astimezone(zone).date()


def _point(g: PegReport, zone: ZoneInfo) -> PegPoint:
    """A PEG as printed: the mean of its three items to one decimal, half up."""
    items = [Decimal(repr(v)) for v in (g.pain, g.enjoyment, g.activity)]
    score = (sum(items, Decimal(0)) / 3).quantize(_TENTH, rounding=ROUND_HALF_UP)
    return PegPoint(_day(g, zone), float(score), g.pain, g.enjoyment, g.activity)


def _whole(x: Decimal) -> int:
    """A whole number, half away from zero (−29.5 → −30), as a percentage is read."""
    return int(x.quantize(Decimal(1), rounding=ROUND_HALF_UP))
