"""The one-line ``/add`` grammar (PRODUCT.md §2).

``ibuprofen 400mg 08:00 20:00``, ``gabapentin 300 mg at 8am, 2pm and 10pm``,
``duloxetine 60mg 9am mon-fri``, ``acetaminophen 500mg as needed max 6 per day``,
``lidocaine patch 5% 08:00``, ``naproxen 500mg 08:00 20:00 for 10 days``. Pieces are
cut out of the text one kind at a time (the course, max per day, as needed, weekdays,
times, amount); the first run of words left over is the name. Whatever is missing stays
empty for the guided flow to ask.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import time
from itertools import pairwise
from typing import Final

from bot.parsing.course import CourseSpec, cut_course
from bot.parsing.dose_count import DoseCount, cut_day_units, cut_dose_count, max_counts_doses
from bot.parsing.dose_slots import DoseSlots, read_dose_slots
from bot.parsing.text import twelve_said
from bot.parsing.timephrases import parse_clock_time
from bot.parsing.vocabulary import NUMBER_WORDS, PRODUCT_NAME, UNIT_WORDS

__all__ = ["ALL_WEEKDAYS", "AddRequest", "parse_add_line"]

ALL_WEEKDAYS: Final[frozenset[int]] = frozenset(range(7))


@dataclass(frozen=True, slots=True)
class AddRequest:
    """What a one-line ``/add`` said; None / empty where the user left it out."""

    name: str | None
    amount: float | None
    unit: str | None  # "mg" | "mcg" | "g" | "ml" | "unit" | "%"
    times: tuple[time, ...]
    weekdays: frozenset[int]  # 0=Monday..6=Sunday
    as_needed: bool
    max_per_day: int | None
    #: A combination product's written strength ("10/325" for Norco): which number is
    #: which ingredient depends on the drug, so it is left to the caller to read.
    strength: str | None = None
    #: "3 times a day", "every 8 hours", "bid": how many doses a day, when no clock
    #: times were given (the guided flow offers times to match).
    per_day: int | None = None
    #: "at bedtime", "in the morning", "with dinner": the parts of the day named and not
    #: covered by a clock time given ("8am and at night" leaves {"bedtime"}).
    parts_of_day: frozenset[str] = frozenset()
    #: When the course starts and ends, every how many days, taper steps, supply.
    course: CourseSpec = CourseSpec()
    #: Tablets (capsules, puffs) in one dose: "2 tablets" of 200 mg; None is one.
    #: `max_per_day` then counts those units ("up to 4 times a day" of 2 is 8).
    #: Of a range ("1-2 tablets") the least.
    units_per_dose: float | None = None
    #: The most tablets one dose may be, when a range was said ("1-2 tablets": 2); None
    #: when the dose is `units_per_dose` alone.
    units_per_dose_max: float | None = None
    #: A titration's later steps with a schedule of their own ("300mg at night for 3 days
    #: then 300mg 08:00 22:00"): each later step's clock times (empty: as the step before);
    #: the fields above are the first step's.
    later_times: tuple[tuple[time, ...], ...] = ()
    #: Whether the later steps say when in words only ("then twice a day"), which the
    #: line cannot turn into times: the caller says so rather than guess.
    later_when_unset: bool = False
    #: Each later step's "how often" said in words (doses a day, parts of the day), for
    #: the caller to ask its times with choices that fit ("then twice a day": 2).
    later_when: tuple[tuple[int | None, frozenset[str]], ...] = ()
    #: "3 capsules a day" with nothing said of how often: the day's units, to spread
    #: over the times given or chosen (never read as 3 at once).
    units_per_day: float | None = None
    #: How it is taken, as said: "before breakfast", "with food", "on an empty stomach".
    instruction: str | None = None
    #: A liquid's concentration: the ml that hold `amount` ("10mg/5ml": 5). A dose said in
    #: ml is then `units_per_dose` of that volume ("2.5 to 5 ml": 0.5 to 1).
    volume_ml: float | None = None
    #: A liquid's day maximum that is no whole number of `volume_ml` ("max 7.5 ml a day"
    #: of 10 mg/5 ml, or 3 doses of 2.5 ml), in the ml said: `max_per_day` holds the
    #: whole measures below it (never more than was said), and the caller says so.
    max_ml_cut: float | None = None


_DAY_NAMES: Final[dict[str, int]] = {
    "mon": 0, "monday": 0, "mondays": 0, "tue": 1, "tues": 1, "tuesday": 1, "tuesdays": 1,
    "wed": 2, "weds": 2, "wednesday": 2, "wednesdays": 2, "thu": 3, "thur": 3, "thurs": 3,
    "thursday": 3, "thursdays": 3, "fri": 4, "friday": 4, "fridays": 4, "sat": 5,
    "saturday": 5, "saturdays": 5, "sun": 6, "sunday": 6, "sundays": 6,
}  # fmt: skip
_DAY = r"(?:" + "|".join(sorted(_DAY_NAMES, key=len, reverse=True)) + r")\.?"
_NUMW = r"(?:\d+|" + "|".join(w for w in NUMBER_WORDS if w.isalpha()) + r")"

_MAX = re.compile(
    r"\b(?:max(?:imum)?|up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most|limit)\s*"
    r"(?:of\s+)?(?P<n>" + _NUMW + r")\s*(?:x\s*|times?\s+|doses?\s+|tablets?\s+|tabs?\s+|"
    r"pills?\s+|capsules?\s+|patch(?:es)?\s+|puffs?\s+)?(?:(?:per|a|an|each|every|/|in\s+a)\s*"
    r"(?:day|24\s*h(?:ours?|rs?)?|d)\b|daily\b|"
    # the leaflet's own words: "no more than 8 tablets in any 24 hours"
    r"(?:in|within)\s+(?:any\s+|a\s+|one\s+)?24\s*-?\s*h(?:ours?|rs?|r)?\b(?:\s+period)?)"
    r"|\b(?P<n2>" + _NUMW + r")\s*(?:x\s*)?(?:/|per|a)\s*day\s+max(?:imum)?\b"
)
_AS_NEEDED = re.compile(
    r"\b(?:as|when|if)[\s-]+(?:needed|required|necessary)\b|\bp\.?r\.?n\.?(?!\w)|"
    r"\bon\s+demand\b|\bfor\s+(?:breakthrough\s+)?pain\b|"
    # India's prescriptions: "SOS" (si opus sit, "if needed"), "Dolo 650 SOS"
    r"\bs\.?o\.?s\b\.?"
)
_DAY_RANGE = re.compile(
    r"\b(?P<a>" + _DAY + r")\s*(?:-|\u2013|to|through|thru|until)\s*"
    r"(?P<b>" + _DAY + r")(?!\w)"
)
_DAY_LIST = re.compile(
    r"(?:\b(?:on|every)\s+)?\b" + _DAY + r"(?:\s*(?:,|/|&|\+|and|\s)\s*" + _DAY + r")*(?!\w)"
)
_DAY_WORDS = re.compile(
    r"\b(?:on\s+)?(?P<w>weekdays|week\s*days|weekends?|every\s*day|everyday|daily|each\s+day|"
    r"all\s+week|7\s+days\s+a\s+week)\b"
)
_FREQUENCY = re.compile(
    r"\b(?:once|twice|thrice|" + _NUMW + r"\s*(?:x|times))\s*(?:a|per|/|each|every)?\s*"
    r"(?:day|daily|night|nightly)\b|\b(?:bid|tid|qid|qd|od|bd|tds|qds|qhs|nocte|mane)\b|"
    r"\bevery\s+\d+\s*(?:h|hrs?|hours?)\b|\b(?:" + _NUMW + r"\s*(?:x|times)|once|twice|thrice)\s+"
    r"(?:daily|nightly)\b"
)
_ONCE_A_DAY = re.compile(r"\b(?:daily|(?:once|one|1)\s+(?:a|per)\s+day|every\s*day|each\s+day)\b")
_PER_DAY_WORDS: Final[dict[str, int]] = {
    "once": 1, "qd": 1, "od": 1, "twice": 2, "bid": 2, "bd": 2, "thrice": 3, "tid": 3,
    "tds": 3, "qid": 4, "qds": 4, "qhs": 1, "nocte": 1, "mane": 1,
}  # fmt: skip
_PARTS_OF_DAY: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("morning", re.compile(r"\bmornings?\b|\bbreakfast\b|\bon\s+waking\b|\bmane\b")),
    ("evening", re.compile(r"\bevenings?\b|\bdinner\b|\bsupper\b|\bteatime\b")),
    (
        "bedtime",
        re.compile(r"\bbed\s*time\b|\bbed\b|\bnight(?:s|ly)?\b|\bqhs\b|\bnocte\b|\bsleep\b"),
    ),
)


# Clock hours that a part of the day covers: "8am and at night" leaves the night open.
_PART_HOURS: Final[dict[str, frozenset[int]]] = {
    "morning": frozenset(range(4, 12)),
    "evening": frozenset(range(17, 22)),
    "bedtime": frozenset([*range(20, 24), *range(0, 4)]),
}


def _within(t: time, part: str) -> bool:
    return t.hour in _PART_HOURS[part]


def _per_day(match: str) -> int | None:
    """Doses a day said by one _FREQUENCY match ("3 times a day", "every 8 hours", "bid")."""
    words = match.split()
    if words[0] in _PER_DAY_WORDS:
        return _PER_DAY_WORDS[words[0]]
    if words[0] == "every":
        hours = int(re.sub(r"\D", "", words[1]) or 0)
        return 24 // hours if hours and 24 % hours == 0 and hours >= 4 else None
    n = _int_of(re.sub(r"(?:x|times)$", "", words[0]) or words[0])
    return n if n is not None and 1 <= n <= 6 else None


_CLOCK = re.compile(
    r"(?:\b(?:at|@)\s*)?(?:"
    r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b\.?|"
    r"\b\d{1,2}[:h]\d{2}\b|"
    r"\b(?:noon|midday|midnight)\b|"
    r"\b\d{1,2}\s*o'?\s?clock\b)"
)
# "9 in the morning", "10 at night", "5 in the evening": an hour and its part of the day
_PART_OF_DAY_TIME = re.compile(
    r"(?P<at>\b(?:at|@)\s*)?\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s+"
    r"(?P<part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight)\b"
)
# "at 8 and 20", "at 8, 14 and 20": hours in a list after one "at"
_AT_BARE_LIST = re.compile(
    r"\b(?:at|@)\s*(?P<hs>\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})+)"
    r"(?![\d:.%]|\s*(?:mg|mcg|g\b|ml|units?|iu|tabs?|tablets?|pills?|caps?|capsules?))\b"
)
_AT_BARE = re.compile(r"\b(?:at|@)\s*(?P<h>\d{1,2})(?![\d:.%]|\s*(?:mg|mcg|g\b|ml|units?|iu))\b")
_FOUR_FIGURES = re.compile(
    r"(?P<at>\b(?:at|@)\s*)?(?<![\d.,/:])\b(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\b"
    r"(?![\d.,/:]|\s*(?:mg|mcg|g\b|ml|units?|iu|%|hrs?|hours?|x\b))"
)
_AMOUNT = re.compile(
    r"(?<![\w.])(?P<n>\d+(?:[.,]\d+)?|\.\d+)\s*(?P<u>mg|milligrams?|mcg|micrograms?|\u00b5g|ug|"
    r"g|grams?|ml|millilit(?:er|re)s?|units?|iu|%|percent)(?!\w)"
)
# "10/325", "7.5/325 mg", "300/30": a combination's strengths. One of the two numbers
# must be 20 or more, so halves and quarters ("1/2 tablet") are not read as strengths.
_COMBINATION = re.compile(
    r"(?<![\w.:/])(?P<a>\d+(?:\.\d+)?)\s*/\s*(?P<b>\d+(?:\.\d+)?)"
    r"(?:\s*(?:mg|milligrams?))?(?![\w/])"
)
_BARE_NUMBER = re.compile(r"(?<![\w.:])(?P<n>\d+(?:[.,]\d+)?)(?![\w.:%])")
_UNITS = UNIT_WORDS
_NAME_STOP: Final[frozenset[str]] = frozenset(
    str.split(
        """at and on every take taking the a an with then x times tablet tablets tab tabs pill
    pills capsule capsules cap caps dose doses daily each per of in morning evening night
    nightly bedtime before after food meal meals breakfast lunch dinner by mouth orally
    for once twice"""
    )
)
_TOKEN = re.compile(r"[^\s,;]+")
_THEN = re.compile(r"\bthen\b")


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            chars[i] = " "
    return "".join(chars)


def _int_of(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


def _days_between(a: int, b: int) -> set[int]:
    # Wraps around the week: "fri-mon" is Friday, Saturday, Sunday, Monday.
    out = {a}
    while a != b:
        a = (a + 1) % 7
        out.add(a)
    return out


def _day_index(token: str) -> int:
    return _DAY_NAMES[token.rstrip(".")]


def parse_add_line(text: str) -> AddRequest:
    """Parse what follows ``/add``; never raises, missing pieces stay None / empty."""
    try:
        return _parse(text)
    except Exception:  # noqa: BLE001 - the guided flow can still ask for everything
        name = " ".join(str(text).split()) or None
        return AddRequest(name, None, None, (), ALL_WEEKDAYS, False, None)


def _parse(text: str) -> AddRequest:
    # (the Philippines' "6pm, 12mn, 6am": the midnight dose was dropped — Sandbox, Manila)
    original = " ".join(twelve_said(text).split())[:500]
    # Lower-case without changing length, so spans found in ``low`` index ``original``.
    low = "".join(c.lower() if len(c.lower()) == 1 else c for c in original)
    # "1-0-1": the doses of the day by its parts, cut first so that no "1" of it is
    # read as a strength, a count or a course (Sandbox, Pune: "Zerodol-SP 1" saved).
    slots = read_dose_slots(low)
    if slots is not None:
        low = _blank(low, [slots.span])
    # Read before "daily" is taken as the weekdays: "three times daily" is 3 a day.
    per_day = _doses_per_day(low)
    if per_day is None and slots is not None:
        per_day = slots.per_day
    # Before weekdays and amounts: "from monday" is no weekday, "for 10 days" no dose.
    course, work = cut_course(low)
    # A titration's later steps keep their own schedule out of the first step's.
    thens = [m.start() for m in _THEN.finditer(low)] if course.steps or course.length_days else []
    split = thens[0] if thens else len(low)
    if thens:
        per_day = _doses_per_day(low[:split])
    max_ml, work = _cut_max_ml(work)
    max_per_day, max_said, work = _cut_max_per_day(work)
    units_per_day, per_day, work = _cut_day_units(low, per_day, work)
    as_needed, work = _cut_as_needed(work)
    weekdays, work = _cut_weekdays(work)
    parts = frozenset(part for part, pattern in _PARTS_OF_DAY if pattern.search(work[:split]))
    if slots is not None:
        parts |= slots.parts
    later = _LaterSteps.read(low, thens)
    work = _blank(work, [m.span() for m in _FREQUENCY.finditer(work)])
    times, rest = _cut_times(work)
    if thens:
        times, _ = _cut_times(work[:split])
    later_times = [tuple(sorted(_cut_times(work[a:b])[0])) for a, b in later.segments]
    work = rest
    count, work = cut_dose_count(work, said=low)
    if slots is not None and count.units is None and slots.units not in (None, 1):
        count = DoseCount(slots.units)  # "2-0-2": two tablets each time

    # "tylenol 3" / "tylenol #3" is a product (with codeine), not tylenol at 3 o'clock.
    product = PRODUCT_NAME.search(work)
    if product is not None:
        work = _blank(work, [product.span()])
    strength, work = _cut_strength(work)
    # "Oramorph 10mg/5ml 2.5 to 5 ml": the concentration, then the dose in ml of it (the
    # "/5ml" and the dose were lost, and the ml dose could never be counted as mg).
    liquid, work = _cut_concentration(work)
    if liquid is not None and count.units is None:
        count, work = _cut_ml_dose(work, liquid[2])
    amount, unit, work = _cut_amount(work) if liquid is None else (*liquid[:2], work)
    # After the ml dose is read: "5 to 10 ml … max 6 doses a day" is 6 × 10 ml, not the
    # 6 × 5 ml the limit was turned into before the dose was known (Sandbox: 30 ml kept).
    volume = liquid[2] if liquid is not None else None
    limit = _Limit.read(max_per_day, max_said, max_ml, count, volume)

    name, name_end = _name(work, original)
    if product is not None and (name is None or product.start() <= name_end):
        name, name_end = " ".join(original[product.start() : product.end()].split()), product.end()
    if amount is None and strength is None and name is not None:
        amount = _bare_amount(work, name_end)
    return AddRequest(
        name=name,
        amount=amount,
        unit=unit,
        times=tuple(sorted(times)),
        weekdays=frozenset(weekdays) if weekdays else ALL_WEEKDAYS,
        as_needed=as_needed,
        # "2 tablets a day as needed": at most 2 a day, the person's own limit
        max_per_day=limit.units or (math.ceil(units_per_day or 0) if as_needed else None) or None,
        strength=strength,
        per_day=None if times else per_day,
        parts_of_day=frozenset(p for p in parts if not any(_within(t, p) for t in times)),
        course=course,
        units_per_dose=count.units,
        units_per_dose_max=count.most if count.units is not None else None,
        later_times=tuple(later_times),
        later_when_unset=later.unset(later_times),
        units_per_day=None if as_needed else units_per_day,
        later_when=later.when,
        instruction=_with_slots(how_taken(low), slots),
        volume_ml=volume,
        max_ml_cut=limit.cut_ml,
    )


def _with_slots(instruction: str | None, slots: DoseSlots | None) -> str | None:
    """How it is taken, with a "1-0-2" whose doses differ in tablets kept as said (the
    dose holds one count; the record must not say less than was prescribed)."""
    if slots is None or slots.units is not None:
        return instruction
    said = "-".join(f"{c:g}" for c in slots.counts)
    middle = "noon-evening" if len(slots.counts) == 4 else "afternoon"
    said = f"{said} tablets (morning-{middle}-night)"
    return ", ".join(filter(None, [said, instruction]))[:MAX_INSTRUCTION]


# How a medicine is taken, as a label or prescriber words it: with or away from food,
# with water, whole. (Bedtime and the hours are when, read above, not how.)
_HOW_TAKEN = re.compile(
    r"\b(?:(?:(?:\d{1,3}|half\s+an|an)\s*(?:min(?:ute)?s?|hours?|hrs?)\s+)?"
    r"(?:before|after)\s+(?:breakfast|food|meals?|eating|lunch|dinner|supper|tea)|"
    r"(?:with|alongside)\s+(?:food|a\s+meal|meals|milk|breakfast|lunch|dinner|supper|"
    r"(?:a\s+)?(?:full\s+|big\s+|large\s+)?glass\s+of\s+water|water)|"
    r"on\s+an?\s+empty\s+stomach|swallow(?:ed)?\s+whole|(?:do\s+not|don'?t)\s+(?:crush|chew)|"
    r"stay\s+upright(?:\s+for\s+\d+\s*(?:min(?:ute)?s?))?)\b"
)
#: The longest instruction kept (the column's width).
MAX_INSTRUCTION = 80


def how_taken(low: str) -> str | None:
    """ "before breakfast", "with food, with a full glass of water": how the line says the
    medicine is taken, in its own words (None when it says nothing of it)."""
    said = ", ".join(dict.fromkeys(" ".join(m.group().split()) for m in _HOW_TAKEN.finditer(low)))
    return said[:MAX_INSTRUCTION].rstrip(", ") or None


@dataclass(frozen=True, slots=True)
class _LaterSteps:
    """A titration's later steps in the line: each one's span, and whether it says when
    in words ("then twice a day", "then at night")."""

    segments: tuple[tuple[int, int], ...]
    in_words: tuple[bool, ...]
    #: Each step's doses a day and parts of the day, as said.
    when: tuple[tuple[int | None, frozenset[str]], ...] = ()

    @classmethod
    def read(cls, low: str, thens: list[int]) -> _LaterSteps:
        segments = tuple(pairwise([*thens, len(low)]))
        when = tuple(
            (
                _doses_per_day(low[a:b]),
                # As written: the step's "at night" goes with its course when that is cut.
                frozenset(part for part, p in _PARTS_OF_DAY if p.search(low[a:b])),
            )
            for a, b in segments
        )
        in_words = tuple(bool(per_day or parts) for per_day, parts in when)
        return cls(segments, in_words, when)

    def unset(self, times: list[tuple[time, ...]]) -> bool:
        """Whether some step says when in words and gives no times of its own."""
        return any(words and not t for words, t in zip(self.in_words, times, strict=True))


@dataclass(frozen=True, slots=True)
class _Limit:
    """The day's maximum in units (tablets, or measures of a liquid's volume), and the
    ml said of a liquid when those were no whole number of measures."""

    units: int | None
    cut_ml: float | None = None

    @classmethod
    def read(
        cls,
        max_per_day: int | None,
        said: str,
        max_ml: float | None,
        count: DoseCount,
        volume: float | None,
    ) -> _Limit:
        """ "1-2 tablets up to 4 times a day" allows 8 tablets: the limit is kept in
        tablets; of a liquid, in measures of its volume ("2.5 ml up to 4 times a day" of
        10 mg/5 ml: 2, "max 30 ml a day": 6)."""
        most = count.most if count.most is not None else count.units
        if volume is not None and max_per_day is None and max_ml is not None:
            return cls._of_liquid(max_ml / volume, volume)
        if most is None or max_per_day is None or not max_counts_doses(said):
            return cls(max_per_day)
        if volume is not None:
            return cls._of_liquid(max_per_day * most, volume)
        return cls(math.ceil(max_per_day * most))

    @classmethod
    def _of_liquid(cls, measures: float, volume: float) -> _Limit:
        """A liquid's maximum as whole measures of `volume`: exactly, else the whole ones
        below it with the ml said kept (the column counts whole units; rounding up would
        allow more than was prescribed)."""
        whole = round(measures)
        if abs(measures - whole) < 1e-6 and 0 < whole <= _MOST_MEASURES:
            return cls(whole)
        below = math.floor(measures)
        return cls(below if 0 < below <= _MOST_MEASURES else None, round(measures * volume, 2))


#: The most measures of a liquid's volume a day's maximum is read as (60 × 5 ml).
_MOST_MEASURES = 60


def _cut_day_units(
    low: str, per_day: int | None, work: str
) -> tuple[float | None, int | None, str]:
    """ "3 caps daily" with no other "how often": the day's units, no doses a day ("daily"
    is not once a day then), and `work` without them; a frequency said elsewhere makes
    the count one dose's, read later."""
    if per_day not in (None, 1) or _FREQUENCY.search(low) is not None:
        return None, per_day, work
    units, rest = cut_day_units(work)
    return units, None if units is not None else per_day, rest


def _doses_per_day(low: str) -> int | None:
    """Doses a day from the first frequency that says one ("bid", "daily"), else None."""
    per_day = next(filter(None, (_per_day(m.group()) for m in _FREQUENCY.finditer(low))), None)
    if per_day is None and _ONCE_A_DAY.search(low):
        per_day = 1
    return per_day


def _cut_max_per_day(work: str) -> tuple[int | None, str, str]:
    """The first sensible "max N per day", the words that said it, and the text with
    every such phrase blanked."""
    max_per_day: int | None = None
    said = ""
    spans: list[tuple[int, int]] = []
    for m in _MAX.finditer(work):
        n = _int_of(m["n"] or m["n2"])
        if n is not None and 0 < n <= 48 and max_per_day is None:
            max_per_day, said = n, m.group()
        spans.append(m.span())
    return max_per_day, said, _blank(work, spans)


# "max 30 ml a day", "no more than 60ml in 24 hours", "30 ml a day max": a liquid's
# maximum said in ml (read against its concentration once that is known).
_MAX_ML = re.compile(
    r"\b(?:max(?:imum)?|up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most|limit)\s*"
    r"(?:of\s+)?(?P<ml>\d+(?:[.,]\d+)?)\s*(?:ml|mls|millilit(?:er|re)s?)\s*"
    r"(?:(?:per|a|an|each|every|/|in\s+a)\s*(?:day|24\s*h(?:ours?|rs?)?|d)\b|daily\b|"
    r"(?:in|within)\s+(?:any\s+|a\s+|one\s+)?24\s*-?\s*h(?:ours?|rs?|r)?\b(?:\s+period)?)"
    r"|\b(?P<ml2>\d+(?:[.,]\d+)?)\s*(?:ml|mls)\s*(?:/|per|a)\s*day\s+max(?:imum)?\b"
)


def _cut_max_ml(work: str) -> tuple[float | None, str]:
    """The first "max N ml a day" and the text with every such phrase blanked."""
    found = [m for m in _MAX_ML.finditer(work)]
    if not found:
        return None, work
    first = found[0]
    ml = _number(first["ml"] or first["ml2"])
    return (ml if ml > 0 else None), _blank(work, [m.span() for m in found])


def _cut_as_needed(work: str) -> tuple[bool, str]:
    """Whether "as needed" (or "prn", ...) was said, and the text with it blanked."""
    spans = [m.span() for m in _AS_NEEDED.finditer(work)]
    return bool(spans), _blank(work, spans)


def _cut_weekdays(work: str) -> tuple[set[int], str]:
    """Days named as ranges, words and lists (in that order), and the text without them."""
    weekdays: set[int] = set()
    spans: list[tuple[int, int]] = []
    for m in _DAY_RANGE.finditer(work):
        weekdays |= _days_between(_day_index(m["a"]), _day_index(m["b"]))
        spans.append(m.span())
    work = _blank(work, spans)
    spans = []
    for m in _DAY_WORDS.finditer(work):
        weekdays |= _days_of_word(" ".join(m["w"].split()))
        spans.append(m.span())
    work = _blank(work, spans)
    spans = []
    for m in _DAY_LIST.finditer(work):
        for tok in re.findall(_DAY, m.group()):
            weekdays.add(_day_index(tok))
        spans.append(m.span())
    return weekdays, _blank(work, spans)


def _days_of_word(word: str) -> set[int]:
    """The days one _DAY_WORDS phrase covers ("weekdays", "weekends", "every day")."""
    if word in ("weekdays", "week days", "weekday"):
        return {0, 1, 2, 3, 4}
    if word.startswith("weekend"):
        return {5, 6}
    return set(ALL_WEEKDAYS)


def _cut_times(work: str) -> tuple[set[time], str]:
    """Clock times ("8am", "20:00", a nurse's "0800 1400 2200"), then bare "at 8", and the
    text without them."""
    times: set[time] = set()
    spans: list[tuple[int, int]] = []
    four = list(_FOUR_FIGURES.finditer(work))
    # Four figures are a 24-hour time when several are listed, one starts with 0, or "at"
    # is said ("paracetamol 1000" alone stays its strength)
    if len(four) >= 2 or any(m["h"][0] == "0" or m["at"] for m in four):
        for m in four:
            times.add(time(int(m["h"]), int(m["m"])))
            spans.append(m.span())
        work = _blank(work, spans)
        spans = []
    for m in _PART_OF_DAY_TIME.finditer(work):
        h, minute = int(m["h"]), int(m["m"] or 0)
        # (below 6 with no "at", a count: "co-codamol 2 in the morning", "1 at night")
        if not (1 <= h <= 12 and minute < 60) or (h < 6 and not m["at"]):
            continue
        part = " ".join(m["part"].split())
        if h == 12:
            hour = 12 if part == "in the afternoon" else 0
        else:
            hour = h if part == "in the morning" else h + 12
        times.add(time(hour, minute))
        spans.append(m.span())
    work = _blank(work, spans)
    spans = []
    o_clock: set[time] = set()
    clocks: list[tuple[int, int, time]] = []
    for m in _CLOCK.finditer(work):
        raw = re.sub(r"^(?:at|@)\s*", "", m.group().strip())
        t = parse_clock_time(raw)
        if t is not None:
            times.add(t)
            spans.append(m.span())
            clocks.append((m.start(), m.end(), t))
            if "clock" in raw:
                o_clock.add(t)
    work = _blank(work, spans)
    spans = []
    for span, t in _hours_between_clocks(work, clocks):
        times.add(t)
        spans.append(span)
    work = _blank(work, spans)
    # "9 in the morning, 1 o'clock, 5 o'clock and 10 at night": a bare o'clock from 1 to
    # 6 among daytime doses is the afternoon's, never a dose in the small hours
    if any(time(7) <= t < time(13) for t in times - o_clock):
        for t in o_clock:
            if time(1) <= t <= time(6, 59):
                times.discard(t)
                times.add(time(t.hour + 12, t.minute))
    spans = []
    for m in _AT_BARE_LIST.finditer(work):
        hours = [int(h) for h in re.findall(r"\d+", m["hs"])]
        if all(0 <= h <= 23 for h in hours):
            times.update(time(h, 0) for h in hours)
            spans.append(m.span())
    work = _blank(work, spans)
    spans = []
    for m in _AT_BARE.finditer(work):
        h = int(m["h"])
        if 0 <= h <= 23:
            times.add(time(h, 0))
            spans.append(m.span())
    return times, _blank(work, spans)


_BARE_HOUR = re.compile(r"(?<![\w.:/])(?P<h>\d{1,2})(?![\w.:/%])")
_LIST_GAP = re.compile(r"[\s,;&]*(?:and\s+|then\s+)?[\s,;&]*")


def _hours_between_clocks(
    work: str, clocks: list[tuple[int, int, time]]
) -> list[tuple[tuple[int, int], time]]:
    """A bare hour listed between two clock times is a time too: "8am 12 5pm 10pm" has
    four doses (the 12 was dropped, or read as the amount); it is the hour that falls
    between its neighbours ("12" after 8am is noon, "2" before 5pm is 14:00)."""
    found: list[tuple[tuple[int, int], time]] = []
    for m in _BARE_HOUR.finditer(work):
        h = int(m["h"])
        if not 1 <= h <= 12:
            continue
        before = [c for c in clocks if c[1] <= m.start()]
        after = [c for c in clocks if c[0] >= m.end()]
        if not before or not after:
            continue
        left = max(before, key=lambda c: c[1])
        right = min(after, key=lambda c: c[0])
        if not (
            _LIST_GAP.fullmatch(work[left[1] : m.start()])
            and _LIST_GAP.fullmatch(work[m.end() : right[0]])
        ):
            continue
        readings = [time(h % 12, 0), time(h % 12 + 12, 0)]
        fits = [t for t in readings if left[2] < t < right[2]]
        if len(fits) == 1:
            found.append((m.span(), fits[0]))
    return found


# "100/325/15 mg" (Zerodol-SP): three parts or more, with their unit (never a date).
_COMBINATION_OF_MORE = re.compile(
    r"(?<![\w.:/])(?P<all>\d+(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?){2,4})\s*(?:mg|milligrams?)(?!\w)"
)


def _cut_strength(work: str) -> tuple[str | None, str]:
    """A combination's strength ("10/325", "100/325/15 mg"), and the text with it
    blanked (Sandbox, Bengaluru: Zerodol-SP 100/325/15 mg was saved as 15 mg)."""
    for m in _COMBINATION_OF_MORE.finditer(work):
        parts = [p.strip() for p in m["all"].split("/")]
        if max(float(p) for p in parts) >= 20:
            return "/".join(parts), _blank(work, [m.span()])
    for m in _COMBINATION.finditer(work):
        if max(float(m["a"]), float(m["b"])) >= 20:
            return f"{m['a']}/{m['b']}", _blank(work, [m.span()])
    return None, work


_ML = r"(?:ml|mls|millilit(?:er|re)s?)"
_NUM = r"\d+(?:[.,]\d+)?|\.\d+"
# "10mg/5ml", "10 mg in 5 ml", "10 mg per 5 ml", "2mg/ml": an oral liquid's strength.
_CONCENTRATION = re.compile(
    r"(?<![\w.])(?P<n>" + _NUM + r")\s*(?P<u>mg|milligrams?|mcg|micrograms?|\u00b5g|ug|g|grams?)"
    r"\s*(?:/|\bin\b|\bper\b|\beach\b)\s*(?P<v>" + _NUM + r")?\s*" + _ML + r"(?!\w)"
)
# "2.5 to 5 ml", "2.5-5ml", "5 mls": a dose in ml (a range's least first).
_ML_DOSE = re.compile(
    r"(?<![\w.])(?P<a>"
    + _NUM
    + r")(?:\s*(?:-|\u2013|to|or)\s*(?P<b>"
    + _NUM
    + r"))?\s*"
    + _ML
    + r"(?!\w)"
)


def _number(text: str) -> float:
    """ "2,5" is two and a half (a decimal comma); "1,000" a thousand (it was read as 1:
    "/add naproxen 1,000mg" saved 1 mg)."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


def _cut_concentration(work: str) -> tuple[tuple[float, str, float] | None, str]:
    """A liquid's strength ("10mg/5ml": 10, "mg", 5 ml) and the text with it blanked."""
    m = _CONCENTRATION.search(work)
    if m is None:
        return None, work
    volume = _number(m["v"]) if m["v"] else 1.0
    amount = _number(m["n"])
    if volume <= 0 or amount <= 0:
        return None, work
    return (amount, _UNITS[m["u"]], volume), _blank(work, [m.span()])


def _cut_ml_dose(work: str, volume: float) -> tuple[DoseCount, str]:
    """A dose said in ml of a liquid whose `volume` ml hold its strength, as units of that
    volume ("2.5 to 5 ml" of 10 mg/5 ml: 0.5 to 1), and the text with it blanked."""
    m = _ML_DOSE.search(work)
    if m is None:
        return DoseCount(None), work
    least = _number(m["a"]) / volume
    most = _number(m["b"]) / volume if m["b"] else None
    if least <= 0 or (most is not None and most < least):
        return DoseCount(None), work
    if most is not None and most > least:
        return DoseCount(round(least, 4), True, round(most, 4)), _blank(work, [m.span()])
    return DoseCount(round(least, 4)), _blank(work, [m.span()])


def _cut_amount(work: str) -> tuple[float | None, str | None, str]:
    """The first amount with a unit ("400mg", "5 ml"), and the text with it blanked."""
    m = _AMOUNT.search(work)
    if not m:
        return None, None, work
    amount = _number(m["n"])
    return amount, _UNITS[m["u"]], _blank(work, [m.span()])


def _bare_amount(work: str, name_end: int) -> float | None:
    # "ibuprofen 400 08:00": a plain number right after the name is the amount.
    m = _BARE_NUMBER.search(work, name_end)
    if m:
        value = _number(m["n"])
        if value > 0:
            return value
    return None


def _name(work: str, original: str) -> tuple[str | None, int]:
    """First run of leftover words (as typed) and where it ends."""
    start: int | None = None
    end = 0
    for m in _TOKEN.finditer(work):
        token = m.group().strip(".:-()[]\"'")
        is_word = bool(token) and any(c.isalpha() for c in token)
        if start is None:
            if is_word and token not in _NAME_STOP:
                start, end = m.start(), m.end()
            continue
        # The run ends at anything cut out before (a gap of blanks) or a stop word.
        gap = work[end : m.start()]
        if gap.strip(" ") or len(gap) > 1 or not is_word or token in _NAME_STOP:
            break
        end = m.end()
    if start is None:
        return None, 0
    name = " ".join(original[start:end].split()).strip(",;:-")
    return (name or None), end
