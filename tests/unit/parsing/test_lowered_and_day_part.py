"""A dose taken at a lowered strength keeps that strength, and a bare hour said of it
takes the part of the day said beside it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import DoseIntent, parse

ZONE = ZoneInfo("Europe/Madrid")
NOW = dt.datetime(2026, 2, 11, 23, 10, tzinfo=ZONE)
MEDS = ["pregabalin", "baclofen", "naproxen"]


def taken(text: str) -> list[tuple[str | None, float | None, str | None]]:
    return [
        (i.medication, i.amount, i.at)
        for i in parse(text, MEDS, NOW, ZONE)
        if isinstance(i, DoseIntent) and i.status == "taken"
    ]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("dropped the lyrica to 75mg on my own this week, had it at 9", 75.0),
        ("gp lowered my dose to 5, took the baclofen with lunch", 5.0),
    ],
)
def test_the_lowered_strength_is_the_doses(text: str, amount: float) -> None:
    said = taken(text)
    assert len(said) == 1 and said[0][1] == amount


@pytest.mark.parametrize(
    "text",
    [
        "took the naproxen, pain dropped to 3 after",
        "cut my shifts down to 4 a week, had the baclofen at 8",
    ],
)
def test_nothing_else_lowered_is_a_strength(text: str) -> None:
    assert all(amount is None for _, amount, _ in taken(text))


def test_a_bare_hour_takes_the_part_of_the_day_said_of_it() -> None:
    assert taken("reduced my bedtime lyrica to 50, took it at 10") == [
        ("pregabalin", 50.0, "2026-02-11T22:00:00+01:00")
    ]
    assert taken("morning baclofen was late, took it at 11") == [
        ("baclofen", None, "2026-02-11T11:00:00+01:00")
    ]
    # another medicine's part of the day is not this dose's
    assert taken("had my morning naproxen, baclofen at 9")[-1] == (
        "baclofen",
        None,
        "2026-02-11T21:00:00+01:00",
    )


def test_tonight_said_late_in_the_evening_is_now() -> None:
    late = dt.datetime(2026, 2, 11, 22, 40, tzinfo=ZONE)
    said = [
        i for i in parse("took the baclofen tonight", MEDS, late, ZONE) if isinstance(i, DoseIntent)
    ]
    assert [d.at for d in said] == [None]  # now, not 21:00: a time nobody said
