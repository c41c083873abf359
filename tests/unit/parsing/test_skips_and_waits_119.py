"""Blind set 119: doses not taken now, and why — forgotten till now and taken, a medicine
stopped for good (no dose skipped: the list is the person's to change), the one medicine
a message names owning its unnamed skip, waits said by quarter hours and "another hour";
and what is skipped that is no dose (a meal, the footy, physio), another person's skips."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

SYDNEY = ZoneInfo("Australia/Sydney")
NOW = datetime(2026, 5, 20, 19, 30, tzinfo=SYDNEY)
MEDS = ["pregabalin", "naproxen", "baclofen", "amitriptyline", "tramadol"]


def doses(text: str) -> list[tuple[Any, ...]]:
    out: list[dict[str, Any]] = run(text, MEDS, NOW, SYDNEY)
    return [(o["status"], o["medication"], o["reason"]) for o in out if o["kind"] == "dose"]


def minutes(text: str) -> list[Any]:
    out: list[dict[str, Any]] = run(text, MEDS, NOW, SYDNEY)
    return [o["minutes"] for o in out if o["kind"] == "dose"]


@pytest.mark.parametrize(
    ("text", "med"),
    [
        ("totally forgot till now, taking it", None),
        ("forgot my naproxen until just now, having it with some toast", "naproxen"),
    ],
)
def test_forgotten_till_now_and_taken_is_taken(text: str, med: str | None) -> None:
    assert doses(text) == [("taken", med, None)]


@pytest.mark.parametrize(
    "text",
    [
        "the specialist took me off tramadol, won't be taking it anymore",
        "not taking amitriptyline any more, switched to something else",
        "GP stopped the naproxen so I won't be having that again",
        "pain clinic pulled the plug on the baclofen so thats me done with it",
    ],
)
def test_a_medicine_stopped_for_good_is_no_skip(text: str) -> None:
    assert doses(text) == []


def test_a_skip_said_again_today_is_still_a_skip() -> None:
    assert doses("didn't take it again today") == [("skipped", None, None)]


@pytest.mark.parametrize(
    ("text", "med"),
    [
        ("baclofen makes me so groggy at work, skipping the morning one", "baclofen"),
        ("I forget my tablet last night, the pregabalin", "pregabalin"),
    ],
)
def test_the_one_medicine_named_owns_the_unnamed_skip(text: str, med: str) -> None:
    assert [m for _, m, _ in doses(text)] == [med]


def test_a_medicine_named_only_in_a_question_owns_nothing() -> None:
    assert [m for _, m, _ in doses("forgot. is tramadol ok with a beer?")] == [None]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("quarter of an hour and I'll have it", 15),
        ("give it another hour, just eaten", 60),
        ("give it another 25 mins", 25),
        ("three quarters of an hour and I'll take it", 45),
    ],
)
def test_waits_said_in_words(text: str, want: int) -> None:
    assert minutes(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "skipped breakfast, not hungry",
        "missed physio this morning",
        "gave the footy a miss this weekend",
        "snoozed through my alarm",
        "forgot how bad the stairs are",
        "mum keeps skipping her blood pressure tablets",
        "my flatmate ran out of her antidepressants",
    ],
)
def test_no_dose_of_the_writer(text: str) -> None:
    assert doses(text) == []


def test_a_dose_named_by_its_meal_is_still_a_dose() -> None:
    assert doses("the baclofen makes my mouth dry so I'm skipping the lunch one")[0][:2] == (
        "skipped",
        "baclofen",
    )


def test_the_backs_been_fine_is_the_skips_reason_and_no_mood() -> None:
    out = run("skip tonight, backs been fine all day", MEDS, NOW, SYDNEY)
    assert [o["kind"] for o in out] == ["dose"]
    assert run("my mood has been low", MEDS, NOW, SYDNEY)[0]["words"] == ["low"]


@pytest.mark.parametrize(
    "text", ["I'm done with the tramadol", "done taking the tramadol for good"]
)
def test_done_with_a_medicine_is_no_dose_taken(text: str) -> None:
    assert doses(text) == []


def test_so_not_tonight_after_what_a_medicine_does_is_its_skip() -> None:
    assert doses("the amitriptyline makes me a zombie so not tonight") == [
        ("skipped", "amitriptyline", "side_effects")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "last month I ran out of tramadol for a week, it was awful",
        "a few months ago the GP told me to skip the naproxen before a blood test",
        "the nurse asked if I ever skip doses",
        "my sister reckons I should skip the tramadol at weekends",
    ],
)
def test_a_story_advice_or_habit_is_no_skip(text: str) -> None:
    assert doses(text) == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("not taking the tramadol today, feel pretty normal", "felt_fine"),
        ("no baclofen today, not stiff at all", "felt_fine"),
        ("no tramadol today, drug test at work", "other"),
    ],
)
def test_why_said_in_other_words(text: str, reason: str) -> None:
    assert [r for *_, r in doses(text)] == [reason]


def test_have_as_an_auxiliary_is_no_dose_left_out() -> None:
    assert doses("skipped physio, my back wouldn't have coped") == []
    assert doses("didn't have my tramadol") == [("skipped", "tramadol", None)]
