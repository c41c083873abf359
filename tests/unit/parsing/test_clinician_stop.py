""" "GP says nae mair paracetamol on top, just the cocodamol": a clinician's word to leave a
medicine off is the list's change (the one named after the stop, never the one kept beside
it) and no dose at all — taken or skipped (Sandbox, Glasgow)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import DoseIntent, parse
from bot.parsing.regimen_change import clinician_told_stop, says_regimen_changed

LONDON = ZoneInfo("Europe/London")
NOW = dt.datetime(2026, 12, 8, 11, 0, tzinfo=LONDON)
MEDS = ["acetaminophen/codeine", "acetaminophen", "ibuprofen", "naproxen"]


@pytest.mark.parametrize(
    ("text", "stopped"),
    [
        ("GP says nae mair paracetamol on top, just the cocodamol", "acetaminophen"),
        ("the doctor said no more ibuprofen, only the naproxen", "ibuprofen"),
        ("GP told her to stop the paracetamol and stick to co-codamol", "acetaminophen"),
        ("the GP says nae paracetamol, just the wee co-codamol", "acetaminophen"),
        ("GP said she's no tae take the ibuprofen any mair", "ibuprofen"),
        ("Dr Patel told me to stop the naproxen", "naproxen"),
        ("GP telt her nae mair o the wee co-codamol", "acetaminophen/codeine"),
        ("the doctor's told Mum to come off the naproxen, keep on with the cocodamol", "naproxen"),
    ],
)
def test_a_clinicians_stop_is_the_named_medicine_taken_off(text: str, stopped: str) -> None:
    change = says_regimen_changed(text, MEDS)
    assert change is not None, text
    assert (change.kind, change.medicine, change.told) == ("stopped", stopped, True)


@pytest.mark.parametrize(
    "text",
    [
        "GP says nae mair paracetamol on top, just the cocodamol",
        "the doctor said no more ibuprofen, only the naproxen",
        "GP told her to stop the paracetamol and stick to co-codamol",
        "the GP says nae paracetamol, just the wee co-codamol",
        "doctor says no more naproxen for her",
        "GP said she's no tae take the ibuprofen any mair",
        "gp told me no more naproxen",  # was a skip "for another reason"
    ],
)
def test_a_clinicians_stop_is_no_dose_taken_or_skipped(text: str) -> None:
    intents = parse(text, MEDS, NOW, LONDON)
    assert not [i for i in intents if isinstance(i, DoseIntent)], intents


def test_the_one_kept_is_never_offered_when_the_stopped_one_is_not_listed() -> None:
    """Sandbox, Glasgow: with only co-codamol listed, "stop the paracetamol and stick to
    co-codamol" offered co-codamol's Remove."""
    text = "GP told her to stop the paracetamol and stick to co-codamol"
    assert says_regimen_changed(text, ["acetaminophen/codeine"]) is None
    told = clinician_told_stop(text, ["acetaminophen/codeine"])
    assert told is not None and told.medicine == ""


@pytest.mark.parametrize(
    "text",
    [
        "doctor said no more than 3 ibuprofen a day",  # a maximum, not a stop
        "doctor said no more walking for a week",  # no medicine
        "no more ibuprofen today, doctor said it's fine",  # the person's own skip
        "did the doctor say no more naproxen?",  # asked
        "GP said no naproxen today",  # that day only
        "surgeon said stop the naproxen 5 days before my epidural",  # for a procedure
        "GP said stop the naproxen for now",  # a pause, offered elsewhere
        "doctor said the wee naproxen is fine",
        "the GP says keep going with the paracetamol",
    ],
)
def test_near_misses_are_no_clinicians_stop(text: str) -> None:
    change = says_regimen_changed(text, MEDS)
    assert change is None or not change.told, change


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("no more ibuprofen today, doctor said it's fine", "skipped"),
        ("doctor said stop the naproxen till after the endoscopy so not taking it", "skipped"),
        ("doctor said no more than 3 ibuprofen a day, took 1 at 9", "taken"),
    ],
)
def test_a_dose_told_beside_a_clinicians_word_is_still_read(text: str, status: str) -> None:
    doses = [i for i in parse(text, MEDS, NOW, LONDON) if isinstance(i, DoseIntent)]
    assert [d.status for d in doses] == [status], doses


@pytest.mark.parametrize(
    "text",
    [
        # the clinician named before, the word said by "she" or no one (Glasgow helper's
        # finding: "GP phoned back. Said no more naproxen" was a skipped dose)
        "GP phoned back. Said no more naproxen",
        "rang the GP, she said no more naproxen, just paracetamol",
        "saw the doctor today. he said to stop the naproxen",
    ],
)
def test_a_stop_said_after_the_clinician_was_named_is_the_lists_change(text: str) -> None:
    change = says_regimen_changed(text, MEDS)
    assert change is not None, text
    assert (change.kind, change.medicine, change.told) == ("stopped", "naproxen", True)
    assert not [i for i in parse(text, MEDS, NOW, LONDON) if isinstance(i, DoseIntent)]


def test_a_stop_said_by_no_clinician_stays_as_it_was() -> None:
    assert says_regimen_changed("she said no more naproxen", ["naproxen"]) is None
