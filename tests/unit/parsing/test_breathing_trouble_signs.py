"""The FDA's signs of breathing trouble on an opioid with a gabapentinoid or another medicine
that slows the brain, said in the ways a blind set on sleepiness showed missed (27 of 80
answered at first sight): someone unrousable or unresponsive, asleep mid-meal or
mid-conversation, disorientation, a faint, dizziness that put them on the floor. Each case
here is written in our own words, of the same kind; near misses beside them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.parser import parse
from bot.parsing.redflags import detect_red_flags
from bot.parsing.sleepy import acutely_confused, fainted, strongly_sleepy, unusually_dizzy
from bot.parsing.text import normalise
from bot.storage.models import Medication
from bot.telegram.understood import sedation_reply

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 7, 15, 0, tzinfo=LONDON)
MEDS = ["codeine", "pregabalin"]


def flags(text: str) -> list[str]:
    return detect_red_flags(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "my son tried to wake me at 7 and couldn't, he says he shook me for ages",
        "she had to throw water over me to get me to wake up",
        "the nurse had to shout in his ear to get him to respond",
        "he didn't respond when I said his name, just snoring",
        "took us forever to get any response out of dad after lunch",
        "his breathing looked really shallow while he slept",
        "I went to sleep halfway through my dinner and they couldn't wake me",
        "keep dropping off in the middle of my lunch with the spoon in my hand",
        "she fell asleep between my questions twice",
        "I dozed off three times typing this",
        "nodded off at work, twice, mid conversation",
        # (a second blind set's kinds)
        "I was shouting at him for ages and he hardly opened his eyes",
        "pinched her arm and called her, got nothing back but a mumble",
        "took a lot of shaking his arm before he stirred at all",
        "dad dropped off with his sandwich still in his hand",
        "she fell asleep in the shower this morning",
        "his breathing has long pauses where he stops breathing, then a big gasp",
        "my husband has to shake me loads to get me up for my tea since the new tablets",
        # (a third blind set's kinds)
        "I shook his arm twice and he hardly moved",
        "called her name over and over, she just groaned",
        "we keep calling him and he is not answering us",
        "she went to sleep halfway through a sentence",
        "dozed off at the wheel at the lights",
        "dropped off four times during the kids' concert",
        "I have to remind myself to breathe tonight",
        "his breaths are so shallow you can barely see them",
        "she keeps stopping breathing for a few seconds in her sleep",
        "his breaths are coming really far apart",
    ],
)
def test_unrousable_or_asleep_mid_task_is_an_overdose_sign(text: str) -> None:
    assert flags(text) == ["overdose_signs"], text


@pytest.mark.parametrize(
    "text",
    [
        "had to set two alarms to wake up for my shift",
        "my pain didn't respond to the naproxen at all",
        "fell asleep at the table after a big Sunday lunch lol",
        "my leg went to sleep sitting on the loo and won't wake up",
        "dozed off watching the match as usual",
        "the patch keeps falling off in the shower",
        "was out cold for ten hours after the night shift, woke up fine",
        "nearly passed out when I saw the energy bill",
        "my breathing goes slow on purpose with the meditation app",
        "doing the slow breathing thing from physio, in for 4 and out for 8",
    ],
)
def test_ordinary_sleep_and_other_meanings_are_no_alarm(text: str) -> None:
    assert flags(text) == [], text


def test_a_person_gone_to_sleep_is_not_a_limb_asleep() -> None:
    # "went to sleep … and she couldn't wake me" read as a numb limb had been let go
    assert flags("I went to sleep on the sofa and my wife couldn't wake me") == ["overdose_signs"]


@pytest.mark.parametrize(
    "text",
    [
        "struggling to stay awake even walking to the kitchen",
        "my eyes keep shutting by themselves",
        "can barely hold my head up this afternoon",
        "I can't stop dropping off",
        "keep drifting off every few minutes",
        "very much drowsy since the morning",
        "I am very sleep today",
        "keep falling asleep on the loo of all places",
        "I keep going under while I'm reading your message",
        "slumping sideways in my chair and jerking awake",
        "been sleeping since the morning and can't get up",
        "she won't stay awake long enough to finish her cup of tea",
        "I slept standing up at the bus stop",
        "fighting to stay awake all afternoon, eyelids like lead",
        "she only opens her eyes when I squeeze her hand",
        "he can barely hold his head up at the table",
    ],
)
def test_sleepiness_past_the_ordinary(text: str) -> None:
    assert strongly_sleepy(normalise(text)), text


@pytest.mark.parametrize(
    "text", ["a bit sleepy after lunch", "sleepy as usual in the morning", "tired of this pain"]
)
def test_ordinary_sleepiness(text: str) -> None:
    assert not strongly_sleepy(normalise(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "she's really confused tonight",
        "I woke up and couldn't work out where I was",
        "dad didn't recognise his own front door",
        "he's talking gibberish since the afternoon",
        "he keeps asking me where he is",
        "my head feels all scrambled",
        "she's convinced it's 1985 and she's late for work",
        "woke up in my own bed and couldn't place myself",
        "he got lost in his own house looking for the bathroom",
        "mum asked me who I was this morning",
        "he's talking to people that aren't there",
        "no idea what month it is, I had to check my phone",
        "couldn't work out which room I was in",
        "she doesn't know she's in her own home, keeps packing a bag",
        "his words aren't coming out right, sentences that don't make any sense",
    ],
)
def test_disorientation(text: str) -> None:
    assert acutely_confused(normalise(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "a bit confused about when the second dose is",
        "the pharmacist confused me with the new box",
        "brain fog most days, nothing new",
        "forgetful lately",
        "I don't even know what day it is, work's been mad",
        "'confused' by the new box colours, that's all",
        "bit confused, does the lyrica go with food?",
        "not confused in herself, just cross with the chemist",
        "mum's muddled up which tablet is the night one",
        "I'm confused, the pharmacy gave me a different brand",
    ],
)
def test_a_muddle_about_instructions_or_a_fog_lived_with_is_not(text: str) -> None:
    assert not acutely_confused(normalise(text)), text


def test_dizziness_that_put_them_down_and_a_faint() -> None:
    assert unusually_dizzy(normalise("room was spinning, had to lie flat on the floor"))
    assert unusually_dizzy(normalise("so giddy I had to grab the railing"))
    assert not unusually_dizzy(normalise("dizzy for a second when I stood up"))
    assert fainted(normalise("I fainted in the bathroom this morning"))
    assert fainted(normalise("mum collapsed in the garden"))
    assert not fainted(normalise("nearly fainted when I saw the bill"))
    assert not fainted(normalise("I collapsed on the sofa after work"))
    assert fainted(normalise("fainted at the petrol station, woke up on the ground"))
    assert fainted(normalise("she went white and was out for a few seconds"))
    assert unusually_dizzy(
        normalise("the whole floor tilting, hanging on to the walls to get anywhere")
    )
    assert unusually_dizzy(
        normalise("having to crawl to the bathroom because it spins when I walk")
    )
    assert not unusually_dizzy(normalise("nearly keeled over when the physio said six more weeks"))
    assert fainted(normalise("everything went dark and I found myself on the kitchen floor"))
    assert fainted(normalise("my daddy fainted at breakfast"))
    assert unusually_dizzy(normalise("so unsteady he's holding onto the walls to get to bed"))
    assert unusually_dizzy(normalise("head swimming, had to sit on the kerb till it passed"))
    assert not unusually_dizzy(normalise("a bit unsteady on the wet pavement, didn't fall though"))


def _reply(text: str) -> str | None:
    meds = [
        Medication(name="Codeine", generic="codeine"),
        Medication(name="Pregabalin", generic="pregabalin"),
    ]
    said = sedation_reply(parse(text, MEDS, NOW, LONDON), text, meds, "Europe/London")
    return said[0] if said else None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("codeine and lyrica at 2, now my eyes keep shutting by themselves", "this sleepy"),
        ("I woke up and couldn't work out where I was, all jumbled", "this sleepy or muddled"),
        ("I fainted in the kitchen an hour after my codeine", "fainting or blacking out"),
        ("head spinning, had to sit down on the floor of the shop", "dizziness like this"),
    ],
)
def test_told_on_the_pair_it_is_answered_as_a_sign(text: str, words: str) -> None:
    said = _reply(text)
    assert said is not None and words in said, said


@pytest.mark.parametrize(
    "text",
    [
        "a bit confused about when the second dose is",
        "the GP confused me about the pregabalin",
        "I fainted once at school when I was 14, does that matter?",
        "last month I was very drowsy on codeine but fine now",
        "very drowsy the first week on it but that's settled now",
        "nearly keeled over when the consultant said surgery haha",
        "pain's a 2, so rare I think I'm hallucinating",
        "I was seeing things after my op, that was 2021, now all good",
        "very sleepy on Monday, the GP changed the dose and she's been fine since",
        "he was muddled on Sunday, a chest infection, completely himself again now",
    ],
)
def test_a_muddle_a_childhood_faint_or_a_past_spell_is_not(text: str) -> None:
    assert _reply(text) is None, text


def test_forgetting_things_is_memory_not_a_dose_skipped() -> None:
    # "I am forgetting things" marked the waiting dose skipped, reason forgot
    kinds = [i.kind for i in parse("I am forgetting things lately", MEDS, NOW, LONDON)]
    assert "dose" not in kinds
    kinds = [i.kind for i in parse("keep forgetting my pregabalin", MEDS, NOW, LONDON)]
    assert "dose" in kinds


def test_seeing_what_is_not_there_on_the_pair_is_the_minds_sign() -> None:
    said = _reply("keep seeing people in the hall who aren't there, codeine at 6")
    assert said is not None and "muddled" in said, said
