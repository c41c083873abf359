"""The one reader of "I have none of it on hand" (bot.parsing.stock_out_said): both ways
of telling it, what is never one, and the cases the two old readers each got wrong."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.parsing.helpers import run

_MEDS = ["gabapentin", "tramadol", "naproxen"]


def _doses(text: str) -> list[tuple[Any, ...]]:
    return sorted(
        ((d["medication"] or ""), d["status"], d["reason"])
        for d in run(text, meds=_MEDS)
        if d["kind"] == "dose"
    )


@pytest.mark.parametrize(
    "text",
    [
        "couldnt get gabapentin anywhere, pharmacy says wednesday",
        "can't find my gabapentin anywhere",
        "couldn't get a refill of the gabapentin till friday",
        "finished my gabapentin, need a new script",
        "finished off the gabapentin, waiting on a repeat prescription",
        "finished all my gabapentin, ordered a refill",
    ],
)
def test_a_medicine_not_to_be_had_or_used_up_is_a_skip_for_want_of_it(text: str) -> None:
    assert _doses(text) == [("gabapentin", "skipped", "ran_out")]


@pytest.mark.parametrize(
    "text",
    [
        "couldn't get an appointment anywhere",
        "finished my naproxen course yesterday",
        "finished my gabapentin",
        "the pharmacy was out of stock but I still had some left",
        "pharmacy out of stock of gabapentin, still have a few left",
        "couldnt get my gabapentin anywhere, still have a few left",
        "couldnt get gabapentin anywhere so took my old ones",
    ],
)
def test_no_stock_out_when_none_is_told_or_some_is_on_hand(text: str) -> None:
    assert _doses(text) == [] or all(d[2] != "ran_out" for d in _doses(text))


def test_a_dose_of_another_medicine_taken_leaves_the_stock_out() -> None:
    # (the stock-out reader dropped it: any dose taken read as this one taken after all)
    assert _doses("couldn't find tramadol anywhere, had a naproxen instead") == [
        ("naproxen", "taken", None),
        ("tramadol", "skipped", "ran_out"),
    ]


def test_a_supply_used_up_with_no_refill_to_be_had_is_that_medicine_s() -> None:
    # (it was a skip of no medicine: "can't get a refill" was not a script wanted)
    assert _doses("finished my tramadol, can't get a refill until monday") == [
        ("tramadol", "skipped", "ran_out")
    ]


def test_some_of_another_still_on_hand_leaves_the_one_used_up() -> None:
    assert _doses("couldn't get tramadol anywhere and i still have some naproxen") == [
        ("tramadol", "skipped", "ran_out")
    ]


def test_a_skip_told_then_its_stock_out_has_that_reason() -> None:
    assert _doses("missed my tramadol, couldn't get any anywhere") == [
        ("tramadol", "skipped", "ran_out")
    ]
