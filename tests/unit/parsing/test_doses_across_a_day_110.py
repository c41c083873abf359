"""Doses told with their times across a day, blind set 110's kinds: a log of lines opened
by bare hours, a list whose items open with their clocks, items listed bare after a timed
opening, "done at 7ish", a wait for a dose named by its clock, and a pain that went
"from 8 to 5" (never the clock 4:52)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from tests.unit.parsing.helpers import run

DENVER = ZoneInfo("America/Denver")
LONDON = ZoneInfo("Europe/London")


def doses(text: str, meds: list[str], now: datetime) -> list[tuple[str, str | None, str | None]]:
    out: list[dict[str, Any]] = run(text, meds, now, now.tzinfo)  # type: ignore[arg-type]
    return [
        (o["status"], o["medication"], o["at"][11:16] if o["at"] else None)
        for o in out
        if o["kind"] == "dose"
    ]


EVENING = datetime(2026, 6, 2, 17, 30, tzinfo=DENVER)
LATE = datetime(2026, 12, 7, 22, 30, tzinfo=LONDON)


def test_a_log_of_lines_opened_by_bare_hours() -> None:
    text = "8 - mobic\n12 - tramadol 50\n4 - tramadol 50\npain 6 ugh"
    assert doses(text, ["meloxicam", "tramadol"], EVENING) == [
        ("taken", "meloxicam", "08:00"),
        ("taken", "tramadol", "12:00"),
        ("taken", "tramadol", "16:00"),
    ]


def test_lines_of_scores_opened_by_numbers_are_no_log() -> None:
    out = run("8 - awful night\n7 - bit better", ["meloxicam"], EVENING, DENVER)
    assert not [o for o in out if o["kind"] == "dose"]
    assert [o["kind"] for o in out if o["kind"] == "pain"] == ["pain"]


def test_items_opening_with_their_clocks_are_in_the_days_order() -> None:
    text = "6:30 cymbalta, 12:00 ibuprofen 400"
    assert doses(text, ["duloxetine", "ibuprofen"], LATE) == [
        ("taken", "duloxetine", "06:30"),
        ("taken", "ibuprofen", "12:00"),
    ]
    assert doses("6:30 cymbalta / 12:00 naproxen", ["duloxetine", "naproxen"], LATE) == [
        ("taken", "duloxetine", "06:30"),
        ("taken", "naproxen", "12:00"),
    ]


def test_items_listed_bare_after_a_timed_opening() -> None:
    meds = ["pregabalin", "duloxetine", "celecoxib"]
    now = datetime(2026, 5, 10, 20, 0, tzinfo=LONDON)
    assert doses("meds at 8:45: lyrica 75, cymbalta 30", meds, now) == [
        ("taken", "pregabalin", "08:45"),
        ("taken", "duloxetine", "08:45"),
    ]
    assert doses("Took my morning meds at 6 - cymbalta 60 and celebrex 200", meds, now) == [
        ("taken", "duloxetine", "06:00"),
        ("taken", "celecoxib", "06:00"),
    ]


def test_the_reminder_answered_with_its_time() -> None:
    now = datetime(2026, 2, 9, 8, 40, tzinfo=LONDON)
    assert doses("done at 7ish", ["morphine"], now) == [("taken", None, "07:00")]
    assert doses("taken about 20 mins ago", ["morphine"], now) == [("taken", None, "08:20")]


def test_a_wait_for_a_dose_named_by_its_clock() -> None:
    now = datetime(2026, 6, 10, 14, 2, tzinfo=LONDON)
    out = run("snoozing my 2pm celebrex 15 min, on a call", ["celecoxib"], now, LONDON)
    assert [(o["kind"], o.get("status"), o.get("minutes")) for o in out] == [
        ("dose", "snoozed", 15)
    ]


def test_a_pain_from_one_score_to_another_is_no_clock() -> None:
    now = datetime(2026, 3, 3, 18, 15, tzinfo=LONDON)
    text = "took one 10mg oxy at 4:20 this arvo and the pain went from 8 to 5"
    assert doses(text, ["oxycodone"], now) == [("taken", "oxycodone", "16:20")]
    assert doses("took oxy at 10 to 5", ["oxycodone"], now) == [("taken", "oxycodone", "16:50")]


def test_a_low_score_said_plainly_is_the_skips_reason() -> None:
    now = datetime(2026, 3, 21, 20, 0, tzinfo=LONDON)
    text = "gabapentin 300 at 8 this morning. didn't bother with the lunchtime one, pain only a 2"
    out = run(text, ["gabapentin"], now, LONDON)
    assert [o["reason"] for o in out if o["kind"] == "dose" and o["status"] == "skipped"] == [
        "felt_fine"
    ]


def test_a_days_total_then_each_dose_of_it() -> None:
    now = datetime(2026, 10, 19, 21, 0, tzinfo=LONDON)
    meds = ["oxycodone/acetaminophen"]
    out = run("2 percocet today, one at 10 and one at 2", meds, now, LONDON)
    assert [(o["count"], o["at"][11:16]) for o in out if o["kind"] == "dose"] == [
        (1, "10:00"),
        (1, "14:00"),
    ]


def test_times_then_the_routine_said() -> None:
    now = datetime(2026, 3, 14, 21, 0, tzinfo=LONDON)
    assert doses("morphine sr 30mg 8am & 8pm as usual", ["morphine"], now) == [
        ("taken", "morphine", "08:00"),
        ("taken", "morphine", "20:00"),
    ]


def test_a_log_of_lines_opened_by_clocks_with_no_dash() -> None:
    chicago = ZoneInfo("America/Chicago")
    now = datetime(2026, 4, 29, 23, 30, tzinfo=chicago)
    text = "9pm flexeril 10mg\n11pm couldn't sleep, 2 advil"
    assert doses(text, ["cyclobenzaprine", "ibuprofen"], now) == [
        ("taken", "cyclobenzaprine", "21:00"),
        ("taken", "ibuprofen", "23:00"),
    ]


def test_the_day_said_before_one_more_of_the_last() -> None:
    now = datetime(2026, 5, 8, 10, 0, tzinfo=DENVER)
    text = "last night: 2 norco at 10, 1 at 2am. today: 1 at 9"
    out = run(text, ["hydrocodone/acetaminophen"], now, DENVER)
    assert [(o["count"], o["at"][5:16]) for o in out if o["kind"] == "dose"] == [
        (2, "05-07T22:00"),
        (1, "05-08T02:00"),
        (1, "05-08T09:00"),
    ]
    assert not [o for o in out if o["kind"] == "pain"]


def test_one_line_of_a_log_sent_alone() -> None:
    now = datetime(2026, 12, 8, 15, 1, tzinfo=LONDON)
    meds = ["naproxen", "codeine/acetaminophen"]
    assert doses("12 - co-codamol x2", meds, now) == [("taken", "codeine/acetaminophen", "12:00")]
    assert doses("8 - naproxen", meds, now) == [("taken", "naproxen", "08:00")]
    out = run("8 - awful", meds, now, LONDON)
    assert [o["score"] for o in out if o["kind"] == "pain"] == [8]


def test_the_other_half_of_a_tablet_later() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    now = datetime(2026, 2, 25, 9, 0, tzinfo=berlin)
    text = "half a tab of the baclofen at 10 last night, the other half at 6am"
    out = run(text, ["baclofen"], now, berlin)
    assert [(o["count"], o["at"][5:16]) for o in out if o["kind"] == "dose"] == [
        (0.5, "02-24T22:00"),
        (0.5, "02-25T06:00"),
    ]
