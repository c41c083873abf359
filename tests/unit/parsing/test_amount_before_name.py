"""An amount written as a bare number before a medicine's name ("took 1000 of tylenol")
is the dose's amount, read as the same number after the name is ("tylenol 1000"); a
number a count can be ("2 of my norco", "took 30 tylenol") stays a count."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

CHICAGO = ZoneInfo("America/Chicago")
NOON = datetime(2026, 12, 8, 12, 55, tzinfo=CHICAGO)
MEDS = ["norco", "tylenol"]


def _doses(text: str, meds: list[str] = MEDS) -> list[dict[str, Any]]:
    return [i for i in run(text, meds, NOON, CHICAGO) if i["kind"] == "dose"]


def _one(text: str, meds: list[str] = MEDS) -> dict[str, Any]:
    doses = _doses(text, meds)
    assert len(doses) == 1, doses
    return doses[0]


@pytest.mark.parametrize(
    "text",
    [
        "took 1000 of tylenol",
        "took 1000 tylenol",
        "1000 of tylenol",
        "had 1000 of my tylenol",
        "just took 1000 of the tylenol",
        "popped 1000 of tylenol for the back",
    ],
)
def test_a_number_no_count_can_be_is_the_amount(text: str) -> None:
    dose = _one(text)
    assert dose["medication"] == "tylenol"
    assert (dose["amount"], dose["count"]) == (1000, None), dose
    # the unit as after the name: unsaid, read by the bot as the medicine's own
    assert dose["unit"] == _one("took tylenol 1000")["unit"]


def test_alone_it_reads_as_the_number_after_the_name() -> None:
    assert _one("1000 of tylenol") == _one("tylenol 1000")


def test_beside_a_count_of_another_medicine() -> None:
    norco, tylenol = _doses("took 2 norcos and 1000 of tylenol")
    assert norco["count"] == 2 and norco["amount"] is None
    assert (tylenol["medication"], tylenol["amount"], tylenol["count"]) == ("tylenol", 1000, None)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("600 of ibuprofen", 600),
        ("took 400 of my ibuprofen after lunch", 400),
        ("800 motrin", 800),
        ("took 200 of the advil", 200),
    ],
)
def test_a_marketed_strength_before_the_name_has_its_unit(text: str, amount: int) -> None:
    dose = _one(text, ["ibuprofen"])
    assert (dose["amount"], dose["unit"], dose["count"]) == (amount, "mg", None), dose


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("2 of my norco", 2),
        ("took 1 of the tylenol", 1),
        ("took 3 tylenol", 3),
        ("took 4 of the tylenol at 9", 4),
        # thirty tablets, as said: an overdose to answer, never read away as 30 mg
        ("took 30 tylenol", 30),
        ("took 20 of the tylenol", 20),
    ],
)
def test_a_number_a_count_can_be_stays_a_count(text: str, count: int) -> None:
    dose = _one(text)
    assert (dose["count"], dose["amount"]) == (count, None), dose


def test_ten_of_a_medicine_sold_as_10_mg_is_its_strength() -> None:
    # "10" could be ten tablets or 10 mg; after the name ("oxycodone 10") a marketed
    # strength wins, and before it the same reading is kept: 10 mg, no count.
    before = _one("took 10 of oxycodone", ["oxycodone"])
    after = _one("took oxycodone 10", ["oxycodone"])
    assert (before["amount"], before["unit"], before["count"]) == (10, "mg", None)
    assert (before["amount"], before["unit"]) == (after["amount"], after["unit"])


def test_a_clock_before_the_name_stays_a_time() -> None:
    dose = _one("took 2 at 1000 tylenol")
    assert dose["count"] == 2 and dose["amount"] is None
    assert dose["at"] == "2026-12-08T10:00:00-06:00"
    bare = _one("took 2 at 1000")
    assert bare["count"] == 2 and bare["at"] == "2026-12-08T10:00:00-06:00"


@pytest.mark.parametrize(
    "text",
    [
        "taking 300 of gabapentin 3 times a day now",
        "taking gabapentin 300 3 times a day now",
        "800 motrin every 8 hours",
        "need 800 motrin?",
    ],
)
def test_how_often_or_a_question_is_no_dose(text: str) -> None:
    assert _doses(text, ["ibuprofen", "gabapentin"]) == []
