"""Spelling repair: misspelt vocabulary is put right; English and medicine names never move."""

from __future__ import annotations

import pytest

from bot.parsing.redflags import detect_red_flags
from bot.parsing.spelling import DOMAIN_WORDS, repair_spelling
from bot.parsing.text import normalise
from bot.parsing.vocabulary import resolve_name


@pytest.mark.parametrize(
    ("typo", "word"),
    [
        ("bladdder", "bladder"),
        ("vomitting", "vomiting"),
        ("sucidal", "suicidal"),
        ("numbess", "numbness"),
        ("tounge", "tongue"),
        ("feaver", "fever"),
        ("incontinant", "incontinent"),
        ("temprature", "temperature"),
        ("yesturday", "yesterday"),
        ("mornin", "morning"),
    ],
)
def test_misspelt_vocabulary_is_repaired(typo: str, word: str) -> None:
    assert repair_spelling(f"my {typo} today") == f"my {word} today"


@pytest.mark.parametrize(
    "text",
    [
        "my bowl of soup",  # bowl is English, one letter from bowel
        "the ladder at work",
        "i tried to paint",
        "fewer sweets this week",
        "shreya and wahala",  # names and Pidgin words nothing is close to
    ],
)
def test_english_and_unknown_words_are_left_alone(text: str) -> None:
    assert repair_spelling(text) == text


def test_medicine_names_are_never_respelt() -> None:
    def is_medicine(word: str) -> bool:
        return resolve_name(word) is not None

    assert repair_spelling("took ibuprofin and tylenal", is_medicine) == (
        "took ibuprofin and tylenal"
    )


def test_every_vocabulary_word_is_a_fixed_point() -> None:
    assert all(repair_spelling(w) == w for w in DOMAIN_WORDS)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("cant controll my bladdder", "bladder_bowel"),
        ("feeling sucidal", "suicidal"),
        ("vommiting blood", "gi_bleeding"),
        ("tounge swolen", "allergic_reaction"),
        ("numbess in my groinn", "saddle_numbness"),
    ],
)
def test_red_flags_survive_typos(text: str, flag: str) -> None:
    assert flag in detect_red_flags(normalise(text))
