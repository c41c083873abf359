"""Full, careful sentences (blind set 87): two times for one medicine said "at 7 and at
19"; "my morning pills at 7, the Norco and the gabapentin" — the pills are those named."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import check, run

VIENNA = ZoneInfo("Europe/Vienna")
EVENING = datetime(2026, 10, 16, 21, 30, tzinfo=VIENNA)
MEDS = ["naproxen", "hydrocodone/acetaminophen", "gabapentin", "tizanidine", "tramadol"]


def dose(**fields: Any) -> dict[str, Any]:
    return {"kind": "dose", **fields}


@pytest.mark.parametrize(
    "text",
    [
        "Today I took my naproxen 500 mg at 7 and at 19.",
        "I have taken the naproxen at 7 and again at 19 h.",
    ],
)
def test_one_medicine_at_two_times_is_two_doses_in_order(text: str) -> None:
    out = run(text, MEDS, EVENING, VIENNA)
    want = [
        dose(medication="naproxen", at="2026-10-16T07:00:00+02:00"),
        dose(medication="naproxen", at="2026-10-16T19:00:00+02:00"),
    ]
    assert check(out, want) is None, out


def test_the_pills_named_after_them_are_the_doses() -> None:
    out = run(
        "I took my evening tablets at 6, the gabapentin and the Norco.", MEDS, EVENING, VIENNA
    )
    doses = [d for d in out if d["kind"] == "dose"]
    assert sorted(d["medication"] for d in doses) == ["gabapentin", "hydrocodone/acetaminophen"]
    assert {d["at"] for d in doses} == {"2026-10-16T18:00:00+02:00"}


def test_the_pills_forgotten_named_after_them_are_skipped() -> None:
    out = run("I forgot my night tablets, the tizanidine and the tramadol.", MEDS, EVENING, VIENNA)
    doses = [d for d in out if d["kind"] == "dose"]
    assert sorted((d["status"], d["medication"]) for d in doses) == [
        ("skipped", "tizanidine"),
        ("skipped", "tramadol"),
    ]
