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


@pytest.mark.parametrize(
    ("said", "zone"),
    [("bali", "Asia/Makassar"), ("ontario", "America/Toronto"), ("mallorca", "Europe/Madrid")],
)
def test_a_region_people_travel_to_is_not_its_smaller_namesake(said: str, zone: str) -> None:
    # Found living it: "heading to bali next week" offered Bāli, India and Bali, Cameroon.
    assert [c.zone for c in places_named(said)] == [zone]


@pytest.mark.parametrize("said", ["march", "normal", "goa philippines"])
def test_a_small_town_named_like_a_word_is_no_trip(said: str) -> None:
    assert places_named(said) == []


def test_namesakes_on_one_clock_are_one_offer() -> None:
    # Found living it: "flying to vancouver tomorrow" offered nothing, Canada's and
    # Washington's Vancouver being like-sized — though both keep Pacific time.
    assert [c.zone for c in places_named("vancouver")] == ["America/Vancouver"]
