"""Schedule math across DST in Berlin, New York and Sydney."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.domain.schedule import (
    DoseSchedule,
    describe_weekdays,
    group_by_minute,
    local_to_utc,
    mask_to_weekdays,
    missed_cutoff,
    named_by_its_old_time,
    next_due,
    parse_times,
    passed_in_the_move,
    slots_between,
    taken_late,
    takes_over_at,
    weekdays_to_mask,
)

UTC = dt.UTC
T = dt.time


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "day", "at", "expected"),
    [
        # ordinary days either side of the change
        ("Europe/Berlin", dt.date(2026, 3, 28), T(8), utc(2026, 3, 28, 7)),
        ("Europe/Berlin", dt.date(2026, 3, 29), T(8), utc(2026, 3, 29, 6)),
        # spring gap: 02:30 does not exist → first valid minute 03:00 CEST
        ("Europe/Berlin", dt.date(2026, 3, 29), T(2, 30), utc(2026, 3, 29, 1)),
        # autumn fold: 02:30 happens twice → the first (CEST)
        ("Europe/Berlin", dt.date(2026, 10, 25), T(2, 30), utc(2026, 10, 25, 0, 30)),
        ("America/New_York", dt.date(2026, 3, 8), T(2, 15), utc(2026, 3, 8, 7)),
        ("America/New_York", dt.date(2026, 11, 1), T(1, 30), utc(2026, 11, 1, 5, 30)),
        ("America/New_York", dt.date(2026, 11, 25), T(8), utc(2026, 11, 25, 13)),
        # southern hemisphere: DST ends first Sunday of April, starts first Sunday of October
        ("Australia/Sydney", dt.date(2026, 4, 5), T(2, 30), utc(2026, 4, 4, 15, 30)),
        ("Australia/Sydney", dt.date(2026, 10, 4), T(2, 30), utc(2026, 10, 3, 16)),
        ("Australia/Sydney", dt.date(2026, 7, 1), T(8), utc(2026, 6, 30, 22)),
    ],
)
def test_local_to_utc_handles_gaps_and_folds(
    zone: str, day: dt.date, at: dt.time, expected: dt.datetime
) -> None:
    assert local_to_utc(day, at, ZoneInfo(zone)) == expected


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York", "Australia/Sydney"])
def test_reminder_keeps_local_wall_clock_across_dst(zone: str) -> None:
    tz = ZoneInfo(zone)
    sched = DoseSchedule((T(8), T(20)))
    slots = slots_between(sched, tz, utc(2026, 1, 1), utc(2027, 1, 1))
    assert len(slots) == 365 * 2
    for s in slots:
        local = s.due_at.astimezone(tz)
        assert (local.hour, local.minute) == (s.local_time.hour, s.local_time.minute)
        assert local.date() == s.local_date


def test_every_day_has_exactly_one_slot_even_in_gap_and_fold() -> None:
    tz = ZoneInfo("Europe/Berlin")
    sched = DoseSchedule((T(2, 30),))
    slots = slots_between(sched, tz, utc(2026, 3, 27), utc(2026, 10, 27))
    days = [s.local_date for s in slots]
    assert len(days) == len(set(days))
    assert dt.date(2026, 3, 29) in days and dt.date(2026, 10, 25) in days


def test_weekdays_are_respected() -> None:
    tz = ZoneInfo("Europe/Berlin")
    sched = DoseSchedule((T(9),), frozenset(range(5)))
    slots = slots_between(sched, tz, utc(2026, 11, 23), utc(2026, 11, 30))
    assert [s.local_date.weekday() for s in slots] == [0, 1, 2, 3, 4]


def test_next_due_and_cutoff_stop_at_next_dose() -> None:
    tz = ZoneInfo("America/New_York")
    sched = DoseSchedule((T(8), T(10)))
    due = local_to_utc(dt.date(2026, 11, 25), T(8), tz)
    assert next_due(sched, tz, due) == due + dt.timedelta(hours=2)
    assert missed_cutoff(due, sched, tz, dt.timedelta(hours=3)) == due + dt.timedelta(hours=2)
    once = DoseSchedule((T(8),))
    assert missed_cutoff(due, once, tz, dt.timedelta(hours=3)) == due + dt.timedelta(hours=3)
    assert next_due(DoseSchedule(()), tz, due) is None


def test_group_by_minute_groups_same_minute_only() -> None:
    base = utc(2026, 11, 25, 13)
    groups = group_by_minute(
        [(1, base), (2, base + dt.timedelta(seconds=30)), (3, base + dt.timedelta(minutes=1))]
    )
    assert groups == [[1, 2], [3]]


def test_times_and_weekday_round_trips() -> None:
    assert parse_times("20:00,08:00,08:00") == (T(8), T(20))
    days = frozenset({0, 2, 4})
    assert mask_to_weekdays(weekdays_to_mask(days)) == days
    assert describe_weekdays(frozenset(range(7))) == "every day"
    assert describe_weekdays(frozenset(range(5))) == "Mon–Fri"
    assert describe_weekdays(days) == "Mon, Wed, Fri"


@pytest.mark.parametrize(
    ("taken", "late"),
    [
        (dt.datetime(2026, 11, 26, 2, 20, tzinfo=UTC), False),  # 07:50 in Pune, due 08:00
        (dt.datetime(2026, 11, 26, 4, 30, tzinfo=UTC), False),  # 10:00, inside the window
        (dt.datetime(2026, 11, 26, 5, 30, tzinfo=UTC), False),  # 11:00, the cutoff itself
        (dt.datetime(2026, 11, 26, 6, 0, tzinfo=UTC), True),  # 11:30, after it
        (None, False),
    ],
)
def test_late_is_taken_after_the_window_whenever_it_is_told(
    taken: dt.datetime | None, late: bool
) -> None:
    cutoff = dt.datetime(2026, 11, 26, 5, 30, tzinfo=UTC)  # 11:00 in Pune
    assert taken_late(taken, cutoff) is late


DUBLIN = ZoneInfo("Europe/Dublin")
WED_18 = dt.datetime(2026, 12, 9, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("first_day", "starts"),
    [
        (dt.date(2026, 12, 10), dt.datetime(2026, 12, 10, 0, 0, tzinfo=UTC)),  # from Thursday
        (dt.date(2026, 12, 9), WED_18),  # from today: now
        (dt.date(2026, 12, 1), WED_18),  # a first day gone by (kept from the old version)
        (None, WED_18),  # no day said
    ],
)
def test_a_change_takes_over_at_its_first_days_midnight_or_now(
    first_day: dt.date | None, starts: dt.datetime
) -> None:
    assert takes_over_at(first_day, DUBLIN, WED_18) == starts


def test_a_change_takes_over_at_local_midnight() -> None:
    """Midnight in the person's zone, not in UTC (Pune is 5:30 ahead)."""
    pune = ZoneInfo("Asia/Kolkata")
    assert takes_over_at(dt.date(2026, 12, 10), pune, WED_18) == dt.datetime(
        2026, 12, 9, 18, 30, tzinfo=UTC
    )


LONDON = ZoneInfo("Europe/London")
THREE_HOURS = dt.timedelta(hours=3)
GABAPENTIN = DoseSchedule((T(8), T(14), T(22)))


def test_flying_east_past_the_hour_brings_the_dose_still_to_come_back_late() -> None:
    # New York's Saturday 22:00 dose (03:00 UTC) was still to come; landed, London's
    # clock reads 22:30: the Saturday 22:00 dose is reminded late, not lost
    still_to_come = {(dt.date(2026, 12, 12), T(22))}
    now = utc(2026, 12, 12, 22, 30)
    moved = passed_in_the_move(GABAPENTIN, LONDON, now, THREE_HOURS, still_to_come)
    assert [(s.local_date, s.local_time, s.due_at) for s in moved] == [
        (dt.date(2026, 12, 12), T(22), utc(2026, 12, 12, 22, 0))
    ]


def test_a_dose_the_old_clock_gave_is_not_brought_back() -> None:
    # London's 14:00 passed (19:00 UTC was New York's 14:00, already reminded): only the
    # doses still to come by the old clock come back
    moved = passed_in_the_move(GABAPENTIN, LONDON, utc(2026, 12, 12, 15, 0), THREE_HOURS, set())
    assert moved == []


def test_a_moved_dose_past_its_answer_window_is_not_brought_back() -> None:
    # landed at 01:30: the 22:00 dose's window (3 h) is over; it is neither reminded nor
    # made up as missed
    still_to_come = {(dt.date(2026, 12, 12), T(22))}
    now = utc(2026, 12, 13, 1, 30)
    assert passed_in_the_move(GABAPENTIN, LONDON, now, THREE_HOURS, still_to_come) == []


def test_a_moved_dose_ends_where_the_next_one_begins() -> None:
    # hourly doses: the 21:00 dose's window closed at 22:00, the next dose's time
    hourly = DoseSchedule(tuple(T(h) for h in range(8, 23)))
    still_to_come = {(dt.date(2026, 12, 12), T(h)) for h in (21, 22)}
    now = utc(2026, 12, 12, 22, 10)
    moved = passed_in_the_move(hourly, LONDON, now, THREE_HOURS, still_to_come)
    assert [s.local_time for s in moved] == [T(22)]


NEW_YORK = ZoneInfo("America/New_York")


def test_2pm_said_in_new_york_names_londons_14_00_dose() -> None:
    said = dt.datetime(2026, 12, 8, 14, 0, tzinfo=NEW_YORK)  # "2pm" at 10:30: yesterday's
    assert named_by_its_old_time(said, "14:00", utc(2026, 12, 9, 14, 0), NEW_YORK)


def test_a_time_said_on_the_doses_own_clock_is_when_it_was_taken() -> None:
    # no zone change: "took the 2pm one" at 15:00 is the 14:00 dose taken at 14:00,
    # which the ordinary matching does
    said = dt.datetime(2026, 12, 9, 14, 0, tzinfo=LONDON)
    assert not named_by_its_old_time(said, "14:00", utc(2026, 12, 9, 14, 0), LONDON)
    # nor is another time the dose's name
    other = dt.datetime(2026, 12, 9, 12, 0, tzinfo=NEW_YORK)
    assert not named_by_its_old_time(other, "14:00", utc(2026, 12, 9, 14, 0), NEW_YORK)
