"""The dose times quiet hours cover: said when they are saved, as those reminders still come."""

from __future__ import annotations

import datetime as dt

from bot.domain.quiet import doses_in_quiet_hours

T = dt.time


def test_hours_past_midnight_cover_the_morning_dose_not_the_one_at_their_end() -> None:
    times = [T(8), T(20), T(9), T(8)]
    assert doses_in_quiet_hours(times, "01:00", "09:00") == (T(8),)


def test_hours_across_midnight_cover_both_sides() -> None:
    assert doses_in_quiet_hours([T(5), T(14), T(22)], "21:00", "06:00") == (T(5), T(22))


def test_no_quiet_hours_cover_nothing() -> None:
    assert doses_in_quiet_hours([T(8)], None, None) == ()
