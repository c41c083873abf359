"""Why a message naming a medicine logged no dose: another person's, or none taken."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import DoseIntent, parse
from bot.parsing.unlogged import Unlogged, why_unlogged

MEDS = ["ibuprofen", "gabapentin"]
UTC = ZoneInfo("UTC")
NOW = dt.datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def no_dose(text: str) -> bool:
    return not any(isinstance(i, DoseIntent) for i in parse(text, MEDS, NOW, UTC))


@pytest.mark.parametrize(
    "text",
    [
        "my wife took 2 of my ibuprofen",
        "gave mum her tramadol at 8",
        "my husband is on pregabalin too",
        "my flatmate nicked two of my co-codamol",
        "she took her tylenol after lunch",
        "handed my son his naproxen",
    ],
)
def test_anothers_dose(text: str) -> None:
    assert no_dose(text), "nothing of the writer's to record"
    assert why_unlogged(text, MEDS) is Unlogged.ANOTHERS


@pytest.mark.parametrize(
    "text",
    [
        "I normally take gabapentin at 9",
        "doctor says max 3 ibuprofen a day",
        "if it's still bad tonight I'll take another ibuprofen",
        "the GP wants me to try naproxen instead",
        "I gave my dad a lift to get his tramadol",  # a lift, not a dose given
        "I used to be on flexeril back in 2022",
    ],
)
def test_named_but_not_taken(text: str) -> None:
    assert no_dose(text)
    assert why_unlogged(text, MEDS) is Unlogged.NOT_TAKEN


@pytest.mark.parametrize("text", ["the weather is awful", "my wife is away this week", ""])
def test_no_medicine_named(text: str) -> None:
    assert why_unlogged(text, MEDS) is None
