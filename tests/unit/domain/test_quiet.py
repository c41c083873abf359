"""Quiet hours hold non-dose messages."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.domain.quiet import defer_past_quiet_hours, in_quiet_hours

BERLIN = ZoneInfo("Europe/Berlin")


def test_window_wrapping_midnight() -> None:
    assert in_quiet_hours(dt.time(23), dt.time(22), dt.time(7))
    assert in_quiet_hours(dt.time(6, 59), dt.time(22), dt.time(7))
    assert not in_quiet_hours(dt.time(7), dt.time(22), dt.time(7))
    assert not in_quiet_hours(dt.time(12), dt.time(12), dt.time(12))


def test_follow_up_in_quiet_hours_waits_until_they_end() -> None:
    at = dt.datetime(2026, 11, 25, 23, 30, tzinfo=BERLIN)
    moved = defer_past_quiet_hours(at.astimezone(dt.UTC), BERLIN, "22:00", "07:00")
    assert moved.astimezone(BERLIN) == dt.datetime(2026, 11, 26, 7, 0, tzinfo=BERLIN)
    early = dt.datetime(2026, 11, 26, 5, 0, tzinfo=BERLIN).astimezone(dt.UTC)
    assert defer_past_quiet_hours(early, BERLIN, "22:00", "07:00").astimezone(BERLIN).hour == 7
    free = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
    assert defer_past_quiet_hours(free, BERLIN, "22:00", "07:00") == free
    assert defer_past_quiet_hours(free, BERLIN, None, None) == free
