"""A visit as an `.ics` calendar file (RFC 5545), sent with the day-before message.

One VEVENT starting at the local time in the person's zone (DTSTART with a TZID and the
matching VTIMEZONE, so a phone keeps it at 14:30 Berlin time whatever it is set to),
DEFAULT_MINUTES long. It carries only what the person typed for the visit (the day,
time and with whom): no medicines, no pain, nothing else from their record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

__all__ = ["DEFAULT_MINUTES", "SUMMARY", "appointment_ics", "appointment_uid"]

DEFAULT_MINUTES = 30
SUMMARY = "Doctor's appointment"
_PRODID = "-//Backtrack//appointment//EN"


def appointment_uid(appointment_id: int, created_at: dt.datetime) -> str:
    """A UID that stays the same for one visit (a calendar updates rather than doubles
    the event if the file is opened twice) and names no one."""
    seed = f"{appointment_id}:{created_at.astimezone(dt.UTC).isoformat()}"
    return hashlib.sha256(seed.encode()).hexdigest()[:24] + "@backtrack"


def appointment_ics(
    *,
    uid: str,
    day: dt.date,
    at: dt.time,
    zone: str,
    with_whom: str | None,
    stamp: dt.datetime,
    minutes: int = DEFAULT_MINUTES,
) -> bytes:
    """The calendar file for a visit on local `day` at `at` in IANA `zone`; `stamp` is
    when the file is made (DTSTAMP, UTC)."""
    start = dt.datetime.combine(day, at, tzinfo=ZoneInfo(zone))
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp.astimezone(dt.UTC))
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=minutes))
    event.add("summary", f"{SUMMARY} — {with_whom}" if with_whom else SUMMARY)
    cal = Calendar()
    cal.add("prodid", _PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add_component(event)
    # The VTIMEZONE a TZID must point to (some calendars drop an event without it),
    # covering a year either side rather than every rule since 1970.
    cal.add_missing_timezones(
        first_date=day - dt.timedelta(days=366), last_date=day + dt.timedelta(days=366)
    )
    data: bytes = cal.to_ical()
    return data
