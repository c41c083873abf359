"""A count of whole doses ("twice", "2 doses", "a double dose") is marked as such
(DoseIntent.of_dose), so a dose of two tablets said twice is four tablets, and a count of
tablets ("2 paracetamol") is not."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import DoseIntent
from bot.parsing.parser import parse

NOW = dt.datetime(2026, 12, 7, 12, 5, tzinfo=dt.UTC)


def _dose(text: str) -> DoseIntent:
    found = [i for i in parse(text, ["gabapentin", "acetaminophen"], NOW, ZoneInfo("UTC"))]
    doses = [i for i in found if isinstance(i, DoseIntent)]
    assert len(doses) == 1, found
    return doses[0]


@pytest.mark.parametrize(
    "text",
    ["took my gabapentin twice", "took 2 doses of gabapentin", "had a double dose of my tylenol"],
)
def test_doses_counted(text: str) -> None:
    dose = _dose(text)
    assert (dose.count, dose.of_dose) == (2.0, True)


@pytest.mark.parametrize("text", ["took 2 gabapentin", "2 tylenol at lunch", "took two caps"])
def test_tablets_counted(text: str) -> None:
    dose = _dose(text)
    assert (dose.count, dose.of_dose) == (2.0, False)
