"""'Did I take my gabapentin this morning?' read as a question to the record."""

from __future__ import annotations

import pytest

from bot.parsing.taken_question import asks_if_taken


@pytest.mark.parametrize(
    ("text", "words", "about_all"),
    [
        ("did I take my gabapentin this morning?", "my gabapentin this morning", False),
        ("Did I already take my lyrica today?", "my lyrica today", False),
        ("have I had my meds today", "my meds today", True),
        ("did i take it?", "it", False),
        ("was my 8am dose taken?", "8am dose", True),
        ("did I take", "", True),
    ],
)
def test_a_question_to_the_record(text: str, words: str, about_all: bool) -> None:
    asked = asks_if_taken(text)
    assert asked is not None
    assert (asked.words, asked.about_all) == (words, about_all)


@pytest.mark.parametrize(
    "text",
    [
        "took my gabapentin at 8",
        "I did take it",
        "did my physio exercises",
        "should I take another ibuprofen?",
        "did I tell you my back is a 6",
    ],
)
def test_not_a_question_about_a_dose_taken(text: str) -> None:
    assert asks_if_taken(text) is None
