"""Visits to the doctor (PRODUCT.md §2 `/appointment`, §6a): when each of their three
messages is due, and what a visit looks like to the summary, report and export.

The three messages, each at most once per visit:

* **the day before** (`eve`): the questions list, the report and, when the time is
  known, an `.ics` file. Due at EVE_AT local on the evening before. A visit booked
  after that (late the evening before, or for later today) gets the package soon after
  booking, but only while the visit is still at least EVE_MIN_LEAD away: closer than
  that, a report in the chat is no help and the person has just told us the time.
* **two hours before** (`soon`): only when the time is known and that moment is ahead.
* **after** (`after`): "did anything change?" AFTER_VISIT after the start, or at
  AFTER_AT that day when no time was given (AFTER_VISIT from now if that has passed).

A visit with no time is taken to start at DAY_STARTS for these rules (the earliest a
clinic is likely to see anyone). Pure: the caller passes the zone and now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.domain.course import day_label
from bot.domain.schedule import local_to_utc

__all__ = [
    "AFTER_AT",
    "AFTER_VISIT",
    "DAY_STARTS",
    "EVE_AT",
    "EVE_MIN_LEAD",
    "SOON_BEFORE",
    "DuePlan",
    "Outcome",
    "Visit",
    "due_plan",
    "is_upcoming",
    "visit_label",
    "visit_start",
]

EVE_AT = dt.time(18, 0)
EVE_MIN_LEAD = dt.timedelta(hours=3)
SOON_BEFORE = dt.timedelta(hours=2)
AFTER_VISIT = dt.timedelta(hours=3)
AFTER_AT = dt.time(18, 0)
DAY_STARTS = dt.time(8, 0)


class Outcome(StrEnum):
    """What the person said after a visit (`appointments.outcome`)."""

    NO_CHANGES = "no_changes"
    UPDATE = "update"  # something changed: they were led to /meds


@dataclass(frozen=True, slots=True)
class Visit:
    """One visit as the summary, report and export see it: the local day and time the
    person gave, with whom (their words), the instant when the time is known, and what
    they said afterwards."""

    id: int
    day: dt.date
    at: dt.time | None
    with_whom: str | None
    starts_at: dt.datetime | None
    created_at: dt.datetime
    cancelled_at: dt.datetime | None = None
    outcome: Outcome | None = None
    answered_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class DuePlan:
    """When each message of a visit is due (UTC); None: not sent for this visit."""

    eve: dt.datetime | None
    soon: dt.datetime | None
    after: dt.datetime


def visit_start(day: dt.date, at: dt.time | None, zone: ZoneInfo) -> dt.datetime | None:
    """The UTC instant of the visit, when its time is known (DST gaps move forward)."""
    return None if at is None else local_to_utc(day, at, zone)


def _reference(day: dt.date, at: dt.time | None, zone: ZoneInfo) -> dt.datetime:
    """The start, or DAY_STARTS that day when no time was given."""
    return local_to_utc(day, at or DAY_STARTS, zone)


def due_plan(day: dt.date, at: dt.time | None, zone: ZoneInfo, now: dt.datetime) -> DuePlan:
    """When the day-before, two-hour and after messages of a visit on local `day` (at
    local `at`, if known) are due, seen from `now` (see the module docstring)."""
    start = _reference(day, at, zone)
    eve: dt.datetime | None = local_to_utc(day - dt.timedelta(days=1), EVE_AT, zone)
    if eve is not None and eve <= now:
        # Booked after the evening before: soon after booking, if it still helps.
        eve = now if start - now >= EVE_MIN_LEAD else None
    soon: dt.datetime | None = None
    if at is not None and start - SOON_BEFORE > now:
        soon = start - SOON_BEFORE
    after = start + AFTER_VISIT if at is not None else local_to_utc(day, AFTER_AT, zone)
    if after <= now:
        after = now + AFTER_VISIT
    return DuePlan(eve, soon, after)


def is_upcoming(
    day: dt.date, starts_at: dt.datetime | None, zone: ZoneInfo, now: dt.datetime
) -> bool:
    """Whether a visit is still ahead: its start (when known) is after now, or (without
    a time) its day is today or later in the person's zone."""
    if starts_at is not None:
        return starts_at > now
    return day >= now.astimezone(zone).date()


def visit_label(day: dt.date, at: dt.time | None, today: dt.date) -> str:
    """`Tue 15 Dec, 14:30` (`Tue 15 Dec` without a time; the year added when it is not
    this one), as the person's list and the report show a visit."""
    label = day_label(day) + (f" {day.year}" if day.year != today.year else "")
    return label if at is None else f"{label}, {at.strftime('%H:%M')}"
