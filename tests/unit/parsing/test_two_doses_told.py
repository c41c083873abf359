"""Two or more doses told in one line, each at its own time or all at one: "at 8 this
morning and 8 tonight", "percocet 5/325 - one at 8am, one at 2pm", "300 x1 at 8am, 300 x1
at 2pm", "… all down at 8"."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from tests.unit.parsing.helpers import run

CHICAGO = ZoneInfo("America/Chicago")
EVENING = datetime(2026, 7, 23, 21, 0, tzinfo=CHICAGO)
MEDS = ["pregabalin", "oxycodone/acetaminophen", "gabapentin", "duloxetine", "celecoxib"]


def doses(text: str) -> list[tuple[str, str, float | None]]:
    out = run(text, MEDS, EVENING, CHICAGO)
    return [(o["medication"], o["at"][11:16], o["count"]) for o in out if o["kind"] == "dose"]


def test_a_bare_hour_with_its_part_of_the_day_after_and() -> None:
    assert doses("Lyrica 150 at 7 this morning and 7 tonight") == [
        ("pregabalin", "07:00", None),
        ("pregabalin", "19:00", None),
    ]


def test_a_combinations_strengths_then_one_at_each_time() -> None:
    assert doses("percocet 10/325 - one at 9am, one at 3pm") == [
        ("oxycodone/acetaminophen", "09:00", 1),
        ("oxycodone/acetaminophen", "15:00", 1),
    ]


def test_a_strength_and_its_count_at_each_time() -> None:
    assert doses("gabapentin 600 x1 at 7am, 600 x1 at 1pm") == [
        ("gabapentin", "07:00", 1),
        ("gabapentin", "13:00", 1),
    ]


def test_all_at_one_time() -> None:
    assert doses("gabapentin 300, cymbalta 30 and celebrex 100 all taken at 9am") == [
        ("gabapentin", "09:00", None),
        ("duloxetine", "09:00", None),
        ("celecoxib", "09:00", None),
    ]


def test_a_combination_asked_about_is_no_dose() -> None:
    assert doses("is percocet 10/325 stronger than norco?") == []


def test_a_strength_then_how_many_and_when_is_one_dose() -> None:
    out = run("gabapentin 300, one and a half at 1pm", MEDS, EVENING, CHICAGO)
    assert [(o["amount"], o["count"]) for o in out if o["kind"] == "dose"] == [(300, 1.5)]


def test_the_same_hour_too() -> None:
    text = "Took 2 celebrex 100 at 7 this morning, gabapentin 300 at 7 too."
    assert [t for _, t, _ in doses(text)] == ["07:00", "07:00"]


def test_a_lists_item_skipped_is_that_items() -> None:
    text = "- Celebrex 200 at 8am\n- Gabapentin - missed it last night, forgot"
    out = run(text, MEDS, EVENING, CHICAGO)
    assert [(o["medication"], o["status"]) for o in out if o["kind"] == "dose"] == [
        ("celecoxib", "taken"),
        ("gabapentin", "skipped"),
    ]
