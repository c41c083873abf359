"""Blind set 109's misses, in the words of its kind: retention told by absence or a
dribble, legs that will not hold the writer up, a rash that blisters or comes with puffy
eyes, one side's hand or mouth gone wrong, things handed on "while I still can", pills
put aside for a day the writer will "know what to do" — and the near misses beside them."""

from __future__ import annotations

import pytest

from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise


def flags(text: str) -> list[str]:
    return detect_red_flags(normalise(text))


SIGNS = {
    "bladder_bowel": [
        "not needed a wee all day and when I tried just now barely anything came out",
        "I've not had a wee since this morning, back 8",
        "keep feeling like I need to go then I sit there and it's just a dribble",
        "strained for ages on the toilet and nothing, bladder feels tight as a drum",
    ],
    "leg_weakness": ["Legs not supporting me since yesterday evening"],
    "allergic_reaction": [
        "rash spreading fast, the skin is blistering and peeling, mouth sore too",
        "broke out in welts after the tramadol and now I'm lightheaded and breathing funny",
        "rash on my chest turned into big raised welts and my eyes are puffy",
    ],
    "stroke_signs": [
        "tea dribbling out one side of my mouth",
        "my left arm feels useless",
        "the fingers on my right hand wouldn't work and my mouth feels funny on that side",
        "left hand went clumsy and I couldn't find the word for kettle",
    ],
    "suicidal": [
        "gave my guitar and my watch to my nephew today. "
        "better he has them now while I can still hand them over",
        "put aside a month of tramadol in a jar. when it's full I'll know what to do with it",
    ],
}


@pytest.mark.parametrize(
    ("text", "flag"), [(text, flag) for flag, texts in SIGNS.items() for text in texts]
)
def test_a_sign_in_everyday_words(text: str, flag: str) -> None:
    assert flag in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "the bladder trouble was a uti, finished the antibiotics and weeing normally again",
        "giving away my old exercise bike since I use the one at physio now, anyone want it",
        "constipated from the oxy, strained for ages and nothing",
        "bladder feels full, off to the loo",
        "gave my old phone to my daughter, she wanted it",
        "bit of a rash where the patch was",
        "sunburnt and peeling after the beach",
    ],
)
def test_no_alarm(text: str) -> None:
    assert flags(text) == []
