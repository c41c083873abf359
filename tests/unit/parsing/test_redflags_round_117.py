"""Blind set 117's misses: red flags in plain, understated or second-language words
inside everyday reports, and the near misses that had raised an alarm (a numbness checked
and long gone, black stools from iron, a fever an infection cleared, knees weak at a
price)."""

from __future__ import annotations

import pytest

from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise


def flags(text: str) -> list[str]:
    return detect_red_flags(normalise(text))


SIGNS = {
    "bladder_bowel": [
        "Since this morning I not control the urine. Pain 7.",
        "the feeling that I need a wee isn't there any more",
        "honestly i have no idea when i need to pee anymore",
    ],
    "saddle_numbness": ["when I wipe I cant feel the tissue at all, back 6"],
    "leg_weakness": [
        "my knees keep folding under me on the stairs",
        "my right leg is not obeying me today",
        "legs have got no power in them since the weekend",
    ],
    "overdose_signs": [
        "think I had double my oxy this morning, can barely stay awake",
        "my head kept nodding at lunch. took an extra tramadol on top of the morning ones",
        "dropping off every few minutes, had 2 extra co-codamol",
    ],
    "allergic_reaction": [
        "skin is blistering and peeling on my chest since the new tablets",
        "it feels hard to swallow and I've come out in blotches after the naproxen",
    ],
    "gi_bleeding": ["blood mixed in with my poo this morning, quite dark"],
    "chest_pain": [
        "heart area aching since lunch",
        "I've got a heavy pain in my own chest while I'm looking after my husband",
    ],
    "stroke_signs": [
        "my left arm went numb and heavy and my face felt odd on that side for a few minutes",
        "suddenly seeing double and I keep staggering like I'm drunk",
    ],
}


@pytest.mark.parametrize(
    ("text", "flag"), [(text, flag) for flag, texts in SIGNS.items() for text in texts]
)
def test_said_plainly(text: str, flag: str) -> None:
    assert flag in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "the numbness down below was checked by the spine clinic, MRI normal, "
        "its been gone for months",
        "the black stool was the iron tablets, GP checked it",
        "the dark poo turned out to be the iron supplements",
        "the fever in spring was a chest infection, the antibiotics cleared it",
        "my knees went weak when I saw the price of the lyrica",
        "kept falling asleep at work. had extra shifts all week",
        "palexia has me yawning all afternoon, can barely stay awake",
        "my dads had chest pains all morning so I'm at the hospital with him",
    ],
)
def test_no_alarm(text: str) -> None:
    assert flags(text) == []
