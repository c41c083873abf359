"""Words three sandbox weeks (Houston, Melbourne, Edinburgh) showed the parser reading
wrong, each said here in other words too."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

MELBOURNE = ZoneInfo("Australia/Melbourne")
CHICAGO = ZoneInfo("America/Chicago")


def _doses(out: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(o["medication"], o["status"], o["count"]) for o in out if o["kind"] == "dose"]


@pytest.mark.parametrize(
    "text",
    [
        "already took my mornin pills at 7 the sertraline and ibuprofen w my toast",
        "had them around 8 the sertraline and the ibuprofen",
    ],
)
def test_an_hour_before_the_names_is_no_count(text: str) -> None:
    out = run(
        text, ["sertraline", "ibuprofen"], datetime(2026, 12, 7, 9, 0, tzinfo=CHICAGO), CHICAGO
    )
    assert all(count is None for _, _, count in _doses(out)), out


@pytest.mark.parametrize("text", ["took all 3", "took em all 2"])
def test_how_many_of_the_doses_is_no_score(text: str) -> None:
    assert not [o for o in run(text) if o["kind"] == "pain"]


@pytest.mark.parametrize(
    "text",
    [
        "bought some Nurofen at the chemist. took two of them at 3 for the leg",
        "picked up advil on the way home, took a couple of them with tea",
    ],
)
def test_tablets_of_a_product_named_before_are_that_product(text: str) -> None:
    out = run(text, ["naproxen", "diazepam"])
    assert [(m, s) for m, s, _ in _doses(out)] == [("ibuprofen", "taken")], out


def test_a_dose_forgotten_then_taken_now_after_midnight_is_that_dose_late() -> None:
    out = run(
        "damn forgot my lyrica at 2200, just took it now",
        ["pregabalin"],
        datetime(2026, 12, 9, 3, 30, tzinfo=MELBOURNE),
        MELBOURNE,
    )
    assert _doses(out) == [("pregabalin", "taken", None)]


def test_two_missed_and_both_taken_now_are_two_doses_taken() -> None:
    out = run(
        "slept in, missed the lyrica and the panadol, taking both now",
        ["pregabalin", "acetaminophen"],
        datetime(2026, 12, 9, 15, 10, tzinfo=MELBOURNE),
        MELBOURNE,
    )
    assert sorted(_doses(out)) == [("acetaminophen", "taken", None), ("pregabalin", "taken", None)]


def test_last_nights_forgotten_dose_stays_forgotten_beside_this_mornings() -> None:
    out = run("forgot last night's lyrica, took this mornings as normal", ["pregabalin"])
    assert sorted(s for _, s, _ in _doses(out)) == ["skipped", "taken"]


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("6 hurts down my right leg, slept bad last nite", 6),
        ("7 aches all across my lower back", 7),
    ],
)
def test_a_number_then_how_it_hurts_is_the_score(text: str, score: int) -> None:
    assert [o["score"] for o in run(text) if o["kind"] == "pain"] == [score]


def test_a_clock_said_after_a_dose_of_days_ago_is_on_that_day() -> None:
    london = ZoneInfo("Europe/London")
    out = run(
        "on Tuesday I took two co-codamol at bedtime, about half ten.",
        ["co-codamol"],
        datetime(2026, 12, 14, 9, 0, tzinfo=london),
        london,
    )
    assert [o["at"] for o in out if o["kind"] == "dose"] == ["2026-12-08T22:30:00+00:00"]


def test_took_them_all_at_a_time_but_skipped_one_keeps_the_time_and_the_reason() -> None:
    out = run(
        "sorry forgot to answer, took em all at 7:30 but skipped the motrin my stomach is tore up",
        ["sertraline", "prednisone", "ibuprofen"],
        datetime(2026, 12, 9, 8, 45, tzinfo=CHICAGO),
        CHICAGO,
    )
    doses = sorted(
        (o["medication"], o["status"], o["at"], o["reason"]) for o in out if o["kind"] == "dose"
    )
    assert doses == [
        ("ibuprofen", "skipped", None, "side_effects"),
        ("prednisone", "taken", "2026-12-09T07:30:00-06:00", None),
        ("sertraline", "taken", "2026-12-09T07:30:00-06:00", None),
    ]
    assert any("stomach_pain" in o["effects"] for o in out if o["kind"] == "side_effect")


@pytest.mark.parametrize(
    "text", ["took 2 endone, pt was a big lad", "lifting a pt at work, back twinged"]
)
def test_a_nurses_pt_is_a_patient_not_physio(text: str) -> None:
    assert not [o for o in run(text, ["oxycodone"]) if o["kind"] == "activity"]


@pytest.mark.parametrize("text", ["did my pt exercises", "had pt today", "went to a pt session"])
def test_pt_is_still_physio(text: str) -> None:
    assert [o["kinds"] for o in run(text) if o["kind"] == "activity"] == [["physio"]]


@pytest.mark.parametrize("text", ["slept thru the 1400 panadol", "slept through my 8am dose"])
def test_a_dose_slept_through_is_no_nights_sleep(text: str) -> None:
    assert not [o for o in run(text, ["acetaminophen"]) if o["kind"] == "sleep"]


@pytest.mark.parametrize("text", ["had em", "took em ✅"])
def test_had_em_answers_the_reminder(text: str) -> None:
    assert [(o["medication"], o["status"]) for o in run(text) if o["kind"] == "dose"] == [
        (None, "taken")
    ]


# ("gp told me no more naproxen" is no dose at all: test_clinician_stop.py)
@pytest.mark.parametrize("text", ["the doctor there said no more diazepam for now"])
def test_no_more_said_by_a_doctor_is_no_supply_run_out(text: str) -> None:
    reasons = [o["reason"] for o in run(text, ["diazepam", "naproxen"]) if o["kind"] == "dose"]
    assert reasons and "ran_out" not in reasons


@pytest.mark.parametrize("text", ["percocet #2 for the day", "norco number 3 today"])
def test_a_dose_numbered_after_its_name_is_taken(text: str) -> None:
    out = run(text, ["hydrocodone/acetaminophen", "oxycodone/acetaminophen"])
    assert [(o["status"], o["count"]) for o in out if o["kind"] == "dose"] == [("taken", None)]


def test_a_numbered_dose_asked_about_is_none() -> None:
    assert not [o for o in run("should i take percocet #2 today?") if o["kind"] == "dose"]


@pytest.mark.parametrize(
    "text",
    [
        "I dinnae want the diazepam this morning after yesterday's dizzy turn",
        "dont want my tramadol today, makes me dizzy",
        "I don't want to take the diazepam this morning",
    ],
)
def test_a_dose_not_wanted_is_skipped(text: str) -> None:
    out = run(text, ["diazepam", "tramadol"])
    assert [o["status"] for o in out if o["kind"] == "dose"] == ["skipped"], out


def test_not_wanting_it_on_an_empty_stomach_is_a_wait() -> None:
    out = run("don't want to take it on an empty stomach, give me an hour", ["diazepam"])
    assert [o["status"] for o in out if o["kind"] == "dose"] == ["snoozed"]
