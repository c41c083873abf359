"""Crying said in the person's own words is a low mood ("tearful"), never a red flag;
someone else's crying (the baby's, a daughter's) is not the writer's mood (Sandbox,
Toronto, postpartum: "can't stop crying" was lost)."""

from __future__ import annotations

import pytest

from bot.parsing.parser import parse, to_json
from tests.unit.parsing.helpers import MEDS, MORNING_NY, NEW_YORK


def intents(text: str) -> list[dict[str, object]]:
    return list(to_json(parse(text, MEDS, MORNING_NY, NEW_YORK))["intents"])


@pytest.mark.parametrize(
    "text",
    [
        "baby up all night, crying all the time",
        "i can't stop crying",
        "cant stop crying today",
        "crying my eyes out every night",
        "i cry every day since the birth",
        "keep bursting into tears",
        "sobbing all morning",
    ],
)
def test_crying_is_a_tearful_mood_and_no_red_flag(text: str) -> None:
    out = intents(text)
    moods = [i for i in out if i["kind"] == "mood"]
    assert moods and "tearful" in moods[0]["words"]  # type: ignore[operator]
    assert not [i for i in out if i["kind"] == "red_flag"]


@pytest.mark.parametrize(
    "text",
    [
        "the baby is crying all the time",
        "the baby won't stop crying",
        "she can't stop crying",
        "my daughter was in tears",
        "the movie made me cry",
        "tears in my eyes from the pain",
    ],
)
def test_someone_elses_crying_or_tears_of_pain_are_no_mood(text: str) -> None:
    assert not [i for i in intents(text) if i["kind"] == "mood"]
