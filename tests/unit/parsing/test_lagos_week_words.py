"""What a week in Lagos (Nigerian English and Pidgin) showed the parser got wrong: "I no
fit hold my urine since yesterday", "can't hold my bowels" is a body that will not hold (a
red flag), never a dose held back. The pending dose was recorded as skipped, and "since
yesterday" had the bot answer the alarm with a line about the record of yesterday's doses.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

LAGOS = ZoneInfo("Africa/Lagos")
MORNING = datetime(2026, 12, 11, 10, 40, tzinfo=LAGOS)
MEDS = ["diclofenac", "pregabalin", "tramadol", "acetaminophen", "omeprazole"]


def _kinds(text: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for intent in run(text, MEDS, MORNING, LAGOS):
        out.setdefault(intent["kind"], []).append(intent)
    return out


@pytest.mark.parametrize(
    "text",
    [
        "I no fit hold my urine since yesterday, and my leg dey weak more more",
        "I can't hold my urine",
        "i can't hold my bowels since yesterday",
        "couldn't hold my pee on the way to the toilet",
        "I can't hold my water since yesterday",
    ],
)
def test_a_body_that_will_not_hold_is_a_red_flag_and_no_dose(text: str) -> None:
    kinds = _kinds(text)
    assert "bladder_bowel" in kinds["red_flag"][0]["flags"]
    assert "dose" not in kinds


@pytest.mark.parametrize("text", ["I can't hold my cup", "hold my breath when I bend"])
def test_a_thing_held_is_no_dose(text: str) -> None:
    assert "dose" not in _kinds(text)


@pytest.mark.parametrize(
    ("text", "med"),
    [
        ("holding my pregabalin tonight, too drowsy", "pregabalin"),
        ("holding the tramadol today", "tramadol"),
        ("hold my evening dose", None),
        ("I'm holding my meds today", None),
    ],
)
def test_a_dose_held_back_is_still_skipped(text: str, med: str | None) -> None:
    (dose,) = _kinds(text)["dose"]
    assert dose["status"] == "skipped"
    assert dose["medication"] == med
