"""Typed answers to the check-back ("how are you feeling today?")."""

from __future__ import annotations

import pytest

from bot.parsing.checkback import checkback_answer, checkback_answer_beside, says_how_unasked
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


@pytest.mark.parametrize(
    ("text", "said", "words", "rest"),
    [
        # Sandbox, Toronto: read as a pain report with a note, the check-back unanswered
        ("meh. bit better i guess. pain 5", "better", "meh. bit better i guess", "pain 5"),
        ("better, pain 4", "better", "better", "pain 4"),
        ("about the same, pain 6, slept badly", "same", "about the same", "pain 6, slept badly"),
        ("i feel better but pain is 6", "better", "i feel better", "pain is 6"),
        ("pain 4.5 and feeling a bit better", "better", "feeling a bit better", "pain 4.5"),
        ("pain 5. not great tbh. slept ok", "same", "not great tbh", "pain 5, slept ok"),
        # messy words of how one is: a degree, "-ish", "not too bad"
        ("better-ish, pain's a 4", "better", "better-ish", "pain's a 4"),
        ("not too bad, pain 4", "better", "not too bad", "pain 4"),
        (
            "still pretty low tbh. pain 6 and didnt sleep",
            "same",
            "still pretty low tbh",
            "pain 6 and didnt sleep",
        ),
    ],
)
def test_an_answer_beside_a_report(text: str, said: str, words: str, rest: str) -> None:
    assert checkback_answer_beside(text) == (said, words, rest)


@pytest.mark.parametrize(
    "text",
    [
        "pain 4, slept ok",  # no answer in it
        "better",  # the whole message: checkback_answer reads it
        "better. same. pain 4",  # two answers: which is meant is not said
        "is it better to take it with food? pain 5",  # a question
        "better, pain 4, about the same",  # two runs apart
    ],
)
def test_no_answer_beside(text: str) -> None:
    assert checkback_answer_beside(text) is None


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("still pretty low tbh", True),
        ("bit better today", True),
        ("about the same", True),
        ("im ok", True),
        ("i need help now", True),
        ("ok", False),
        ("okay thanks", False),
        ("fine", False),
        ("same", False),
        ("ugh rough night", False),
    ],
)
def test_how_they_are_said_unasked(text: str, says: bool) -> None:
    """Before the check-back is sent, only words that say how the person is answer it:
    "ok" alone after the crisis reply is an acknowledgement."""
    assert says_how_unasked(normalise(text)) is says
