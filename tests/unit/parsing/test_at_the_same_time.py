"""A dose told "at the same time" as one before it, in a clause of its own, takes that
dose's time or times."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.parsing import DoseIntent, parse

ZONE = ZoneInfo("America/Toronto")
NOW = dt.datetime(2026, 6, 3, 22, 30, tzinfo=ZONE)
MEDS = ["meloxicam", "methocarbamol", "amitriptyline", "acetaminophen"]


def taken(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (i.medication, i.at)
        for i in parse(text, MEDS, NOW, ZONE)
        if isinstance(i, DoseIntent) and i.status == "taken"
    ]


def test_the_time_said_before_is_the_doses() -> None:
    assert taken("mobic with breakfast at 8:15, and a robaxin at the same time") == [
        ("meloxicam", "2026-06-03T08:15:00-04:00"),
        ("methocarbamol", "2026-06-03T08:15:00-04:00"),
    ]


def test_each_time_of_one_medicine_is_kept() -> None:
    said = taken("robaxin at 9:00 and 17:00. two tylenol at the same times.")
    assert ("acetaminophen", "2026-06-03T09:00:00-04:00") in said
    assert ("acetaminophen", "2026-06-03T17:00:00-04:00") in said


def test_of_several_medicines_the_last_said() -> None:
    said = taken("mobic at 7 and robaxin at 9, amitriptyline at the same time")
    assert said[-1] == ("amitriptyline", "2026-06-03T21:00:00-04:00")


def test_again_is_on_the_day_named_before() -> None:
    late = dt.datetime(2026, 6, 3, 19, 0, tzinfo=ZONE)
    said = [
        (i.medication, i.at)
        for i in parse("yesterday I had the mobic at 9am and again at 9pm", MEDS, late, ZONE)
        if isinstance(i, DoseIntent)
    ]
    assert said == [
        ("meloxicam", "2026-06-02T09:00:00-04:00"),
        ("meloxicam", "2026-06-02T21:00:00-04:00"),
    ]
