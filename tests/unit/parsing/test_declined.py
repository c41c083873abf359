"""A reply that is only a reason not to take the dose now is its skip for side effects;
a side effect told with no such sign is the effect alone (bot.parsing.declined)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.parser import parse, to_json

PHOENIX = ZoneInfo("America/Phoenix")
NIGHT = datetime(2026, 12, 7, 21, 0, tzinfo=PHOENIX)
MEDS = ["cyclobenzaprine", "meloxicam", "duloxetine"]


def _read(text: str) -> list[dict[str, Any]]:
    return to_json(parse(text, MEDS, NIGHT, PHOENIX))["intents"]


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("too groggy", "drowsiness"),
        ("too sleepy tonight", "drowsiness"),
        ("feeling too dozy for it", "drowsiness"),
        ("stomach's too upset for it", "stomach_pain"),
        ("not tonight, too wobbly", "dizziness"),
        ("im way too dizzy to take it", "dizziness"),
        ("not tonight, too queasy", "nausea"),
    ],
)
def test_a_reason_alone_skips_the_pending_dose(text: str, effect: str) -> None:
    out = _read(text)
    doses = [i for i in out if i["kind"] == "dose"]
    assert doses == [
        {
            "kind": "dose",
            "status": "skipped",
            "medication": None,
            "amount": None,
            "unit": None,
            "count": None,
            "at": None,
            "minutes": None,
            "reason": "side_effects",
        }
    ]
    assert [i["effects"] for i in out if i["kind"] == "side_effect"] == [[effect]]
    assert not [i for i in out if i["kind"] == "mood"]


def test_a_named_medicine_in_the_reason_is_its_skip_never_taken() -> None:
    """ "too groggy for the flexeril tonight" read as a flexeril taken before."""
    doses = [i for i in _read("too groggy for the flexeril tonight") if i["kind"] == "dose"]
    assert [(d["status"], d["medication"], d["reason"]) for d in doses] == [
        ("skipped", "cyclobenzaprine", "side_effects")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "bit groggy today",
        "groggy after the flexeril",
        "too groggy to drive",
        "pain 6, too groggy",
        "so groggy",
        "too tired tonight",
        "my stomach is upset",
    ],
)
def test_an_effect_with_no_sign_of_not_taking_skips_nothing(text: str) -> None:
    assert not [i for i in _read(text) if i["kind"] == "dose"]
