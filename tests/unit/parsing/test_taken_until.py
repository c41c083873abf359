"""A dose taken late told by when it finally went down keeps that time."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import DoseIntent, parse
from bot.parsing.taken_until import taken_until_said

ZONE = ZoneInfo("Australia/Brisbane")
NOW = dt.datetime(2026, 8, 19, 16, 20, tzinfo=ZONE)
MEDS = ["oxycodone", "lidocaine", "meloxicam"]


def taken(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (i.medication, i.at)
        for i in parse(text, MEDS, NOW, ZONE)
        if isinstance(i, DoseIntent) and i.status == "taken"
    ]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("my 8am mobic, didn't get round to it till 10:30", "2026-08-19T10:30:00+10:00"),
        ("the morning endone i did not have until half past nine", "2026-08-19T09:30:00+10:00"),
        ("meant to stick the patch on at 7 but got it on at 8:15", "2026-08-19T08:15:00+10:00"),
        ("lunchtime mobic slipped to 3", "2026-08-19T15:00:00+10:00"),
    ],
)
def test_the_late_time_is_kept(text: str, at: str) -> None:
    assert [a for _, a in taken(text)] == [at]


@pytest.mark.parametrize(
    "said",
    [
        "physio got moved to 4 on monday",
        "didn't take it until i got home",
        "the pain slipped to a 3 by lunch",
    ],
)
def test_nothing_else_is_said_again(said: str) -> None:
    assert taken_until_said(said) == said
