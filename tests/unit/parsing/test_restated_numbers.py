"""A number said again replaces the one before it, whatever follows the correction: an
emoji after it, a half tablet, or the gram it corrects."""

from __future__ import annotations

import pytest

from bot.parsing.restated import restate
from bot.parsing.text import normalise


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("3 naproxen at 7 - oh wait no, just 2 🤦", "2 naproxen at 7"),
        ("tramadol x1 @ 5... no wait it was 6 😅", "tramadol x1 @ 6"),
        ("took 2 diazepam at 10, no actually it was 1 and a half", "took 1 and a half diazepam"),
        ("co-codamol 1g earlier... sorry 500mg", "co-codamol 500mg earlier"),
    ],
)
def test_the_number_as_finally_meant(said: str, meant: str) -> None:
    assert restate(normalise(said)).startswith(meant)


def test_a_half_said_again_is_never_a_clock() -> None:
    assert restate(normalise("2 endone at 4, no wait, one and a half")).startswith(
        "one and a half endone at 4"
    )


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("3 tabs of naproxen, erm, 2 tabs", "2 tabs of naproxen"),
        ("baclofen 20 ugh 10, i always do that", "baclofen 10"),
        ("swam 40 min.. nah more like 25 tbh", "swam 25 min"),
        ("back is 7/10 actually make that an 8", "back is 8/10"),
        ("tramadol 9ish... no it was 10 this morning", "tramadol 10 this morning"),
    ],
)
def test_more_ways_of_taking_a_number_back(said: str, meant: str) -> None:
    assert restate(normalise(said)).startswith(meant)


def test_a_score_called_today_corrects_nothing() -> None:
    said = "week 3 of this flare and i'd call it a 5 today"
    assert restate(normalise(said)) == normalise(said)
