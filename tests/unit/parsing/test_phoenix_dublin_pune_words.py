"""Words three sandbox weeks (Phoenix, Dublin, Pune) showed the parser reading wrong,
each said here in other words too."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

PHOENIX = ZoneInfo("America/Phoenix")
NOW = datetime(2026, 12, 8, 13, 15, tzinfo=PHOENIX)


def _dose(out: list[dict[str, Any]]) -> dict[str, Any]:
    doses = [o for o in out if o["kind"] == "dose"]
    assert len(doses) == 1, out
    return doses[0]


@pytest.mark.parametrize(
    ("text", "meds", "hour", "minute"),
    [
        ("took 2 norco 845", ["norco"], 8, 45),
        ("1 norco 630 before work", ["norco"], 6, 30),
        ("took 2 norco 1030", ["norco"], 10, 30),
        ("took my oxy 1215", ["oxycodone"], 12, 15),
        ("took 2 norco 700", ["norco"], 7, 0),
        ("took flexeril 915", ["cyclobenzaprine"], 9, 15),
    ],
)
def test_figures_after_the_name_that_are_no_dose_of_it_are_its_time(
    text: str, meds: list[str], hour: int, minute: int
) -> None:
    """ "took 2 norco 845" put 1,700 mg of hydrocodone on the doctor's report."""
    dose = _dose(run(text, meds, NOW, PHOENIX))
    assert dose["amount"] is None, dose
    assert dose["at"] == NOW.replace(hour=hour, minute=minute, second=0).isoformat(), dose


@pytest.mark.parametrize(
    ("text", "meds", "amount"),
    [
        ("took gabapentin 300", ["gabapentin"], 300),
        ("paracetamol 750 this morning", ["paracetamol"], 750),
        ("took ibuprofen 400", ["ibuprofen"], 400),
        ("ibuprofen 1200 today in all", ["ibuprofen"], 1200),
        ("belbuca 300 this am", ["buprenorphine"], 300),
    ],
)
def test_a_strength_sold_stays_the_amount(text: str, meds: list[str], amount: float) -> None:
    assert _dose(run(text, meds, NOW, PHOENIX))["amount"] == amount
