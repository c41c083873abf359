"""Red flags said in ways a fifth blind safety set (94) and a development-mix set (93)
showed missed or raised wrongly; each case here is written in our own words, of the same
kind."""

from __future__ import annotations

import pytest

from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise


def flags(text: str) -> list[str]:
    return detect_red_flags(normalise(text))


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "went down in the car park because my left leg just went, it's weaker every day",
            "leg_weakness",
        ),
        ("couldn't get out of the recliner without pushing up with my arms today", "leg_weakness"),
        (
            "my right leg isn't mine anymore, hauling it up the stairs, worse since Sunday",
            "leg_weakness",
        ),
        ("I could walk on my heels on Monday, now I can't at all on the left", "leg_weakness"),
        (
            "took the kids to school and my right leg kept going weak, worse than last week",
            "leg_weakness",
        ),
        (
            "walked the dog and my left leg kept giving out, far worse than yesterday",
            "leg_weakness",
        ),
        ("left leg's gotten so weak I need to lift it onto the bed with my hands", "leg_weakness"),
        ("shivery, hot then cold all evening and the back is throbbing", "fever"),
        ("didn't know I had to wee until it was already too late, twice today", "bladder_bowel"),
        (
            "I can't hold my mug with my right hand and my words keep coming out wrong",
            "stroke_signs",
        ),
    ],
)
def test_said_in_other_words_alarms(text: str, flag: str) -> None:
    assert flag in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "can gabapentin make you lose control of your bladder?",
        "does oxycodone cause people to have trouble peeing?",
        "is it common for tizanidine to make your legs feel weak?",
        "could celecoxib give someone a fever?",
        "my face isn't swollen at all, it's just a spot",
        "lips went blue from the grape ice lolly, kids thought it was hilarious",
        "grandma's legs are getting weaker, she's 88, pain 4 for me",
        "numb down below after the birth of my daughter, 30 years ago, normal ever since",
        "coughed up blood once when I was 17 with pneumonia, nothing since",
        "my manager is giving me chest pains with these targets",
        "my knees turned to jelly when the consultant said it wasn't cancer - relief",
        "scan showed my bladder is emptying completely, no retention",
        "read an article about opioid overdoses, made me count my tablets",
        "I asked the GP what a fever would mean with back pain, just to know",
        "cycled over the bridge and back this morning, 30 min, back fine",
    ],
)
def test_questions_figures_and_the_past_raise_nothing(text: str) -> None:
    assert flags(text) == []


def test_a_place_passed_with_the_drop_looked_at_still_alarms() -> None:
    assert "suicidal" in flags(
        "I drive across the viaduct every day and keep looking at the drop, it'd be quick"
    )
