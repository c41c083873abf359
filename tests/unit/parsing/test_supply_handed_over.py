"""What the pharmacy handed over, picked up or filled is a supply, never a dose taken
("pharmacy only gave me 20 of the oxycodone" had been oxycodone 20 mg taken); a dose of
what came, said with its taking verb, still is one."""

from __future__ import annotations

import pytest

from bot.parsing.refill_said import Refill, refill_told
from tests.unit.parsing.helpers import run

MEDS = ["oxycodone", "celecoxib", "gabapentin", "naproxen", "tramadol", "hydrocodone/acetaminophen"]

SUPPLIES = [
    ("pharmacy only gave me 20 of the oxycodone", Refill("oxycodone", 20)),
    ("the chemist gave me just 14 of the celebrex", Refill("celecoxib", 14)),
    ("picked up 30 oxycodone from the pharmacy", Refill("oxycodone", 30)),
    ("got 60 gabapentin filled today", Refill("gabapentin", 60)),
    ("collected my prescription, 28 naproxen", Refill("naproxen", 28)),
    ("the pharmacist gave me 14 tramadol", Refill("tramadol", 14)),
    ("refilled my norco, 120 tabs", Refill("hydrocodone/acetaminophen", 120)),
    ("got my celebrex refilled, 30 caps", Refill("celecoxib", 30)),
    ("chemist dispensed 56 of the naproxen this morning", Refill("naproxen", 56)),
    ("had the gabapentin filled at cvs, 90 caps", Refill("gabapentin", 90)),
]


@pytest.mark.parametrize(("text", "refill"), SUPPLIES)
def test_a_supply_handed_over_is_no_dose(text: str, refill: Refill) -> None:
    assert not [o for o in run(text, MEDS) if o["kind"] == "dose"]


@pytest.mark.parametrize(("text", "refill"), SUPPLIES)
def test_a_supply_handed_over_is_read_with_its_medicine(text: str, refill: Refill) -> None:
    assert refill_told(text, MEDS) == refill


def test_a_short_supply_with_no_count_is_no_dose() -> None:
    assert not [o for o in run("they only gave me half the oxy", MEDS) if o["kind"] == "dose"]


@pytest.mark.parametrize(
    ("text", "medication", "count"),
    [
        ("took 2 of the oxycodone the pharmacy gave me", "oxycodone", 2),
        ("took the new gabapentin I picked up", "gabapentin", None),
        ("took 1 of the naproxen I collected today", "naproxen", 1),
        ("had my refilled norco at 8", "hydrocodone/acetaminophen", None),
        ("the nurse gave me 10mg oxycodone", "oxycodone", None),
    ],
)
def test_a_dose_of_what_came_is_still_a_dose(text: str, medication: str, count: int | None) -> None:
    doses = [o for o in run(text, MEDS) if o["kind"] == "dose"]
    assert [(d["status"], d["medication"], d["count"]) for d in doses] == [
        ("taken", medication, count)
    ]
    assert refill_told(text, MEDS) is None


@pytest.mark.parametrize(
    ("text", "medication", "count"),
    [
        ("picked up my naproxen and had one at 9", "naproxen", 1),
        ("collected my gabapentin and took 2 at 9am", "gabapentin", 2),
        ("got my naproxen from the pharmacy and had one at 9", "naproxen", 1),
    ],
)
def test_a_dose_taken_after_a_pickup_is_a_dose_at_its_time(
    text: str, medication: str, count: int
) -> None:
    doses = [o for o in run(text, MEDS) if o["kind"] == "dose"]
    assert [(d["status"], d["medication"], d["count"]) for d in doses] == [
        ("taken", medication, count)
    ]
    assert doses[0]["at"] is not None and "T09:00:00" in doses[0]["at"]


@pytest.mark.parametrize(
    "text",
    [
        "pharmacy only had 10 of my gabapentin",
        "the chemist only had 14 naproxen",
        "picked up my gabapentin and had to pay 9 quid",
        "bought a bottle of oramorph and had a coffee",
    ],
)
def test_what_the_pharmacy_had_and_what_followed_a_pickup_is_no_dose(text: str) -> None:
    assert not [o for o in run(text, MEDS) if o["kind"] == "dose"]


def test_what_the_pharmacy_only_had_corrects_no_dose_just_logged() -> None:
    from bot.parsing.amend import said_amend

    assert said_amend("pharmacy only had 10 of my gabapentin") is None
    assert said_amend("sorry only 1") is not None
