"""A double of the writer's told by its verb ("doubled up on my tramadol", "double dosed
the tramadol"): a dose taken, two of it, beside whatever the safety net makes of it (the
labels' Poison Control advice for "doubled up on"; it had recorded no dose at all)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 6, 2, 12, 30, tzinfo=LONDON)
MEDS = ["tramadol", "acetaminophen", "naproxen"]


def read(text: str) -> tuple[list[tuple[Any, ...]], bool]:
    """The doses found, and whether any red flag was."""
    out: list[dict[str, Any]] = run(text, MEDS, NOW, LONDON)
    doses = [
        (o["status"], o["medication"], o["count"], o["at"]) for o in out if o["kind"] == "dose"
    ]
    return doses, any(o["kind"] == "red_flag" for o in out)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        (
            "think I doubled up on my tramadol this morning 😬 feel ok tho",
            "2026-06-02T08:00:00+01:00",
        ),
        ("I doubled my tramadol by mistake", None),
        ("double dosed the tramadol by accident", None),
        ("ive doubled up on the tramadol at 11", "2026-06-02T11:00:00+01:00"),
    ],
)
def test_a_double_is_two_taken(text: str, at: str | None) -> None:
    assert read(text)[0] == [("taken", "tramadol", 2, at)]


@pytest.mark.parametrize(
    "text",
    [
        "the doctor doubled my tramadol",
        "they've doubled my tramadol to 100",
        "tempted to double up on the tramadol",
        "didnt double up on my tramadol",
        "should I double up on my tramadol?",
    ],
)
def test_no_dose_when_not_the_writers_double(text: str) -> None:
    assert read(text)[0] == []


def test_a_sign_beside_the_double_is_still_urgent() -> None:
    text = "Think I doubled up on my tramadol by accident, I keep dropping off mid-text"
    assert read(text)[1]
    assert read("doubled my tramadol, my breaths feel far apart")[1]
