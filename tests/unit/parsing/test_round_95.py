"""Kinds a seventh development-mix blind set (95) showed missed or raised wrongly, each
written here in our own words."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import ActivityIntent, DoseIntent
from bot.parsing.parser import parse
from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise

NOW = dt.datetime(2026, 12, 7, 20, 25, tzinfo=dt.UTC)


def flags(text: str) -> list[str]:
    return detect_red_flags(normalise(text))


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("can't feel anything around my private parts since lunch", "saddle_numbness"),
        ("the loo seat is strange, I can't really feel it when I sit", "saddle_numbness"),
        (
            "my right foot isn't lifting, keep catching it on the kerb, worse each day",
            "leg_weakness",
        ),
        ("all of a sudden my left hand and leg went dead and my speech is slurred", "stroke_signs"),
    ],
)
def test_said_in_other_words_alarms(text: str, flag: str) -> None:
    assert flag in flags(text)


def test_a_stroke_on_one_side_is_the_stroke_not_leg_weakness_too() -> None:
    assert flags("suddenly my left hand and leg not working and speech is unclear") == [
        "stroke_signs"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "had a rash from amoxicillin when I was child, fine now",
        "watching a k-drama, the lead character overdosed, so sad",
        "malaria going round in our village, we sleep under nets",
    ],
)
def test_the_past_fiction_and_an_illness_going_round_raise_nothing(text: str) -> None:
    assert flags(text) == []


def _read(text: str, meds: list[str]) -> list[object]:
    return list(parse(text, meds, NOW, ZoneInfo("Europe/Dublin")))


@pytest.mark.parametrize(
    ("text", "med", "reason"),
    [
        ("didn't bother with the celecoxib, back's hardly sore", "celecoxib", "felt_fine"),
        ("Gabapentin I have left it tonight, too groggy", "gabapentin", "side_effects"),
    ],
)
def test_a_dose_left_out_by_choice_is_a_skip(text: str, med: str, reason: str) -> None:
    doses = [i for i in _read(text, [med]) if isinstance(i, DoseIntent)]
    assert [(d.status, d.medication, d.reason) for d in doses] == [("skipped", med, reason)]


@pytest.mark.parametrize(
    "text",
    [
        "didn't go to the pool today",
        "couldn't make it to yoga, too sore",
        "didn't bother with the walk",
    ],
)
def test_an_activity_not_done_is_not_recorded(text: str) -> None:
    assert not [i for i in _read(text, ["naproxen"]) if isinstance(i, ActivityIntent)]
