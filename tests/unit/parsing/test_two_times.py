"""One medicine taken at two clock times in one message is two doses, each at its time
and strength (blind set 36's kind, in wording of our own)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

LONDON = ZoneInfo("Europe/London")
AFTERNOON = datetime(2026, 3, 17, 16, 0, tzinfo=LONDON)
MEDS = ["tramadol", "gabapentin", "naproxen"]


@pytest.mark.parametrize(
    ("text", "hours", "amount"),
    [
        ("tramadol at 6 and 2", [6, 14], None),
        ("had the gabapentin 600 at 7 and 600 at 3", [7, 15], 600),
        ("naproxen 500 at 8am and another 500 at 2pm", [8, 14], 500),
        ("gabapentin at 9 this morning and again at 1", [9, 13], None),
    ],
)
def test_one_medicine_at_two_times_is_two_doses(
    text: str, hours: list[int], amount: float | None
) -> None:
    out = run(text, MEDS, now=AFTERNOON, zone=LONDON)
    doses = [o for o in out if o["kind"] == "dose"]
    assert [int(d["at"][11:13]) for d in doses] == hours, out
    assert all(d["status"] == "taken" and d["amount"] == amount for d in doses), out


def test_two_medicines_at_two_times_stay_one_each() -> None:
    out = run("tramadol at 8 and naproxen at 9", MEDS, now=AFTERNOON, zone=LONDON)
    assert [(o["medication"], o["at"][11:13]) for o in out if o["kind"] == "dose"] == [
        ("tramadol", "08"),
        ("naproxen", "09"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # (the second "once at" was dropped; "twice today, 8 and 2" was pain 8)
        "took my tramadol once at 8 and once at 2",
        "took my tramadol twice today, once at 8 and once at 2",
        "took tramadol twice today - once at 8am and once at 2pm",
        "tramadol twice today, 8 and 2",
        "gabapentin twice so far today, 8ish and 2ish",
    ],
)
def test_once_at_each_time_or_twice_today_with_its_times_is_a_dose_at_each(text: str) -> None:
    out = run(text, MEDS, now=AFTERNOON, zone=LONDON)
    assert [o["kind"] for o in out] == ["dose", "dose"], out
    assert [int(o["at"][11:13]) for o in out] == [8, 14], out


@pytest.mark.parametrize(
    "text", ["tramadol twice a day", "tramadol twice daily now", "tramadol twice today?"]
)
def test_how_often_as_a_rule_or_asked_is_no_dose(text: str) -> None:
    assert not [o for o in run(text, MEDS, now=AFTERNOON, zone=LONDON) if o["kind"] == "dose"]
