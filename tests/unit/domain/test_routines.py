"""Routines in the pure core: when the next reminder falls (across DST), which days
count, how a period adds up, and which words mean a routine was done."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.domain.routines import (
    RoutineEntry,
    RoutineLogEntry,
    RoutineSource,
    RoutineStatus,
    matches_activity,
    next_routine,
    routine_entry,
    routine_stats,
    stem,
)

BERLIN = ZoneInfo("Europe/Berlin")
UTC = dt.UTC
EVERY_DAY = frozenset(range(7))
WEEKDAYS = frozenset(range(5))


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


# ---------------------------------------------------------------- next reminder
def test_next_routine_keeps_local_time_across_spring_forward() -> None:
    # Berlin moves from UTC+1 to UTC+2 on Sunday 2026-03-29.
    before = next_routine(dt.time(7), EVERY_DAY, BERLIN, utc(2026, 3, 28, 7))
    assert before == (dt.date(2026, 3, 29), utc(2026, 3, 29, 5))  # 07:00 CEST
    saturday = next_routine(dt.time(7), EVERY_DAY, BERLIN, utc(2026, 3, 28, 5))
    assert saturday == (dt.date(2026, 3, 28), utc(2026, 3, 28, 6))  # 07:00 CET


def test_a_time_inside_the_gap_moves_to_the_first_real_minute() -> None:
    found = next_routine(dt.time(2, 30), EVERY_DAY, BERLIN, utc(2026, 3, 28, 12))
    assert found == (dt.date(2026, 3, 29), utc(2026, 3, 29, 1))  # 03:00 CEST


def test_an_ambiguous_time_fires_once_at_the_first() -> None:
    found = next_routine(dt.time(2, 30), EVERY_DAY, BERLIN, utc(2026, 10, 24, 12))
    assert found == (dt.date(2026, 10, 25), utc(2026, 10, 25, 0, 30))  # 02:30 CEST
    after = next_routine(dt.time(2, 30), EVERY_DAY, BERLIN, utc(2026, 10, 25, 0, 31))
    assert after is not None and after[0] == dt.date(2026, 10, 26)


def test_next_routine_skips_days_it_is_not_on() -> None:
    friday_evening = utc(2026, 11, 27, 19)
    found = next_routine(dt.time(7), WEEKDAYS, BERLIN, friday_evening)
    assert found == (dt.date(2026, 11, 30), utc(2026, 11, 30, 6))  # Monday
    assert next_routine(dt.time(7), frozenset(), BERLIN, friday_evening) is None


# ---------------------------------------------------------------- the days it counts
def test_added_after_its_time_starts_the_next_day_and_removed_before_ends_the_day_before() -> None:
    entry = routine_entry(
        1,
        "stretches",
        10,
        dt.time(7),
        EVERY_DAY,
        started_at=utc(2026, 11, 25, 19),  # 20:00 in Berlin, after 07:00
        ended_at=utc(2026, 11, 28, 5),  # 06:00 in Berlin, before 07:00
        zone=BERLIN,
    )
    assert (entry.first_day, entry.last_day) == (dt.date(2026, 11, 26), dt.date(2026, 11, 27))
    early = routine_entry(
        2, "walk", None, dt.time(18), EVERY_DAY, utc(2026, 11, 25, 8), utc(2026, 11, 28, 18), BERLIN
    )
    assert (early.first_day, early.last_day) == (dt.date(2026, 11, 25), dt.date(2026, 11, 28))


def test_label_says_name_and_minutes() -> None:
    day = dt.date(2026, 11, 25)
    assert RoutineEntry(1, "stretches", 10, dt.time(7), EVERY_DAY, day).label == "Stretches 10 min"
    assert RoutineEntry(1, "walk", None, dt.time(7), EVERY_DAY, day).label == "Walk"


# ---------------------------------------------------------------- a period
WEEK = [dt.date(2026, 11, 23) + dt.timedelta(days=i) for i in range(7)]  # Mon 23 – Sun 29
STRETCH = RoutineEntry(1, "stretches", 10, dt.time(7), WEEKDAYS, dt.date(2026, 11, 1))
WALK = RoutineEntry(2, "walk", 30, dt.time(18), EVERY_DAY, dt.date(2026, 11, 25))
OLD = RoutineEntry(3, "swim", None, dt.time(9), EVERY_DAY, dt.date(2026, 1, 1), dt.date(2026, 2, 1))


def log(routine: int, day: int, status: RoutineStatus) -> RoutineLogEntry:
    at = dt.datetime(2026, 11, day, 12, tzinfo=UTC)
    return RoutineLogEntry(routine, dt.date(2026, 11, day), status, RoutineSource.TAP, at)


def test_stats_count_due_done_skipped_and_unanswered() -> None:
    logs = [
        log(1, 23, RoutineStatus.DONE),
        log(1, 24, RoutineStatus.DONE),
        log(1, 25, RoutineStatus.SKIPPED),
        log(2, 25, RoutineStatus.DONE),
        log(2, 26, RoutineStatus.DONE),
        log(2, 20, RoutineStatus.DONE),  # before the period: not counted
    ]
    stretch, walk = routine_stats([STRETCH, WALK, OLD], logs, WEEK)
    assert (stretch.due, stretch.done, stretch.skipped, stretch.unanswered) == (5, 2, 1, 2)
    assert stretch.done_percent == 40
    # The walk started on Wednesday: five days due in this week.
    assert (walk.due, walk.done, walk.skipped, walk.unanswered) == (5, 2, 0, 3)
    assert walk.routine is WALK


def test_a_day_off_with_an_answer_counts_as_due() -> None:
    (stretch,) = routine_stats([STRETCH], [log(1, 28, RoutineStatus.DONE)], WEEK)  # Saturday
    assert (stretch.due, stretch.done) == (6, 1)


def test_a_reminder_still_to_come_is_not_counted_yet() -> None:
    now_local = dt.datetime(2026, 11, 27, 12)  # Friday noon: the walk at 18:00 is ahead
    stretch, walk = routine_stats([STRETCH, WALK], [], WEEK, now_local=now_local)
    assert stretch.due == 5 and walk.due == 2  # Wed, Thu; not Fri 18:00 nor the weekend
    (done_early,) = routine_stats(
        [WALK], [log(2, 27, RoutineStatus.DONE)], WEEK, now_local=now_local
    )
    assert (done_early.due, done_early.done) == (3, 1)


def test_an_empty_period_has_no_stats_and_nothing_due_gives_no_percent() -> None:
    assert routine_stats([STRETCH], [], []) == ()
    new = RoutineEntry(4, "yoga", None, dt.time(7), EVERY_DAY, dt.date(2026, 11, 30))
    (yoga,) = routine_stats(
        [new], [], [dt.date(2026, 11, 30)], now_local=dt.datetime(2026, 11, 30, 6)
    )
    assert yoga.due == 0 and yoga.done_percent is None


# ---------------------------------------------------------------- words for a routine
@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("walk", "went for a walk"),
        ("walk", "walked 30 min"),
        ("walk", "Walking with my sister this afternoon"),
        ("evening walk", "took the dog for a walk"),
        ("walk", "had a nice stroll"),
        ("walk", "went hiking"),
        ("stretches", "did my stretches"),
        ("stretches", "stretching done"),
        ("stretches", "stretched for 10 minutes"),
        ("stretches", "stretching"),  # the check-in's 🧘 Stretching
        ("back stretches", "did my stretches"),
        ("physio exercises", "physio done"),
        ("physio exercises", "did my PT"),
        ("physio exercises", "did my exercises"),
        ("physio exercises", "exercise"),  # the check-in's 🏋️ Exercise
        ("physio", "physiotherapy session this morning"),
        ("swim", "swam 20 lengths"),
        ("swimming", "went swimming"),
        ("cycling", "biked to work"),
        ("running", "went jogging"),
        ("yoga", "30 min yoga"),
        ("pilates", "did pilates"),
        ("McKenzie exercises", "did my mckenzie"),
        ("walk", "I walked but it hurt"),
        ("walk", "went for a walk, skipped my stretches"),
    ],
)
def test_an_activity_told_in_words_matches_its_routine(name: str, said: str) -> None:
    assert matches_activity(name, said)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("walk", "didn't walk today"),
        ("walk", "didn’t manage a walk"),
        ("walk", "couldn't walk, too sore"),
        ("walk", "walking hurts"),
        ("walk", "too much pain to walk"),
        ("walk", "will walk later"),
        ("walk", "going for a walk tomorrow"),
        ("walk", "skipped my walk"),
        ("walk", "did my stretches"),
        ("walk", "exercise"),
        ("stretches", "went for a walk, skipped my stretches"),
        ("physio exercises", "did exercises at the gym"),
        ("physio exercises", "went for a walk"),
        ("walk the dog", "the dog was sick, went swimming"),
        ("back exercises", "back feels better after my walk"),
        ("yoga", ""),
        ("", "went for a walk"),
    ],
)
def test_other_words_do_not_match(name: str, said: str) -> None:
    assert not matches_activity(name, said)


@pytest.mark.parametrize(
    ("words", "same"),
    [
        ("stretches stretching stretched stretch", "stretch"),
        ("walk walks walked walking", "walk"),
        ("exercise exercises exercised exercising", "exercis"),
        ("swim swims swimming swam", "swim"),
    ],
)
def test_word_forms_share_one_stem(words: str, same: str) -> None:
    assert {stem(w) for w in words.split()} == {same}
