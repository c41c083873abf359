"""Red-flag detector internals: the keyword prefilter must never cost recall."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.parsing import redflags
from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise
from tests.unit.parsing.test_parser import NOT_RED_FLAGS, RED_FLAGS

_ALWAYS = re.compile("")
PHRASES = (
    [t for t, _ in RED_FLAGS]
    + NOT_RED_FLAGS
    + [
        "he can't be woken",
        "shaking with cold and my back hurts",
        "I keep thinking about killing myself",
        "planning on taking my own life",
        "I don't want to be here",
        "fever 38.2",
        "I've been incontinent since Tuesday",
        "tripping over my own feet",
        "epipen needed, tongue huge",
    ]
)
VOCAB = st.sampled_from(
    str.split(
        "can't cannot hold control my bladder bowels pee wee wet myself numb groin bum "
        "between legs down there feel leg legs foot dragging giving way weaker weak fever "
        "temperature 39 degrees chills wake him breathing slow lips blue pupils pinpoint "
        "throat tongue swelling hives breathe want to die end it all kill myself no point "
        "living better off dead hurt self not never no fine gone last month now still , . "
        "and but the a i he she is are was"
    )
)


def _without_prefilter(monkeypatch: pytest.MonkeyPatch) -> None:
    patched = tuple((flag, _ALWAYS, pattern) for flag, _pre, pattern in redflags._COMPILED)
    monkeypatch.setattr(redflags, "_COMPILED", patched)


@pytest.mark.parametrize("text", PHRASES)
def test_prefilter_does_not_change_result(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    low = normalise(text)
    with_filter = detect_red_flags(low)
    _without_prefilter(monkeypatch)
    assert detect_red_flags(low) == with_filter


@settings(max_examples=200, deadline=None)
@given(words=st.lists(VOCAB, min_size=1, max_size=15))
def test_prefilter_is_a_necessary_condition(words: list[str]) -> None:
    low = normalise(" ".join(words))
    with_filter = detect_red_flags(low)
    with pytest.MonkeyPatch.context() as mp:
        _without_prefilter(mp)
        assert detect_red_flags(low) == with_filter


def test_flags_come_in_canonical_order() -> None:
    low = normalise("I want to die and I wet myself and have a fever")
    assert detect_red_flags(low) == ["bladder_bowel", "fever", "suicidal"]
