"""Half a tablet or patch told by what was done to it is half a dose taken, never a whole
one nor a note."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import DoseIntent, parse
from bot.parsing.halved import halves_said

ZONE = ZoneInfo("Australia/Perth")
NOW = dt.datetime(2026, 9, 2, 21, 40, tzinfo=ZONE)
MEDS = ["methocarbamol", "diazepam", "lidocaine", "oxycodone", "pregabalin"]


def doses(text: str) -> list[tuple[str | None, float | None]]:
    return [
        (i.medication, i.count)
        for i in parse(text, MEDS, NOW, ZONE)
        if isinstance(i, DoseIntent) and i.status == "taken"
    ]


@pytest.mark.parametrize(
    ("text", "medication"),
    [
        ("halved my robaxin tonight, the whole one flattens me", "methocarbamol"),
        ("snapped a valium in half and had it with dinner", "diazepam"),
        ("split an endone into two and took one half", "oxycodone"),
        ("diazepam 5 - only half tonight", "diazepam"),
        ("lyrica, just the half one", "pregabalin"),
        ("cut the lidocaine patch into halves and stuck one on my hip", "lidocaine"),
    ],
)
def test_half_a_dose_told_by_what_was_done_to_it(text: str, medication: str) -> None:
    assert doses(text) == [(medication, 0.5)]


def test_one_and_a_half() -> None:
    assert doses("had an endone and a half at 8") == [("oxycodone", 1.5)]


@pytest.mark.parametrize(
    "text",
    [
        "cut the sandwich in half, couldn't eat more",
        "my gp halved my dose of lyrica last week",
        "split the robaxin box with my sister",
        # a prescriber's change, or a new schedule told: no dose taken
        "the pain nurse halved my endone last month",
        "halved the diazepam, one every other night from now on",
    ],
)
def test_no_medicine_halved_is_left_as_said(text: str) -> None:
    assert all(count != 0.5 for _, count in doses(text))


def test_the_words_are_said_as_the_dose_readers_know_them() -> None:
    def known(word: str) -> bool:
        return word in {"robaxin", "endone"}

    assert halves_said("halved the robaxin 500 again", known) == "took half a robaxin 500 again"
    assert halves_said("halved the cake", known) == "halved the cake"
    assert halves_said("an endone and a half", known) == "1.5 endone"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("robaxin at 9, but only the half", 0.5),
        ("oxycodone tonight - just a half of one", 0.5),
        ("had one endone plus a half at 4", 1.5),
        ("took a diazepam and half another one", 1.5),
    ],
)
def test_half_told_after_the_dose(text: str, count: float) -> None:
    assert [c for _, c in doses(text)] == [count]


@pytest.mark.parametrize(
    "text", ["took 1 robaxin, half asleep now", "valium at half 8", "endone, slept half the night"]
)
def test_half_of_something_else_is_no_half_dose(text: str) -> None:
    assert all(c != 0.5 for _, c in doses(text))
