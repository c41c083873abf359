"""The words around the record, said on their own, read as what they are."""

from __future__ import annotations

import pytest

from bot.parsing.small_talk import asks_undo, is_ack, is_greeting, is_thanks, said_of_yesterday


@pytest.mark.parametrize(
    "text",
    [
        "thanks!",
        "Thank you so much 🙏",
        "ok thanks",
        "cheers mate",
        "ty",
        "thx bot",
        "🙏",
        "🙏🏽",
        "💙",
    ],
)
def test_thanks(text: str) -> None:
    assert is_thanks(text) and not asks_undo(text)


@pytest.mark.parametrize("text", ["ok", "k", "👍", "👍🏽", "👌", "got it", "ok 👍", "sounds good"])
def test_an_acknowledgement(text: str) -> None:
    assert is_ack(text)


@pytest.mark.parametrize("text", ["hello?", "Hi there", "hey", "good morning", "are you there?"])
def test_a_greeting(text: str) -> None:
    assert is_greeting(text)


@pytest.mark.parametrize(
    "text",
    ["undo", "ignore that", "delete that last one", "wrong chat sorry", "ignore my last message"],
)
def test_what_was_just_sent_taken_back(text: str) -> None:
    assert asks_undo(text)


@pytest.mark.parametrize(
    "text",
    [
        "pain 6",
        "took it",
        "yes",
        "fine",  # a mood, for the parser
        "good",
        "morning, pain 5",  # a report after a greeting
        "thanks, pain is 4",
        "ok took it",
        "undo the gabapentin",  # a medicine's answer, for its Undo
        "forget it",
        ".",
        "😢",
    ],
)
def test_a_report_or_anything_else_is_no_small_talk(text: str) -> None:
    said = (is_thanks(text), is_ack(text), is_greeting(text), asks_undo(text))
    assert said == (False, False, False, False)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("that was yesterday", True),
        ("oops that was last night", True),
        ("i meant yesterday", True),
        ("sorry, that was for yesterday", True),
        ("yesterday", False),  # a day alone may answer a question
        ("pain 7 yesterday", False),  # a report of its own
        ("that was yesterday, today is better", False),
    ],
)
def test_what_was_just_sent_said_of_yesterday(text: str, said: bool) -> None:
    assert said_of_yesterday(text) is said
