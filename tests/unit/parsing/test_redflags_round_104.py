"""Red flags a seventh blind safety-net set (104) showed missed or raised wrongly, each
written here in our own words, of the same kind."""

from __future__ import annotations

import pytest

from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise
from tests.unit.parsing.helpers import run


def flags(text: str) -> list[str]:
    return detect_red_flags(normalise(text))


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("since this morning I am not getting any urge to pass water", "bladder_bowel"),
        ("it feels like the dentist's novocaine but round my bum", "saddle_numbness"),
        ("red welts all over my arms and I can't get a breath in properly", "allergic_reaction"),
        ("my toilet came out black like coal tar this morning", "gi_bleeding"),
        ("sicked up dark stuff that looked like old coffee", "gi_bleeding"),
        ("crushing ache behind my breastbone, nothing like my normal indigestion", "chest_pain"),
        ("suddenly can't hold a spoon in my right hand", "stroke_signs"),
        ("my mouth keeps drooling out of the left side", "stroke_signs"),
        ("whatever I say comes out jumbled since lunch", "stroke_signs"),
        ("my left arm won't do what I want it to", "stroke_signs"),
    ],
)
def test_said_in_everyday_words(text: str, flag: str) -> None:
    assert flag in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # a joke's threat, laughed at
        "if I get one more letter from the benefits office I'll jump off the pier lol 😂",
        # checked in A&E and cleared, and said to be the muscles
        "A&E checked the chest pain last night, ECG and bloods fine, they said it's muscular",
        # the dark stools explained by what was eaten, or a test found no blood
        "the black poo was from the liquorice allsorts I ate over the weekend",
        "nurse tested a sample and there's no blood in it, the dark colour is gone now",
    ],
)
def test_no_alarm_for_what_is_explained(text: str) -> None:
    assert flags(text) == []


def test_an_overdose_by_mistake_is_no_wish_to_die() -> None:
    found = flags("mixed up my boxes and swallowed the whole strip of pregabalin, so drowsy")
    assert "overdose_signs" in found
    assert "suicidal" not in found


def test_a_heart_that_skipped_a_beat_skips_no_dose() -> None:
    out = run("my heart skipped a beat at the price of my gabapentin", ["gabapentin"])
    assert not [o for o in out if o["kind"] == "dose"]
    skipped = run("skipped my gabapentin", ["gabapentin"])
    assert [o["status"] for o in skipped if o["kind"] == "dose"] == ["skipped"]


def test_a_mind_all_mixed_up_is_no_accident() -> None:
    # (only the boxes or pills mixed up say an overdose was an accident)
    assert "suicidal" in flags("I'm all mixed up in my head and I don't want to live anymore")
