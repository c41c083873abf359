"""Weak legs are weakness, never where it hurts, and "a bit weak" raises no alarm;
"is this serious?" is read as such; the warning signs denied in words are known
(Sandbox, Bengaluru: "legs feel a bit weak though" was kept as leg pain)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import PainIntent, RedFlagIntent, parse
from bot.parsing.answers import where_beside_denials, where_in_sentences, where_it_hurts
from bot.parsing.leg_signs import asks_if_serious, legs_said_weak, signs_denied
from bot.parsing.redflags import detect_red_flags

_Z = ZoneInfo("Asia/Kolkata")
_NOW = dt.datetime(2026, 12, 12, 19, 0, tzinfo=_Z)


@pytest.mark.parametrize(
    "text",
    [
        "legs feel a bit weak though",
        "my legs are weak",
        "weak legs today",
        "legs giving way",
        "my legs keep buckling",
        "weakness in both legs",
        "left leg feels weaker",
    ],
)
def test_legs_said_weak(text: str) -> None:
    assert legs_said_weak(text)


@pytest.mark.parametrize(
    "text",
    ["my legs are not weak", "no weakness in my legs", "legs feel fine", "pain down my left leg"],
)
def test_legs_not_said_weak(text: str) -> None:
    assert not legs_said_weak(text)


@pytest.mark.parametrize(
    "text",
    [
        "no numbness down there, bladder is fine. legs feel a bit weak though",
        "legs feel a bit weak though",
        "my legs feel a bit weak",
    ],
)
def test_weak_legs_are_weakness_not_a_pain_place(text: str) -> None:
    place = where_it_hurts(text) or where_beside_denials(text) or where_in_sentences(text)
    assert place is not None
    assert place.locations == ("leg_left", "leg_right")
    assert place.qualities == ("weak",)


def test_numbness_and_weakness_together_are_both_kept() -> None:
    place = where_in_sentences("both legs numb. legs feel a bit weak too")
    assert place is not None and place.qualities == ("numb", "weak")


def test_a_score_beside_weak_legs_puts_no_pain_in_the_legs() -> None:
    intents = parse("pain 5, legs feel a bit weak", [], _NOW, _Z)
    (pain,) = [i for i in intents if isinstance(i, PainIntent)]
    assert pain.score == 5 and pain.locations == ()
    aching = parse("pain 5, legs weak and aching", [], _NOW, _Z)
    (pain,) = [i for i in aching if isinstance(i, PainIntent)]
    assert pain.locations == ("leg_left", "leg_right")  # pain said there too


def test_a_bit_weak_is_no_alarm_but_giving_way_is() -> None:
    assert detect_red_flags("legs feel a bit weak though") == []
    assert detect_red_flags("no numbness down there, bladder is fine. legs feel a bit weak") == []
    for text in ("my legs are weak", "legs giving way", "legs keep buckling"):
        intents = parse(text, [], _NOW, _Z)
        assert any(isinstance(i, RedFlagIntent) and "leg_weakness" in i.flags for i in intents)


@pytest.mark.parametrize(
    "text",
    [
        "is this serious?",
        "should i worry?",
        "should i be worried",
        "is that normal?",
        "is this an emergency?",
        "do i need to see a doctor?",
        "how serious is this",
    ],
)
def test_asks_if_serious(text: str) -> None:
    assert asks_if_serious(text)


@pytest.mark.parametrize(
    "text",
    ["is it bad to take 2 advil?", "is it normal for naproxen to make me sleepy?", "took my meds"],
)
def test_not_asked_if_serious(text: str) -> None:
    assert not asks_if_serious(text)


def test_signs_denied_in_words() -> None:
    said = "no numbness down there, bladder is fine. legs feel a bit weak though"
    assert signs_denied(said) == {"saddle_numbness", "bladder_bowel"}
    assert signs_denied("waterworks ok, legs not getting weaker") == {
        "bladder_bowel",
        "leg_weakness",
    }
    assert signs_denied("legs feel a bit weak") == frozenset()
