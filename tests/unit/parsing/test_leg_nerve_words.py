"""How leg and back symptoms told in words are kept (Sandbox, Glasgow: a week of sciatica
with numbness growing over days). Kinds of message, in wording of our own."""

from __future__ import annotations

from typing import Any

import pytest

from bot.parsing.answers import PainPlace, nerve_growing_alone, where_in_sentences, where_it_hurts
from tests.unit.parsing.helpers import check, run


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # "sore" is how much it hurts, never how it feels: no "aching" from it, whatever
        # word says how much (Scots "heavy sore" is very sore)
        ("6, heavy sore", [{"kind": "pain", "score": 6, "qualities": []}]),
        ("back is awfy sore the day, 7", [{"kind": "pain", "score": 7, "qualities": []}]),
        ("5, really sore and stiff", [{"kind": "pain", "score": 5, "qualities": ["stiff"]}]),
        # an ache said as one still is
        ("4, dull ache in my lower back", [{"kind": "pain", "score": 4, "qualities": ["aching"]}]),
        ("achy and sore, 3", [{"kind": "pain", "score": 3, "qualities": ["aching"]}]),
    ],
)
def test_sore_says_how_much_not_how_it_feels(text: str, expect: list[dict[str, Any]]) -> None:
    out = run(text)
    assert check(out, expect, ()) is None, out
    # the words of how much are the pain's own, not a note left over
    assert not [o for o in out if o["kind"] == "note"], out


@pytest.mark.parametrize(
    ("text", "felt"),
    [
        ("the numbness is getting worse", ("numb",)),
        ("numbness is spreading", ("numb",)),
        ("pins and needles getting worse every day", ("tingling",)),
        ("the tingling has spread a bit further", ("tingling",)),
        ("numb patch is bigger than yesterday", ("numb",)),
    ],
)
def test_numbness_growing_with_no_place_is_kept_as_felt(text: str, felt: tuple[str, ...]) -> None:
    place = nerve_growing_alone(text)
    assert place is not None
    assert place.locations == () and place.qualities == felt and place.worse
    # never an alarm by itself (clinical-facts.md §4), and no pain score made up
    assert run(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "numbness no worse today",  # denied
        "the numbness isn't spreading",
        "is it bad if the numbness is spreading?",  # a question, not a report
        "I feel numb and it's getting worse",  # may be the mind: no thing said
        "my mum's numbness is getting worse",  # someone else's
        "tingling in my foot, back worse today",  # the back is worse, not the tingling
    ],
)
def test_not_numbness_growing(text: str) -> None:
    assert nerve_growing_alone(text) is None
    place = where_it_hurts(text)
    assert place is None or not place.worse


def test_growing_said_with_a_place_is_kept_with_it() -> None:
    place = where_it_hurts("tingling's spreading up to my knee now")
    assert place is not None and place.worse and place.qualities == ("tingling",)
    same = where_it_hurts("left leg numb, no worse")
    assert same is not None and not same.worse
    assert where_it_hurts("numb foot, back worse") == PainPlace(("leg",), None, qualities=("numb",))


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a side named leaves no second, unnamed copy of the same limb
        ("tingling down my left leg to the knee", ("leg_left",)),
        ("right thigh and foot numb", ("leg_right",)),
        ("numb left leg, tingly toes", ("leg_left",)),
        # a leg denied on one side, felt with no side said: that leg stays
        ("no pain in my left leg but my foot tingles", ("leg",)),
    ],
)
def test_one_copy_of_a_leg(text: str, places: tuple[str, ...]) -> None:
    place = where_it_hurts(text) or where_in_sentences(text)
    assert place is not None and place.locations == places
