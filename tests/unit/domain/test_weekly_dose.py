""" "/add alendronic acid 70mg weekly monday 8am": one dose day a week, said so in its
reminder, and counted from its own weekday (Sandbox, Glasgow: added on a Wednesday, the
every-7-days count from Wednesday never met a Monday, and no reminder ever came)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.domain.regimen import once_a_week
from bot.domain.schedule import weekdays_to_mask
from bot.services.add_line import line_fields

WEDNESDAY = dt.date(2026, 12, 9)


@pytest.mark.parametrize(
    ("weekdays", "every_days", "weekly"),
    [
        (weekdays_to_mask(frozenset({0})), 7, True),  # weekly monday
        (weekdays_to_mask(frozenset({0})), 1, True),  # every monday
        (127, 7, True),  # every 7 days
        (127, 1, False),  # every day
        (weekdays_to_mask(frozenset({0, 3})), 1, False),  # mon and thu
        (weekdays_to_mask(frozenset({0})), 14, False),  # fortnightly
        (127, 2, False),  # every other day
    ],
)
def test_once_a_week(weekdays: int, every_days: int, weekly: bool) -> None:
    assert once_a_week(weekdays, every_days) is weekly


@pytest.mark.parametrize(
    ("line", "first_day"),
    [
        ("alendronic acid 70mg weekly monday 8am before breakfast", "2026-12-14"),
        ("alendronate 70 mg once a week on mondays 08:00", "2026-12-14"),
        ("alendronic acid 70mg weekly wednesday 8am", "2026-12-09"),  # today is its day
        ("methotrexate 10mg weekly friday 9am", "2026-12-11"),
    ],
)
def test_a_weekly_dose_counts_from_its_own_weekday(line: str, first_day: str) -> None:
    fields = line_fields(line, WEDNESDAY)
    assert fields.every_days == 7 and fields.first_day == first_day, fields


def test_every_other_day_still_counts_from_today() -> None:
    fields = line_fields("vitamin d 1000 unit 09:00 every other day", WEDNESDAY)
    assert fields.every_days == 2 and fields.first_day == "2026-12-09"
