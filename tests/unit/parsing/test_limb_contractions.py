"""A limb's "'s" read as its "is" or "has", so the signs are found as they are written in
everyday British and Scots English (Sandbox, Glasgow: "my leg's weaker the day" was kept
as pain in the leg and "my leg's gone dead fae the knee down" as the leg alone)."""

from __future__ import annotations

import pytest

from bot.parsing.patterns import QUALITIES_RE
from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("my leg's weaker the day", "my leg is weaker the day"),
        ("foot's no lifting right", "foot is not lifting right"),
        ("my leg's gone dead", "my leg has gone dead"),
        ("the knee's got worse", "the knee has got worse"),
        # a possessive before a noun stays as it is
        ("my leg's muscles are tight", "my leg's muscles are tight"),
    ],
)
def test_a_limbs_s_is_its_is_or_has(text: str, said: str) -> None:
    assert normalise(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "my leg's weaker the day",
        "leg's weaker today",
        "stumbling, my foot's no lifting",
        "my left foot's not lifting, keep tripping",
    ],
)
def test_weakness_said_with_s_is_the_red_flag(text: str) -> None:
    assert detect_red_flags(normalise(text)) == ["leg_weakness"]


@pytest.mark.parametrize(
    "text",
    [
        "my leg's no weaker the day",
        "my leg's fine the day",
        "numb from sitting on the bus",
        "my leg's gone dead fae the knee down",
        "my phone's gone dead",
    ],
)
def test_no_alarm_for_what_is_no_worse_or_no_weakness(text: str) -> None:
    assert detect_red_flags(normalise(text)) == []


@pytest.mark.parametrize(
    "text",
    ["my leg's gone dead fae the knee down", "got a dead leg the day", "my foot went dead"],
)
def test_a_limb_gone_dead_is_numb(text: str) -> None:
    found = {m.lastgroup for m in QUALITIES_RE.finditer(normalise(text))}
    assert "numb" in found


@pytest.mark.parametrize("text", ["my phone's gone dead", "the battery went dead", "dead tired"])
def test_other_things_gone_dead_are_not_numb(text: str) -> None:
    found = {m.lastgroup for m in QUALITIES_RE.finditer(normalise(text))}
    assert "numb" not in found
