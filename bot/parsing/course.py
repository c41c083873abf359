"""Course phrases of the one-line ``/add`` grammar (PRODUCT.md §2).

When a course starts ("from monday", "starting 7 dec"), how long it runs ("for 10 days",
"until friday"), how often it is taken ("every other day", "every 4 hours"), how much is
on hand ("supply 60") and taper steps ("20mg for 5 days then 10mg for 5 days then stop").
:func:`cut_course` runs on addline's lower-cased working string before weekdays, times and
amounts are cut, so "from monday" is not read as Mondays nor "for 10 days" as a dose.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final, TypeVar

from bot.parsing.vocabulary import NUMBER_WORDS, PILL_WORDS, UNIT_WORDS

__all__ = ["CourseSpec", "DaySpec", "TaperStep", "cut_course"]

_T = TypeVar("_T")
_Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class DaySpec:
    """A day as the person said it; resolved later against their local today."""

    weekday: int | None = None  # "monday" -> 0 .. "sunday" -> 6 (next such day, or today)
    date: dt.date | None = None  # "2026-12-07", "7 dec"; year 2000 when not written
    offset: int | None = None  # "today" -> 0, "tomorrow" -> 1
    #: False when the date was written without a year ("7 dec"): `date` then holds
    #: year 2000 (a leap year, so "29 feb" is kept) and the caller picks the year.
    year_given: bool = True


@dataclass(frozen=True, slots=True)
class TaperStep:
    """One step of a taper; all None for "then stop"."""

    amount: float | None  # "10mg" -> 10.0
    unit: str | None  # "mg" | "mcg" | "g" | "ml" | "unit" | "%"
    days: int | None  # "for 5 days" -> 5; None when the step has no length


@dataclass(frozen=True, slots=True)
class CourseSpec:
    """When a course starts and ends, how often it is taken, supply and taper steps."""

    start: DaySpec | None = None
    length_days: int | None = None  # None when a taper's steps carry the lengths
    until: DaySpec | None = None  # inclusive last day
    every_days: int = 1
    every_hours: int | None = None
    supply: int | None = None  # units on hand
    steps: tuple[TaperStep, ...] = ()


# ---- building blocks ------------------------------------------------------------------

_NUM_WORDS = sorted((w for w in NUMBER_WORDS if w.isalpha()), key=len, reverse=True)
# Six digits at most: longer runs are not counts, and int() of huge strings is slow.
_N = r"(?:\d{1,6}(?!\d)|(?:" + "|".join(_NUM_WORDS) + r")(?!\w))"
# A number that is not the tail of a time, a decimal or a fraction ("08:30", "1.5").
_FREE_N = r"(?<![\w.:/,])" + _N

_UNITS = UNIT_WORDS
_UNIT = r"(?:" + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True)) + r")"
_AMOUNT = re.compile(r"(?<![\w.])(?P<n>\d+(?:[.,]\d+)?|\.\d+)\s*(?P<u>" + _UNIT + r")(?!\w)")

_WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "weds": 2,
    "wed": 2, "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
_MONTHS: Final[dict[str, int]] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_RELATIVE: Final[dict[str, int]] = {
    "today": 0, "tonight": 0, "tomorrow": 1, "tomorow": 1, "tmrw": 1, "tmr": 1,
}  # fmt: skip
_ORDINALS: Final[dict[str, int]] = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip


def _alt(words: Iterable[str]) -> str:
    # Longest first, so "monday" is not cut short at "mon".
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


_WEEKDAY = r"\b" + _alt(_WEEKDAYS) + r"\.?(?!\w)"
# Any way addline names a weekday, plurals too: used to leave day ranges and lists to it.
_ANY_WEEKDAY = (
    r"\b" + _alt([*_WEEKDAYS, *(d + "s" for d in _WEEKDAYS if d.endswith("day"))]) + r"\.?(?!\w)"
)
_MONTH = r"\b" + _alt(_MONTHS) + r"\.?(?!\w)"
_NOT_AMOUNT_OR_TIME = r"(?![\w:]|[.,]\d|\s*(?:[ap]\.?m\b|" + _UNIT + r"(?!\w)))"
_DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s*(?:19|20)\d\d" + _NOT_AMOUNT_OR_TIME + r")?"
_ISO = (
    r"(?<![\w./:-])(?:19|20)\d\d[-/.](?:1[0-2]|0?[1-9])[-/.](?:3[01]|[12]\d|0?[1-9])"
    r"(?![\w:]|[-/.]\d)"
)
_DATE_DM = r"\b(?:the\s+)?" + _DAYNUM + r"\s+(?:of\s+)?" + _MONTH + _YEAR
_DATE_MD = _MONTH + r"\s+(?:the\s+)?" + _DAYNUM + _NOT_AMOUNT_OR_TIME + _YEAR
_REL = (
    r"\b(?:" + _alt(_RELATIVE) + r"|(?:the\s+)?day\s+after\s+tomorrow|in\s+(?:" + _N
    + r"|an?|one)\s+(?:days?|weeks?))(?!\w)"
)  # fmt: skip
_DAY_SPEC = (
    r"(?:" + _ISO + "|" + _DATE_DM + "|" + _DATE_MD + "|" + _REL
    + r"|(?:\b(?:this\s+(?:coming\s+)?|coming\s+))?" + _WEEKDAY + ")"
)  # fmt: skip

# ---- phrase patterns --------------------------------------------------------------------

_START = re.compile(
    r"\b(?:from|start(?:s|ing)?(?:\s+date)?|begin(?:s|ning)?|commenc(?:e|es|ing)|effective|"
    r"as\s+of)(?:\s*:)?(?:\s+(?:on|from))?\s+(?P<day>" + _DAY_SPEC + r")"
    r"(?:(?:\s*[-\u2013]\s*|\s+(?:to|until|till|til|through|thru)\s+)(?P<end>" + _DAY_SPEC + r"))?"
    r"(?:\s+onwards?\b|\s+on(?=\s*(?:[,;.]|$)))?"
)
_BARE_START = re.compile(
    r"\b(?P<day>" + _alt(_RELATIVE) + r"|(?:the\s+)?day\s+after\s+tomorrow)(?!\w)"
)
_UNTIL = re.compile(
    r"(?:\b(?:until|till|til|through|thru|up\s+to\s+and\s+including|ending|ends?|"
    r"finish(?:es|ing)?|stop(?:s|ping)?\s+(?:on|after)|last\s+dose)(?:\s+on)?|'til)"
    r"\s+(?:(?:and\s+)?including\s+)?(?P<day>" + _DAY_SPEC + r")(?:\s+inclusive\b)?"
)
# After a weekday, another weekday joined to it makes a range or list ("mon-fri").
_WEEKDAY_FOLLOWS = re.compile(
    r"(?:\s*(?:[-\u2013,/&+])\s*|\s+(?:to|until|till|til|through|thru|and|or)\s+)" + _ANY_WEEKDAY
)
_ENDS_WITH_WEEKDAY = re.compile(_ANY_WEEKDAY + r"\s*(?:[-\u2013,/&+]\s*)?$")

_LEN_PREFIX = (
    r"(?:\bfor\s+(?:the\s+next\s+|the\s+following\s+|another\s+|a\s+further\s+|next\s+)?|"
    # "x 5 days" is a course; "4 x a day" is how often, never a one-day course
    r"(?:\bx|\u00d7)\s*(?!an?\s))"
)
_LEN_CORE = (
    r"(?:(?P<ln>" + _N + r")|(?P<la>an?)(?=\s))(?:\s+more)?[\s-]*"
    r"(?P<lu>days?|d|nights?|weeks?|wks?|fortnights?)(?!\w)(?!\s+ago\b)"
)
_LENGTH = re.compile(
    _LEN_PREFIX + _LEN_CORE + r"(?:\s+only\b)?"
    r"|\b(?:an?\s+)?(?P<cn>" + _FREE_N + r")[\s-]*(?P<cu>days?|weeks?)[\s-]+"
    r"(?:course|taper|burst)\b"
)
_UNIT_DAYS: Final[dict[str, int]] = {"d": 1, "day": 1, "night": 1, "week": 7, "wk": 7}

_ORD = r"(?:" + _alt(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"
_EVERY_DAYS = re.compile(
    r"\b(?:(?:once\s+)?(?:on\s+)?(?:every\s+other\s+(?P<other>day|week)|"
    r"every\s+(?P<ord>" + _ORD + r")\s+(?P<ordu>day|week)|"
    r"every\s+(?P<n>" + _N + r")\s*(?P<nu>days?|weeks?)|"
    r"every\s+(?P<hd>\d{2,3})\s*(?:hours|hrs|h)|"
    r"every\s+(?P<wk>week|fortnight)|(?:every\s+)?alternat(?:e|ing)\s+days?)|"
    r"once\s+(?:a|per)\s+(?P<wk2>week|fortnight)|(?:once\s+)?(?P<weekly>weekly|fortnightly)|"
    r"(?P<qod>qod|q\.o\.d|eod|qad))(?!\w)"
)
_EVERY_HOURS = re.compile(
    r"(?:\bonce\s+)?\bevery\s+(?:(?P<n>" + _N + r")(?:(?:\s*[-\u2013]\s*|\s+(?:to|or)\s+)"
    + _N + r")?\s*(?:hours?|hrs?|h)|(?P<one>hour))(?!\w)"
    r"|\bq\.?\s?(?P<q>\d{1,2})(?:\s*-\s*\d{1,2})?\s*(?:hours?|hrs?|h)(?!\w)\.?"
    r"|(?P<hn>" + _FREE_N + r")[\s-]?hourly\b|\b(?P<hourly>hourly)\b"
)  # fmt: skip

_BODY = (
    r"(?:side|knee|leg|arm|hand|foot|hip|shoulder|ankle|wrist|elbow|thigh|calf|buttock|back|"
    r"lower|upper|eye|ear|breast|nostril|cheek|temple|neck)s?\b"
)
_ON_HAND = (
    r"(?:left|remaining|on\s+hand|in\s+stock|in\s+the\s+(?:bottle|box|pack(?:et)?))"
    r"(?!\w)(?!\s+" + _BODY + r")"
)
_SUPPLY = re.compile(
    r"\b(?:supply|stock|qty|quantity)\s*(?:of\s+|:\s*|=\s*)?(?P<a>" + _N + r")"
    r"(?![\w:/%]|[.,]\d)(?!\s*(?:" + _UNIT + r"|days?|weeks?|months?)(?!\w))"
    r"(?:\s+" + PILL_WORDS + r"(?!\w))?"
    r"|\b(?:(?:i\s+)?(?:have|got|with)\s+)?(?P<b>" + _FREE_N + r")\s+(?:" + PILL_WORDS
    + r"\s+)?" + _ON_HAND
    + r"|\b(?:an?\s+)?(?:bottle|box|pack(?:et)?)\s+of\s+(?P<c>" + _N + r")(?:\s+"
    + PILL_WORDS + r")?(?!\w)"
)  # fmt: skip

# ---- taper patterns ----------------------------------------------------------------------

_STEP_VERB = (
    r"(?:(?:take|taking|(?:reduc|decreas|lower|taper|drop)(?:e|ed|es|ing)?\s+to|"
    r"drop(?:ped|ping)?\s+to|go(?:ing)?\s+down\s+to|down\s+to|cut\s+to)\s+)?"
)
#: How often and when a titration's step is taken ("then 300mg twice a day for 3 days"),
#: read over so the step's length after it is found; addline reads what they say.
_STEP_WHEN = (
    r"(?:\s+(?:and\s+)?(?:(?:once|twice|thrice|(?:\d|one|two|three|four)\s*(?:x|times))\s*"
    r"(?:(?:a|per|each)\s+)?(?:day|daily)|(?:at|before)\s+(?:night|bedtime|bed)|"
    r"in\s+the\s+(?:morning|evening|afternoon)|(?:every|each)\s+(?:morning|night|evening)|"
    r"mornings?\s+and\s+(?:nights?|evenings?)|nightly|bd|bid|tds|tid|qds|qid)(?!\w))*"
)
_STEP_FILLER = (
    r"(?:\s+" + PILL_WORDS + r"(?!\w))?"
    r"(?:\s+(?:daily|a\s+day|per\s+day|once\s+(?:a|per)\s+day|once\s+daily)(?!\w))?" + _STEP_WHEN
)
_PILL_COUNT = r"(?P<p>" + _FREE_N + r"|\ban?|\bhalf\s+an?)\s+" + PILL_WORDS + r"(?!\w)"
_PILLS = re.compile(_PILL_COUNT)
_STEP = re.compile(
    _STEP_VERB + r"(?:(?P<n>\d+(?:[.,]\d+)?|\.\d+)\s*(?P<u>" + _UNIT + r")(?!\w)|"
    + _PILL_COUNT + r"|(?P<b>\d+(?:[.,]\d+)?)(?![\w:/%]|[.,]\d))"
    + _STEP_FILLER + r"(?:\s*,?\s*(?P<len>" + _LEN_PREFIX + _LEN_CORE + r"))?"
)  # fmt: skip
_STOP = re.compile(r"(?:stop(?:ping)?(?:\s+taking(?:\s+it)?)?|off|nothing|none|discontinue)\b")
_THEN = re.compile(r"[,;]?\s*(?:\band\s+)?\bthen\b[\s,:]*")
_SEP = re.compile(r"\s*(?P<comma>[,;])?\s*(?:and\s+)?(?P<then>then\b)?[\s,:]*")


# ---- helpers ----------------------------------------------------------------------------


def _blank(text: str, spans: list[_Span]) -> str:
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            chars[i] = " "
    return "".join(chars)


def _int(token: str | None) -> int | None:
    if token is None:
        return None
    token = token.strip()
    if token.isdigit():
        return int(token)
    if token in ("a", "an"):
        return 1
    return NUMBER_WORDS.get(token)


def _in_range(n: int | None, low: int, high: int) -> int | None:
    return n if n is not None and low <= n <= high else None


def _cut_all(
    work: str, pattern: re.Pattern[str], value_of: Callable[[re.Match[str]], _T | None]
) -> tuple[_T | None, str]:
    """The first sensible value `pattern` finds, and `work` with every sensible match blanked."""
    first: _T | None = None
    spans: list[_Span] = []
    for m in pattern.finditer(work):
        value = value_of(m)
        if value is None:
            continue
        if first is None:
            first = value
        spans.append(m.span())
    return first, _blank(work, spans)


# ---- days -------------------------------------------------------------------------------

_DS_ISO = re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})")
_DS_DM = re.compile(
    r"(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>[a-z]+)\.?(?:,?\s*(?P<y>\d{4}))?"
)
_DS_MD = re.compile(
    r"(?P<mon>[a-z]+)\.?\s+(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s*(?P<y>\d{4}))?"
)
_DS_IN = re.compile(r"in\s+(?P<n>\S+)\s+(?P<u>day|week)s?")


def _date(year: str | None, month: int | None, day: str) -> DaySpec | None:
    """A calendar date, or None when it does not exist ("30 feb")."""
    if month is None:
        return None
    try:
        return DaySpec(date=dt.date(int(year or 2000), month, int(day)), year_given=bool(year))
    except ValueError:
        return None


def _day_spec(text: str) -> DaySpec | None:
    """Read one _DAY_SPEC match ("monday", "7 dec", "2026-12-07", "tomorrow")."""
    text = " ".join(text.split())
    if text in _RELATIVE:
        return DaySpec(offset=_RELATIVE[text])
    if text.endswith("day after tomorrow"):
        return DaySpec(offset=2)
    if m := _DS_IN.fullmatch(text):
        n = _int(m["n"])
        n = None if n is None else n * (7 if m["u"] == "week" else 1)
        return None if _in_range(n, 0, 365) is None else DaySpec(offset=n)
    if m := _DS_ISO.fullmatch(text):
        return _date(m["y"], int(m["m"]), m["d"])
    if m := _DS_DM.fullmatch(text):
        return _date(m["y"], _MONTHS.get(m["mon"]), m["d"])
    if m := _DS_MD.fullmatch(text):
        return _date(m["y"], _MONTHS.get(m["mon"]), m["d"])
    word = text.split()[-1].rstrip(".")
    return DaySpec(weekday=_WEEKDAYS[word]) if word in _WEEKDAYS else None


def _cut_start(work: str) -> tuple[DaySpec | None, DaySpec | None, str]:
    """ "from monday", "starting 7 dec to 20 dec": the start, a stated end, and the rest."""
    start: DaySpec | None = None
    end: DaySpec | None = None
    spans: list[_Span] = []
    for m in _START.finditer(work):
        day = _day_spec(m["day"])
        if day is None:
            continue
        last = _day_spec(m["end"]) if m["end"] else None
        # "from mon-fri", "from monday, wednesday": weekdays for addline, not a start.
        if day.weekday is not None and _WEEKDAY_FOLLOWS.match(work, m.end("day")):
            continue
        stop = m.end() if last is not None or not m["end"] else m.end("day")
        if start is None:
            start, end = day, last
        spans.append((m.start(), stop))
    return start, end, _blank(work, spans)


def _until(work: str) -> Callable[[re.Match[str]], DaySpec | None]:
    def value(m: re.Match[str]) -> DaySpec | None:
        day = _day_spec(m["day"])
        # "mon through fri" and "monday until friday" are addline's day ranges.
        ranged = day is not None and day.weekday is not None
        return None if ranged and _ENDS_WITH_WEEKDAY.search(work, 0, m.start()) else day

    return value


# ---- lengths and intervals --------------------------------------------------------------


def _days_of(n: str | None, unit: str | None) -> int | None:
    """Days in "5 days", "2 weeks", "a fortnight"; None outside 1..3650 (the planner
    refuses more than a year, and says so, rather than the words going unread)."""
    count = _int(n)
    if count is None or unit is None:
        return None
    unit = unit.rstrip("s")
    per = 14 if unit == "fortnight" else _UNIT_DAYS.get(unit, 0)
    return _in_range(count * per, 1, 3650)


def _length(m: re.Match[str]) -> int | None:
    if m["cu"] is not None:
        return _days_of(m["cn"], m["cu"])
    return _days_of(m["ln"] or m["la"], m["lu"])


def _every_days(m: re.Match[str]) -> int | None:
    if m["other"]:
        n: int | None = 2 if m["other"] == "day" else 14
    elif m["ord"]:
        count = _ORDINALS.get(m["ord"]) or _int(m["ord"][:-2])
        n = None if count is None else count * (7 if m["ordu"] == "week" else 1)
    elif m["n"]:
        count = _int(m["n"])
        n = None if count is None else count * (7 if m["nu"].startswith("week") else 1)
    elif m["hd"]:
        hours = int(m["hd"])
        n = hours // 24 if hours % 24 == 0 else None
    elif m["wk"] or m["wk2"] or m["weekly"]:
        n = 14 if "fortnight" in (m["wk"] or m["wk2"] or m["weekly"]) else 7
    else:  # alternate days, qod
        n = 2
    return _in_range(n, 2, 30)


def _every_hours(m: re.Match[str]) -> int | None:
    # A range ("every 4-6 hours") keeps its lower bound: the shortest gap allowed.
    if m["one"] or m["hourly"]:
        return 1
    return _in_range(_int(m["n"] or m["q"] or m["hn"]), 1, 24)


def _supply(m: re.Match[str]) -> int | None:
    return _in_range(_int(m["a"] or m["b"] or m["c"]), 1, 10000)


# ---- taper ------------------------------------------------------------------------------


def _step_at(work: str, pos: int, unit: str | None) -> tuple[TaperStep, int] | None:
    """The taper step starting at `pos` ("10mg for 5 days", "stop") and where it ends."""
    stop = _STOP.match(work, pos)
    if stop is not None:
        return TaperStep(None, None, None), stop.end()
    m = _STEP.match(work, pos)
    if m is None:
        return None
    days = _days_of(m["ln"] or m["la"], m["lu"]) if m["len"] else None
    if m["n"] is not None:
        return TaperStep(float(m["n"].replace(",", ".")), _UNITS[m["u"]], days), m.end()
    if m["p"] is not None:
        return TaperStep(_pill_count(m["p"]), None, days), m.end()
    # A bare number is a dose only with a length, in the unit of the step before.
    if days is None:
        return None
    return TaperStep(float(m["b"].replace(",", ".")), unit, days), m.end()


def _chain(work: str, pos: int, unit: str | None, need_length: bool) -> tuple[list[TaperStep], int]:
    """Steps joined by "then" or commas from `pos` on, and where the last one ends."""
    steps: list[TaperStep] = []
    end = pos
    while True:
        got = _step_at(work, pos, unit)
        # Steps joined by a bare comma must each say how long ("10mg x5 days, 5mg x5 days").
        if got is None or (need_length and got[0].days is None):
            return steps, end
        step, end = got
        steps.append(step)
        if step.amount is None and step.days is None:
            return steps, end
        unit = step.unit
        sep = _SEP.match(work, end)
        if sep is None or not (sep["then"] or sep["comma"]):
            return steps, end
        need_length, pos = not sep["then"], sep.end()


def _then_taper(work: str) -> tuple[list[TaperStep], list[_Span]]:
    """ "20mg ... for 5 days then 10mg for 5 days then stop": the steps and what to blank."""
    for sep in _THEN.finditer(work):
        head = work[: sep.start()]
        value, unit = _head_dose(head)
        rest, end = _chain(work, sep.end(), unit, need_length=False)
        if not rest:
            continue
        length = _LENGTH.search(head)
        days = _length(length) if length else None
        # The first dose stays for addline, which reads it as the line's main amount.
        spans = [length.span()] if length and days else []
        return [TaperStep(value, unit, days), *rest], [*spans, (sep.start(), end)]
    return [], []


def _head_dose(head: str) -> tuple[float | None, str | None]:
    """The dose before a taper's first "then" ("20mg", "2 tablets"), else (None, None)."""
    amount = _AMOUNT.search(head)
    if amount is not None:
        return float(amount["n"].replace(",", ".")), _UNITS[amount["u"]]
    pills = _PILLS.search(head)
    return (_pill_count(pills["p"]), None) if pills else (None, None)


def _pill_count(text: str) -> float | None:
    count = 0.5 if text.startswith("half") else _int(text)
    return None if count is None else float(count)


def _comma_taper(work: str) -> tuple[list[TaperStep], list[_Span]]:
    """ "20mg x5 days, 10mg x5 days": the steps and what to blank (not the first dose)."""
    for amount in _AMOUNT.finditer(work):
        first = _STEP.match(work, amount.start())
        if first is None or not first["len"]:
            continue
        days = _days_of(first["ln"] or first["la"], first["lu"])
        sep = _SEP.match(work, first.end())
        if days is None or sep is None or not sep["comma"]:
            continue
        unit = _UNITS[amount["u"]]
        rest, end = _chain(work, sep.end(), unit, need_length=not sep["then"])
        if rest:
            value = float(amount["n"].replace(",", "."))
            return [TaperStep(value, unit, days), *rest], [(first.start("len"), end)]
    return [], []


# ---- the whole line ---------------------------------------------------------------------


def cut_course(work: str) -> tuple[CourseSpec, str]:
    """The course phrases in `work` (lower-cased), and `work` with each one blanked."""
    try:
        return _cut(work)
    except Exception:  # noqa: BLE001 - the rest of the line still parses without a course
        return CourseSpec(), work


def _cut(work: str) -> tuple[CourseSpec, str]:
    # Tapers first: their steps hold lengths and doses the passes below would take. Of
    # the two readings the one explaining more steps wins ("40mg x3 days; 20mg x3 days,
    # then stop" starts at the commas, not at the "then").
    steps, spans = max(_then_taper(work), _comma_taper(work), key=lambda t: len(t[0]))
    work = _blank(work, spans)
    start, end, work = _cut_start(work)
    until, work = _cut_all(work, _UNTIL, _until(work))
    length, work = _cut_all(work, _LENGTH, _length)
    every_days, work = _cut_all(work, _EVERY_DAYS, _every_days)
    every_hours, work = _cut_all(work, _EVERY_HOURS, _every_hours)
    supply, work = _cut_all(work, _SUPPLY, _supply)
    if start is None:
        # A bare "tomorrow" in an /add line says when to begin.
        first = _BARE_START.search(work)
        if first is not None:
            start, work = (
                DaySpec(offset=_RELATIVE.get(first["day"], 2)),
                _blank(work, [first.span()]),
            )
    spec = CourseSpec(
        start=start,
        length_days=None if steps else length,
        until=until or end,
        every_days=every_days or 1,
        every_hours=every_hours,
        supply=supply,
        steps=tuple(steps),
    )
    return spec, work
