"""A medicine's name broken into words by voice typing is read as that medicine, and only
as one of the person's own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.parsing.spoken_names import join_spoken_names
from tests.unit.parsing.helpers import check, run

REGIMEN = ["tramadol", "celecoxib", "gabapentin", "hydromorphone", "tizanidine", "meloxicam"]

CASES: list[tuple[str, list[dict[str, Any]]]] = [
    ("had the trauma doll after lunch", [{"kind": "dose", "medication": "tramadol"}]),
    ("one celeb rex with breakfast", [{"kind": "dose", "medication": "celecoxib"}]),
    ("took the neuro tin", [{"kind": "dose", "medication": "gabapentin"}]),
    ("took a hydro more phone 2 mg", [{"kind": "dose", "medication": "hydromorphone"}]),
    ("zana flex at 9, knocked me out", [{"kind": "dose", "medication": "tizanidine"}]),
    # a short name, said exactly ("mo bic", Mobic: meloxicam)
    ("took the mo bic with breakfast", [{"kind": "dose", "medication": "meloxicam"}]),
]


@pytest.mark.parametrize(("text", "expect"), CASES)
def test_a_name_said_in_pieces_is_the_medicine(text: str, expect: list[dict[str, Any]]) -> None:
    problem = check(run(text, meds=REGIMEN), expect, ())
    assert problem is None, f"{text!r}: {problem}"


def test_only_the_persons_own_medicines_are_joined() -> None:
    # "trauma doll" sounds like tramadol, which this person does not take
    low = "my trauma doll therapy today"
    assert join_spoken_names(low, ["gabapentin"]) == low
    assert join_spoken_names(low, ["tramadol"]) == "my tramadol therapy today"


def test_everyday_words_stay_as_they_are() -> None:
    low = "grab a pen and the gaba pen tin box, then a tram at 9"
    # (pieces that spell a known name exactly are that name, listed or not)
    assert join_spoken_names(low, ["tramadol"]) == low.replace("gaba pen tin", "gabapentin")
    assert join_spoken_names("grab a pen, then a tram at 9", ["gabapentin"]) == (
        "grab a pen, then a tram at 9"
    )
    joined = join_spoken_names(low, ["gabapentin"])
    assert "gabapentin box" in joined and joined.startswith("grab a pen")


def test_a_word_that_is_a_medicine_by_itself_is_not_joined_to_its_neighbour() -> None:
    said = "tramadol dollar"
    assert join_spoken_names(said, ["tramadol"], _only("tramadol")) == said


def _only(name: str) -> Callable[[str], str | None]:
    return lambda w: name if w == name else None


def test_a_nickname_opening_the_name_said_in_pieces_is_part_of_it() -> None:
    # (dictation: "gabby" is a nickname of gabapentin; the strength after "pen tin" was lost)
    said = "just took my gabby pen tin 300"
    same = {"gabby": "gabapentin", "gabapentin": "gabapentin"}.get
    assert join_spoken_names(said, ["gabapentin"], same) == said.replace(
        "gabby pen tin", "gabapentin"
    )
    other = {"gabby": "pregabalin"}.get
    # (a word that is another of their own medicines keeps the run apart; one they do not
    # take is a piece of the name: "pre gabba lynn")
    assert join_spoken_names(said, ["gabapentin", "pregabalin"], other) == said
    assert join_spoken_names(said, ["gabapentin"], other) == said.replace(
        "gabby pen tin", "gabapentin"
    )


def test_pain_is_never_a_piece_of_a_name() -> None:
    # "pain max" sounds like Panamax (paracetamol): the score beside it had been lost
    said = "pain max 8 today"
    assert join_spoken_names(said, ["acetaminophen"]) == said
    assert join_spoken_names("took a pan a max at 8", ["acetaminophen"]) == "took a panamax at 8"
