"""Normalisation: chat shorthand is spelled out before any pattern reads the text."""

from __future__ import annotations

import pytest

from bot.parsing.text import normalise


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("took 2 w brekky", "took 2 with breakfast"),
        ("naproxen w lunch", "naproxen with lunch"),
        ("w my dinner", "with my dinner"),
        ("skipped it last nite", "skipped it last night"),
        ("gimme 15 mins", "give me 15 minutes"),
        ("pain 6 w/ stiffness", "pain 6 with stiffness"),
    ],
)
def test_shorthand_is_spelled_out(raw: str, normal: str) -> None:
    assert normalise(raw) == normal


@pytest.mark.parametrize("raw", ["w", "plan w", "route w 5", "vitamin w"])
def test_a_lone_w_elsewhere_is_left_alone(raw: str) -> None:
    assert normalise(raw) == raw


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("ma chest is tight", "my chest is tight"),
        ("an accident in me undies", "an accident in my undies"),
        ("hurt me back lifting", "hurt my back lifting"),
        # "me" stays "me" where it is the person: called back, given tablets
        ("the gp called me back", "the gp called me back"),
        ("the doctor gave me tablets", "the doctor gave me tablets"),
    ],
)
def test_ma_and_me_are_my_only_before_the_body(raw: str, normal: str) -> None:
    assert normalise(raw) == normal
