"""Courses in local dates: resolved from what a person said, laid out as doses over DST
and zone changes with none twice and none lost, ending on the right local date."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.course import (
    Course,
    CourseProblem,
    Step,
    describe_course,
    plan_course,
    plan_taper,
    resolve_day,
    when_label,
)
from bot.domain.schedule import DoseSchedule, slots_between

ZONES = ("Europe/Berlin", "America/New_York", "Australia/Sydney")
WED = dt.date(2026, 12, 2)  # a Wednesday
MON = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ({"offset": 0}, WED),
        ({"offset": 1}, dt.date(2026, 12, 3)),
        ({"weekday": 0}, dt.date(2026, 12, 7)),  # "monday": the next one
        ({"weekday": 2}, WED),  # "wednesday" said on a Wednesday: today
        ({"weekday": 1}, dt.date(2026, 12, 8)),
        ({"date": dt.date(2026, 12, 20)}, dt.date(2026, 12, 20)),
        ({"date": dt.date(2000, 12, 20), "year_given": False}, dt.date(2026, 12, 20)),
        ({"date": dt.date(2000, 1, 5), "year_given": False}, dt.date(2027, 1, 5)),
        ({"date": dt.date(2000, 12, 2), "year_given": False}, WED),
        ({"date": dt.date(2000, 2, 29), "year_given": False}, dt.date(2028, 2, 29)),
        ({}, None),
    ],
)
def test_a_day_as_said(said: dict[str, object], meant: dt.date | None) -> None:
    assert resolve_day(WED, **said) == meant  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("words", "course"),
    [
        ({}, Course()),
        ({"length_days": 10}, Course(WED, dt.date(2026, 12, 11))),
        ({"length_days": 1}, Course(WED, WED)),
        ({"start": MON, "length_days": 5}, Course(MON, dt.date(2026, 12, 11))),
        ({"until": dt.date(2026, 12, 4)}, Course(WED, dt.date(2026, 12, 4))),
        ({"every_days": 2}, Course(WED, None, 2)),
        ({"start": dt.date(2026, 12, 7)}, Course(dt.date(2026, 12, 7), None)),
        ({"until": dt.date(2026, 12, 1)}, CourseProblem.ENDS_BEFORE_START),
        ({"start": MON, "until": dt.date(2026, 12, 6)}, CourseProblem.ENDS_BEFORE_START),
        ({"start": dt.date(2028, 1, 1)}, CourseProblem.TOO_FAR),
        ({"length_days": 400}, CourseProblem.TOO_FAR),
    ],
)  # fmt: skip
def test_a_course_as_planned(words: dict[str, object], course: Course | CourseProblem) -> None:
    assert plan_course(WED, **words) == course  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("course", "today", "said"),
    [
        (Course(), WED, ""),
        (Course(WED, None, 2), WED, "every other day"),
        (Course(WED, None, 3), WED, "every 3 days"),
        (Course(dt.date(2026, 12, 7), None), WED, "from Mon 7 Dec"),
        (Course(WED, dt.date(2026, 12, 11)), WED, "until Fri 11 Dec"),
        (Course(MON, MON), WED, "on Mon 7 Dec only"),
        (Course(WED, dt.date(2026, 12, 11)), dt.date(2026, 12, 11), "last day today"),
        (Course(WED, dt.date(2026, 12, 11)), dt.date(2026, 12, 12), "finished Fri 11 Dec"),
        (Course(MON, dt.date(2026, 12, 11), 2), WED, "every other day, from Mon 7 Dec, until Fri 11 Dec"),  # noqa: E501
    ],
)  # fmt: skip
def test_a_course_in_words(course: Course, today: dt.date, said: str) -> None:
    assert describe_course(course, today) == said


def test_final_day_of_an_every_other_day_course() -> None:
    sched = DoseSchedule((dt.time(9),), first_day=WED, last_day=dt.date(2026, 12, 11), every_days=2)
    assert sched.final_day() == dt.date(2026, 12, 10)  # 2, 4, 6, 8, 10 December
    weekdays_only = DoseSchedule((dt.time(9),), frozenset(range(5)), WED, dt.date(2026, 12, 13))
    assert weekdays_only.final_day() == dt.date(2026, 12, 11)  # Friday: the 13th is a Sunday
    assert DoseSchedule((dt.time(9),)).final_day() is None


def _expected_days(sched: DoseSchedule) -> list[dt.date]:
    assert sched.first_day is not None and sched.last_day is not None
    days = []
    day = sched.first_day
    while day <= sched.last_day:
        if day.weekday() in sched.weekdays and (day - sched.first_day).days % sched.every_days == 0:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


times_st = st.lists(
    st.times().map(lambda t: t.replace(second=0, microsecond=0, tzinfo=None)),
    min_size=1,
    max_size=4,
    unique=True,
)
# Around the DST changes of all three zones (March/April, October/November).
start_st = st.dates(dt.date(2026, 3, 20), dt.date(2026, 11, 10))


@settings(max_examples=150, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    first=start_st,
    length=st.integers(1, 40),
    every=st.integers(1, 5),
    weekdays=st.frozensets(st.integers(0, 6), min_size=1),
    times=times_st,
    cuts=st.lists(st.integers(0, 60 * 24 * 45), max_size=6),
)
def test_a_course_laid_out_in_pieces_has_every_dose_once(
    zone: str,
    first: dt.date,
    length: int,
    every: int,
    weekdays: frozenset[int],
    times: list[dt.time],
    cuts: list[int],
) -> None:
    """Materialised in windows cut anywhere (as the top-up does), the doses are exactly
    the course's days × times: none twice, none lost, none outside it, whatever DST does."""
    tz = ZoneInfo(zone)
    sched = DoseSchedule(
        tuple(times), weekdays, first, first + dt.timedelta(days=length - 1), every
    )
    begin = dt.datetime.combine(first - dt.timedelta(days=2), dt.time(), tzinfo=dt.UTC)
    end = begin + dt.timedelta(days=length + 5)
    bounds = sorted(
        {
            begin,
            end,
            *(
                begin + dt.timedelta(minutes=c)
                for c in cuts
                if begin + dt.timedelta(minutes=c) < end
            ),
        }
    )
    slots = [
        s for a, b in zip(bounds, bounds[1:], strict=False) for s in slots_between(sched, tz, a, b)
    ]
    keys = [(s.local_date, s.local_time) for s in slots]
    assert len(keys) == len(set(keys)), "a dose twice"
    expected = {(d, t) for d in _expected_days(sched) for t in times}
    assert set(keys) == expected
    final = sched.final_day()
    assert final == (max(d for d, _ in expected) if expected else None)


@settings(max_examples=80, deadline=None)
@given(
    before=st.sampled_from(ZONES),
    after=st.sampled_from(ZONES),
    first=start_st,
    length=st.integers(2, 30),
    every=st.integers(1, 3),
    move_day=st.integers(0, 29),
    times=times_st,
)
def test_a_move_to_another_zone_keeps_the_courses_local_days(
    before: str,
    after: str,
    first: dt.date,
    length: int,
    every: int,
    move_day: int,
    times: list[dt.time],
) -> None:
    """The dates are the person's local dates: after a move the course still ends on its
    last local day, and days after the move keep their doses in the new zone."""
    sched = DoseSchedule(
        tuple(times),
        first_day=first,
        last_day=first + dt.timedelta(days=length - 1),
        every_days=every,
    )
    move = dt.datetime.combine(
        first + dt.timedelta(days=min(move_day, length - 1)), dt.time(12), tzinfo=ZoneInfo(before)
    )
    far = move + dt.timedelta(days=length + 3)
    after_slots = slots_between(sched, ZoneInfo(after), move, far)
    assert all(first <= s.local_date <= sched.last_day for s in after_slots)  # type: ignore[operator]
    assert all((s.local_date - first).days % every == 0 for s in after_slots)
    local_move_day = move.astimezone(ZoneInfo(after)).date()
    expected_days = {d for d in _expected_days(sched) if d > local_move_day}
    assert expected_days <= {s.local_date for s in after_slots}


def test_a_taper_in_consecutive_steps() -> None:
    steps = plan_taper(WED, [(20.0, "mg", 5), (10.0, "mg", 5), (5.0, "mg", 3), (None, None, None)])
    assert steps == [
        Step(20.0, "mg", Course(WED, dt.date(2026, 12, 6))),
        Step(10.0, "mg", Course(dt.date(2026, 12, 7), dt.date(2026, 12, 11))),
        Step(5.0, "mg", Course(dt.date(2026, 12, 12), dt.date(2026, 12, 14))),
    ]


def test_a_taper_whose_last_step_runs_on_and_one_without_lengths() -> None:
    monday = dt.date(2026, 12, 7)
    steps = plan_taper(WED, [(600.0, "mg", 7), (300.0, "mg", None)], start=monday)
    assert steps == [
        Step(600.0, "mg", Course(monday, dt.date(2026, 12, 13))),
        Step(300.0, "mg", Course(dt.date(2026, 12, 14), None)),
    ]
    assert (
        plan_taper(WED, [(20.0, "mg", None), (10.0, "mg", 5)]) is CourseProblem.STEP_WITHOUT_LENGTH
    )


def test_a_tapers_versions_read_with_their_own_days() -> None:
    """A step saved on Monday that starts on Wednesday reads "since Wed"; a finished step
    ends on its last day, not at the midnight after it."""
    from bot.domain.records import History, RegimenEntry
    from bot.domain.summary import weekly_summary

    monday = dt.datetime(2026, 12, 7, 7, tzinfo=dt.UTC)
    first = RegimenEntry(
        1,
        "prednisone",
        "prednisone",
        20.0,
        "mg",
        (dt.time(8),),
        False,
        None,
        monday,
        dt.datetime(2026, 12, 9, tzinfo=dt.UTC),
        course=Course(MON, dt.date(2026, 12, 8)),
    )
    second = RegimenEntry(
        2,
        "prednisone",
        "prednisone",
        10.0,
        "mg",
        (dt.time(8),),
        False,
        None,
        monday,
        None,
        course=Course(dt.date(2026, 12, 9), dt.date(2026, 12, 10)),
    )
    now = dt.datetime(2026, 12, 9, 10, tzinfo=dt.UTC)
    history = History(zone="UTC", regimen=(first, second))
    versions = weekly_summary(history, end_date=now.date(), days=7, now=now).regimen
    assert [(v.amount, v.since, v.until) for v in versions] == [
        (20.0, MON, dt.date(2026, 12, 8)),
        (10.0, dt.date(2026, 12, 9), None),
    ]
    assert versions[1].line.endswith("· until Thu 10 Dec")
    assert "finished" not in versions[0].line


def test_when_label_names_the_day_unless_it_is_today() -> None:
    zone = ZoneInfo("Europe/London")
    now = dt.datetime(2026, 1, 5, 19, 30, tzinfo=zone)
    assert when_label(now.replace(hour=8, minute=0), now) == "at 08:00"
    assert when_label(dt.datetime(2026, 1, 4, 22, 0, tzinfo=zone), now) == "yesterday at 22:00"
    assert when_label(dt.datetime(2026, 1, 2, 22, 0, tzinfo=zone), now) == "on Fri 2 Jan at 22:00"
