"""Red flags said in ways a blind safety set (91) and a formal-writers set (87) showed
missed or raised wrongly; each case here is written in our own words, of the same kind."""

from __future__ import annotations

import pytest

from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise


def flags(text: str) -> list[str]:
    return detect_red_flags(normalise(text))


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("my bladder's stopped working, I have to push on my belly to pee", "bladder_bowel"),
        ("no puedo orinar desde anoche, back is bad", "bladder_bowel"),
        ("woke up wet again and honestly didn't feel a thing", "bladder_bowel"),
        ("no feeling between my bum cheeks since this morning", "saddle_numbness"),
        ("sitting feels like I'm sitting on nothing", "saddle_numbness"),
        ("had to lift my right leg into bed with my hands tonight", "leg_weakness"),
        ("my left leg has gone so weak in a few days I can't climb the step", "leg_weakness"),
        ("thermometer aside, I'm at 102.2F and shaking", "fever"),
        ("hot to the touch and sweating, but can't get warm", "fever"),
        ("me? not too good, 38.9 degrees and the back is worse", "fever"),
        ("he's snoring weirdly and won't respond to us after his oxy", "overdose_signs"),
        ("so sleepy I keep nodding off while texting, took 2 norco", "overdose_signs"),
        ("face went red and puffy after the new tablets, throat tight", "allergic_reaction"),
        ("my face looks like someone inflated it", "allergic_reaction"),
        ("swelling around my lips since the penicillin", "allergic_reaction"),
        ("lips puffing up after the antibiotic the dentist gave me", "allergic_reaction"),
    ],
)
def test_said_plainly_in_other_words_alarms(text: str, flag: str) -> None:
    assert flag in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # another's overdose, over and recovering
        "my cousin was admitted after he took too many of his sleeping pills, he's recovering",
        "over christmas my uncle mixed his pills with whisky and we couldn't wake him, "
        "he's fine now",
        # asked what a medicine may cause
        "could tramadol cause black stools at all?",
        "can naproxen give you chest pain",
        # a word read, not a sign
        "the word 'overdose' on the leaflet scared me, I only take one",
        # a fever long gone, the fear now
        "last summer I had a kidney infection with a high fever so I'm wary now, temp normal today",
        "years ago when I was on diclofenac I had black stools, so I'm careful now",
        # a checklist ticked no
        "nurse said to watch for numbness between the legs and bladder trouble, happy to "
        "report none of these",
        "fever ❌ numbness ❌ just stiff",
        # a weakness the same for a year, not worse
        "my left leg feels weak on stairs. It has been the same for about a year now, "
        "not any worse",
        # numbness a nerve block made, worn off
        "the numbness down below from the epidural wore off this afternoon",
        # a catch-up dose, no sign of too much
        "doubled up on the naproxen because I forgot last night's, is that ok?",
        # a figure of speech
        "the parking fine nearly gave me a stroke",
        # another person's own circle
        "a lady from my church lost control of her bladder and had surgery",
        "dog vomited blood at the vet today, poor boy",
        # safe long after, well supported
        "in my teens I tried to end it, but I've got good support now and mood's a solid 8",
    ],
)
def test_no_alarm(text: str) -> None:
    assert flags(text) == [], flags(text)


def test_a_slip_corrected_after_a_question_mark_is_no_denial() -> None:
    assert "allergic_reaction" in flags(
        "lips swelling and wheezing after the gel? no wait, after the new pills"
    )


def test_a_denial_after_the_question_still_denies() -> None:
    assert flags("weak legs? no, they're fine") == []
