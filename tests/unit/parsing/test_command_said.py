"""A command asked for in words, and a medicine's reminders asked to stop."""

from __future__ import annotations

import pytest

from bot.parsing.command_said import (
    add_said,
    command_said,
    remove_asked_for,
    stop_reminders_for,
)
from bot.parsing.taken_question import asks_if_taken


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("show my meds", "meds"),
        ("what meds am i on", "meds"),
        ("list my medications please", "meds"),
        ("what's my pain been like this week", "summary"),
        ("how has my week been", "summary"),
        ("send my report for the doctor", "report"),
        ("can you make a pdf for my gp", "report"),
        ("what can you do", "help"),
        ("how does this work", "help"),
    ],
)
def test_a_command_asked_for_in_words(text: str, command: str) -> None:
    assert command_said(text) == command


@pytest.mark.parametrize(
    "text",
    [
        "my back hurts",
        "took my meds",
        "my medication is making me sick",
        "help me the pain is unbearable",  # distress, not the command list
    ],
)
def test_a_report_is_no_command(text: str) -> None:
    assert command_said(text) is None


@pytest.mark.parametrize(
    ("text", "medicine"),
    [
        ("stop reminding me about the naproxen", "naproxen"),
        ("dont remind me about naproxen anymore", "naproxen"),
        ("no more reminders for the aleve", "naproxen"),
        ("stop reminding me to take gabapentin", "gabapentin"),
        ("stop reminding me about my appointment", None),
        ("stop the naproxen", None),  # a stop of the medicine: offered as a change
    ],
)
def test_a_medicines_reminders_asked_to_stop(text: str, medicine: str | None) -> None:
    assert stop_reminders_for(text, ["naproxen", "gabapentin"]) == medicine


@pytest.mark.parametrize(
    "text", ["what did i take today", "what have i had so far", "what meds did i take today?"]
)
def test_what_did_i_take_is_every_dose_of_the_day(text: str) -> None:
    q = asks_if_taken(text, ["naproxen"])
    assert q is not None and q.about_all and not q.how_many


def test_what_did_i_have_for_dinner_is_not_about_doses() -> None:
    assert asks_if_taken("what did i have for dinner", ["naproxen"]) is None


@pytest.mark.parametrize(
    ("text", "medicine"),
    [
        ("delete the tramadol", "tramadol"),
        ("remove naproxen from my list", "naproxen"),
        ("take the omeprazole off my list", "omeprazole"),
        ("can you please get rid of the naproxen", "naproxen"),
        ("take the tramadol", None),  # a dose to take
        ("take 2 naproxen", None),
        ("delete the tramadol i logged", None),  # a dose to undo
        ("remove the tramadol dose from this morning", None),
        ("delete the ibuprofen", None),  # not on the list
    ],
)
def test_a_removal_asked_in_words(text: str, medicine: str | None) -> None:
    assert remove_asked_for(text, ["tramadol", "naproxen", "omeprazole"]) == medicine


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("add naproxen", "naproxen"),
        ("Add naproxen", "naproxen"),
        ("please add my gabapentin 300mg at 8am", "gabapentin 300mg at 8am"),
        ("can you add naproxen to my list", "naproxen"),
        ("add a reminder for my cymbalta at 9am every day", "cymbalta at 9am every day"),
        ("i want to add tylenol", "tylenol"),
        ("add zorbex 20mg", "zorbex 20mg"),  # a brand we don't know, with its strength
    ],
)
def test_add_said(text: str, line: str) -> None:
    assert add_said(text) == line


@pytest.mark.parametrize(
    "text",
    [
        "add more salt",
        "add to my questions: is the tingling from the duloxetine?",
        "add it",
        "add that to my notes",
        "add another tylenol at 3pm",
        "add 2 tylenol",
        "added naproxen",
        "add zorbex",  # no medicine we know, nothing that says one
    ],
)
def test_add_not_said(text: str) -> None:
    assert add_said(text) is None
