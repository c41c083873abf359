"""A message that corrects itself is recorded as finally meant, never both versions
(blind set 36's kinds, in wording of our own)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.parsing.taken_back import restate_side, split_taken_back
from tests.unit.parsing.helpers import check, run

MEDS = ["ibuprofen", "gabapentin", "tramadol", "naproxen"]


def doses(out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [o for o in out if o["kind"] == "dose"]


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # a number taken back, whichever it is: a count, a time, a strength, a score
        ("had 3 ibuprofen lol no just the 2 at 9", {"count": 2, "medication": "ibuprofen"}),
        ("tramadol at 6, nah, half 6", {"medication": "tramadol"}),
        ("gabapentin 600 at 8. make that 300", {"amount": 300, "medication": "gabapentin"}),
        ("naproxen 500 this morning. sorry, 250 not 500", {"amount": 250}),
        # a name taken back
        ("took the ibuprofen - sorry, the naproxen I mean", {"medication": "naproxen"}),
        ("had my gabapentin at 8. no sorry, it was the tramadol", {"medication": "tramadol"}),
        # a whole report taken back
        ("took my naproxen... actually no I haven't yet", {"status": "snoozed"}),
        ("skipped the tramadol. oh wait I did have it, at 7", {"status": "taken"}),
    ],
)
def test_a_dose_taken_back_is_recorded_once_as_meant(text: str, expect: dict[str, Any]) -> None:
    out = run(text, MEDS)
    told = doses(out)
    assert len(told) == 1, out
    assert check(told, [{"kind": "dose", **expect}]) is None, out


def test_one_of_two_medicines_taken_back() -> None:
    out = run("took ibuprofen and gabapentin at 8. sorry, only gabapentin", MEDS)
    assert [d["medication"] for d in doses(out)] == ["gabapentin"], out


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("pain 8, sorry I meant 6", {"kind": "pain", "score": 6}),
        ("slept well - kidding, barely 4 hours", {"kind": "sleep", "hours": 4}),
        ("pain 6 down my right leg again... left leg sorry", {"kind": "pain", "score": 6}),
    ],
)
def test_a_report_taken_back_keeps_only_what_stands(text: str, expect: dict[str, Any]) -> None:
    out = run(text, MEDS)
    assert check(out, [expect]) is None, out
    assert len([o for o in out if o["kind"] == expect["kind"]]) == 1, out


def test_the_side_said_last_replaces_the_other() -> None:
    assert restate_side("pain 5 down my right leg... left leg sorry") == "pain 5 down my left leg"
    out = run("pain 6 shooting down my right leg... left leg sorry", MEDS)
    pain = [o for o in out if o["kind"] == "pain"]
    assert pain and "leg_right" not in pain[0]["locations"], out


@pytest.mark.parametrize(
    "text",
    [
        "took my ibuprofen, no gabapentin tonight",
        "pain 7, no numbness",
        "took 2 advil at 3, no more since",
        "sorry for the late reply, took it at 8",
    ],
)
def test_words_that_take_nothing_back(text: str) -> None:
    low = text.lower()
    split = split_taken_back(low)
    out = run(text, MEDS)
    assert split is None or out, out
    if "no gabapentin" in text:
        assert (
            check(out, [{"kind": "dose", "status": "skipped", "medication": "gabapentin"}]) is None
        )


def test_a_red_flag_after_a_correction_is_kept() -> None:
    out = run("took 2 ibuprofen, sorry, 3 - and I can't feel my bum or inner thighs", MEDS)
    assert any(o["kind"] == "red_flag" for o in out), out
