"""Blind set 113's misses: a red flag said in one understated sentence of an ordinary
daily report — and two false alarms of set 112 (a nurse's patient, a night slept
through in second-language English)."""

from __future__ import annotations

import pytest

from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise


def flags(text: str) -> list[str]:
    return detect_red_flags(normalise(text))


SIGNS = {
    "suicidal": [
        "Mood 2. If I didn't wake up one of these mornings that would honestly be fine by me.",
    ],
    "leg_weakness": [
        "Needed the railing today, my legs just don't have the strength they had even last week.",
        "couldn't get out of the low chair at mum's without pushing off with both arms, "
        "legs just wouldn't do it, thats new",
    ],
    "overdose_signs": [
        "so drowsy I can barely keep my eyes open and my pupils in the mirror are like pinpricks",
    ],
    "gi_bleeding": [
        "the toilet bowl looks like someone tipped tar in it after I go, third time since saturday",
        "there was a lot of dark red blood in the pan, not just on the paper",
    ],
    "allergic_reaction": [
        "My eyes are swelling up, the left one nearly shut, started not long after the naproxen.",
    ],
}


@pytest.mark.parametrize(
    ("text", "flag"), [(text, flag) for flag, texts in SIGNS.items() for text in texts]
)
def test_one_sentence_of_a_daily_report(text: str, flag: str) -> None:
    assert flag in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt in bed 4 had chest pain half the night, ran off my feet. my back's a 7",
        "Very good night, 7 hours, I not wake up even one time",
        "the fever I had last week is gone, back's a 4",
        "a bit of blood on the paper, my piles again",
        "my brother passed out drunk at the party and we couldn't wake him properly, "
        "he's fine this morning thank god",
    ],
)
def test_no_alarm(text: str) -> None:
    assert flags(text) == []


def test_the_writer_who_could_not_be_woken_stays_urgent_when_fine_now() -> None:
    assert "overdose_signs" in flags("my wife couldn't wake me last night, I'm fine this morning")


@pytest.mark.parametrize(
    "text",
    [
        "she didn't wake up all night, I'm scared",
        "my husband didn't wake up all night after his oxy",
        "I didn't wake up all night till my wife shook me",
    ],
)
def test_one_who_did_not_wake_is_urgent(text: str) -> None:
    assert "overdose_signs" in flags(text)


def test_the_writers_night_slept_through_is_no_alarm() -> None:
    assert flags("I did not wake up all night, slept like a log") == []
