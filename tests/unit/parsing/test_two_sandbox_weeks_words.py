"""Words from two sandbox weeks (a traveller in Sydney and Los Angeles, a retired postman
in Dublin), each kind in our own words: a dose counted by its place in the day ("3rd
ibuprofen today"), a condition lived with ("had them for years") that is no dose, tablets
told one by one ("one before dinner and one tonight") that are no pain score."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import DoseIntent, PainIntent
from bot.parsing.parser import parse

NOW = dt.datetime(2026, 12, 7, 21, 20, tzinfo=dt.UTC)
MEDS = ["ibuprofen", "celecoxib", "acetaminophen"]


def _read(text: str) -> list[object]:
    return list(parse(text, MEDS, NOW, ZoneInfo("Europe/Dublin")))


@pytest.mark.parametrize("text", ["2nd celecoxib today", "ok that's my fourth ibuprofen, ugh"])
def test_a_dose_counted_by_its_place_is_taken(text: str) -> None:
    doses = [i for i in _read(text) if isinstance(i, DoseIntent)]
    assert [d.status for d in doses] == ["taken"]


@pytest.mark.parametrize(
    "text", ["can I have a third ibuprofen?", "first celecoxib tomorrow morning"]
)
def test_a_place_asked_or_ahead_is_no_dose(text: str) -> None:
    assert not [i for i in _read(text) if isinstance(i, DoseIntent)]


@pytest.mark.parametrize(
    "text",
    [
        "a bit of blood on the tissue, it's the haemorrhoids, I've had them for years",
        "the stiffness? had it since I was a teenager",
    ],
)
def test_a_condition_lived_with_is_no_dose(text: str) -> None:
    assert not [i for i in _read(text) if isinstance(i, DoseIntent)]


def test_tablets_told_one_by_one_are_no_score() -> None:
    found = _read("took two panadol today, one after lunch and one before bed")
    assert not [i for i in found if isinstance(i, PainIntent)]
    assert [i.count for i in found if isinstance(i, DoseIntent)] == [2.0]


def test_a_range_still_scores_its_top() -> None:
    found = _read("pain 6 or 7 tonight")
    assert [i.score for i in found if isinstance(i, PainIntent)] == [7.0]
