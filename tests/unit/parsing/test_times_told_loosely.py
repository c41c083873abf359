"""Times said loosely, as the Toronto sandbox week showed them: "at like 7 30", "the
gabapentin too" after a timed dose, "just now with supper", "my 8pm ones"."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.missed_said import slot_told
from tests.unit.parsing.helpers import run

TORONTO = ZoneInfo("America/Toronto")
MEDS = ["gabapentin", "naproxen", "cyclobenzaprine"]
AFTERNOON = datetime(2026, 12, 7, 14, 30, tzinfo=TORONTO)
EVENING = datetime(2026, 12, 7, 19, 30, tzinfo=TORONTO)


def _at(out: list[dict[str, object]], med: str) -> object:
    (dose,) = [o for o in out if o["kind"] == "dose" and o["medication"] == med]
    return dose["at"]


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("took the naproxen at like 7 30 this morning", "07:30"),
        ("naproxen around 9 45", "09:45"),
        ("had my naproxen at 11 15", "11:15"),
    ],
)
def test_an_hour_and_its_minutes_with_a_space_between(text: str, clock: str) -> None:
    assert str(_at(run(text, MEDS, AFTERNOON, TORONTO), "naproxen"))[11:16] == clock


@pytest.mark.parametrize(
    "text",
    [
        "naproxen at 7 30 mg",  # not a time's minutes
        "pain at 7 30 mins after the naproxen",
    ],
)
def test_a_number_after_the_hour_that_is_no_minutes(text: str) -> None:
    out = run(text, MEDS, AFTERNOON, TORONTO)
    assert all(str(o.get("at") or "")[11:16] != "07:30" for o in out), out


@pytest.mark.parametrize(
    "text",
    [
        "took the naproxen at like 7 30 this morning and the gabapentin too",
        "took the naproxen at 7:30 this morning, forgot to tell you. and the gabapentin too",
        "naproxen at 7:30. the gabapentin as well",
    ],
)
def test_too_after_a_timed_dose_is_at_its_time(text: str) -> None:
    out = run(text, MEDS, AFTERNOON, TORONTO)
    assert _at(out, "naproxen") == _at(out, "gabapentin") == "2026-12-07T07:30:00-05:00"


def test_a_dose_of_just_now_beside_a_timed_one_stays_now() -> None:
    out = run("took naproxen at 7 and the gabapentin just now", MEDS, EVENING, TORONTO)
    assert _at(out, "gabapentin") is None


@pytest.mark.parametrize(
    "text",
    [
        "took the gabapentin just now with supper",
        "took my gabapentin right now with dinner",
        "just took the gabapentin with supper",
    ],
)
def test_just_now_with_a_meal_is_now(text: str) -> None:
    assert _at(run(text, MEDS, EVENING, TORONTO), "gabapentin") is None


def test_a_meal_alone_still_dates_the_dose() -> None:
    out = run("took the gabapentin with supper", MEDS, EVENING, TORONTO)
    assert _at(out, "gabapentin") == "2026-12-07T18:00:00-05:00"


@pytest.mark.parametrize(
    ("text", "due", "not_due"),
    [
        ("took both my 8pm ones at 10", 20, 22),
        ("the 8 o'clock pills are done", 8, 10),
        ("the 8 o'clock pills are done", 20, 22),
        ("my 20:00 meds at 10", 20, 8),
        ("took all the 9am tablets", 9, 21),
    ],
)
def test_doses_named_by_the_clock_they_are_due(text: str, due: int, not_due: int) -> None:
    told = slot_told(text)
    assert told is not None and told.covers(due) and not told.covers(not_due)


@pytest.mark.parametrize("text", ["took 8 pills", "took 2 at 8pm", "my 13pm ones"])
def test_no_doses_named_by_a_clock(text: str) -> None:
    assert slot_told(text) is None
