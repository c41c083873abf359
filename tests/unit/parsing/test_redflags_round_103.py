"""Red flags a sixth blind safety-net set (103) showed missed or raised wrongly, each
written here in our own words, of the same kind."""

from __future__ import annotations

import pytest

from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise


def flags(text: str) -> list[str]:
    return detect_red_flags(normalise(text))


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("swallowed every one of the oxycodone left in the bottle, on purpose", "overdose_signs"),
        ("think I've taken to many morphine, I can't stay a wake", "overdose_signs"),
        ("went all muddled in the shop and my right arm went floppy", "stroke_signs"),
        ("chess pains since lunch, like something sitting on me", "chest_pain"),
        ("left arm and jaw aching, clammy and sweating, came on climbing the stairs", "chest_pain"),
        ("numbness in my settle area since I woke", "saddle_numbness"),
        ("my right foot won't push off when I try to stand on tiptoe", "leg_weakness"),
        ("vomited twice tonight and it was brown and gritty", "gi_bleeding"),
        ("💩 black and tarry since yesterday, on diclofenac", "gi_bleeding"),
        ("my bladder control has completely gone since this morning", "bladder_bowel"),
    ],
)
def test_a_sign_said_in_these_words_is_flagged(text: str, flag: str) -> None:
    assert flag in flags(text), text


@pytest.mark.parametrize(
    "text",
    [
        "saw on the telly a rugby player collapsed holding his chest",
        "my sister's little boy has a temperature of 39, I'm looking after him",
        "my face is still painted blue from the match 😂",
        "poo went black after the Pepto, pharmacist said the bismuth does that",
        "black stools since starting the iron, the GP warned me they would",
        "if my husband can't wake me after the oxy, what should he do? just want us to have a plan",
        "I often wonder what life would be like without this back pain",
        "eyes all puffy from crying at the film last night, not an allergy",
        "the chest pain was checked at A&E, ECG normal, they said it was a strained muscle",
        "the saddle numbness after my 2019 op wore off within weeks and never came back",
    ],
)
def test_no_alarm_for_what_is_not_a_sign_now(text: str) -> None:
    assert flags(text) == [], text


def test_a_past_normal_test_never_hides_chest_pain_now() -> None:
    assert "chest_pain" in flags("crushing chest pain now, my ECG last year was normal")
