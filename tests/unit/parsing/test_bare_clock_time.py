"""A time told by a bare clock hour, the one reading the dose question may doubt: "took it
at 10" at 09:55 is read as 22:00 last night."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.timephrases import bare_clock_time

LONDON = ZoneInfo("Europe/London")
NOW = dt.datetime(2026, 12, 7, 9, 55, tzinfo=LONDON)


@pytest.mark.parametrize("text", ["took my gabapentin at 10", "took it around 10", "at 10:00"])
def test_a_bare_hour_is_told_as_the_most_recent_past_one(text: str) -> None:
    assert bare_clock_time(text, NOW, LONDON) == dt.datetime(2026, 12, 6, 22, 0, tzinfo=LONDON)


@pytest.mark.parametrize(
    "text",
    [
        "took it at 10pm",
        "took it last night at 10",
        "took it at 10 this morning",
        "took it at 22:00",
        "took it 2 hours ago",
        "took my gabapentin",
    ],
)
def test_an_hour_said_with_its_part_of_the_day_or_none_is_not_bare(text: str) -> None:
    assert bare_clock_time(text, NOW, LONDON) is None
