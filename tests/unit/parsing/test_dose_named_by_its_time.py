"""A dose named by its time and taken at another: the record keeps when it went down
("noon gabapentin taken at 2:30" is 14:30, never 12:00)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import DoseIntent, parse

ZONE = ZoneInfo("America/Chicago")
NOW = dt.datetime(2026, 10, 14, 17, 5, tzinfo=ZONE)
MEDS = ["gabapentin", "naproxen", "tizanidine"]


def taken_at(text: str) -> list[str | None]:
    return [
        i.at
        for i in parse(text, MEDS, NOW, ZONE)
        if isinstance(i, DoseIntent) and i.status == "taken"
    ]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("midday naproxen went down at 3:15, busy day", "2026-10-14T15:15:00-05:00"),
        ("noon tizanidine swallowed at 1:40pm", "2026-10-14T13:40:00-05:00"),
        # the night after the day named: last night's 11pm dose, taken at 2am
        ("last night's 11pm gabapentin taken at 2am", "2026-10-14T02:00:00-05:00"),
        ("yesterday's 9pm naproxen finally went in at 12:30am", "2026-10-14T00:30:00-05:00"),
        # later the same day named: still that day
        ("yesterday's 8am tizanidine taken at 10:15am", "2026-10-13T10:15:00-05:00"),
    ],
)
def test_the_time_it_went_down_is_kept(text: str, at: str) -> None:
    assert taken_at(text) == [at]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("noon gabapentin done", "2026-10-14T12:00:00-05:00"),
        # the time said first is when, not which: "instead of" names the usual one
        ("10pm instead of 8pm, took my naproxen late", "2026-10-13T22:00:00-05:00"),
    ],
)
def test_a_time_said_alone_is_still_the_doses(text: str, at: str) -> None:
    assert taken_at(text) == [at]


@pytest.mark.parametrize(
    ("text", "now_hour", "at"),
    [
        # before the slot's hour has come today: the dose of yesterday's slot
        ("noon naproxen went down at 2:30", 9, "2026-10-13T14:30:00-05:00"),
        # taken early: the hour nearest the slot, not the most recent one
        ("had my 9pm tizanidine at 7:45 to get an early night", 20, "2026-10-14T19:45:00-05:00"),
        ("took the 2pm gabapentin at 11 before the train", 16, "2026-10-14T11:00:00-05:00"),
    ],
)
def test_the_hour_nearest_the_slot_it_was_due_at(text: str, now_hour: int, at: str) -> None:
    now = NOW.replace(hour=now_hour, minute=0)
    said = [
        i.at
        for i in parse(text, MEDS, now, ZONE)
        if isinstance(i, DoseIntent) and i.status == "taken"
    ]
    assert said == [at]
