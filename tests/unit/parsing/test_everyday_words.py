"""Everyday ways of saying things the parser had missed (thirty-sixth session): a count
after a combination's strength, a strength told after the dose, "~", "bout", three
quarters of an hour, "a thirty-minute walk", "kipped", skips explained by what the
medicine did, a supply used up, sleeplessness on a medicine, loneliness, and a
nickname opening a name said in pieces."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import check, run

DUBLIN = ZoneInfo("Europe/Dublin")
MORNING = datetime(2026, 3, 10, 9, 40, tzinfo=DUBLIN)
EVENING = datetime(2026, 3, 10, 20, 30, tzinfo=DUBLIN)
MEDS = [
    "codeine/acetaminophen",
    "hydrocodone/acetaminophen",
    "fentanyl",
    "gabapentin",
    "pregabalin",
    "naproxen",
    "duloxetine",
    "acetaminophen",
    "baclofen",
]


def _ok(text: str, expect: list[dict[str, Any]], now: datetime = MORNING) -> None:
    out = run(text, MEDS, now, DUBLIN)
    assert check(out, expect) is None, (text, out)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # a count between commas after a combination's strength: one dose in pieces
        (
            "Norco 10/325, one tablet, at 6am",
            {
                "medication": "hydrocodone/acetaminophen",
                "count": 1,
                "at": "2026-03-10T06:00:00+00:00",
            },
        ),
        ("co-codamol 8/500, 2 tabs", {"medication": "codeine/acetaminophen", "count": 2}),
        # the strength said after, as which one it was
        (
            "put a new fentanyl patch on at 8, the 12 mcg one",
            {"medication": "fentanyl", "amount": 12, "unit": "mcg"},
        ),
        (
            "took my pregabalin. it's the 75mg ones",
            {"medication": "pregabalin", "amount": 75, "unit": "mg"},
        ),
        # "bout 7" is about seven
        ("had 2 co-codamol bout 7", {"count": 2, "at": "2026-03-10T07:00:00+00:00"}),
        # a nickname's word opening the name said in pieces ("gabby pen tin")
        ("took the gabby pen tin 600", {"medication": "gabapentin", "amount": 600}),
    ],
)
def test_doses_said_every_day(text: str, expect: dict[str, Any]) -> None:
    _ok(text, [{"kind": "dose", "status": "taken", **expect}])


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("not taking the lyrica tonight, it had me staggering about last night", "side_effects"),
        ("left out the naproxen, it's been at my stomach all week", "side_effects"),
        ("held the baclofen - oversedation", "side_effects"),
        ("the box of co-codamol is finished and I haven't got to the pharmacy, so none", "ran_out"),
        ("no paracetamol tonight, haven't been to the chemist yet", "ran_out"),
    ],
)
def test_why_a_dose_was_left_out(text: str, reason: str) -> None:
    _ok(text, [{"kind": "dose", "status": "skipped", "reason": reason}], EVENING)


def test_oversedation_is_drowsiness() -> None:
    _ok("held the baclofen - oversedation", [{"kind": "side_effect", "effects": ["drowsiness"]}])


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (
            "shooting + burning down my right leg ~7",
            {"kind": "pain", "score": 7, "locations": ["leg_right"]},
        ),
        ("back 6~7 today", {"kind": "pain", "score": 7}),
        ("gardening ~40 min", {"kind": "activity", "minutes": 40}),
        (
            "swam for three quarters of an hour",
            {"kind": "activity", "kinds": ["swim"], "minutes": 45},
        ),
        ("walked an hour and three quarters", {"kind": "activity", "minutes": 105}),
        (
            "did a forty-minute walk by the river",
            {"kind": "activity", "kinds": ["walk"], "minutes": 40},
        ),
        (
            "remind me in three quarters of an hour",
            {"kind": "dose", "status": "snoozed", "minutes": 45},
        ),
        ("kipped from half 11 till 7", {"kind": "sleep", "hours": 7.5}),
        ("slept like a baby, a full 9 hours", {"kind": "sleep", "quality": "good", "hours": 9}),
        ("a bit lonesome this week, pain 4", {"kind": "mood"}),
        (
            "can't get to sleep on the new duloxetine",
            {"kind": "side_effect", "effects": ["insomnia"]},
        ),
    ],
)
def test_how_it_went(text: str, expect: dict[str, Any]) -> None:
    _ok(text, [expect], EVENING)


def test_a_bout_of_sciatica_is_no_time() -> None:
    out = run("a bout of sciatica again, pain 7", MEDS, EVENING, DUBLIN)
    assert check(out, [{"kind": "pain", "score": 7}]) is None, out


def test_a_nickname_never_swallows_the_time_after_a_misspelt_name() -> None:
    # (a whole misspelt name is no piece: "gabapentn at 8" keeps its "at 8")
    _ok(
        "tok my gabapentn at 8",
        [{"kind": "dose", "medication": "gabapentin", "at": "2026-03-10T08:00:00+00:00"}],
    )
