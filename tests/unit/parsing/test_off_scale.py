"""A pain rating above the scale is asked again, not misread."""

from __future__ import annotations

import pytest

from bot.parsing.off_scale import off_scale_pain


@pytest.mark.parametrize(
    "text",
    ["pain 11", "Pain 12!!", "my pain is 20 today", "pain level 11", "it's a 15", "pain at 11"],
)
def test_a_rating_above_ten_is_off_the_scale(text: str) -> None:
    assert off_scale_pain(text, pain_asked=False)


def test_a_bare_number_is_a_rating_only_when_pain_is_asked() -> None:
    assert off_scale_pain("11", pain_asked=True)
    assert not off_scale_pain("11", pain_asked=False)


@pytest.mark.parametrize(
    "text", ["pain 7", "pain 10", "12 out of 10", "took 12 naproxen", "pain 11 and 12", "pain 1000"]
)
def test_a_rating_on_the_scale_or_other_words_are_not(text: str) -> None:
    assert not off_scale_pain(text, pain_asked=True)
