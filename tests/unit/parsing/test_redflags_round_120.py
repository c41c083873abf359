"""Blind sets 118 and 120: a wee hard to start, others' words suddenly not understood,
chest pressure in Pidgin — and the near misses that had raised an alarm: a sign checked
and found to be nothing, hives cleared at urgent care, a husband's sleep apnoea, a
temperature with the flu or after a jab, "nothing black"."""

from __future__ import annotations

import pytest

from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise


def flags(text: str) -> list[str]:
    return detect_red_flags(normalise(text))


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("back's bad and it takes ages to get a wee started", "bladder_bowel"),
        ("having trouble starting my pee since yesterday, back 7", "bladder_bowel"),
        ("suddenly I can't follow what anyone is saying to me", "stroke_signs"),
        ("pain for my chest since evening, I dey sweat", "chest_pain"),
    ],
)
def test_said_plainly(text: str, flag: str) -> None:
    assert flag in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "poo a normal colour, nothing black, just constipated",
        "had tightness in my chest on monday, went to ED, ECG all clear, turned out to be a muscle",
        "the face droop thing last week was my dentist's numbing, GP checked me, nothing wrong",
        "went to the walk-in for the hives, they've cleared up now",
        "my wife stops breathing in her sleep sometimes, she has sleep apnoea",
        "full of a cold, running a temp",
        "bit of a fever after my covid booster",
        "took my amitriptyline late, didnt wake til 9 and still groggy",
        "my mum (I look after her) was hard to wake after her morphine, the GP lowered her dose",
        "left leg numb and tingling from the bum down, 6/10",
    ],
)
def test_no_alarm(text: str) -> None:
    assert flags(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "my speech is slurred, the GP checked me over last week and found nothing wrong",
        "fever and shivering and my back is killing me, probably the flu",
        "she stops breathing and I can't wake her after her oxy",
        "she didnt wake til the ambulance came",
        "numb between my legs and down my right leg",
    ],
)
def test_still_urgent(text: str) -> None:
    assert flags(text) != []
