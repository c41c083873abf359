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
