"""Which days the chart draws: a week whole, as its title names it; a long range from its
first day with anything to its last."""

from __future__ import annotations

import datetime as dt

from bot.domain.summary import DayPoint
from bot.reports.chart import with_data

MON = dt.date(2026, 12, 7)


def _days(n: int, with_entries: set[int]) -> list[DayPoint]:
    return [
        DayPoint(MON + dt.timedelta(days=i), 5.0 if i in with_entries else None, 0, 0, 0)
        for i in range(n)
    ]


def test_a_week_is_drawn_whole_even_with_its_last_days_empty() -> None:
    # Found living it: "Pain and doses, Mon 7 – Sun 13 Dec" drawn Mon to Sat, Sunday gone.
    week = _days(7, {0, 3})
    assert [p.date for p in with_data(week)] == [p.date for p in week]


def test_a_month_is_drawn_from_its_first_to_its_last_day_with_entries() -> None:
    month = _days(30, {4, 9, 13})
    drawn = with_data(month)
    assert drawn[0].date == MON + dt.timedelta(days=4)
    assert drawn[-1].date == MON + dt.timedelta(days=13) and len(drawn) == 10


def test_a_long_range_with_nothing_is_drawn_whole() -> None:
    assert len(with_data(_days(30, set()))) == 30
