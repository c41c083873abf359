"""A medicine judged by the one taking it is kept as a note, even said alone (it got
"didn't catch that"); relief that lasts a while is no night's sleep."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import NoteIntent, SleepIntent
from bot.parsing.parser import parse

LONDON = ZoneInfo("Europe/London")
NOW = dt.datetime(2026, 12, 7, 15, 0, tzinfo=LONDON)
MEDS = ["naproxen", "tramadol", "gabapentin", "oxycodone"]


@pytest.mark.parametrize(
    "text",
    [
        "i feel like my meds arent working anymore",
        "the gabapentin doesn't do anything",
        "tramadol only lasts 2 hours",
        "naproxen wears off by lunch",
        "painkillers dont touch it",
        "gaba does nothing for me",
        "oxy wears off after 3 hrs",
        "the naproxen has stopped working",
    ],
)
def test_a_medicine_judged_is_kept_as_a_note(text: str) -> None:
    intents = parse(text, MEDS, NOW, LONDON)
    assert [type(i) for i in intents] == [NoteIntent], intents


@pytest.mark.parametrize(
    "text", ["the naproxen is working", "meds seem to be helping", "my meds are on the table"]
)
def test_no_verdict_is_no_note(text: str) -> None:
    assert parse(text, MEDS, NOW, LONDON) == []


def test_relief_that_lasts_is_no_sleep_but_a_night_still_is() -> None:
    assert not any(
        isinstance(i, SleepIntent) for i in parse("tramadol only lasts 2 hours", MEDS, NOW, LONDON)
    )
    told = parse("slept 2 hours, tramadol only lasts 3 hours", MEDS, NOW, LONDON)
    assert [i.hours for i in told if isinstance(i, SleepIntent)] == [2]
