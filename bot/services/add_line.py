"""What a typed line says about a medicine (/add, and the answers while one is edited):
the parser's words turned into `LineFields`, a course into the person's local dates."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from bot.domain.add_draft import AddDraft, LineFields
from bot.domain.course import CourseProblem
from bot.domain.schedule import ALL_DAYS
from bot.parsing.addline import AddRequest, parse_add_line
from bot.parsing.course import CourseSpec
from bot.parsing.dose_pack import read_dose_pack
from bot.services import regimen as svc


def _course_fields(spec: CourseSpec, today: dt.date | None) -> dict[str, Any]:
    """A line's course as LineFields values, in local dates from `today` (none without)."""
    if today is None or spec == CourseSpec():
        return {}
    if len(spec.steps) > 1:
        return _taper_fields(spec, today)
    course = svc.course_from_words(spec, today)
    if isinstance(course, CourseProblem):
        return {"course_problem": course.value}
    return {
        "first_day": course.first_day.isoformat() if course.first_day else None,
        "last_day": course.last_day.isoformat() if course.last_day else None,
        "every_days": course.every_days,
    }


def _on_its_weekday(course: dict[str, Any], weekdays: frozenset[int]) -> dict[str, Any]:
    """ "weekly monday" added on a Wednesday: the every-7-days count starts on the first
    Monday, or no day would ever be both (Sandbox, Glasgow: alendronic acid never came)."""
    first = course.get("first_day")
    if first is None or course.get("every_days", 1) <= 1 or len(weekdays) != 1:
        return course
    day = dt.date.fromisoformat(first)
    (weekday,) = weekdays
    return {
        **course,
        "first_day": (day + dt.timedelta(days=(weekday - day.weekday()) % 7)).isoformat(),
    }


def _taper_fields(spec: CourseSpec, today: dt.date) -> dict[str, Any]:
    """The first step as the line's own course, the later ones as `steps`."""
    steps = svc.taper_from_words(spec, today)
    if isinstance(steps, CourseProblem):
        return {"course_problem": steps.value}
    first, *later = steps

    def iso(day: dt.date | None) -> str | None:
        return day.isoformat() if day else None

    return {
        "first_day": iso(first.course.first_day),
        "last_day": iso(first.course.last_day),
        "every_days": first.course.every_days,
        "steps": tuple(
            (s.amount, s.unit, str(iso(s.course.first_day)), iso(s.course.last_day)) for s in later
        ),
    }


def line_fields(text: str, today: dt.date | None = None) -> LineFields:
    """What a one-line description says (only what is present); a course in it is read
    against the person's local `today` (without one, the course is not read)."""
    req = parse_add_line(text)
    pack = read_dose_pack(text, req)
    if pack is not None:
        req = pack.request
    times = tuple(t.strftime("%H:%M") for t in req.times)
    course = _on_its_weekday(_course_fields(req.course, today), req.weekdays)
    # "8am and at night": 08:00 is kept, the night's time is asked with the rest.
    fixed = bool(req.times and req.parts_of_day)
    return LineFields(
        name=req.name or None,
        amount=req.amount,
        unit=req.unit if req.amount is not None else None,
        strength=req.strength,
        units_per_dose=req.units_per_dose,
        units_per_dose_max=req.units_per_dose_max,
        units_per_day=req.units_per_day,
        times=() if fixed else times,
        fixed_times=times if fixed else (),
        weekdays=tuple(sorted(req.weekdays)) if req.weekdays != ALL_DAYS else (),
        as_needed=req.as_needed,
        max_per_day=req.max_per_day,
        per_day=req.per_day,
        parts_of_day=tuple(sorted(req.parts_of_day)),
        supply=req.course.supply,
        every_hours=req.course.every_hours,
        dose_pack=pack is not None,
        instruction=req.instruction,
        volume_ml=req.volume_ml,
        max_ml_cut=req.max_ml_cut,
        **course,
        **_later_schedule(req),
    )


def _later_schedule(req: AddRequest) -> dict[str, Any]:
    """A titration's later steps' own times, one list per step ("then 300mg 08:00 22:00"),
    and whether some later step says when only in words ("then twice a day")."""
    steps_after = len(req.course.steps) - 1
    said = [tuple(t.strftime("%H:%M") for t in ts) for ts in req.later_times]
    unset = req.later_when_unset
    if said and (steps_after < 1 or len(said) < steps_after):
        # The steps were not all read, so which times go with which is not known.
        return {"step_when_unset": unset or any(said)}
    # "then twice a day": asked with times that fit, once the first step's are known
    when = tuple((n, tuple(sorted(parts))) for n, parts in req.later_when[:steps_after])
    return {"step_times": tuple(said[:steps_after]), "step_when_unset": unset, "step_when": when}


_EVERY_DAY = re.compile(r"^\s*(?:every\s*day|daily|each day|all days?|7 days a week)\W*$", re.I)
_NO_END = re.compile(
    r"^\s*(?:no end(?: date)?|none|ongoing|no|keep (?:it )?going|for good|forever)\W*$", re.I
)


def read_days(draft: AddDraft, text: str, today: dt.date) -> bool:
    """Set the draft's days from "mon-fri", "every other day", "every day"; False when
    `text` says none."""
    if _EVERY_DAY.match(text):
        draft.set_days(today, weekdays=(), every_days=1)
        return True
    found = line_fields(text, today)
    if found.weekdays:
        draft.set_days(today, weekdays=found.weekdays, every_days=1)
        return True
    if found.every_days and found.every_days > 1:
        draft.set_days(today, weekdays=(), every_days=found.every_days)
        return True
    return False


def read_course(draft: AddDraft, text: str, today: dt.date) -> bool:
    """Set the draft's course from "for 10 days", "until friday", "no end"; False when
    `text` says none (a course that cannot be kept is left for /add's own answer)."""
    if _NO_END.match(text):
        draft.set_course(today, None)
        return True
    words = text if re.search(r"\b(?:for|until|till|to|from|starting)\b", text, re.I) else None
    if words is None and re.fullmatch(r"\s*\d{1,3}\s*(?:days?|d)?\s*", text, re.I):
        words = f"for {text.strip()}" + ("" if re.search(r"[a-z]", text, re.I) else " days")
    found = line_fields(words, today) if words else None
    if found is None or not (found.last_day or found.first_day or found.course_problem):
        return False
    draft.course_problem = found.course_problem
    start = dt.date.fromisoformat(found.first_day) if found.first_day else None
    # Every other day keeps counting from its own first day unless a new start is said.
    counting = draft.every_days > 1 and draft.first_day is not None
    if start is not None and (start > today or not counting):
        draft.first_day = found.first_day
    draft.last_day = found.last_day
    return True
