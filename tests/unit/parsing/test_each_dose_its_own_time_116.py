"""Blind sets 114–116: each dose of a message at its own time when the items are joined
("45 mins ago meloxicam 15 and 10 mins ago tizanidine 4"), the same medicine again at a
time said first ("at 12 ibuprofen 400 and at 5 another 400"), bare items of one strength
("oxycodone 5 at 9pm, 5 at 1am and 5 at 5am"); a time that is another thing's (a visit,
a schedule) is no dose; and the small things around them (no sleep at all is 0 hours,
"moods about a 3", "backs been fine" as the skip's reason, "out of both")."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

CHICAGO = ZoneInfo("America/Chicago")
NOON = datetime(2026, 3, 10, 12, 0, tzinfo=CHICAGO)
MORNING = datetime(2026, 3, 10, 9, 30, tzinfo=CHICAGO)


def doses(text: str, meds: list[str], now: datetime = NOON) -> list[tuple[Any, ...]]:
    out: list[dict[str, Any]] = run(text, meds, now, CHICAGO)
    return [
        (o["status"], o["medication"], o["amount"], o["at"][8:16] if o["at"] else None)
        for o in out
        if o["kind"] == "dose"
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("40 min ago naproxen and 5 min ago 1 baclofen", "10T11:20", "10T11:55"),
        ("an hour back naproxen n half an hour back baclofen", "10T11:00", "10T11:30"),
        ("at 8 took naproxen and at 11 a baclofen", "10T08:00", "10T11:00"),
        ("took the naproxen at 8 and at 11 a baclofen", "10T08:00", "10T11:00"),
    ],
)
def test_two_medicines_each_at_the_time_in_its_own_item(text: str, first: str, second: str) -> None:
    got = doses(text, ["naproxen", "baclofen"])
    assert [(m, at) for _, m, _, at in got] == [("naproxen", first), ("baclofen", second)]


def test_a_time_said_once_for_both_still_applies_to_each() -> None:
    got = doses("naproxen and baclofen at 8", ["naproxen", "baclofen"])
    assert [at for *_, at in got] == ["10T08:00", "10T08:00"]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("at 7 ibuprofen 600 and at 11 another 600", ["10T07:00", "10T11:00"]),
        (
            "11pm last night 1 tramadol, 5am another, 9am another",
            ["09T23:00", "10T05:00", "10T09:00"],
        ),
        ("tramadol 50 at 6am, 50 at 8am and 50 at 11am", ["10T06:00", "10T08:00", "10T11:00"]),
    ],
)
def test_the_same_medicine_again_at_each_time(text: str, times: list[str]) -> None:
    got = doses(text, ["ibuprofen", "tramadol"])
    assert [at for *_, at in got] == times
    assert len({m for _, m, _, _ in got}) == 1


def test_another_of_the_same_strength_is_that_strength_not_a_count() -> None:
    out = run("baclofen 10 at 7 and another 10 at 11", ["baclofen"], NOON, CHICAGO)
    assert [(o["amount"], o["count"]) for o in out if o["kind"] == "dose"] == [
        (10, None),
        (10, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "physio appointment at 4 to talk about the naproxen",
        "my baclofen is due at 10 but not taken yet",
        "nurse coming at 3 to change the fentanyl patch",
    ],
)
def test_a_time_of_something_else_is_no_dose_taken(text: str) -> None:
    assert [d for d in doses(text, ["naproxen", "baclofen", "fentanyl"]) if d[0] == "taken"] == []


def test_out_of_both_is_a_skip_for_want_of_them() -> None:
    out = run("out of both till monday", ["naproxen", "baclofen"], NOON, CHICAGO)
    assert [(o["status"], o["reason"]) for o in out if o["kind"] == "dose"] == [
        ("skipped", "ran_out")
    ]
    assert run("ran out of both milk and bread", ["naproxen"], NOON, CHICAGO) == []


def test_no_sleep_at_all_is_none_hours() -> None:
    out = run("didn't sleep a wink, back 7", ["naproxen"], MORNING, CHICAGO)
    assert [(o["quality"], o["hours"]) for o in out if o["kind"] == "sleep"] == [("poor", 0)]


def test_the_skips_reason_and_a_mood_with_the_apostrophe_left_out() -> None:
    out = run("skip tonight, pains been good all day", ["naproxen"], NOON, CHICAGO)
    assert [o["reason"] for o in out if o["kind"] == "dose"] == ["felt_fine"]
    out = run("moods about a 4", ["naproxen"], NOON, CHICAGO)
    assert [(o["kind"], o["score"]) for o in out] == [("mood", 4)]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("naproxen at 8 and 1 baclofen an hour after that", ["10T08:00", "10T09:00"]),
        ("took naproxen at 7 and then baclofen an hour and a half later", ["10T07:00", "10T08:30"]),
    ],
)
def test_a_time_told_from_the_one_before(text: str, times: list[str]) -> None:
    got = doses(text, ["naproxen", "baclofen"])
    assert [(s, at) for s, _, _, at in got] == [("taken", t) for t in times]


def test_a_dose_tonight_at_a_clock_still_ahead_is_planned_never_yesterdays() -> None:
    afternoon = datetime(2026, 3, 10, 15, 20, tzinfo=CHICAGO)
    assert doses("naproxen with dinner at 6 tonight, pain 4", ["naproxen"], afternoon) == [
        ("snoozed", "naproxen", None, None)
    ]
    late = datetime(2026, 3, 10, 23, 20, tzinfo=CHICAGO)
    assert doses("naproxen at 6 tonight", ["naproxen"], late) == [
        ("taken", "naproxen", None, "10T18:00")
    ]
