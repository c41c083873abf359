"""A missed dose made up with two at once, and a part of one tablet taken (blind set 89):
the record keeps the missed dose missed and the catch-up as one dose of two tablets; a
tablet cut in half is half a tablet, whatever words cut it."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import check, run

PERTH = ZoneInfo("Australia/Perth")
NIGHT = datetime(2026, 5, 4, 21, 30, tzinfo=PERTH)
MEDS = ["gabapentin", "pregabalin", "meloxicam", "tizanidine", "oxycodone", "diazepam"]


def dose(**fields: Any) -> dict[str, Any]:
    return {"kind": "dose", **fields}


@pytest.mark.parametrize(
    ("text", "med", "at"),
    [
        ("skipped my gabapentin at lunch so I took 2 this evening", "gabapentin", None),
        (
            "forgot the morning lyrica, took two at 6 to make up",
            "pregabalin",
            "2026-05-04T18:00:00+08:00",
        ),
        ("missed this morning's mobic, doubled up at 7", "meloxicam", "2026-05-04T19:00:00+08:00"),
        ("no lunchtime gabapentin, had 2 at 5", "gabapentin", "2026-05-04T17:00:00+08:00"),
    ],
)
def test_two_at_once_after_a_missed_dose_are_that_medicines(
    text: str, med: str, at: str | None
) -> None:
    out = run(text, MEDS, NIGHT, PERTH)
    taken = dose(status="taken", medication=med, count=2) | ({"at": at} if at else {})
    assert check(out, [dose(status="skipped", medication=med), taken]) is None, out


def test_two_of_another_medicine_after_a_missed_one_stay_the_others() -> None:
    out = run("forgot my gabapentin, took 2 valium at 8", MEDS, NIGHT, PERTH)
    assert check(out, [dose(status="taken", medication="diazepam", count=2)]) is None, out


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("cut my 7.5 meloxicam in half and had it with dinner", 0.5),
        ("broke the tizanidine in two and took one bit", 0.5),
        ("half of a 10 oxy at 8", 0.5),
        ("a quarter of a tizanidine before bed", 0.25),
        ("had 3/4 of a valium", 0.75),
    ],
)
def test_a_part_of_one_tablet(text: str, count: float) -> None:
    out = run(text, MEDS, NIGHT, PERTH)
    assert [d["count"] for d in out if d["kind"] == "dose"] == [count], out


def test_half_an_hour_is_no_part_of_a_tablet() -> None:
    out = run("took my oxy half an hour ago", MEDS, NIGHT, PERTH)
    assert [d["count"] for d in out if d["kind"] == "dose"] == [None], out


def test_a_count_then_when_it_was_is_a_dose() -> None:
    out = run("took 2 this morning", MEDS, NIGHT, PERTH)
    assert check(out, [dose(status="taken", count=2)]) is None, out
    out = run("took 2 buses to the clinic", MEDS, NIGHT, PERTH)
    assert check(out, [], ("dose",)) is None, out
