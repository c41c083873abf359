"""Doses someone else gave the person are doses taken; a supply handed over is none; and
"left" as leaving ("before I left") is no supply left ("only 3 left" still is)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

LONDON = ZoneInfo("Europe/London")
NINE = datetime(2026, 12, 7, 9, 0, tzinfo=LONDON)
MEDS = ["tramadol", "naproxen", "ibuprofen", "morphine", "oxycodone", "acetaminophen"]


def _doses(text: str) -> list[dict[str, Any]]:
    return [i for i in run(text, MEDS, NINE, LONDON) if i["kind"] == "dose"]


@pytest.mark.parametrize(
    ("text", "med", "count"),
    [
        ("nurse gave me 2 tramadol before I left", "tramadol", 2),
        ("the nurse gave me 2 tramadol before we left", "tramadol", 2),
        ("my husband gave me 2 advil after I left work", "ibuprofen", 2),
        ("had 2 naproxen before I left the house", "naproxen", 2),
        ("gave me 2 tramadol when I left hospital", "tramadol", 2),
    ],
)
def test_leaving_is_no_supply_left(text: str, med: str, count: int) -> None:
    assert [(d["status"], d["medication"], d["count"]) for d in _doses(text)] == [
        ("taken", med, count)
    ]


@pytest.mark.parametrize(
    ("text", "med"),
    [
        ("the nurse gave me tramadol", "tramadol"),
        ("paramedics gave me morphine", "morphine"),
        ("they gave me morphine in A&E", "morphine"),
        ("was given oxycodone at the hospital", "oxycodone"),
        ("they gave me IV paracetamol", "acetaminophen"),
        ("my wife gave me naproxen", "naproxen"),
    ],
)
def test_a_dose_given_by_hand_is_taken(text: str, med: str) -> None:
    assert [(d["status"], d["medication"]) for d in _doses(text)] == [("taken", med)]


def test_a_dose_given_keeps_its_time() -> None:
    (dose,) = _doses("the nurse gave me tramadol at 8")
    assert dose["at"] == "2026-12-07T08:00:00+00:00"


@pytest.mark.parametrize(
    "text",
    [
        "they gave me a medrol dosepak",
        "pharmacy gave me 30 tramadol",
        "doctor gave me a script for gabapentin",
        "gave me some naproxen to take home",
        "doctor gave me tramadol to try",
        "the gp gave me some tramadol",
        "my husband gave me a box of naproxen",
        "the nurse gave me a leaflet about tramadol",
        "2 tramadol left",
        "I have 2 tramadol left",
    ],
)
def test_a_supply_handed_over_or_left_is_no_dose(text: str) -> None:
    assert _doses(text) == []


@pytest.mark.parametrize("text", ["only 3 left", "just 2 left in the box", "i have 2 left"])
def test_how_many_are_left_is_no_pain_score(text: str) -> None:
    assert [i for i in run(text, MEDS, NINE, LONDON) if i["kind"] == "pain"] == []


@pytest.mark.parametrize(("text", "score"), [("6 left leg", 6), ("7 left", 7), ("5 left side", 5)])
def test_a_score_with_its_side_is_still_a_score(text: str, score: int) -> None:
    assert [i["score"] for i in run(text, MEDS, NINE, LONDON) if i["kind"] == "pain"] == [score]


def test_none_left_is_still_ran_out() -> None:
    assert [(d["status"], d["reason"]) for d in _doses("none left")] == [("skipped", "ran_out")]
