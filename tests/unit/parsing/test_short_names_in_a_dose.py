"""A listed medicine named by a short form or its product's own word, where a dose is said
("another 2 of the forte", "tram x1 @ 3"), and never where the word means something else
("took the tram to work", "saw the osteo", "cyclo class") — living patient weeks."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

LONDON = ZoneInfo("Europe/London")
AFTERNOON = datetime(2026, 12, 7, 16, 0, tzinfo=LONDON)
# As the bot lists them (bot.services.understanding.regimen_names)
FORTE = ["acetaminophen/codeine", "panadeine forte", "naproxen"]
OSTEO = ["acetaminophen", "panadol osteo", "tramadol"]


def _taken(out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [o for o in out if o["kind"] == "dose" and o["status"] in ("taken", "skipped")]


@pytest.mark.parametrize(
    ("text", "meds", "medication", "count", "hour"),
    [
        ("another 2 of the forte", FORTE, "panadeine forte", 2, None),
        ("took 2 forte at 9", FORTE, "panadeine forte", 2, 9),
        ("forte x2 at 1", FORTE, "panadeine forte", 2, 13),
        ("took the osteo at 8", OSTEO, "panadol osteo", None, 8),
        ("tram x1 @ 3", ["tramadol", "naproxen"], "tramadol", 1, 15),
        ("2 tram at 9", ["tramadol", "naproxen"], "tramadol", 2, 9),
        ("gaba 300 at 2", ["gabapentin"], "gabapentin", None, 14),
    ],
)
def test_short_form_in_a_dose_is_the_listed_medicine(
    text: str, meds: list[str], medication: str, count: int | None, hour: int | None
) -> None:
    (dose,) = _taken(run(text, meds, AFTERNOON, LONDON))
    assert (dose["status"], dose["medication"], dose["count"]) == ("taken", medication, count)
    if hour is not None:
        assert datetime.fromisoformat(dose["at"]).hour == hour


@pytest.mark.parametrize(
    ("text", "meds"),
    [
        ("took the tram to work", ["tramadol", "naproxen"]),
        ("saw the osteo at 2, back a bit looser", OSTEO),
        ("cyclo class at 6 wiped me out", ["cyclobenzaprine"]),
        ("forte x2", ["acetaminophen/codeine", "panadeine forte", "diclofenac", "voltaren forte"]),
        ("another 2 of the forte", ["diclofenac", "voltaren forte", "panadeine forte"]),
        ("the music got forte at 9", ["naproxen"]),
    ],
)
def test_short_form_meaning_something_else_is_no_dose(text: str, meds: list[str]) -> None:
    assert _taken(run(text, meds, AFTERNOON, LONDON)) == []
