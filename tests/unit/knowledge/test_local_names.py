"""Ingredients named as where the person lives: paracetamol in London."""

from __future__ import annotations

import pytest

from bot.knowledge.local_names import local_names, say_locally

WARNING = (
    "Co-codamol (acetaminophen/codeine) and Paracetamol (acetaminophen) both contain "
    "acetaminophen. Acetaminophen PM too."
)


@pytest.mark.parametrize("zone", ["Europe/London", "Australia/Sydney", "Europe/Dublin"])
def test_outside_north_america_it_is_paracetamol(zone: str) -> None:
    said = say_locally(WARNING, zone)
    assert "acetaminophen" not in said.lower()
    assert said == (
        "Co-codamol (paracetamol/codeine) and Paracetamol both contain "
        "paracetamol. Paracetamol PM too."
    )
    assert say_locally("demerol (meperidine)", zone) == "demerol (pethidine)"


@pytest.mark.parametrize("zone", ["America/New_York", "America/Toronto", "Asia/Tokyo", "UTC"])
def test_where_the_us_name_is_known_or_no_country_it_stays(zone: str) -> None:
    assert say_locally(WARNING, zone) == WARNING
    assert local_names(zone) == {}


def test_only_whole_words_change() -> None:
    assert say_locally("acetaminophens apap", "Europe/London") == "acetaminophens apap"
