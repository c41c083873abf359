"""The one-line ``/routine`` grammar: a non-drug part of the treatment with one reminder.

``stretches 10 min 07:00 mon-fri``, ``walk 30 min 18:00``, ``physio exercises 20 minutes
at 7am weekdays``, ``walk every day 6pm``, ``stretches 07:00``. The pieces are cut out one
kind at a time with the readers ``/add`` already uses (how long, the course words that
routines cannot keep, the weekdays, the clock time); the words left over are the name.

One time per routine. A routine's day holds one answer (``Done`` / ``Skip``: one log per
routine per day), so a routine said at two times could not record both; and splitting it
silently into two rows of the same name would leave a list, a summary and a report that
cannot tell the two apart. So two times are refused with the way out: add it twice, each
with its own name ("stretches morning 07:00", "stretches evening 19:00").

Pure: text in, a ``RoutineLine`` out; never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time
from enum import StrEnum
from typing import Final

# The /add line's own readers: weekdays ("mon-fri", "weekdays", "every day") and clock
# times ("07:00", "7am", "at 8"), so both commands understand the same words.
from bot.parsing.addline import _FREQUENCY, _blank, _cut_times, _cut_weekdays, _per_day
from bot.parsing.course import DaySpec, cut_course
from bot.parsing.numbers import minutes_of
from bot.parsing.patterns import DURATION

__all__ = ["MAX_MINUTES", "MAX_NAME", "RoutineLine", "RoutineProblem", "parse_routine_line"]

MAX_NAME: Final = 60  # routines.name is String(60)
MAX_MINUTES: Final = 8 * 60
_ALL_DAYS: Final = frozenset(range(7))


class RoutineProblem(StrEnum):
    """What keeps a line from becoming a routine (the chat words each one)."""

    EMPTY = "empty"  # nothing at all was written
    NO_NAME = "no_name"
    NO_TIME = "no_time"
    MANY_TIMES = "many_times"  # two clock times, "twice a day", "every 4 hours"
    BAD_MINUTES = "bad_minutes"  # "0 min", "12 hours"
    NAME_TOO_LONG = "name_too_long"
    NO_COURSE = "no_course"  # "every other day", "for 2 weeks", "from monday": not kept


@dataclass(frozen=True, slots=True)
class RoutineLine:
    """What a ``/routine`` line said. `problems` is empty when it can be saved as is;
    the other fields hold whatever could be read either way."""

    name: str | None
    minutes: int | None
    at: time | None
    weekdays: frozenset[int]  # 0 = Monday; every day when none was named
    times: tuple[time, ...] = ()  # every clock time read (more than one is a problem)
    problems: tuple[RoutineProblem, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether it can be saved as it is."""
        return not self.problems


# Words that join the pieces rather than name the routine ("walk at 18:00 for 30 min").
_FILLER: Final = frozenset(
    str.split("at @ for on every each a an the my and of from to - – , ; : . do doing")
)
_TOKEN = re.compile(r"\S+")
_EVERY = re.compile(r"\bevery\s*$")
_PART_OF_DAY = re.compile(
    r"\b(?:in\s+the|every|each|at|this|on)\s+(?P<p>morning|afternoon|evening|night)s?\b|"
    r"\b(?P<t>tonight)\b"
)
_MORNING_SAID = re.compile(r"\d\s*a\.?\s?m\b|\bmorning\b")


def parse_routine_line(text: str) -> RoutineLine:
    """Read what follows ``/routine``; never raises (anything unreadable is a problem)."""
    try:
        return _parse(str(text))
    except Exception:  # noqa: BLE001 - a line nobody foresaw gets an answer, not a crash
        return RoutineLine(None, None, None, _ALL_DAYS, problems=(RoutineProblem.NO_TIME,))


def _parse(text: str) -> RoutineLine:
    original = " ".join(text.replace("\x00", " ").split())[:500]
    if not original:
        return RoutineLine(None, None, None, _ALL_DAYS, problems=(RoutineProblem.EMPTY,))
    # Lower-case without changing length, so spans found in `low` index `original`.
    low = "".join(c.lower() if len(c.lower()) == 1 else c for c in original)
    minutes, bad_minutes, work = _cut_minutes(low)
    later, work = _cut_part_of_day(work)  # before the course: "tonight" is no start date
    course, work = cut_course(work)
    weekdays, work = _cut_weekdays(work)
    per_day, work = _cut_frequency(work)
    found, work = _cut_times(work)
    if later and not _MORNING_SAID.search(low):
        # "at 6 in the evening" is 18:00, not 06:00.
        found = {time(t.hour + 12, t.minute) if 1 <= t.hour <= 11 else t for t in found}
    times = tuple(sorted(found))
    name = _name(work, original)
    problems: list[RoutineProblem] = []
    if name is None:
        problems.append(RoutineProblem.NO_NAME)
    elif len(name) > MAX_NAME:
        problems.append(RoutineProblem.NAME_TOO_LONG)
    if len(times) > 1 or (per_day or 1) > 1 or course.every_hours:
        problems.append(RoutineProblem.MANY_TIMES)
    elif not times:
        problems.append(RoutineProblem.NO_TIME)
    if bad_minutes:
        problems.append(RoutineProblem.BAD_MINUTES)
    starts_later = course.start is not None and course.start != DaySpec(offset=0)
    if course.every_days > 1 or course.length_days or course.until or starts_later:
        problems.append(RoutineProblem.NO_COURSE)
    return RoutineLine(
        name=name,
        minutes=minutes,
        at=times[0] if len(times) == 1 else None,
        weekdays=frozenset(weekdays) if weekdays else _ALL_DAYS,
        times=times,
        problems=tuple(problems),
    )


def _cut_minutes(work: str) -> tuple[int | None, bool, str]:
    """How long it takes ("10 min", "half an hour", "2 hours"), whether that was out of
    bounds, and the text without it. Cut first: "at 10 min" is no clock time."""
    # "every 4 hours" is how often, not how long.
    m = next((m for m in DURATION.finditer(work) if not _EVERY.search(work, 0, m.start())), None)
    if m is None:
        return None, False, work
    value = minutes_of(m["n"], m["u"])
    rest = _blank(work, [m.span()])
    if value is None or not 1 <= round(value) <= MAX_MINUTES:
        return None, True, rest
    return round(value), False, rest


def _cut_frequency(work: str) -> tuple[int | None, str]:
    """Times a day said in words ("twice a day", "3x daily"), and the text without them."""
    per_day: int | None = None
    spans: list[tuple[int, int]] = []
    for m in _FREQUENCY.finditer(work):
        per_day = per_day or _per_day(m.group())
        spans.append(m.span())
    return per_day, _blank(work, spans)


def _cut_part_of_day(work: str) -> tuple[bool, str]:
    """Whether a later part of the day was said ("in the evening", "at night"), and the
    text without such phrases. Only phrased ones are cut: "stretches morning" is a name
    (the way to tell a morning routine from an evening one)."""
    spans = [m.span() for m in _PART_OF_DAY.finditer(work)]
    later = any(m["p"] != "morning" for m in _PART_OF_DAY.finditer(work))
    return later, _blank(work, spans)


def _name(work: str, original: str) -> str | None:
    """The words left over, as typed, without joining words at either end; tokens that
    hold no letter (a stray number, a time that could not be read) are no name."""
    words = [
        original[m.start() : m.end()]
        for m in _TOKEN.finditer(work)
        if any(c.isalpha() for c in m.group())
    ]
    while words and words[0].lower().strip(",.;:") in _FILLER:
        words.pop(0)
    while words and words[-1].lower().strip(",.;:") in _FILLER:
        words.pop()
    name = " ".join(words).strip(" ,.;:-–")
    return name or None
