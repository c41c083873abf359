"""A dose called by its day ("took todays", "this morning's"), and a name with "now".

The medicine of such a dose is the one the message named before; "the evening ones"
are the several named before; a name with nothing but "now" after it is taken now.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from tests.unit.parsing.helpers import BERLIN, check, run

MEDS = ["naproxen", "pregabalin", "tizanidine", "amitriptyline"]
MORNING = datetime(2026, 3, 10, 9, 30, tzinfo=BERLIN)
NIGHT = datetime(2026, 3, 10, 22, 15, tzinfo=BERLIN)


def dose(**fields: Any) -> dict[str, Any]:
    return {"kind": "dose", **fields}


@pytest.mark.parametrize(
    "text",
    ["took todays", "had this morning's ✔️", "took this mornings, all good", "took today’s dose"],
)
def test_a_dose_called_by_its_day_is_a_dose(text: str) -> None:
    out = run(text, MEDS, MORNING)
    assert check(out, [dose(status="taken")]) is None, out


@pytest.mark.parametrize("text", ["took this mornings walk slowly", "had todays nap at 2"])
def test_the_days_walk_or_nap_is_no_dose(text: str) -> None:
    out = run(text, MEDS, NIGHT)
    assert check(out, [], ("dose",)) is None, out


@pytest.mark.parametrize(
    ("text", "missed", "other"),
    [
        # The day's dose of the one missed, taken with another medicine named after it.
        (
            "missed my lyrica last night. had this mornings with the aleve at 8",
            "pregabalin",
            "naproxen",
        ),
        (
            "zanaflex forgotten yesterday, got the morning one in at 8 w my naproxen",
            "tizanidine",
            "naproxen",
        ),
        (
            "skipped naproxen yesterday (stomach) but took todays at 8 together with the lyrica",
            "naproxen",
            "pregabalin",
        ),
    ],
)
def test_the_days_dose_with_another_is_the_missed_ones_and_the_others(
    text: str, missed: str, other: str
) -> None:
    out = run(text, MEDS, MORNING)
    at = "2026-03-10T08:00:00+01:00"
    want = [
        dose(status="skipped", medication=missed),
        dose(status="taken", medication=missed, at=at),
        dose(status="taken", medication=other, at=at),
    ]
    assert check(out, want) is None, out


def test_the_evening_ones_after_two_missed_are_both() -> None:
    out = run(
        "forgot the lyrica and the zanaflex at lunch, took the evening ones at 8", MEDS, NIGHT
    )
    at = "2026-03-10T20:00:00+01:00"
    want = [
        dose(status="skipped", medication="pregabalin"),
        dose(status="skipped", medication="tizanidine"),
        dose(status="taken", medication="pregabalin", at=at),
        dose(status="taken", medication="tizanidine", at=at),
    ]
    assert check(out, want) is None, out


@pytest.mark.parametrize(
    ("text", "medication"),
    [
        ("naproxen at 6 with dinner, amitriptyline going in now", "amitriptyline"),
        ("slept ok. aleve now", "naproxen"),
        ("lyrica 75 now", "pregabalin"),
    ],
)
def test_a_name_with_nothing_but_now_after_it_is_taken_now(text: str, medication: str) -> None:
    out = run(text, MEDS, NIGHT)
    assert check(out, [dose(status="taken", medication=medication, at=None)]) is None, out


@pytest.mark.parametrize(
    "text", ["aleve now?", "on lyrica now", "lyrica due now", "lyrica now makes me dizzy"]
)
def test_a_name_and_now_asked_or_of_the_regimen_is_no_dose_taken(text: str) -> None:
    out = run(text, MEDS, NIGHT)
    assert not [o for o in out if o["kind"] == "dose" and o["status"] == "taken"], out
