"""Whose report a clause is, and whether it reports at all (questions, plans)."""

from __future__ import annotations

import pytest

from bot.parsing.experiencer import asks, plans_activity, someone_elses, their_dose
from tests.unit.parsing.helpers import run


@pytest.mark.parametrize(
    "clause",
    [
        "my husband's back is playing up too",
        "he's at a 7 today",
        "my son slept 10 hours straight",
        "my wife did an hour of yoga while i watched from the sofa",
        "and my daughter has a headache",
    ],
)
def test_another_persons_report(clause: str) -> None:
    assert someone_elses(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "my husband says i was dizzy all evening",
        "my wife gave me my gabapentin at 8",
        "my son and i walked 20 mins",
        "he rates it a four this evening",
        "my back is a 6",
    ],
)
def test_the_writers_own_report(clause: str) -> None:
    assert not someone_elses(clause)


def test_their_own_dose_is_not_the_writers() -> None:
    assert their_dose("my daughter took two paracetamol for her period pain")
    assert their_dose("my husband forgot his blood pressure tablets again")
    assert not their_dose("my wife gave me my gabapentin at 8")


def test_a_question_needs_its_question_mark_and_its_question_word() -> None:
    assert asks("should i be walking more than 20 minutes a day", asked=True)
    assert asks("what counts as a 5 on your scale", asked=True)
    assert not asks("can see the sock marks on my swollen ankles", asked=True)
    assert not asks("should i be walking more than 20 minutes a day", asked=False)


def test_a_plan_is_no_activity_done() -> None:
    assert plans_activity("planning to go swimming on saturday if my back allows")
    assert plans_activity("will try the new stretches tomorrow morning")
    assert not plans_activity("walked 20 mins today, will try more tomorrow")


@pytest.mark.parametrize(
    "text",
    [
        "my husband's back is playing up too, he's at a 7 today",
        "my son slept 10 hours straight, wish that were me",
        "my daughter took two paracetamol for her period pain",
        "is 6 hours of sleep enough for someone my age?",
        "physio appointment on thursday at 2",
    ],
)
def test_nothing_of_it_is_recorded_as_the_writers(text: str) -> None:
    assert run(text, meds=["acetaminophen"]) == []
