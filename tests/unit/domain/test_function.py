"""The PEG against the first PEG ever: baseline, trend, and the 30 % improvement mark.

Every expected number is worked out by hand in the comment beside it (PEG = mean of its
three items, one decimal; change = latest − baseline, negative = better).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.domain.function import SOURCE, PegPoint, peg_trend
from bot.domain.records import PegReport

NY = ZoneInfo("America/New_York")


def peg(day: int, pain: float, enjoyment: float, activity: float, hour: int = 20) -> PegReport:
    """A PEG given at `hour`:00 New York time on `day` January 2026 (EST, UTC−5)."""
    at = dt.datetime(2026, 1, day, hour, tzinfo=NY).astimezone(dt.UTC)
    return PegReport(at=at, pain=pain, enjoyment=enjoyment, activity=activity)


def jan(day: int) -> dt.date:
    return dt.date(2026, 1, day)


BASELINE = peg(5, 6, 7, 5)  # (6 + 7 + 5) / 3 = 6.0, at onboarding on Mon 5 Jan
WEEK_2 = peg(11, 5, 6, 5)  # 16 / 3 = 5.33 → 5.3
WEEK_3 = peg(18, 4, 4, 4)  # 4.0


def test_the_baseline_is_the_first_peg_ever_even_before_the_period() -> None:
    week_4 = peg(25, 4, 4, 4.6)  # 12.6 / 3 = 4.2
    trend = peg_trend([week_4, WEEK_3, BASELINE, WEEK_2], jan(12), jan(25), NY)
    assert trend is not None
    assert trend.baseline == PegPoint(jan(5), 6.0, 6, 7, 5)
    assert not trend.baseline_in_period
    assert [(p.date, p.score) for p in trend.points] == [(jan(18), 4.0), (jan(25), 4.2)]
    assert trend.latest == PegPoint(jan(25), 4.2, 4, 4, 4.6)
    assert trend.source == SOURCE and len(SOURCE.split()) <= 8


def test_a_fall_of_exactly_30_percent_is_meaningful() -> None:
    week_4 = peg(25, 4, 4, 4.6)  # 4.2: 4.2 − 6.0 = −1.8, and −1.8 / 6.0 = −30 %
    trend = peg_trend([BASELINE, WEEK_2, WEEK_3, week_4], jan(19), jan(25), NY)
    assert trend is not None
    assert (trend.change, trend.change_percent) == (-1.8, -30)
    assert trend.meaningful_improvement


def test_a_fall_short_of_30_percent_is_not() -> None:
    week_4 = peg(25, 4, 5, 4)  # 13 / 3 = 4.33 → 4.3: −1.7, −1.7 / 6.0 = −28.3 % → −28
    trend = peg_trend([BASELINE, WEEK_2, WEEK_3, week_4], jan(19), jan(25), NY)
    assert trend is not None
    assert (trend.change, trend.change_percent) == (-1.7, -28)
    assert not trend.meaningful_improvement


def test_a_worse_score_is_a_positive_change() -> None:
    worse = peg(11, 7, 7, 7)  # 7.0: +1.0, +1.0 / 6.0 = +16.7 % → +17
    trend = peg_trend([BASELINE, worse], jan(5), jan(11), NY)
    assert trend is not None
    assert trend.baseline_in_period
    assert [p.score for p in trend.points] == [6.0, 7.0]
    assert (trend.change, trend.change_percent, trend.meaningful_improvement) == (1.0, 17, False)


def test_the_trend_inside_a_period_that_holds_the_baseline() -> None:
    # 5.3 − 6.0 = −0.7; −0.7 / 6.0 = −11.7 % → −12
    trend = peg_trend([BASELINE, WEEK_2], jan(1), jan(11), NY)
    assert trend is not None
    assert [(p.date, p.score) for p in trend.points] == [(jan(5), 6.0), (jan(11), 5.3)]
    assert (trend.change, trend.change_percent, trend.meaningful_improvement) == (-0.7, -12, False)


def test_no_peg_at_all_is_no_trend() -> None:
    assert peg_trend([], jan(1), jan(31), NY) is None
    # A PEG only after the period: none up to its end, so no baseline for it either.
    assert peg_trend([WEEK_3], jan(1), jan(11), NY) is None


def test_when_the_latest_is_the_baseline_there_is_no_change_yet() -> None:
    trend = peg_trend([BASELINE], jan(1), jan(7), NY)
    assert trend is not None
    assert trend.latest == trend.baseline and trend.points == (trend.baseline,)
    assert trend.baseline_in_period
    assert (trend.change, trend.change_percent, trend.meaningful_improvement) == (None, None, False)


def test_a_period_without_a_peg_keeps_the_baseline_only() -> None:
    trend = peg_trend([BASELINE, WEEK_3], jan(12), jan(17), NY)
    assert trend is not None
    assert trend.baseline.score == 6.0
    assert trend.latest is None and trend.points == ()
    assert (trend.change, trend.change_percent) == (None, None)


def test_days_are_local_days() -> None:
    # 22:00 in New York on Sun 11 Jan is 03:00 UTC on Mon 12 Jan: it belongs to the 11th.
    late = peg(11, 3, 3, 3, hour=22)
    assert late.at.date() == jan(12)
    next_week = peg_trend([BASELINE, late], jan(12), jan(18), NY)
    assert next_week is not None and next_week.latest is None
    trend = peg_trend([BASELINE, late], jan(5), jan(11), NY)
    assert trend is not None and trend.latest is not None
    assert trend.latest.date == jan(11)


def test_a_zero_baseline_has_no_percentage() -> None:
    # 0.0 → 1.0: +1.0 point, no percentage of 0, no improvement possible.
    trend = peg_trend([peg(5, 0, 0, 0), peg(11, 1, 1, 1)], jan(5), jan(11), NY)
    assert trend is not None
    assert (trend.change, trend.change_percent, trend.meaningful_improvement) == (1.0, None, False)
