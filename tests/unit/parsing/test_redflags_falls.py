"""Falls told in everyday words ("fell in the bathroom", "took a tumble", "knocked my back
on the door") were missed: the same-day advice (trauma, NICE NG59 via clinical-facts.md
§4) never came. Everyday uses of "fell", "tumble" and "knock" stay no flag."""

from __future__ import annotations

import pytest

from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise


@pytest.mark.parametrize(
    "text",
    [
        "fell in the bathroom",
        "I fell in the shower this morning, back is agony",
        "took a tumble on the way to the bus",
        "had a nasty tumble in the garden",
        "knocked my back on the door",
        "banged my lower back on the kitchen counter",
        "slipped on the ice and landed on my back",
        "tripped down the last two stairs",
        "tumbled down the steps at the station",
        "fell getting out of the bath last night",
        "she fell this morning",
        "took a spill on my bike",
    ],
)
def test_a_fall_or_a_knock_told_plainly_is_a_same_day_sign(text: str) -> None:
    assert "trauma" in detect_red_flags(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "fell asleep on the sofa",
        "my pain fell to 3",
        "the tumble dryer broke",
        "fell behind on my meds",
        "knock on wood, it's been a good week",
        # the pain (or a tablet) "knocked me out": passing out or sleeping, no blow
        "the pain knocked me out last night",
        "the tramadol knocked me out",
        "fell in love with my new chair",
        "I fell into a good routine with the stretches",
        "my mood fell today",
        "nearly took a tumble but caught the rail",
    ],
)
def test_everyday_falls_and_knocks_are_no_flag(text: str) -> None:
    assert "trauma" not in detect_red_flags(normalise(text))
