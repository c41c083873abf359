"""'All but the tramadol': every medicine of the list taken, the one named not."""

from __future__ import annotations

import pytest

from bot.parsing.all_but import says_every, says_the_rest
from tests.unit.parsing.helpers import run


def _doses(text: str, meds: list[str]) -> list[tuple[str, str]]:
    return [(o["medication"], o["status"]) for o in run(text, meds=meds) if o["kind"] == "dose"]


@pytest.mark.parametrize(
    ("text", "meds", "expect"),
    [
        (
            "all but the tramadol",
            ["gabapentin", "tramadol", "naproxen"],
            [("gabapentin", "taken"), ("naproxen", "taken"), ("tramadol", "skipped")],
        ),
        (
            "took everything except the muscle relaxer",
            ["ibuprofen", "cyclobenzaprine"],
            [("ibuprofen", "taken"), ("cyclobenzaprine", "skipped")],
        ),
        (
            "all apart from my anti-inflammatory",
            ["naproxen", "gabapentin"],
            [("gabapentin", "taken"), ("naproxen", "skipped")],
        ),
    ],
)
def test_every_medicine_but_the_one_named(
    text: str, meds: list[str], expect: list[tuple[str, str]]
) -> None:
    assert _doses(text, meds) == expect


def test_nothing_of_the_list_named_is_no_split() -> None:
    assert not [d for d in _doses("everything but the kitchen sink", ["ibuprofen", "naproxen"])]


@pytest.mark.parametrize(
    ("text", "meds", "expect"),
    [
        # the one waiting is the one left out: nothing taken
        ("took all but the tramadol", ["tramadol"], [("tramadol", "skipped")]),
        # the one left out is not waiting: the rest taken, never the one named
        ("had everything except my naproxen", ["gabapentin"], [("gabapentin", "taken")]),
    ],
)
def test_the_one_left_out_is_never_taken(
    text: str, meds: list[str], expect: list[tuple[str, str]]
) -> None:
    assert _doses(text, meds) == expect


@pytest.mark.parametrize(
    ("text", "every"),
    [
        ("took them all", True),
        ("skip both", True),
        ("All done", True),
        ("everything taken", True),
        ("took it", False),
        ("skip, too groggy", False),
        ("done", False),
        ("taken ✅", False),
        ("snooze 30", False),
    ],
)
def test_says_every(text: str, every: bool) -> None:
    assert says_every(text) is every


def test_all_but_after_a_greeting_and_a_score() -> None:
    # Found living it: "morning! pain 5, took everything except the gabapentin, will have
    # it after breakfast" marked the gabapentin taken and left the others open.
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from bot.parsing.parser import parse, to_json

    zone = ZoneInfo("Europe/London")
    text = "morning! pain 5, took everything except the gabapentin, will have it after breakfast"
    out = to_json(
        parse(
            text,
            ["gabapentin", "naproxen", "omeprazole"],
            datetime(2026, 12, 7, 8, 5, tzinfo=zone),
            zone,
        )
    )["intents"]
    doses = sorted((o["medication"], o["status"]) for o in out if o["kind"] == "dose")
    assert doses == [("gabapentin", "snoozed"), ("naproxen", "taken"), ("omeprazole", "taken")]
    assert [o["score"] for o in out if o["kind"] == "pain"] == [5]


@pytest.mark.parametrize(
    "text",
    [
        "I changed the patch this morning. And I took the tablets.",
        "oxy done, had the rest with lunch",
        "took the gabapentin and my other pills",
        "patch on, the tablets too",
    ],
)
def test_the_rest_told_beside_a_named_dose(text: str) -> None:
    assert says_the_rest(text)


@pytest.mark.parametrize(
    "text",
    ["took the celecoxib, took it with breakfast", "took my gabapentin, forgot", "took 2 tablets"],
)
def test_no_rest_told(text: str) -> None:
    assert not says_the_rest(text)


def test_the_rest_of_the_day_is_no_dose() -> None:
    assert not says_the_rest("took the gabapentin and the rest of the day was fine")
