"""A day told part by part ("Morning: …", "Arvo - …", "4pm – …"): bare hours in their half
of the day, a clock opening a line as its dose's time, and the latest part's pain."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.parsing.day_in_parts import day_in_parts
from bot.parsing.text import clauses, normalise
from tests.unit.parsing.helpers import run

SYDNEY = ZoneInfo("Australia/Sydney")
NIGHT = datetime(2026, 7, 14, 21, 0, tzinfo=SYDNEY)
MEDS = ["codeine/acetaminophen", "cyclobenzaprine", "naproxen"]


def read(text: str) -> list[dict[str, Any]]:
    return run(text, MEDS, NIGHT, SYDNEY)


def times(text: str) -> dict[str, str]:
    return {o["medication"]: o["at"][11:16] for o in read(text) if o["kind"] == "dose"}


def score(text: str) -> float:
    (pain,) = [o["score"] for o in read(text) if o["kind"] == "pain"]
    return pain


def test_a_bare_hour_in_its_part_of_the_day() -> None:
    text = "Morning - 2 co-codamol at 7\nAfternoon - flexeril at 2\nNight - naproxen at 8"
    assert times(text) == {
        "codeine/acetaminophen": "07:00",
        "cyclobenzaprine": "14:00",
        "naproxen": "20:00",
    }


def test_a_line_opened_by_its_part_keeps_it_for_each_sentence() -> None:
    text = "Morning: woke at 6, stiff. Had 2 co-codamol at half 7.\nEvening: pain 3"
    assert times(text) == {"codeine/acetaminophen": "07:30"}


def test_a_clock_opening_a_line_is_its_doses_time() -> None:
    text = (
        "7am – 1 naproxen, pain 6\n1pm – 2 co-codamol, pain 5\n"
        "4pm – flexeril 5, sleepy after\n9pm – pain 3"
    )
    assert times(text) == {
        "naproxen": "07:00",
        "codeine/acetaminophen": "13:00",
        "cyclobenzaprine": "16:00",
    }


def test_the_latest_part_holds_the_pain_now() -> None:
    assert score("Morning - pain 8, awful\nArvo - pain 6\nNight - pain 4, aching") == 4
    assert score("AM: back 7, stiff\nPM: back 3") == 3


def test_a_greeting_or_a_reports_name_is_no_part_of_the_day() -> None:
    # "Evening." greets; the hours of the letter after it are read as any other
    assert times("Evening. Naproxen at 8 and 2 co-codamol at 11.") == {
        "naproxen": "20:00",
        "codeine/acetaminophen": "11:00",
    }
    low = normalise("Arvo update: naproxen at 10, co-codamol at 1")
    told = day_in_parts(low, clauses(low))
    assert set(told.pm_hours) == {None}


def test_one_part_alone_orders_no_scores() -> None:
    low = normalise("pain 7 this morning, now 4")
    assert set(day_in_parts(low, clauses(low)).order) == {0}


def test_a_line_break_is_never_read_as_one_time() -> None:
    # "at 3\nNight:" had become "at 3am", and the night's score joined the afternoon's line
    assert "3am" not in normalise("Afternoon: flexeril at 3\nNight: pain 2")


def test_a_dose_named_by_its_part_of_the_day() -> None:
    assert times("took my morning naproxen at 8") == {"naproxen": "08:00"}


def test_one_line_of_times_is_no_part_of_the_day() -> None:
    # "morning" names the first dose, never the line: 1 and 6 stay the afternoon's
    assert times("morning naproxen at 8, 2 co-codamol at 1, flexeril at 6") == {
        "naproxen": "08:00",
        "codeine/acetaminophen": "13:00",
        "cyclobenzaprine": "18:00",
    }


def test_a_clocks_minutes_are_no_strength() -> None:
    out = read("6:30 naproxen, 12:00 co-codamol")
    assert [o["amount"] for o in out if o["kind"] == "dose"] == [None, None]
