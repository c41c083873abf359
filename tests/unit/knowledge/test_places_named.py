"""A place named outright in a sentence, never a near spelling of an everyday word."""

from __future__ import annotations

import pytest

from bot.knowledge.places import places_named


@pytest.mark.parametrize(
    ("said", "zone"),
    [("new york", "America/New_York"), ("vegas", "America/Los_Angeles"), ("uk", "Europe/London")],
)
def test_a_place_named_outright(said: str, zone: str) -> None:
    assert zone in [c.zone for c in places_named(said)]


@pytest.mark.parametrize("said", ["gym", "bed", "agony", "pain", "hospital", "work", "loo", "12"])
def test_everyday_words_are_no_place(said: str) -> None:
    # resolve_zone reads "gym" as Heroica Guaymas and "loo" as Laghouat: fine for an
    # answer to "which city?", never for words in a sentence.
    assert places_named(said) == []
