"""Living patient weeks: a dose told for a part of the day still to come is a plan, not a
dose taken; "one" after a missed dose is that medicine; how long a symptom has lasted is
part of it, not a note of its own."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

LONDON = ZoneInfo("Europe/London")
MEDS = ["naproxen", "tramadol", "gabapentin"]


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, 7, hour, minute, tzinfo=LONDON)


def _doses(out: list[dict[str, Any]], status: str) -> list[dict[str, Any]]:
    return [o for o in out if o["kind"] == "dose" and o["status"] == status]


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("naproxen x2 tonight", 15),
        ("taking 2 tramadol at once tonight", 15),
        ("naproxen x2 at bedtime", 15),
        ("2 gaba at dinner", 15),
        ("gabapentin 300 this evening", 11),
    ],
)
def test_a_dose_for_later_today_is_no_dose_taken(text: str, hour: int) -> None:
    out = run(text, MEDS, _at(hour), LONDON)
    assert _doses(out, "taken") == [] and _doses(out, "skipped") == [], out
    assert _doses(out, "snoozed"), out


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("naproxen x2 just now", 15),
        ("tramadol 50 at 9", 15),
        ("2 gaba at lunch", 15),
        ("naproxen x2 tonight", 21),
        ("took 2 gaba at dinner", 15),
        ("2 naproxen before bed", 10),  # said in the morning: last night's
    ],
)
def test_a_dose_done_or_gone_by_stays_taken(text: str, hour: int) -> None:
    assert _doses(run(text, MEDS, _at(hour), LONDON), "taken"), text


@pytest.mark.parametrize(
    ("text", "missed", "taken", "hour"),
    [
        ("forgot naproxen this morning, took one at 11", "naproxen", "naproxen", 11),
        ("skipped naproxen at breakfast, took one with lunch", "naproxen", "naproxen", 12),
        ("forgot naproxen this morning, took one tramadol at 11", "naproxen", "tramadol", 11),
        # "had one" with its clock time: a dose too
        ("missed my tramadol at 8, had one at 10", "tramadol", "tramadol", 10),
        ("forgot naproxen this morning, had one at 11", "naproxen", "naproxen", 11),
    ],
)
def test_one_taken_after_a_missed_dose_is_of_the_medicine_named(
    text: str, missed: str, taken: str, hour: int
) -> None:
    out = run(text, MEDS, _at(15), LONDON)
    assert [d["medication"] for d in _doses(out, "skipped")] == [missed], out
    (dose,) = _doses(out, "taken")
    assert dose["medication"] == taken and datetime.fromisoformat(dose["at"]).hour == hour


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("still cant poop, 6 days now", "side_effect"),
        ("constipated, 4 days now", "side_effect"),
        ("pain 7, 3 days now", "pain"),
        ("back pain 6, a week now", "pain"),
    ],
)
def test_how_long_a_symptom_lasted_is_no_note(text: str, kind: str) -> None:
    out = run(text, ["oxycodone"], _at(15), LONDON)
    assert [o["kind"] for o in out] == [kind], out


def test_what_else_is_said_is_still_kept() -> None:
    out = run("pain 7, 3 days now, seeing gp friday", ["naproxen"], _at(15), LONDON)
    assert [o["text"] for o in out if o["kind"] == "note"] == ["seeing gp friday"], out


def test_had_one_somewhere_is_no_dose() -> None:
    assert not _doses(run("had one at the pub", MEDS, _at(15), LONDON), "taken")
