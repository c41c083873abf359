"""Courses: when a medicine starts, when it ends, and every how many days it is taken.

A course is kept as local dates of the person's zone (the first and last day, both
included), not instants: "for 10 days" ends on the tenth calendar day wherever they are
and whatever the clocks do, and a change of zone moves no dose from one day to another.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.domain.schedule import WEEKDAY_NAMES

#: How far ahead a start or an end may be: further is more likely a typo than a plan.
FURTHEST_DAYS = 366


class CourseProblem(StrEnum):
    """Why a course as said cannot be kept."""

    ENDS_BEFORE_START = "ends_before_start"
    TOO_FAR = "too_far"
    STEP_WITHOUT_LENGTH = "step_without_length"  # a taper step before the last has no length


@dataclass(frozen=True, slots=True)
class Course:
    """First and last local day (None: from now on / no end) and the interval in days."""

    first_day: dt.date | None = None
    last_day: dt.date | None = None
    every_days: int = 1

    @property
    def is_plain(self) -> bool:
        """Every day from now on: nothing to store or show."""
        return self.first_day is None and self.last_day is None and self.every_days == 1


def resolve_day(
    today: dt.date,
    *,
    weekday: int | None = None,
    date: dt.date | None = None,
    offset: int | None = None,
    year_given: bool = True,
) -> dt.date | None:
    """The local date a person meant: "tomorrow", "monday" (the next one, today if today
    is Monday), "7 dec" (the next 7 December, today included), "2026-12-07"."""
    if offset is not None:
        return today + dt.timedelta(days=offset)
    if weekday is not None:
        return today + dt.timedelta(days=(weekday - today.weekday()) % 7)
    if date is None:
        return None
    if year_given:
        return date
    for year in range(today.year, today.year + 5):  # 29 February comes every 4 years
        try:
            candidate = date.replace(year=year)
        except ValueError:  # 29 February in a year without one
            continue
        if candidate >= today:
            return candidate
    return None


def plan_course(
    today: dt.date,
    *,
    start: dt.date | None = None,
    length_days: int | None = None,
    until: dt.date | None = None,
    every_days: int = 1,
) -> Course | CourseProblem:
    """The course a line described, counted from `start` (default: today)."""
    every_days = max(1, every_days)
    bounded = length_days is not None or until is not None or every_days > 1
    first = start if start is not None else (today if bounded else None)
    last = until
    if length_days is not None:
        last = (first or today) + dt.timedelta(days=max(1, length_days) - 1)
    horizon = today + dt.timedelta(days=FURTHEST_DAYS)
    if (first is not None and first > horizon) or (last is not None and last > horizon):
        return CourseProblem.TOO_FAR
    if last is not None and (last < (first or today)):
        return CourseProblem.ENDS_BEFORE_START
    return Course(first, last, every_days)


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a taper: its dose (None: the line's own) and its days."""

    amount: float | None
    unit: str | None
    course: Course


def plan_taper(
    today: dt.date,
    steps: Sequence[tuple[float | None, str | None, int | None]],
    *,
    start: dt.date | None = None,
    every_days: int = 1,
) -> list[Step] | CourseProblem:
    """Consecutive steps from `start` (default today): (amount, unit, days) each, the last
    one open-ended when it has no length; a step with no dose ("then stop") ends it."""
    out: list[Step] = []
    first = start or today
    for i, (amount, unit, days) in enumerate(steps):
        if amount is None and i > 0:
            break  # "then stop"
        last_step = i == len(steps) - 1 or steps[i + 1][0] is None
        if days is None and not last_step:
            return CourseProblem.STEP_WITHOUT_LENGTH
        course = plan_course(today, start=first, length_days=days, every_days=every_days)
        if isinstance(course, CourseProblem):
            return course
        out.append(Step(amount, unit, course))
        if course.last_day is None:
            break
        first = course.last_day + dt.timedelta(days=1)
    return out


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_label(d: dt.date) -> str:
    """`Mon 7 Dec`, whatever the process's locale (strftime's %a and %b follow it)."""
    return f"{WEEKDAY_NAMES[d.weekday()]} {d.day} {_MONTHS[d.month - 1]}"


def when_label(at: dt.datetime, now: dt.datetime) -> str:
    """`at 22:00` on `now`'s day, `yesterday at 22:00`, else `on Mon 7 Dec at 22:00`: both
    aware and already in the person's zone."""
    clock = f"at {at.strftime('%H:%M')}"
    days = (now.date() - at.date()).days
    if days == 0:
        return clock
    if days == 1:
        return f"yesterday {clock}"
    return f"on {day_label(at.date())} {clock}"


def describe_course(course: Course, today: dt.date) -> str:
    """`every other day` · `from Mon 7 Dec` · `until Fri 11 Dec` (or `last day today`,
    `finished Thu 10 Dec`); empty for a plain every-day schedule."""
    parts: list[str] = []
    if course.every_days == 2:
        parts.append("every other day")
    elif course.every_days > 2:
        parts.append(f"every {course.every_days} days")
    if course.first_day is not None and course.first_day == course.last_day == today:
        parts.append("today only")
        return ", ".join(parts)
    if course.first_day is not None and course.first_day > today:
        if course.first_day == course.last_day:
            parts.append(f"on {day_label(course.first_day)} only")
            return ", ".join(parts)
        parts.append(f"from {day_label(course.first_day)}")
    if course.last_day is not None:
        if course.last_day < today:
            parts.append(f"finished {day_label(course.last_day)}")
        elif course.last_day == today:
            parts.append("last day today")
        else:
            parts.append(f"until {day_label(course.last_day)}")
    return ", ".join(parts)
