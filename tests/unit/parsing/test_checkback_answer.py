"""Typed answers to the check-back ("how are you feeling today?")."""

from __future__ import annotations

import pytest

from bot.parsing.checkback import checkback_answer
from bot.parsing.text import normalise


@pytest.mark.parametrize(
    "text",
    [
        "A bit better",
        "a little better today, thanks",
        "Much better thank you x",
        "doing better",
        "feeling a bit better",
        "I'm ok",
    ],
)
def test_better(text: str) -> None:
    assert checkback_answer(normalise(text)) == "better"


@pytest.mark.parametrize(
    "text",
    [
        "About the same",
        "same as yesterday",
        "pretty much the same",
        "not much different",
        "meh",
        "still low",
        "not worse, about the same",
    ],
)
def test_same(text: str) -> None:
    assert checkback_answer(normalise(text)) == "same"


@pytest.mark.parametrize(
    "text",
    [
        "I need help now",
        "i need help",
        "please help",
        "im not ok",
        "feeling worse",
        "i can't cope",
        "i need help now, cant stop shaking",
    ],
)
def test_help(text: str) -> None:
    assert checkback_answer(normalise(text)) == "help"


@pytest.mark.parametrize(
    "text",
    [
        "I'm safe",  # the existing "safe" follow-up reads it (it ends the alarm)
        "better?",
        "is it better to take it with food?",
        "took my sertraline",
        "pain 4, slept ok",
        "need help with the app",
        "help me set a reminder",
        "i feel better but pain is 6",
        "good morning",
    ],
)
def test_no_answer(text: str) -> None:
    assert checkback_answer(normalise(text)) is None
