"""A medicine named, then put off in the words after it: one dose of it snoozed, nothing
taken (the name alone had read as taken, the wait as a snooze of no medicine)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

KOLKATA = ZoneInfo("Asia/Kolkata")
MORNING = datetime(2026, 6, 11, 7, 45, tzinfo=KOLKATA)
MEDS = ["aceclofenac", "pregabalin", "methocarbamol", "amitriptyline", "gabapentin", "celecoxib"]


def doses(text: str) -> list[dict[str, Any]]:
    out = run(text, MEDS, MORNING, KOLKATA)
    return [
        {k: o[k] for k in ("status", "medication", "minutes")} for o in out if o["kind"] == "dose"
    ]


@pytest.mark.parametrize(
    ("text", "medication", "minutes"),
    [
        ("Pregabalin 75 - remind me in 20 min, still eating", "pregabalin", 20),
        ("amitriptyline tonight - nudge me in an hour, the film's not done", "amitriptyline", 60),
        ("gabapentin - 15 mins, kettle's on", "gabapentin", 15),
        ("gabapentin tonight: 5 more minutes, nearly done in the shower", "gabapentin", 5),
        ("Celebrex 200 in 30 min, once I've had toast", "celecoxib", 30),
        ("hold off on the robaxin reminder for 45 mins please", "methocarbamol", 45),
        ("gonna hold off on the celebrex for an hour till i eat", "celecoxib", 60),
        ("Robaxin - pushing it back half an hour, out walking", "methocarbamol", 30),
        ("Aceclofenac 100 mg I will take after lunch, remind after 20 minutes", "aceclofenac", 20),
    ],
)
def test_one_dose_put_off(text: str, medication: str, minutes: int) -> None:
    assert doses(text) == [{"status": "snoozed", "medication": medication, "minutes": minutes}]


def test_a_name_with_a_report_after_it_is_still_taken() -> None:
    assert doses("Pregabalin 75, pain 5") == [
        {"status": "taken", "medication": "pregabalin", "minutes": None}
    ]


def test_holding_off_with_no_wait_is_a_skip() -> None:
    assert [d["status"] for d in doses("holding off on the celebrex today, stomach")] == ["skipped"]


def test_pills_put_back_are_no_snooze() -> None:
    # (a rewrite of "put them back" had hidden a safety net line)
    out = doses("had the pills in my hand last night, put them back in the end")
    assert not [d for d in out if d["status"] == "snoozed"]


def test_what_the_wait_is_for_is_no_note() -> None:
    out = run("Pregabalin 75 - remind me in 20 min, just finishing my tea", MEDS, MORNING, KOLKATA)
    assert [o["kind"] for o in out] == ["dose"]
    out = run("remind me in 20, having a rough day", MEDS, MORNING, KOLKATA)
    assert {"kind": "note", "text": "having a rough day"} in out
