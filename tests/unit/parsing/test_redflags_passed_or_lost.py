"""A sign said to have passed is no red flag now ("long gone", "completely gone", "miles
better, I can lift my toes again", a dentist's numbing worn off, other people on the
news); a feeling or a control said to be gone is the sign itself. Written in our own
words, of the kinds two blind sets (99, 100) showed raised wrongly or missed."""

from __future__ import annotations

import pytest

from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise


def flags(text: str) -> list[str]:
    return detect_red_flags(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "ran a temperature at the weekend with the back, but it's long gone",
        "the fever I had in January is completely gone now, pain 3",
        "the foot drop from before the op is totally gone, walking fine",
        "foot drop is loads better, I can lift my foot again",
        "lip and chin numb and talking funny after the filling, now it's worn off",
        "read an article about people overdosing on oxycodone, makes me careful with mine",
    ],
)
def test_a_sign_that_has_passed_or_is_someone_elses_is_no_flag(text: str) -> None:
    assert flags(text) == [], text


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("my bowel control has totally gone since last night", "bladder_bowel"),
        ("the feeling around my bottom has just gone", "saddle_numbness"),
        ("can't feel anything down there when I wipe, it's completely gone", "saddle_numbness"),
        ("the foot drop is getting worse, can't lift my toes again", "leg_weakness"),
        ("face drooping on one side since the dentist this morning", "stroke_signs"),
        ("threw up three times tonight and there was dark red blood in it", "gi_bleeding"),
        ("my husband says people couldn't wake me after the oxycodone", "overdose_signs"),
    ],
)
def test_a_sign_lost_or_still_there_stays_a_flag(text: str, flag: str) -> None:
    assert flag in flags(text), text
