"""Hours said after "got", "had", "just" are a night's sleep only with a hedge between
("only got maybe 4 hours"), never a wait, a drive or a session ("had to wait an hour")."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

LONDON = ZoneInfo("Europe/London")
EVENING = datetime(2026, 12, 7, 22, 30, tzinfo=LONDON)


def sleep(text: str) -> list[dict[str, Any]]:
    return [o for o in run(text, ["duloxetine"], EVENING, LONDON) if o["kind"] == "sleep"]


@pytest.mark.parametrize(
    "text",
    [
        "the meeting got pushed back an hour, back is a 5",
        "had to wait an hour at the pharmacy",
        "appointment got moved an hour later",
        "just drove 3 hours, back stiff",
        "had physio for an hour",
    ],
)
def test_hours_of_something_else_are_no_night(text: str) -> None:
    assert sleep(text) == []


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("only got 4 hours", 4),
        ("had maybe 5 hrs", 5),
        ("managed to get 3 hours", 3),
        ("got like 2 hrs sleep", 2),
        ("slept on and off 4 hours", 4),
    ],
)
def test_a_night_told_by_its_hours(text: str, hours: float) -> None:
    (night,) = sleep(text)
    assert night["hours"] == hours


@pytest.mark.parametrize(
    "text",
    [
        "I did not wake up all night, slept like a log",
        "Very good night, I not wake up even one time",
    ],
)
def test_a_night_slept_through_is_good(text: str) -> None:
    (night,) = sleep(text)
    assert night["quality"] == "good"
