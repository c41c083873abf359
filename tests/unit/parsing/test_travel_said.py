"""A trip told in passing gives its place; words of a day at home give none."""

from __future__ import annotations

import pytest

from bot.parsing.travel_said import place_told


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("flying to new york today, landing 3pm their time", "new york"),
        ("landed in Lisbon", "lisbon"),
        ("I'm in Dubai till Friday", "dubai"),
        ("we are in spain for two weeks", "spain"),
        ("on holiday in tenerife, pain 5", "tenerife"),
        ("travelling to the UK tomorrow", "uk"),
        ("back home in london now", "london"),
        ("trip to mexico city next month", "mexico city"),
    ],
)
def test_the_place_of_a_trip(text: str, place: str) -> None:
    assert place_told(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "going to bed",
        "went to physio",
        "pain 6 after the walk",
        "took my naproxen at 8",
        # From the corpora: a town shares each of these words (Normal, March, Yōga).
        "legs were a bit weak after the long flight but back to normal now",
        "had a 38.5 fever back in March, fine now",
        "anyway 4/10 and off to yoga",
    ],
)
def test_no_trip_no_place(text: str) -> None:
    assert place_told(text) is None
