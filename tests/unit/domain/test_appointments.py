"""When a visit's three messages are due (the day before, two hours before, after), across
DST changes; the visit's label; and its .ics file read back with icalendar."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar

from bot.domain.appointments import (
    DuePlan,
    due_plan,
    is_upcoming,
    visit_label,
    visit_start,
)
from bot.reports.ics import SUMMARY, appointment_ics, appointment_uid

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
UTC = dt.UTC
D = dt.date
T = dt.time


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def test_booked_well_ahead_the_three_messages_fall_at_their_local_times() -> None:
    # Tue 15 Dec 2026 14:30 London (GMT, = UTC), booked in November.
    plan = due_plan(D(2026, 12, 15), T(14, 30), LONDON, utc(2026, 11, 25, 9))
    assert plan == DuePlan(
        eve=utc(2026, 12, 14, 18, 0),  # 18:00 the evening before
        soon=utc(2026, 12, 15, 12, 30),  # two hours before
        after=utc(2026, 12, 15, 17, 30),  # three hours after
    )


def test_the_evening_before_across_the_spring_change_in_london() -> None:
    # Clocks go forward on Sunday 28 March 2027: Saturday's 18:00 is GMT, the visit BST.
    plan = due_plan(D(2027, 3, 28), T(14, 30), LONDON, utc(2027, 3, 1))
    assert plan.eve == utc(2027, 3, 27, 18, 0)
    assert visit_start(D(2027, 3, 28), T(14, 30), LONDON) == utc(2027, 3, 28, 13, 30)
    assert plan.soon == utc(2027, 3, 28, 11, 30)
    assert plan.after == utc(2027, 3, 28, 16, 30)
    # The day after: the evening before is already BST.
    assert due_plan(D(2027, 3, 29), T(9, 0), LONDON, utc(2027, 3, 1)).eve == utc(2027, 3, 28, 17, 0)


def test_a_time_in_the_spring_gap_moves_to_the_first_valid_minute() -> None:
    # 01:30 does not exist in London on 28 March 2027: it is 02:00 BST (01:00 UTC).
    assert visit_start(D(2027, 3, 28), T(1, 30), LONDON) == utc(2027, 3, 28, 1, 0)


def test_the_evening_before_across_the_autumn_change_in_new_york() -> None:
    # Clocks go back on Sunday 1 November 2026: its 18:00 is EST (UTC-5).
    plan = due_plan(D(2026, 11, 2), T(9, 0), NEW_YORK, utc(2026, 10, 20))
    assert plan.eve == utc(2026, 11, 1, 23, 0)
    assert plan.soon == utc(2026, 11, 2, 12, 0)
    assert plan.after == utc(2026, 11, 2, 17, 0)


def test_booked_after_the_evening_before_the_package_comes_at_once() -> None:
    # 21:00 the evening before a 09:30 visit: still 12 hours away.
    now = utc(2026, 12, 14, 21, 0)
    plan = due_plan(D(2026, 12, 15), T(9, 30), LONDON, now)
    assert plan.eve == now
    assert plan.soon == utc(2026, 12, 15, 7, 30)


def test_booked_for_later_today_the_package_comes_only_if_three_hours_remain() -> None:
    morning = utc(2026, 12, 15, 8, 0)
    assert due_plan(D(2026, 12, 15), T(11, 0), LONDON, morning).eve == morning  # 3 h away
    late = due_plan(D(2026, 12, 15), T(10, 59), LONDON, morning)
    assert late.eve is None
    assert late.soon == utc(2026, 12, 15, 8, 59)  # the two-hour reminder is still ahead
    close = due_plan(D(2026, 12, 15), T(9, 30), LONDON, morning)
    assert close.eve is None and close.soon is None  # 07:30 had gone when it was booked
    assert close.after == utc(2026, 12, 15, 12, 30)


def test_without_a_time_no_two_hour_reminder_and_the_question_comes_at_18() -> None:
    plan = due_plan(D(2026, 12, 15), None, NEW_YORK, utc(2026, 11, 25, 9))
    assert plan.eve == utc(2026, 12, 14, 23, 0)  # 18:00 EST
    assert plan.soon is None
    assert plan.after == utc(2026, 12, 15, 23, 0)


def test_today_without_a_time_booked_in_the_evening_asks_later() -> None:
    now = utc(2026, 12, 15, 19, 0)  # 19:00 London, after 18:00
    plan = due_plan(D(2026, 12, 15), None, LONDON, now)
    assert plan.eve is None and plan.soon is None
    assert plan.after == now + dt.timedelta(hours=3)


def test_upcoming_is_the_start_when_known_else_the_local_day() -> None:
    start = utc(2026, 12, 15, 14, 30)
    assert is_upcoming(D(2026, 12, 15), start, LONDON, start - dt.timedelta(minutes=1))
    assert not is_upcoming(D(2026, 12, 15), start, LONDON, start)
    # No time: the whole local day counts (23:30 in New York is already tomorrow in UTC).
    late = utc(2026, 12, 16, 4, 30)
    assert is_upcoming(D(2026, 12, 15), None, NEW_YORK, late)
    assert not is_upcoming(D(2026, 12, 15), None, LONDON, late)


def test_the_label_of_a_visit() -> None:
    today = D(2026, 11, 25)
    assert visit_label(D(2026, 12, 15), T(14, 30), today) == "Tue 15 Dec, 14:30"
    assert visit_label(D(2026, 12, 15), None, today) == "Tue 15 Dec"
    assert visit_label(D(2027, 1, 12), T(9, 0), today) == "Tue 12 Jan 2027, 09:00"


def _event(data: bytes) -> object:
    cal = Calendar.from_ical(data)
    events = cal.walk("VEVENT")
    assert len(events) == 1
    return events[0]


def test_the_ics_starts_at_the_local_time_in_the_persons_zone() -> None:
    uid = appointment_uid(7, utc(2026, 11, 25, 9))
    data = appointment_ics(
        uid=uid,
        day=D(2026, 12, 15),
        at=T(14, 30),
        zone="America/New_York",
        with_whom="Dr Patel",
        stamp=utc(2026, 12, 14, 23, 0),
    )
    event = _event(data)
    start = event.decoded("dtstart")  # type: ignore[attr-defined]
    assert start.replace(tzinfo=None) == dt.datetime(2026, 12, 15, 14, 30)
    assert str(start.tzinfo) == "America/New_York"
    assert event["dtstart"].params["TZID"] == "America/New_York"  # type: ignore[index]
    assert event.decoded("dtend") - start == dt.timedelta(minutes=30)  # type: ignore[attr-defined]
    assert str(event["summary"]) == f"{SUMMARY} — Dr Patel"  # type: ignore[index]
    assert str(event["uid"]) == uid  # type: ignore[index]
    assert event.decoded("dtstamp") == utc(2026, 12, 14, 23, 0)  # type: ignore[attr-defined]
    # The zone is described in the file itself (some calendars need it).
    cal = Calendar.from_ical(data)
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["America/New_York"]


def test_the_ics_holds_only_what_was_typed_for_the_visit() -> None:
    data = appointment_ics(
        uid="x@backtrack",
        day=D(2027, 3, 28),
        at=T(10, 0),
        zone="Europe/London",
        with_whom=None,
        stamp=utc(2027, 3, 27, 18),
    )
    event = _event(data)
    assert str(event["summary"]) == SUMMARY  # type: ignore[index]
    names = {k.upper() for k in event}  # type: ignore[attr-defined]
    assert names == {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"}
    # After the spring change: 10:00 BST is 09:00 UTC.
    start = event.decoded("dtstart")  # type: ignore[attr-defined]
    assert start.astimezone(UTC) == utc(2027, 3, 28, 9, 0)


def test_the_uid_is_stable_for_a_visit_and_differs_between_visits() -> None:
    made = utc(2026, 11, 25, 9)
    assert appointment_uid(7, made) == appointment_uid(7, made)
    assert appointment_uid(7, made) != appointment_uid(8, made)
    assert appointment_uid(7, made).endswith("@backtrack")
