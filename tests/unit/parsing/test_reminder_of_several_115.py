"""Blind set 115: answers to a reminder of two or three medicines — taken in the short
ways people type it ("both down", "all 3 in", "everything else in", "mobic and the
gabapentin in", "gaba as normal"), left out ("so leaving the tramadol and gaba", which
had read as both taken), and words that are no dose at all (an instruction that two
"shouldn't be taken together", "300 or 600, which one?")."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

PERTH = ZoneInfo("Australia/Perth")
NOW = datetime(2026, 8, 14, 21, 5, tzinfo=PERTH)
MEDS = ["gabapentin", "naproxen", "amitriptyline", "meloxicam", "tramadol"]


def doses(text: str) -> list[tuple[Any, ...]]:
    out: list[dict[str, Any]] = run(text, MEDS, NOW, PERTH)
    return [(o["status"], o["medication"]) for o in out if o["kind"] == "dose"]


@pytest.mark.parametrize(
    "text",
    ["both down", "all 3 in", "all of them down with dinner", "had the lot with tea", "did em all"],
)
def test_every_dose_taken_said_short(text: str) -> None:
    assert doses(text) == [("taken", None)]


def test_the_rest_taken_beside_a_wait() -> None:
    assert doses("give me an hour on the tramadol, everything else in") == [
        ("snoozed", "tramadol"),
        ("taken", None),
    ]


@pytest.mark.parametrize(
    ("text", "meds"),
    [
        ("mobic and the gabapentin in", ["meloxicam", "gabapentin"]),
        ("naproxen down", ["naproxen"]),
        ("did the tramadol", ["tramadol"]),
        ("gaba as normal", ["gabapentin"]),
        ("had the ami at 10", ["amitriptyline"]),
    ],
)
def test_a_medicine_taken_said_short(text: str, meds: list[str]) -> None:
    assert doses(text) == [("taken", m) for m in meds]


@pytest.mark.parametrize(
    "text",
    [
        "the kids are in",
        "pain as usual",
        "did the naproxen go down with breakfast?",
        "got it all down in writing",
    ],
)
def test_nothing_taken(text: str) -> None:
    assert doses(text) == []


def test_leaving_two_out_is_two_skips_never_two_taken() -> None:
    got = doses("had a couple of beers so leaving the tramadol and gaba")
    assert got == [("skipped", "tramadol"), ("skipped", "gabapentin")]


@pytest.mark.parametrize(
    "text",
    [
        "chemist said naproxen and meloxicam shouldn't be taken together, is that right?",
        "the naproxen is to be taken with food",
        "gabapentin 300 or 600, which am I on?",
    ],
)
def test_an_instruction_or_a_doubt_is_no_dose(text: str) -> None:
    assert doses(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "nope on the tramadol, yes on the gabapentin",
            [("skipped", "tramadol"), ("taken", "gabapentin")],
        ),
        ("neither, I'm fine today", [("skipped", None)]),
        ("not bothering tonight, pain's only a 1", [("skipped", None)]),
        ("snooze the tramadol 30 mins, had the other", [("snoozed", "tramadol"), ("taken", None)]),
        ("naproxen in an hour and a half", [("snoozed", "naproxen")]),
        ("meloxicam at 4, naproxen now with food", [("taken", "meloxicam"), ("taken", "naproxen")]),
    ],
)
def test_one_taken_one_not_and_waits(text: str, want: list[tuple[str, str | None]]) -> None:
    assert doses(text) == want


def test_no_to_something_else_is_no_skip() -> None:
    assert doses("no to the walk today, back too sore") == []


@pytest.mark.parametrize("text", ["hold the tramadol till bedtime pls", "hold my naproxen until 9"])
def test_held_till_a_time_is_a_wait_never_a_skip(text: str) -> None:
    out = [o for o in run(text, MEDS, NOW, PERTH) if o["kind"] == "dose"]
    assert [(o["status"], o["minutes"]) for o in out] == [("snoozed", None)]


def test_held_with_no_time_is_still_a_skip() -> None:
    assert doses("hold the tramadol tonight, too groggy") == [("skipped", "tramadol")]


@pytest.mark.parametrize(
    "text",
    ["yes i took already, gracias", "done po", "done taking my meds po", "already take it madam"],
)
def test_taken_with_courtesy_in_other_languages(text: str) -> None:
    assert doses(text) == [("taken", None)]


@pytest.mark.parametrize("text", ["already take it with food?", "done taking my meds for good"])
def test_a_question_or_a_stop_is_no_dose_taken(text: str) -> None:
    assert doses(text) == []
