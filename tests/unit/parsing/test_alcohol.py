"""A drink the writer had, told in passing: read so its labels' words can be said."""

from __future__ import annotations

import pytest

from bot.parsing.alcohol import drank_alcohol
from bot.parsing.text import normalise


@pytest.mark.parametrize(
    "text",
    [
        "had a beer with dinner and took an oxy",
        "took my oxy, had 2 beers",
        "drinking a beer rn and took oxy",
        "2 pints last night, pain 6",
        "wine o clock lol had 2 glasses of wine",
        "had a few drinks at the work do, flexeril at 11",
        "had a shot of tequila",
    ],
)
def test_a_drink_had_is_read(text: str) -> None:
    assert drank_alcohol(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "no alcohol today",
        "can i have a beer on oxy?",
        "my husband had a few beers",
        "going to have a glass of wine later",
        "haven't had a drink in years",
        "gave up the booze in may",
        "off the booze since jan, took oxy",
        "had my cortisone shot",
        "had a pint of water with my tablets",
        "had a drink of water",
        "ginger tea helped",
    ],
)
def test_a_drink_refused_planned_asked_or_anothers_is_not(text: str) -> None:
    assert not drank_alcohol(normalise(text))
