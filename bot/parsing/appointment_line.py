"""The one-line ``/appointment`` grammar (PRODUCT.md §2, §6a): a day, maybe a time, and
with whom, in any order, e.g. ``2026-12-15 14:30 Dr Patel``, ``15 dec 2:30pm with Dr
Patel``, ``tomorrow 9am physio``, ``next tuesday 10:15 Dr. Okafor at the spine clinic``,
``friday``, ``dec 15``.

Days are read with the course reader of ``/add`` (bot.parsing.course) and times with the
free-text clock reader (bot.parsing.timephrases), so "7 dec", "this coming friday",
"in 2 weeks", "2:30pm" and "quarter past 9" mean here what they mean everywhere else.
What is left once the day and time are cut out is who the visit is with.

Pure: the caller passes the person's local wall-clock now.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from bot.knowledge.places import month_first
from bot.parsing.course import _DAY_SPEC, DaySpec, _day_spec
from bot.parsing.redflags import KIN
from bot.parsing.timephrases import scan_time

__all__ = [
    "FURTHEST_DAYS",
    "MAX_WITH_WHOM",
    "AppointmentLine",
    "LineProblem",
    "declines",
    "names_a_day_ahead",
    "parse_appointment_line",
]

#: How far ahead a visit may be booked: further is more likely a typo than a plan.
FURTHEST_DAYS = 366
#: The longest "with whom" kept (the column's width).
MAX_WITH_WHOM = 80


class LineProblem(StrEnum):
    """Why a line cannot be booked as said."""

    NO_DAY = "no_day"  # no day could be read (nothing, or words only)
    PAST = "past"  # the day (or today's time) has already gone
    TOO_FAR = "too_far"  # more than FURTHEST_DAYS ahead


@dataclass(frozen=True, slots=True)
class AppointmentLine:
    """A visit as the person described it: its local day, local time if said, and with
    whom (their words, trimmed; None if they said no one)."""

    day: dt.date
    at: dt.time | None = None
    with_whom: str | None = None
    #: "my appointment got moved to thursday at 2": a visit already kept, moved
    moved: bool = False


_DAY = re.compile(_DAY_SPEC)
_NEXT = re.compile(r"\bnext\s+$")
# Days gone that the course reader has no words for (it reads only days ahead).
_GONE = re.compile(
    r"\b(?:yesterday|(?:the\s+)?day\s+before\s+yesterday|last\s+(?:week|month|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\w+\s+(?:days?|weeks?)\s+ago)\b"
)
# "got moved to", "has been rescheduled for", "pushed back to": a visit kept, moved.
_MOVED = re.compile(
    r"\b(?:(?:has|have)\s+been\s+|got\s+|was\s+|is\s+|been\s+|'s\s+been\s+)?"
    r"(?:moved|rescheduled|re-scheduled|changed|postponed|pushed\s+back|pushed|"
    r"brought\s+forward|put\s+back|shifted)(?:\s+(?:to|till|until|for|on))?\b",
    re.IGNORECASE,
)
# Words that join the parts ("on friday at 3pm with Dr Patel") and say nothing of whom.
_LEAD = re.compile(
    r"^(?:(?:(?:an?|my|the\s+next)\s+)?(?:appointment|appt|visit)\b|with\b|w/|on\b|at\b|"
    r"(?:it|that|this|mine)\b|"
    r"@|for\b|see(?:ing)?\b|[-–—,;:.])\s*",
    re.IGNORECASE,
)
# "no", "cancel", "never mind": no visit to add after all.
_DECLINE = re.compile(
    r"^\s*(?:no(?:pe|ne)?|cancel|stop|nothing|not\s+now|never\s*mind|nvm|skip)"
    r"(?:\s+thanks?(?:\s+you)?)?[\s.!]*$",
    re.IGNORECASE,
)
_TAIL = re.compile(r"\s*(?:\b(?:on|at|with|and|to|for)|[-–—,;:@])$", re.IGNORECASE)


def _lower(text: str) -> str:
    """Lower-cased, one character for one (so spans found here index the original)."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _resolve(spec: DaySpec, today: dt.date) -> dt.date | None:
    """The local date meant. A weekday is the next one after today: a visit booked "for
    friday" on a Friday is next week's (today's would be said "today")."""
    if spec.offset is not None:
        return today + dt.timedelta(days=spec.offset)
    if spec.weekday is not None:
        return today + dt.timedelta(days=(spec.weekday - today.weekday() - 1) % 7 + 1)
    if spec.date is None:
        return None
    if spec.year_given:
        return spec.date
    for year in range(today.year, today.year + 5):  # 29 February comes every 4 years
        try:
            candidate = spec.date.replace(year=year)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    return None


# "on the 14th", "the 5th po": a day of this month, or of the next once it has gone
_ORDINAL = re.compile(
    r"\b(?:on\s+)?the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)


# "Tuesday the 15th", "tues 15th": the day of the month after a weekday
_THE_NTH_AFTER = re.compile(
    r"\s*,?\s*(?:the\s+)?(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)


def _day_of_month(day: int, today: dt.date) -> dt.date | None:
    """The next `day` of a month from today on (today itself included)."""
    year, month = today.year, today.month
    for _ in range(3):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate >= today:
            return candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


# "on 14/12", "for 12.10.", "14/12/2026": a date in figures. Without a year it is read
# only after "on" / "for" or first on the line ("pain 7/10" is no date).
_NUMERIC_DATE = re.compile(
    r"(?:(?<=\bon\s)|(?<=\bfor\s)|^\s*)(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)\.?(?![\d/.:])"
    r"|(?<![\d/.])(?P<ya>[0-3]?\d)[/.](?P<yb>[0-3]?\d)[/.](?P<y>20\d\d|\d\d)(?![\d/.:])"
)
#: A reading of a figures date this far ahead or more gives way to the other order's
#: nearer one ("10/12" on 30 Nov is 10 Dec, not 12 Oct next year, wherever it is typed).
_NEAR = dt.timedelta(days=183)


def _numeric_day(m: re.Match[str], today: dt.date, month_first: bool) -> dt.date | None:
    """The day a figures date means: the person's own order first (month first in the
    US), the other when only it is a date or comes within half a year."""
    a, b = (int(m["a"]), int(m["b"])) if m["a"] else (int(m["ya"]), int(m["yb"]))
    year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0) if m["y"] else None
    orders = [(b, a), (a, b)] if month_first else [(a, b), (b, a)]  # (day, month)
    days = []
    for day, month in orders:
        spec = _date_or_none(year, month, day)
        if spec is not None:
            days.append(_resolve(spec, today))
    found = [d for d in days if d is not None]
    if not found:
        return None
    near = [d for d in found if d - today < _NEAR]
    return near[0] if near else found[0]


def _date_or_none(year: int | None, month: int, day: int) -> DaySpec | None:
    try:
        return DaySpec(date=dt.date(year or 2000, month, day), year_given=bool(year))
    except ValueError:
        return None


def _cut_day(
    low: str, today: dt.date, month_first: bool = False
) -> tuple[dt.date | None, list[tuple[int, int]]]:
    """The first day named, and its span (with a "next" before a weekday)."""
    for m in _DAY.finditer(low):
        spec = _day_spec(m.group(0))
        if spec is None:
            continue
        start = m.start()
        before = _NEXT.search(low, 0, start)
        if before is not None and spec.weekday is not None:
            start = before.start()
        dated = _THE_NTH_AFTER.match(low, m.end()) if spec.weekday is not None else None
        if dated is not None:
            # "Tuesday the 15th": the date said is the day, not the next Tuesday
            return _day_of_month(int(dated["d"]), today), [(start, dated.end())]
        beside = (
            _date_beside(low, m.end(), today, month_first) if spec.weekday is not None else None
        )
        if beside is not None:
            # "Monday 21 December": the date said is the day (the weekday was read as the
            # next Monday, and the date was left in the doctor's name — Sandbox, Auckland)
            return beside[0], [(start, m.end()), beside[1]]
        return _resolve(spec, today), [(start, m.end())]
    if (o := _ORDINAL.search(low)) is not None:
        return _day_of_month(int(o["d"]), today), [o.span()]
    if (n := _NUMERIC_DATE.search(low) or _SLASHED_DATE.search(low)) is not None:
        return _numeric_day(n, today, month_first), [n.span()]
    return None, []


# "specialist at Middlemore 22/12 11am": a date in figures with a slash anywhere on an
# /appointment line (a dot would be a time there: "10.15")
_SLASHED_DATE = re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\d/.:])(?P<y>)")


_FIGURES_BESIDE = re.compile(r"(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)(?![\d/.:])(?P<y>)")


def _date_beside(
    low: str, end: int, today: dt.date, month_first: bool
) -> tuple[dt.date, tuple[int, int]] | None:
    """A date said just after a weekday ("monday 21 december", "mon, 21/12"): the day and
    its span."""
    start = end + len(low[end:]) - len(low[end:].lstrip(" ,"))
    if (n := _FIGURES_BESIDE.match(low, start)) is not None:
        day = _numeric_day(n, today, month_first)
    elif (
        (m := _DAY.match(low, start)) is not None and (spec := _day_spec(m.group(0))) and spec.date
    ):
        n, day = m, _resolve(spec, today)
    else:
        return None
    return (day, n.span()) if day is not None else None


def _todays_weekday_ahead(
    low: str,
    spans: list[tuple[int, int]],
    day: dt.date,
    today: dt.date,
    at: dt.time | None,
    now: dt.time,
) -> bool:
    """Whether the day said is today's weekday alone (no "next"), with a time still ahead."""
    if at is None or at <= now or day != today + dt.timedelta(days=7) or not spans:
        return False
    start, end = spans[0]
    said = low[start:end]
    return not said.lstrip().startswith("next") and _day_spec(said.strip()) is not None


def _cut_time(low: str) -> tuple[dt.time | None, list[tuple[int, int]]]:
    """The clock time said, if any. A bare hour ("at 3", "10:15") is read in clinic
    hours: 1 to 6 is the afternoon, 7 to 12 the morning or noon."""
    scan = scan_time(low)
    clock = scan.clock
    if clock is None and (part := _PART_THEN_HOUR.search(low)) is not None:
        # "friday morning 9", "thursday arvo at 2": the part of the day says am or pm
        hour, minute = int(part["h"]), int(part["m"] or 0)
        if hour <= 12:
            if part["part"] != "morning" and hour < 12:
                hour += 12
            return dt.time(hour, minute), [*scan.spans, part.span()]
    if clock is None:
        # "dr patel tuesday 10 30": once the day is cut, an hour and its minutes
        bare = _HOUR_MINUTES.search(low)
        before = low[: bare.start()].split()[-1:] if bare is not None else []
        if bare is not None and bare["h4"] and before and before[0] in _A_NUMBER_OF:
            bare = None  # "room 1204", "ext 1030": a number, not a time
        if bare is None:
            return None, list(scan.spans)
        hour, minute = int(bare["h"] or bare["h4"]), int(bare["m"] or bare["m4"])
        if clock_hour := _clinic_hour(hour):
            return dt.time(clock_hour, minute), [*scan.spans, bare.span()]
        return None, list(scan.spans)
    hour = clock.hour
    if clock.period is None and 1 <= hour <= 6:
        hour += 12
    return dt.time(hour, clock.minute), list(scan.spans)


_PART_OF_DAY = re.compile(r"\b(?:in\s+the\s+)?(?:morning|afternoon|evening|arvo)\b")
_PART_THEN_HOUR = re.compile(
    r"\b(?P<part>morning|afternoon|evening|arvo)\s+(?:at\s+)?(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\b"
    r"(?![/\d])"
)
# "tuesday 10 30"; "thurs 1030" (a clinic's four figures, as "@ 1300" is read for doses —
# Sandbox, Chicago: the time became part of the doctor's name)
_HOUR_MINUTES = re.compile(
    r"(?<![\d/.:-])\b(?P<h>\d{1,2})[\s.](?P<m>[0-5]\d)\b(?![\d/.:-])|"
    r"(?<![\d/.:£$€#-])\b(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)\b(?![\d/.:-]|\s*(?:mg|mcg|ml|hrs?|hours?))"
)


_A_NUMBER_OF = frozenset(
    [
        "room",
        "ward",
        "bed",
        "ext",
        "extension",
        "suite",
        "floor",
        "bay",
        "gate",
        "no",
        "no.",
        "number",
        "unit",
        "dial",
        "call",
        "phone",
        "bus",
        "route",
        "code",
        "ref",
        "reference",
        "clinic",
    ]
)


def _clinic_hour(hour: int) -> int | None:
    """A bare hour in clinic hours (1 to 6 the afternoon), or None past 23."""
    if hour > 23:
        return None
    return hour + 12 if 1 <= hour <= 6 else hour


def _who(text: str) -> str | None:
    """What is left, without the joining words, trimmed to MAX_WITH_WHOM."""
    said = " ".join(text.split())
    while (m := _LEAD.match(said)) is not None and m.end() > 0:
        said = said[m.end() :]
    while (m := _TAIL.search(said)) is not None and m.end() > m.start():
        said = said[: m.start()]
    said = said.strip()[:MAX_WITH_WHOM].strip()
    said = _TITLED.sub(_titled, said)
    return _ABBREVIATION.sub(lambda m: m[0].upper(), said) or None


# Typed in lower case on a phone, read back as the person would write it ("with GP").
_ABBREVIATION = re.compile(r"\b(?:gp|np|md|ent|mri|a&e)\b")
# "dr patel" is Dr Patel on the report the doctor reads.
_TITLED = re.compile(r"\b(?P<title>dr|prof|mr|mrs|ms)\b(?P<dot>\.?)(?:\s+(?P<name>[a-z][\w'-]*))?")
_NOT_A_NAME = frozenset({"at", "in", "on", "the", "for", "about", "and", "to", "with", "re"})


def _titled(m: re.Match[str]) -> str:
    """ "dr patel" -> "Dr Patel"; a name already capitalised, or none, left as written."""
    out = m["title"].capitalize() + m["dot"]
    name = m["name"]
    if name is None:
        return out
    return f"{out} {name if name in _NOT_A_NAME else name[:1].upper() + name[1:]}"


# A visit told in passing: "I have a doctors appointment on friday", "physio tomorrow at 9"
_NO_NEED = re.compile(
    r"\b(?:no\s+need|not\s+going|won'?t\s+(?:go|be\s+going)|don'?t\s+need)\b", re.IGNORECASE
)
_A_VISIT = re.compile(
    r"\b(?:appointment|appt|visit|doctor'?s?|doc|dr|gp|physio\w*|consult\w*|clinic|specialist|"
    r"surgeon|chiro\w*|osteo\w*|ortho\w*|rheumatologist|neurologist|nurse|check-?up|review|"
    r"mri|scan|x-?ray|injection|therapist|acupunctur\w*|hospital|rheumatolog\w*|neurolog\w*|"
    r"follow[-\s]?up|dentist|cardio\w*)\b",
    re.IGNORECASE,
)
# "dr patel saw me on monday", "went to physio friday": a visit that was
_WAS = re.compile(
    r"\b(?:saw|seen|went|visited|attended|had\s+(?:my|a|an|the)|was\s+(?:good|ok|fine|great|"
    r"awful|rough|tough|nice|helpful)|cancel+ed|since|last|(?:has|have|had|did)(?:n't)?\s+"
    r"(?:not\s+)?(?:help|work)\w*|helped)\b",
    re.IGNORECASE,
)
_TOLD = re.compile(
    r"^\W*(?:i(?:'ve|\s+have)?\s+(?:got\s+)?(?:a|an|my)\s+|i've\s+got\s+(?:a|an|my)\s+|"
    r"(?:there's|got|have)\s+(?:a|an|my)\s+|(?:my|the)\s+)",
    re.IGNORECASE,
)


# Words of the telling, not of whom: greetings, "I have", "my", "appointment", "is".
_TOLD_FILLER = re.compile(
    r"\b(?:hi|hello|hey|hiya|po|na|mate|sir|ma'?am|please|pls|kindly|um|ok|okay|so|"
    r"i(?:'ve|\s+have)?(?:\s+got)?|have|got|my|appointment|appt|visit|anxious|nervous|scared|"
    r"worried|about|really|pretty|so|a\s+bit|bit|seeing|going\s+to|"
    r"(?:is|are|'s)(?=\s+(?:on|at|this|next|tomorrow|the))|again)\b|^\W+|[,!]",
    re.IGNORECASE,
)


# "my mum's got a GP appointment tomorrow, I'm driving her": not the writer's visit
_SOMEONE_ELSES = re.compile(
    r"\bmy\s+(?:" + KIN + r")(?:'s|\s+has|\s+is)\b|\b(?:her|his|their)\s+(?:appointment|appt|gp|"
    r"doctor|physio|visit|scan|consultant)\b|\b(?:driving|taking|bringing)\s+(?:her|him|them)\b",
    re.IGNORECASE,
)
# A wait, a refusal or a start, not a visit kept: "GP won't do a repeat til Friday", "can't
# get an appointment until Thursday", "10mg less a day from Monday", "the sun maybe"
_NOT_BOOKED = re.compile(
    r"\b(?:til|till|until|won't|wont|can't|cant|not\s+going|results|refill|repeat|the\s+sun|"
    r"routine|from\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
_CLOCK_SAID = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\b\d{1,2}:\d\d\b|\bat\s+\d", re.I)


# A clinician's dosing word told on ("the doctor said to go up to 300mg twice a day from
# tomorrow"): the day is when the dose changes, no visit (Sandbox, London: it was offered
# as a visit "with doctor said to go up to 300mg twice a day from")
_DOSING = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:mg|mcg|ml)\b|\b(?:once|twice|three\s+times|four\s+times|\d\s*x)\s+"
    r"(?:a|per)\s+day\b|\bgo(?:ing)?\s+(?:up|down)\b|\bincreas\w*|\breduc\w*|\btaper\w*|"
    r"\bwean\w*|\bcut\s+(?:down|back)\b|\bdouble\s+(?:up|the|my)\b",
    re.IGNORECASE,
)
_SAID_SO = re.compile(
    r"\b(?:said|says|told|wants|advised|asked|suggested|decided|agreed)\b", re.IGNORECASE
)
# What makes it a visit even then: "appointment friday to review the 300mg"
_BOOKED = re.compile(
    r"\b(?:appointment|appt|visit|check-?up|review|follow[-\s]?up|scan|mri|x-?ray|injection|"
    r"see(?:ing)?\s+(?:the|my|dr|doctor|gp|her|him)|back\s+(?:to|in)\s+see)\b",
    re.IGNORECASE,
)


def visit_told(text: str) -> str | None:
    """The visit a message tells of in passing, as a line /appointment reads ("doctor on
    friday"), or None when it names no visit on a day ahead."""
    if len(text) > 160 or not _A_VISIT.search(text) or not names_a_day_ahead(text):
        return None
    if _WAS.search(text) or _SOMEONE_ELSES.search(text) or _NOT_BOOKED.search(text):
        return None
    if _SAID_SO.search(text) and _DOSING.search(text) and not _BOOKED.search(text):
        return None
    # Only the pieces about the visit: "…next monday at 8am, back is 5/10 today"
    pieces = [
        p
        for p in re.split(r"[.;!?]|,\s", text)
        if (_A_VISIT.search(p) or names_a_day_ahead(p) or _CLOCK_SAID.search(p))
        # ("no need for hospital": care turned down is no part of the visit — Sandbox, Lagos)
        and not _NO_NEED.search(p)
    ]
    if not any(_A_VISIT.search(p) for p in pieces):
        return None
    line = _TOLD.sub("", ", ".join(p.strip() for p in pieces))
    line = _TOLD_FILLER.sub(" ", line)
    return re.sub(r"\bdoctor'?s\b", "doctor", line, flags=re.IGNORECASE).strip() or None


def declines(text: str) -> bool:
    """Whether `text` is a plain "no" to "when is your next visit?"."""
    return _DECLINE.match(text[:100]) is not None


def names_a_day_ahead(text: str) -> bool:
    """Whether `text` names a day after today ("tomorrow", "friday", "15 dec"): an
    answer to "when is your next visit?" rather than a report told in passing ("took 2
    advil at 3pm today", "physio was tough today")."""
    low = _lower(text.replace("\x00", "")[:500])
    if _GONE.search(low):
        return False
    specs = (_day_spec(m.group(0)) for m in _DAY.finditer(low))
    return any(spec is not None and spec.offset != 0 for spec in specs) or bool(
        _ORDINAL.search(low) or _NUMERIC_DATE.search(low)
    )


def parse_appointment_line(text: str, local_now: dt.datetime) -> AppointmentLine | LineProblem:
    """Read a visit from `text` as of `local_now` (the person's wall-clock now); a
    `LineProblem` says what is wrong when it cannot be booked."""
    text = text.replace("\x00", "")[:500]
    low = _lower(text)
    if _GONE.search(low):
        return LineProblem.PAST
    zone = getattr(local_now.tzinfo, "key", None)
    day, day_spans = _cut_day(low, local_now.date(), month_first(zone))
    if day is None:
        return LineProblem.NO_DAY
    rest = _blank(low, day_spans)
    at, time_spans = _cut_time(rest)
    today = local_now.date()
    if _todays_weekday_ahead(low, day_spans, day, today, at, local_now.time()):
        # "/appointment friday 2pm" typed on a Friday morning is today's, still to come
        # (it was booked a week on, and the visit that happened was never linked —
        # Sandbox, Phoenix); "next friday", or no time, is still next week's
        day = today
    if day < today or (day == today and at is not None and at <= local_now.time()):
        return LineProblem.PAST
    if day > today + dt.timedelta(days=FURTHEST_DAYS):
        return LineProblem.TOO_FAR
    moved = [m.span() for m in _MOVED.finditer(_blank(low, day_spans + time_spans))]
    # ("friday morning": the part of the day is when, not who)
    parts = [m.span() for m in _PART_OF_DAY.finditer(_blank(low, day_spans + time_spans))]
    who = _who(_blank(text, day_spans + time_spans + moved + parts))
    return AppointmentLine(day, at, who, moved=bool(moved))
