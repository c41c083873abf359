"""Serotonin syndrome told in everyday words on tramadol with an antidepressant that acts
on serotonin: a blind set (38 of 70 answered at first sight) showed the labels' signs
missed when said as people say them — drenched, wired, jittery, hot like fire, legs
kicking out on their own, muscles rock hard, can't walk straight — and a spell of last
year read as now. Each case here is written in our own words, of the same kind."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.intents import SideEffectIntent
from bot.parsing.parser import parse
from bot.storage.models import Medication
from bot.telegram.understood import syndrome_in

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 7, 15, 0, tzinfo=LONDON)
MEDS = ("tramadol", "duloxetine")


def effects(text: str) -> set[str]:
    return {
        e
        for i in parse(text, MEDS, NOW, LONDON)
        if isinstance(i, SideEffectIntent)
        for e in i.effects
    }


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("woke up drenched this afternoon", "sweating"),
        ("my shirt is soaked through and I'm indoors", "sweating"),
        ("feel wired and jittery since the new dose", "agitation"),
        ("so jumpy inside I can't settle", "agitation"),
        ("body is hot like fire", "feeling_hot"),
        ("my heart is beating so fast", "racing_heart"),
        ("my foot keeps kicking out on its own", "muscle_jerks"),
        ("the muscles in my thighs keep jumping", "muscle_jerks"),
        ("my arms are going rigid", "rigidity"),
        ("my jaw is rock hard", "rigidity"),
        ("I keep dropping things and can't walk straight", "incoordination"),
        ("the curtains are moving by themselves", "hallucinations"),
        ("my thoughts are all jumbled", "confusion"),
        # (a second blind set's kinds, none of the obvious words)
        ("I can't stay in one place, walking round and round", "agitation"),
        ("I'm so wound up I could scream", "agitation"),
        ("I'm talking to people who aren't in the room", "hallucinations"),
        ("I keep seeing shadows moving by the door", "hallucinations"),
        ("my sheets are soaked and I'm indoors", "sweating"),
        ("I feel feverish", "feeling_hot"),
        ("my pulse is 135 sitting down", "racing_heart"),
        ("my hands won't keep still", "tremor"),
        ("my calf keeps going into little spasms", "muscle_jerks"),
        ("my eyes keep flicking side to side", "muscle_jerks"),
        ("my arms feel locked solid", "rigidity"),
        ("I keep walking into door frames", "incoordination"),
        ("I can't make sense of the telly", "confusion"),
        # (a third blind set's)
        ("I'm all jumpy and on edge tonight", "agitation"),
        ("my face is flushed", "feeling_hot"),
        ("heart rate's 128 on my watch", "racing_heart"),
        ("my arm keeps flinging out", "muscle_jerks"),
        ("my legs have gone rigid", "rigidity"),
        ("keep bumping into furniture all of a sudden", "incoordination"),
    ],
)
def test_the_labels_signs_in_everyday_words(text: str, sign: str) -> None:
    assert sign in effects(text), effects(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("stiff as a board this morning, pain 5", "rigidity"),
        ("back's stiff again after sitting", "rigidity"),
        ("the cymbalta keeps me wired at night", "agitation"),
        ("got drenched in the rain walking the dog", "sweating"),
        ("I'm roasting in here, heating's on full", "feeling_hot"),
        ("my back went into spasm lifting the shopping", "muscle_jerks"),
        ("back spasms again tonight, pain 7", "muscle_jerks"),
        ("I'm seeing people tomorrow for lunch", "hallucinations"),
    ],
)
def test_what_is_no_sign(text: str, sign: str) -> None:
    assert sign not in effects(text), effects(text)


def _alarm(text: str) -> bool:
    meds = [
        Medication(name="Tramadol", generic="tramadol"),
        Medication(name="Cymbalta", generic="duloxetine"),
    ]
    return syndrome_in(effects(text), meds, text) is not None


def test_two_groups_in_everyday_words_are_the_alarm() -> None:
    assert _alarm("soaked through and my legs keep kicking out on their own since the tramadol")
    assert _alarm("wired and jittery, heart beating so fast, second tramadol today")
    assert _alarm("my arms are going rigid and I feel hot like fire")


def test_one_group_or_a_spell_long_over_is_not() -> None:
    assert not _alarm("a bit jittery today, that's all")
    assert not _alarm(
        "skipped lunch, went trembly and clammy, had a biscuit and it passed in minutes"
    )
    assert not _alarm(
        "two years ago I was drenched and shaking on tramadol with sertraline, "
        "what should I tell the GP?"
    )


def test_signs_put_down_to_coffee_or_low_sugar_are_not_recorded() -> None:
    """The record says what the person meant: "3 espressos and now I'm jittery" is the
    coffee's, not a side effect of a medicine (and not a sign the alarm adds up hours later)."""
    assert not effects("3 espressos at work and now I'm jittery, heart thumping") & {
        "agitation",
        "racing_heart",
    }
    assert not effects("sugar was low, shaky and clammy till I ate") & {"tremor", "sweating"}
    assert "agitation" in effects("no coffee at all today but so jittery")


def test_walking_into_door_frames_is_no_walk_and_the_summary_says_it_plainly() -> None:
    from bot.domain.summary import effect_words

    kinds = [i.kind for i in parse("I keep walking into door frames", MEDS, NOW, LONDON)]
    assert "activity" not in kinds
    assert effect_words("incoordination") == "clumsiness"
    assert effect_words("rigidity") == "stiff, rigid muscles"
    assert effect_words("dry_mouth") == "dry mouth"
