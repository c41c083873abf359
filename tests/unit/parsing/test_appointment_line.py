"""The one-line /appointment grammar: a day, maybe a time, and with whom, in any order,
read against the person's local now; what cannot be booked says why."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.parsing.appointment_line import (
    MAX_WITH_WHOM,
    AppointmentLine,
    LineProblem,
    declines,
    names_a_day_ahead,
    parse_appointment_line,
    visit_told,
)

# Wednesday 25 November 2026, 10:00 local.
NOW = dt.datetime(2026, 11, 25, 10, 0)
T = dt.time
D = dt.date


@pytest.mark.parametrize(
    ("line", "day", "at", "who"),
    [
        ("2026-12-15 14:30 Dr Patel", D(2026, 12, 15), T(14, 30), "Dr Patel"),
        ("15 dec 2:30pm with Dr Patel", D(2026, 12, 15), T(14, 30), "Dr Patel"),
        ("tomorrow 9am physio", D(2026, 11, 26), T(9, 0), "physio"),
        (
            "next tuesday 10:15 Dr. Okafor at the spine clinic",
            D(2026, 12, 1),
            T(10, 15),
            "Dr. Okafor at the spine clinic",
        ),
        ("friday", D(2026, 11, 27), None, None),
        # a weekday and its date: the date (it was the next Tuesday, "the 8th" in the name)
        ("Tuesday the 8th at half ten with Dr Murphy", D(2026, 12, 8), T(10, 30), "Dr Murphy"),
        ("thurs 10th 2pm physio", D(2026, 12, 10), T(14, 0), "physio"),
        ("dec 15", D(2026, 12, 15), None, None),
        ("on friday at 3pm with Dr Patel", D(2026, 11, 27), T(15, 0), "Dr Patel"),
        ("Dr Patel on 15 December at 11am", D(2026, 12, 15), T(11, 0), "Dr Patel"),
        ("today 3pm GP", D(2026, 11, 25), T(15, 0), "GP"),
        ("in 2 weeks at 3 neurology", D(2026, 12, 9), T(15, 0), "neurology"),
        ("quarter past 9 tomorrow with Dr Smith", D(2026, 11, 26), T(9, 15), "Dr Smith"),
        ("dec 15th, 2026 at 11am - rheumatology", D(2026, 12, 15), T(11, 0), "rheumatology"),
        ("tomorrow at noon", D(2026, 11, 26), T(12, 0), None),
        ("TOMORROW 9AM Physio", D(2026, 11, 26), T(9, 0), "Physio"),
        # A weekday is the next one: on a Wednesday, "wednesday" is next week's.
        ("wednesday", D(2026, 12, 2), None, None),
        ("this coming monday 8:45 GP", D(2026, 11, 30), T(8, 45), "GP"),
        # No year: the next such day (January is next year's).
        ("12 jan 9:00", D(2027, 1, 12), T(9, 0), None),
        ("appointment with Dr Lee tomorrow 16:00", D(2026, 11, 26), T(16, 0), "Dr Lee"),
        # an hour and its minutes with a space between: a time, not part of the name
        ("dr patel tuesday 10 30", D(2026, 12, 1), T(10, 30), "Dr Patel"),
        ("tomorrow 2 15 physio", D(2026, 11, 26), T(14, 15), "physio"),
    ],
)
def test_reads_a_visit(line: str, day: dt.date, at: dt.time | None, who: str | None) -> None:
    assert parse_appointment_line(line, NOW) == AppointmentLine(day, at, who)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("Dr Patel", LineProblem.NO_DAY),
        ("hello", LineProblem.NO_DAY),
        ("", LineProblem.NO_DAY),
        ("14:30", LineProblem.NO_DAY),
        ("31 nov 10:00", LineProblem.NO_DAY),  # no such date
        ("2025-01-01 10:00 Dr Patel", LineProblem.PAST),
        ("yesterday", LineProblem.PAST),
        ("last tuesday 10:00 Dr Patel", LineProblem.PAST),
        ("3 days ago", LineProblem.PAST),
        ("today 9am", LineProblem.PAST),  # 09:00 has gone at 10:00
        ("today 10:00", LineProblem.PAST),
        ("2028-01-01", LineProblem.TOO_FAR),
        ("29 feb", LineProblem.TOO_FAR),  # the next one is in 2028
    ],
)
def test_says_what_is_wrong(line: str, problem: LineProblem) -> None:
    assert parse_appointment_line(line, NOW) is problem


def test_today_without_a_time_is_kept() -> None:
    assert parse_appointment_line("today physio", NOW) == AppointmentLine(
        D(2026, 11, 25), None, "physio"
    )


def test_with_whom_is_trimmed_to_the_column() -> None:
    got = parse_appointment_line("tomorrow 9am " + "x" * 200, NOW)
    assert isinstance(got, AppointmentLine)
    assert got.with_whom is not None and len(got.with_whom) == MAX_WITH_WHOM


def test_an_abbreviation_typed_in_lower_case_reads_as_written() -> None:
    # "gp on friday at 10:40" was read back as "with gp".
    got = parse_appointment_line("gp on friday at 10:40", NOW)
    assert isinstance(got, AppointmentLine) and got.with_whom == "GP"
    got = parse_appointment_line("ent clinic tomorrow 9am", NOW)
    assert isinstance(got, AppointmentLine) and got.with_whom == "ENT clinic"
    got = parse_appointment_line("dr agent tomorrow 9am", NOW)  # not inside a word
    assert isinstance(got, AppointmentLine) and got.with_whom == "Dr Agent"


@pytest.mark.parametrize(
    ("text", "whom"),
    [
        ("dec 14 10:30 dr patel", "Dr Patel"),  # read back on the doctor's report
        ("friday 3pm dr. o'brien", "Dr. O'brien"),
        ("monday 9am mrs smith physio", "Mrs Smith physio"),
        ("tues 2pm dr at the clinic", "Dr at the clinic"),
        ("dec 14 with Dr McKay", "Dr McKay"),  # as written
    ],
)
def test_a_title_and_name_typed_in_lower_case_read_as_a_name(text: str, whom: str) -> None:
    got = parse_appointment_line(text, NOW)
    assert isinstance(got, AppointmentLine) and got.with_whom == whom


def test_case_of_with_whom_is_kept_even_with_odd_letters() -> None:
    # "İ" lower-cases to two characters: spans must still cut the right text.
    got = parse_appointment_line("İstanbul clinic tomorrow 9am", NOW)
    assert got == AppointmentLine(D(2026, 11, 26), T(9, 0), "İstanbul clinic")


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("tomorrow 9am physio", True),
        ("friday", True),
        ("15 dec Dr Patel", True),
        ("in 2 weeks", True),
        ("took 2 advil at 3pm today", False),  # a report told in passing
        ("physio was tough yesterday", False),
        ("pain 6 since last monday", False),
        ("hello", False),
    ],
)
def test_a_day_ahead_marks_an_answer_to_when_is_the_visit(text: str, ahead: bool) -> None:
    assert names_a_day_ahead(text) is ahead


@pytest.mark.parametrize(
    ("text", "no"),
    [("no", True), ("No thanks", True), ("never mind", True), ("cancel", True),
     ("not now!", True), ("no pain today", False), ("nov 3", False)],
)  # fmt: skip
def test_a_plain_no_declines(text: str, no: bool) -> None:
    assert declines(text) is no


@given(st.text(max_size=200))
def test_any_text_gives_a_visit_or_a_problem(text: str) -> None:
    got = parse_appointment_line(text, NOW)
    assert isinstance(got, AppointmentLine | LineProblem)
    if isinstance(got, AppointmentLine):
        assert NOW.date() <= got.day <= NOW.date() + dt.timedelta(days=366)


@pytest.mark.parametrize(
    ("line", "day", "at", "who"),
    [
        ("my appointment got moved to friday at 2", D(2026, 11, 27), T(14, 0), None),
        ("physio has been rescheduled for 1 dec 9am", D(2026, 12, 1), T(9, 0), "physio"),
        ("Dr Patel pushed back to 3 dec", D(2026, 12, 3), None, "Dr Patel"),
    ],
)
def test_a_visit_moved_is_marked_and_the_moving_words_are_nobody(
    line: str, day: dt.date, at: dt.time | None, who: str | None
) -> None:
    assert parse_appointment_line(line, NOW) == AppointmentLine(day, at, who, moved=True)


def test_a_plain_visit_is_not_moved() -> None:
    parsed = parse_appointment_line("friday 2pm Dr Patel", NOW)
    assert isinstance(parsed, AppointmentLine) and not parsed.moved


@pytest.mark.parametrize(
    ("text", "day", "at", "who"),
    [
        ("I have a doctors appointment on friday", D(2026, 11, 27), None, "doctor"),
        ("physio tomorrow at 9", D(2026, 11, 26), T(9, 0), "physio"),
        ("hi, pain clinic on the 30th at 2:30, nervous", D(2026, 11, 30), T(14, 30), "pain clinic"),
        ("seeing my chiro the 2nd at 10am, back is a 5 today", D(2026, 12, 2), T(10), "chiro"),
    ],
)
def test_a_visit_told_in_passing(text: str, day: dt.date, at: dt.time | None, who: str) -> None:
    told = visit_told(text)
    assert told is not None, text
    assert parse_appointment_line(told, NOW) == AppointmentLine(day, at, who)


@pytest.mark.parametrize(
    "text", ["saw the doctor yesterday", "physio was tough today", "swimming on saturday"]
)
def test_no_visit_ahead_told(text: str) -> None:
    assert visit_told(text) is None


def test_a_day_gone_by_is_no_visit_ahead() -> None:
    assert visit_told("been off the naproxen since sunday, gp said so") is None


@pytest.mark.parametrize(
    "text",
    [
        "my dad's got a physio appointment friday, I'm taking him",
        "the injection on tuesday hasn't helped one bit",
    ],
)
def test_someone_elses_visit_or_one_that_was_is_no_visit_ahead(text: str) -> None:
    assert visit_told(text) is None


@pytest.mark.parametrize(
    ("zone", "line", "day"),
    [
        # Day first where it is written so; both orders read, the near one kept.
        ("Europe/London", "14/12 10:30 Dr Patel", D(2026, 12, 14)),
        ("Europe/London", "on 10/12 at 3pm with gp", D(2026, 12, 10)),
        ("Europe/London", "12/1 physio", D(2027, 1, 12)),
        ("Europe/Berlin", "10.12. 9 Uhr Dr Weber", D(2026, 12, 10)),
        ("Europe/London", "14/12/2026 10:30", D(2026, 12, 14)),
        # Month first in the US; a day past 12 says its order itself.
        ("America/Denver", "12/1 physio", D(2026, 12, 1)),
        ("America/Denver", "1/12 surgeon", D(2027, 1, 12)),
        ("America/Denver", "14/12 10:30", D(2026, 12, 14)),
        ("America/Denver", "2/3/27 surgeon", D(2027, 2, 3)),
        # "10/12" on 25 Nov is 10 Dec even where 12 Oct would be first: that is next year.
        ("America/Denver", "on 10/12 with Dr Lee", D(2026, 12, 10)),
    ],
)
def test_a_date_in_figures(zone: str, line: str, day: dt.date) -> None:
    from zoneinfo import ZoneInfo

    found = parse_appointment_line(line, NOW.replace(tzinfo=ZoneInfo(zone)))
    assert isinstance(found, AppointmentLine) and found.day == day


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        ("GP appointment on 14/12 at 10:30", True),
        ("physio on 3/12", True),
        ("pain 7/10 after the doctor", False),  # a score, not a date
        ("doctor said 5/325 is fine", False),
    ],
)
def test_a_date_in_figures_told_in_passing(text: str, visit: bool) -> None:
    assert (visit_told(text) is not None) is visit


def test_todays_weekday_with_a_time_still_ahead_is_today() -> None:
    """Sandbox, Phoenix: "/appointment friday 2pm neurosurgeon" typed on a Friday morning
    was booked a week on; the visit that happened that afternoon was never linked."""
    friday_morning = dt.datetime(2026, 12, 11, 6, 10, tzinfo=ZoneInfo("America/Phoenix"))
    today = parse_appointment_line("friday 2pm neurosurgeon", friday_morning)
    assert isinstance(today, AppointmentLine) and today.day == D(2026, 12, 11)
    for said in ("next friday 2pm neurosurgeon", "friday neurosurgeon", "friday 5am physio"):
        later = parse_appointment_line(said, friday_morning)
        assert isinstance(later, AppointmentLine) and later.day == D(2026, 12, 18), said


def test_a_clinics_four_figures_are_the_time_never_a_room_number() -> None:
    """Sandbox, Chicago: "podiatry appt thurs 1030 w/ Dr Feldman" kept 1030 in the name and
    no time, so no reminder two hours before."""
    now = dt.datetime(2026, 12, 8, 12, 0, tzinfo=ZoneInfo("America/Chicago"))
    line = parse_appointment_line("podiatry appt thurs 1030 w/ Dr Feldman", now)
    assert isinstance(line, AppointmentLine) and line.at == dt.time(10, 30)
    assert "1030" not in (line.with_whom or "")
    room = parse_appointment_line("mri friday, room 1204", now)
    assert isinstance(room, AppointmentLine) and room.at is None


AUCKLAND_NOW = dt.datetime(2026, 12, 7, 20, 55, tzinfo=ZoneInfo("Pacific/Auckland"))


@pytest.mark.parametrize(
    ("line", "day", "at", "who"),
    [
        # (Sandbox, Auckland: the date and time were kept in the name, the day a week off)
        ("Dr Smith Monday 21 December 10.15", D(2026, 12, 21), T(10, 15), "Dr Smith"),
        ("GP mon 21/12 9am", D(2026, 12, 21), T(9, 0), "GP"),
        ("wed 16.12 10am physio", D(2026, 12, 16), T(10, 0), "physio"),
        (
            "specialist at Middlemore 22/12 11am",
            D(2026, 12, 22),
            T(11, 0),
            "specialist at Middlemore",
        ),
        ("GP Friday morning 9", D(2026, 12, 11), T(9, 0), "GP"),
        ("Dr Lee thursday arvo at 2", D(2026, 12, 10), T(14, 0), "Dr Lee"),
        ("GP Friday morning", D(2026, 12, 11), None, "GP"),
        ("physio 10.15 tomorrow", D(2026, 12, 8), T(10, 15), "physio"),
    ],
)
def test_a_date_beside_its_weekday_and_times_in_words_are_not_the_name(
    line: str, day: dt.date, at: dt.time | None, who: str
) -> None:
    assert parse_appointment_line(line, AUCKLAND_NOW) == AppointmentLine(day, at, who)


def test_a_slashed_date_is_read_month_first_in_the_us() -> None:
    now = dt.datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    assert parse_appointment_line("GP mon 12/21 9am", now) == AppointmentLine(
        D(2026, 12, 21), T(9, 0), "GP"
    )


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        ("the doctor said to go up to 300mg twice a day from tomorrow", None),
        ("doc wants me on 2 a day from monday", None),
        ("appointment friday to review the 300mg", "friday to review the 300mg"),
        ("gp tomorrow at 10, might reduce the naproxen", "gp tomorrow at 10"),
    ],
)
def test_a_clinicians_dosing_word_with_a_day_is_no_visit(text: str, visit: str | None) -> None:
    """Sandbox, London: the day a dose changes was offered as a visit "with doctor said
    to go up to 300mg twice a day from"."""
    assert visit_told(text) == visit
