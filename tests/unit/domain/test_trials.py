"""Medication trials, the pure part: the figures before a change and since (worked out by
hand), when the reviews are due (across daylight saving), and TRIAL_REVIEW_WEEKS."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.config import SettingsError, load_settings
from bot.domain.records import PainReport, PegReport, SideEffectReport
from bot.domain.trials import (
    DEFAULT_REVIEW_WEEKS,
    Change,
    ReviewRecord,
    TrialRecord,
    Verdict,
    change_day,
    how_often,
    read_review_weeks,
    reviews_due,
    trial_figures,
)

BERLIN = ZoneInfo("Europe/Berlin")  # UTC+1 in December
NEW_YORK = ZoneInfo("America/New_York")
UTC = dt.UTC


def at(y: int, mo: int, d: int, h: int, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, tzinfo=UTC)


CHANGE = dt.date(2026, 12, 15)  # Tue; the two weeks before are Tue 1 – Mon 14 Dec
NOW = at(2026, 12, 16, 20)

PAIN = (
    PainReport(at(2026, 11, 30, 22, 30), 10),  # Mon 30 Nov 23:30 in Berlin: too early
    PainReport(at(2026, 11, 30, 23, 30), 6),  # Tue 1 Dec 00:30 in Berlin: the first day
    PainReport(at(2026, 12, 3, 9), 7),
    PainReport(at(2026, 12, 3, 19), 8),  # Thu 3 Dec: two ratings, one day (mean 7.5)
    PainReport(at(2026, 12, 14, 22, 59), 5),  # Mon 14 Dec 23:59 in Berlin: still before
    PainReport(at(2026, 12, 14, 23, 0), 4),  # Tue 15 Dec 00:00 in Berlin: since
    PainReport(at(2026, 12, 16, 8), 3),
    PainReport(at(2026, 12, 16, 21), 9),  # after `now`: not yet
)
PEG = (
    PegReport(at(2026, 12, 7, 19), pain=6, enjoyment=7, activity=8),  # score 7.0
    PegReport(at(2026, 12, 16, 19, 59), pain=5, enjoyment=4, activity=4),  # 4.333… → 4.3
)
SIDE_EFFECTS = (
    SideEffectReport(at(2026, 12, 2, 8), ("dizziness",)),
    SideEffectReport(at(2026, 12, 2, 19), ("dizziness", "nausea")),  # same day: once
    SideEffectReport(at(2026, 12, 5, 19), ()),  # "none" answered: no side effect
    SideEffectReport(at(2026, 12, 14, 23, 30), ("nausea",)),  # Tue 15 Dec in Berlin
    SideEffectReport(at(2026, 12, 16, 19), ("dry_mouth",)),
)


def test_figures_before_and_since_split_at_local_midnight() -> None:
    f = trial_figures(CHANGE, BERLIN, NOW, PAIN, PEG, SIDE_EFFECTS)
    assert (f.before.first_day, f.before.last_day) == (dt.date(2026, 12, 1), dt.date(2026, 12, 14))
    assert (f.since.first_day, f.since.last_day) == (CHANGE, dt.date(2026, 12, 16))
    # Before: daily means 6, 7.5, 5 → 18.5 / 3 = 6.1666… → 6.2, from four ratings.
    assert f.before.pain_mean == 6.2 and f.before.pain_reports == 4
    # Since: 4 and 3 (the 9 comes after now) → 3.5.
    assert f.since.pain_mean == 3.5 and f.since.pain_reports == 2
    assert (f.before.peg_mean, f.before.peg_reports) == (7.0, 1)
    assert (f.since.peg_mean, f.since.peg_reports) == (4.3, 1)
    # Before: Wed 2 Dec only (twice, counted once; Sat 5 said none). Since: 15 and 16 Dec.
    assert f.before.side_effect_days == 1 and f.since.side_effect_days == 2
    assert f.enough


def test_pain_mean_rounds_half_up() -> None:
    pain = [PainReport(at(2026, 12, 14, 12), 6), PainReport(at(2026, 12, 13, 12), 6.5)]
    f = trial_figures(CHANGE, BERLIN, NOW, pain)
    assert f.before.pain_mean == 6.3  # 6.25, half up (round() would give 6.2)


def test_a_side_with_nothing_says_so() -> None:
    since_only = [p for p in PAIN if p.at >= at(2026, 12, 14, 23)]
    f = trial_figures(CHANGE, BERLIN, NOW, since_only)
    assert f.before.pain_mean is None and not f.before.has_pain
    assert f.before.peg_mean is None and f.before.side_effect_days == 0
    assert f.since.has_pain and not f.enough
    empty = trial_figures(CHANGE, BERLIN, NOW, ())
    assert empty.since.pain_reports == 0 and empty.since.pain_mean is None


def test_since_on_the_day_of_the_change_is_that_day_only() -> None:
    # Asked before the change's day has begun (a start "from monday" seen on sunday).
    f = trial_figures(CHANGE, BERLIN, at(2026, 12, 14, 12), PAIN)
    assert f.since.first_day == f.since.last_day == CHANGE
    assert f.since.pain_reports == 0


def test_reviews_at_the_check_in_time_across_the_autumn_change() -> None:
    # Tue 20 Oct in New York (EDT, UTC−4); clocks go back on Sun 1 Nov.
    due = reviews_due(dt.date(2026, 10, 20), NEW_YORK, dt.time(20, 0), DEFAULT_REVIEW_WEEKS)
    assert [(r.weeks, r.day) for r in due] == [
        (2, dt.date(2026, 11, 3)),
        (6, dt.date(2026, 12, 1)),
    ]
    # 20:00 EST is 01:00 UTC the next day (it was 00:00 UTC before the change).
    assert [r.due_at for r in due] == [at(2026, 11, 4, 1), at(2026, 12, 2, 1)]


def test_reviews_in_the_spring_gap_move_to_the_first_valid_minute() -> None:
    # Berlin springs forward on Sun 29 Mar 2026 at 02:00 → 03:00.
    due = reviews_due(dt.date(2026, 3, 15), BERLIN, dt.time(2, 30), (2, 3))
    assert due[0].day == dt.date(2026, 3, 29)
    assert due[0].due_at == at(2026, 3, 29, 1)  # 03:00 CEST, the first minute after the gap
    assert due[1].due_at == at(2026, 4, 5, 0, 30)  # 02:30 CEST


def test_change_day_is_today_or_a_later_first_day() -> None:
    late_evening = at(2026, 12, 14, 23, 30)  # already Tue 15 Dec in Berlin
    assert change_day(late_evening, BERLIN) == CHANGE
    assert change_day(late_evening, BERLIN, dt.date(2026, 12, 21)) == dt.date(2026, 12, 21)
    assert change_day(late_evening, BERLIN, dt.date(2026, 12, 1)) == CHANGE


def test_how_often_reads_plainly() -> None:
    assert how_often(False, 1) == "once a day"
    assert how_often(False, 2) == "twice a day"
    assert how_often(False, 3) == "3 times a day"
    assert how_often(True, 0, 4) == "as needed (max 4 a day)"
    assert how_often(True, 0) == "as needed"


def test_verdicts_are_stored_as_words() -> None:
    assert [v.value for v in Verdict] == ["helping", "not_sure", "not_helping"]
    assert [c.value for c in Change] == ["start", "stop", "dose"]


def test_a_trial_record_names_its_medicine_and_latest_answer() -> None:
    reviews = (
        ReviewRecord(2, Verdict.NOT_SURE, None, at(2026, 12, 29, 20)),
        ReviewRecord(6, None, None, None),
    )
    stop = TrialRecord(
        1, Change.STOP, "gabapentin", "gabapentin", "Gabapentin 300 mg", None, NOW, CHANGE, reviews
    )
    assert stop.label == "Gabapentin 300 mg"
    assert stop.latest == reviews[0]


# ------------------------------------------------------------------ the setting
@pytest.mark.parametrize(
    ("value", "weeks"),
    [("2,6", (2, 6)), ("4", (4,)), ("1, 2 ,26", (1, 2, 26)), ("2;6", (2, 6)), ([3, 8], (3, 8))],
)
def test_review_weeks_read(value: str | list[int], weeks: tuple[int, ...]) -> None:
    assert read_review_weeks(value) == weeks


@pytest.mark.parametrize("value", ["", "0", "27", "6,2", "2,2", "1,2,3,4", "two", "2.5", "-2"])
def test_review_weeks_refused(value: str) -> None:
    with pytest.raises(ValueError, match="ascending"):
        read_review_weeks(value)


def test_setting_defaults_to_two_and_six(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRIAL_REVIEW_WEEKS", raising=False)
    assert load_settings(None).trial_review_weeks == (2, 6)
    monkeypatch.setenv("TRIAL_REVIEW_WEEKS", "")
    assert load_settings(None).trial_review_weeks == (2, 6)
    monkeypatch.setenv("TRIAL_REVIEW_WEEKS", "3,12")
    assert load_settings(None).trial_review_weeks == (3, 12)


@pytest.mark.parametrize("value", ["0", "6,2", "1,2,3,4", "soon"])
def test_bad_setting_stops_startup_with_one_line(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("TRIAL_REVIEW_WEEKS", value)
    with pytest.raises(SettingsError) as err:
        load_settings(None)
    message = str(err.value)
    assert "\n" not in message and "TRIAL_REVIEW_WEEKS" in message


def test_a_medicine_added_after_its_last_time_today_starts_tomorrow() -> None:
    zone = ZoneInfo("Europe/London")
    evening = dt.datetime(2026, 12, 9, 21, 0, tzinfo=zone)
    morning = dt.datetime(2026, 12, 9, 8, 0, tzinfo=zone)
    nine, ten_pm = dt.time(9), dt.time(22)
    assert change_day(evening, zone, None, [nine]) == dt.date(2026, 12, 10)
    assert change_day(evening, zone, None, [nine, ten_pm]) == dt.date(2026, 12, 9)
    assert change_day(morning, zone, None, [nine]) == dt.date(2026, 12, 9)
    assert change_day(evening, zone) == dt.date(2026, 12, 9)  # as needed, or a stop
    assert change_day(evening, zone, dt.date(2026, 12, 14), [nine]) == dt.date(2026, 12, 14)
