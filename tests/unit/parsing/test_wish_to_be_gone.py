"""A wish to be gone (Sandbox, Toronto): not waking up thought of is thoughts of suicide,
never the overdose's sign, which is what someone sees in another or an event ("couldn't
wake him", "I couldn't be woken"); wanting to disappear or vanish is asked about gently
(bot.parsing.hopeless), never the pain that disappears."""

from __future__ import annotations

import pytest

from bot.parsing.hopeless import sounds_hopeless
from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise


def flags(text: str) -> list[str]:
    return detect_red_flags(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "sometimes i think about not waking up",
        "i keep thinking about not waking up",
        "I've been thinking a lot about just not waking up",
        "i dream of not waking up",
        "i fantasize about not waking up",
        "i imagine not waking up",
        "i just want to sleep and never wake up",
    ],
)
def test_not_waking_thought_of_is_suicidal_only(text: str) -> None:
    assert flags(text) == ["suicidal"]


@pytest.mark.parametrize(
    "text",
    [
        "couldn't wake him",
        "my wife couldn't wake me",
        "I couldn't be woken",
        "he could not be roused this morning",
        "she thinks he's not waking up properly",
    ],
)
def test_someone_not_waking_seen_is_the_overdose_sign(text: str) -> None:
    assert "overdose_signs" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "i want to disappear",
        "sometimes i want to disappear",
        "i wanna disappear",
        "i want to vanish",
        "want to vanish off the face of the earth",
        "i wish i could vanish",
        "wish i could fade away",
        "i wish i didn't exist",
        "i want to run away and disappear",
        "i'd like to just vanish",
    ],
)
def test_a_wish_to_be_gone_is_asked_about(text: str) -> None:
    low = normalise(text)
    assert sounds_hopeless(low)
    assert "overdose_signs" not in flags(text)


@pytest.mark.parametrize(
    "text",
    ["wish I could disappear", "wish I wasn't here", "wish I could just not exist"],
)
def test_a_plainer_wish_is_the_crisis_reply(text: str) -> None:
    assert flags(text) == ["suicidal"]


@pytest.mark.parametrize(
    "text",
    [
        "the pain disappeared",
        "i want the pain to disappear",
        "i want this pain to just vanish",
        "wish the pain would disappear",
        "wish i could disappear for a week on a beach",
        "i want to disappear to the cottage this weekend",
        "my son wants to disappear into his room",
        "i want to disappear off to bed early",
    ],
)
def test_the_pain_gone_or_a_trip_is_no_wish_to_be_gone(text: str) -> None:
    assert not sounds_hopeless(normalise(text)) and not flags(text)
