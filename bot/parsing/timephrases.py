"""Clock times and relative time phrases ("at 3pm", "an hour ago", "last night").

Pure functions: the caller passes ``now`` (aware) and the user's zone. Local wall
times are built on a calendar date and only then given the zone, so DST gaps and
overlaps follow zoneinfo's rules (a missing time moves forward, an ambiguous one
takes its first occurrence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from bot.parsing.vocabulary import NUMBER_WORDS

__all__ = [
    "FUTURE_GRACE",
    "TimeScan",
    "bare_clock_time",
    "clock_range_said",
    "in_the_meals_part",
    "meal_hour",
    "parse_clock_time",
    "part_of_day_said",
    "resolve_scan",
    "resolve_when",
    "scan_time",
    "time_spans",
    "usual_time",
]

_AMPM = r"(?:(?P<ap>[ap])\.?\s?m\b\.?)"

# A whole string that is one clock time.
_CLOCK_FULL = re.compile(
    r"^\s*(?:"
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*" + _AMPM + r"|"
    r"(?P<h24>\d{1,2})[:h](?P<m24>\d{2})|"
    r"(?P<oc>\d{1,2})\s*o'?\s?clock|"
    # "1730", "0800": a 24-hour time as nurses and soldiers write it
    r"(?P<mil>[01]\d|2[0-3])(?P<milm>[0-5]\d)|"
    # "8 at nite", "9 in the morning": an hour and its part of the day
    r"(?P<ph>\d{1,2})(?:[:.](?P<pm>[0-5]\d))?\s+(?P<part>at\s+ni(?:gh)?te?|in\s+the\s+(?:morning|"
    r"afternoon|evening)|tonight)|"
    r"(?P<word>noon|midday|midnight)"
    r")\s*$",
    re.IGNORECASE,
)

_NUM_WORD_ALT = "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))

# Clock expressions inside a message. Bare hours only count after "at"/"@" because a
# lone number is far more often a pain score, a count or an amount.
_CLOCK_IN_TEXT = re.compile(
    r"(?:\b(?:at|@|around|about|by|from|before|after)\s*(?:around\s+|about\s+|like\s+)?)?"
    r"(?:"
    r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>[ap])\.?\s?m\b\.?|"
    r"\b(?P<h24>\d{1,2}):(?P<m24>\d{2})\b|"
    # nurses' and soldiers' "0545", "taken 2000", "PO 1330": four digits, no colon
    r"(?:\b0|(?<=\bat\s)|(?<=@)|(?<=@\s)|(?<=\btaken\s)|(?<=\bgiven\s)|(?<=\bpo\s)|"
    r"(?<=\baround\s)|(?<=\bby\s))(?P<mil>(?<=0)\d|[01]\d|2[0-3])(?P<milm>[0-5]\d)\b"
    r"(?!\s*(?:mg|mcg|ml|g\b|units?|iu|steps|hrs?\b|hours|h\b|k\b|kcal|calories|%|miles?|km|m\b|"
    r"ft|feet|lbs?|kg))|"
    # "@ 730", "at 930": three digits after "at" are an hour and its minutes, as open as "7:30"
    r"(?:(?<=\bat\s)|(?<=@)|(?<=@\s))(?P<h3>[1-9])(?P<m3>[0-5]\d)\b"
    r"(?!\s*(?:mg|mcg|ml|g\b|units?|iu|steps|hrs?\b|hours|h\b|k\b|kcal|calories|%|miles?|km|m\b|"
    r"ft|feet|lbs?|kg|mins?|minutes))|"
    r"\b(?P<oc>\d{1,2})\s*o'?\s?clock\b|"
    r"\b(?P<word>noon|midday|midnight)\b"
    r")",
)
_AT_BARE = re.compile(
    # "at 8", "around 11", "~9", "about 9ish" ("about 2" alone may be a count, not a time)
    # ("by 7" as "at 7", Nigerian English, after the dose's own words: "2 diclofenac 50mg
    # by 7", "this afternoon by 3"; never "should kick in by 3")
    r"(?:(?:\bat\b|@|(?<=\btablets\s)by\b|(?<=\btabs\s)by\b|(?<=mg\s)by\b|(?<=\d\s)by\b|"
    r"(?<=\dg\s)by\b|(?<=\bg\s)by\b|(?<=\btake\s)by\b|(?<=\btook\s)by\b|"
    r"(?<=morning\s)by\b|(?<=afternoon\s)by\b|(?<=evening\s)by\b)\s*(?:around\s+|about\s+|like\s+)?|"
    r"\baround\s+|~\s*|"
    r"\ba?bout\s+(?=\d{1,2}ish\b)|"
    # "took it 7ish": "-ish" makes a bare number after the dose a time, not a count
    r"(?:(?<=\bit\s)|(?<=\bthem\s)|(?<=\bem\s)|(?<=\btook\s)|(?<=\bhad\s)|(?<=\btaken\s)|"
    r"(?<=\bdone\s))(?=\d{1,2}ish\b))(?P<h>\d{1,2})(?:[.](?P<m>\d{2})|"
    # "at like 7 30", "around 9 45": an hour and its minutes, a space between
    r"\s(?P<ms>[0-5]\d)(?!\s*(?:[\d/%.,]|mg|mcg|ml|g\b|units?\b|x\b|pills?|tabs?|tablets?|min|"
    r"mins|minutes|hours?|hrs?|days?|times?|secs?|seconds)))?"
    r"(?:ish)?(?!\s*(?:/(?!\s+[a-z]|\s*$|\s+\d\s+[a-z]|\s+\d\s*$)|%|[.,]\d|\d|out\b|of\b|mg|mcg|ml|g\b|units?\b|x\b|pills?|tabs?|tablets?|"
    r"min|mins|minutes|hours?|hrs?|days?|times?))\b"
)
_MEALS = re.compile(
    r"\b(?:at|with|after|before|during|around|(?:round\s+)?about)\s+(?:my\s+|the\s+)?"
    r"(?P<meal>breakfast|lunch|dinner|supper|tea\s?time|bedtime|bed|sleep)(?:\s?time)?\b"
)
_MEAL_TIMES = {
    "breakfast": time(8),
    "lunch": time(12),
    "dinner": time(18),
    "supper": time(18),
    "teatime": time(17),
    "tea time": time(17),
    "bedtime": time(22),
    "bed": time(22),
    "sleep": time(22),
}

_ANCHOR = re.compile(
    r"\b(?P<a>the\s+day\s+before\s+yesterday|yesterday\s+morning|yesterday\s+afternoon|"
    r"yesterday\s+evening|yesterday|last\s+night|this\s+morning|in\s+the\s+morning|"
    r"this\s+am|first\s+thing|this\s+afternoon|in\s+the\s+afternoon|this\s+evening|"
    r"in\s+the\s+evening|tonight|today|earlier\s+today)\b"
)

_AGO = re.compile(
    r"\b(?:about\s+|around\s+|roughly\s+|like\s+|maybe\s+|almost\s+|over\s+|nearly\s+|just\s+)?"
    r"(?P<n>\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty)[-\s](?:one|two|three|four|five|six|seven|"
    r"eight|nine)|" + _NUM_WORD_ALT + r"|an?|half(?:\s+an?)?|a\s+couple(?:\s+of)?|"
    r"couple(?:\s+of)?|a\s+few|few|a\s+quarter\s+of\s+an?|quarter\s+of\s+an?)"
    # "2 and a half hrs ago"; "half hour back": Indian English for "ago"
    r"(?P<half2>\s+and\s+a\s+half)?"
    r"\s*(?P<u>minutes?|mins?|m|hours?|hrs?|h)\b(?P<half>\s+and\s+a\s+half)?\s+(?:ago|back)\b"
)
_HOUR_NUMBER = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_HOUR_WORDS = "|".join(_HOUR_NUMBER)
_SPOKEN_MINUTES = {
    "five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "twenty five": 25, "thirty": 30,
    "forty": 40, "forty five": 45, "fifty": 50,
}  # fmt: skip
_WORD_CLOCK = re.compile(
    r"\b(?:(?P<q>(?:a\s+)?quarter\s+(?:past|after|to))|(?P<hp>half\s+past)|"
    r"(?P<mp>(?:[1-9]|[1-5]\d|five|ten|twenty|twenty[-\s]five)\s+(?:mins?\s+|minutes\s+)?"
    r"(?:past|after|to|til|till))|"
    r"(?<=at\s)(?P<uk>half)|(?<=about\s)(?P<uk2>half)|(?<=around\s)(?P<uk3>half)|"
    # "half six this morning I had my co-codamol": UK half-hours said before a part of day
    r"(?P<uk4>half)(?=\s+(?:\d{1,2}|" + "|".join(_HOUR_NUMBER) + r")\s+(?:this|last|yesterday|"
    r"tonight|in\s+the)\b))\s+"
    r"(?P<h>\d{1,2}|" + _HOUR_WORDS + r"|midnight|noon|midday)\b"
    r"(?!\s*(?:mg|ml|g\b|hours?|hrs?|min))|"
    # "at nine thirty", "around ten fifteen", "at eleven": an hour said in words
    r"\b(?:at|around|about|by)\s+(?P<hw>" + _HOUR_WORDS + r")(?:[-\s]+(?P<mw>o'?clock|fifteen|"
    r"thirty|"
    r"forty[-\s]five|ten|twenty|twenty[-\s]five|forty|fifty|five))?\b(?!\s*(?:mg|ml|hours?|hrs?|min|"
    r"days?|weeks?|times|pills?|tablets?|of\b|out\b|outta\b|past\b|after\b|to\b|til\b|till\b))|"
    r"\bat\s+(?P<h24>\d{1,2})\s+hours?\b(?!\s+ago)|"
    # "at 14h", "at 8h30": the continental way of writing a clock time
    r"\bat\s+(?P<hh>\d{1,2})h(?P<hmin>[0-5]\d)?\b"
)
_MINUTE_WORDS = {"five": 5, "ten": 10, "twenty": 20, "twenty five": 25}


_TIME_WORD_BEFORE = re.compile(r"\b(?:at|by|about|around|before|till|until|since)\s+$")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")


def _a_range(m: re.Match[str], minutes: int, hour: int) -> bool:
    """Whether "3 to 4" is a range of scores, not 3:57: two rising numbers up to ten, with
    no "minutes" and no "at" before them ("at 10 to 8", "25 to 11" are times)."""
    said = m["mp"]
    if not said[0].isdigit() or "min" in said:
        return False
    if _FROM_BEFORE.search(m.string, 0, m.start()):
        return True  # "the pain went from 8 to 5", "at work from 10 to 5": a span, never 4:52
    if _TIME_WORD_BEFORE.search(m.string, 0, m.start()):
        return False
    return minutes < hour <= 10


def _word_clock(m: re.Match[str]) -> _Clock | None:
    if m["hw"] is not None:
        minute = _SPOKEN_MINUTES.get((m["mw"] or "").replace("-", " "), 0)
        return _Clock(_HOUR_NUMBER[m["hw"]], minute, None)
    if m["h24"] is not None:
        hour = int(m["h24"])
        return _Clock(hour, 0, "24") if 0 <= hour <= 23 else None
    if m["hh"] is not None:
        hour = int(m["hh"])
        return _Clock(hour, int(m["hmin"] or 0), "24") if 0 <= hour <= 23 else None
    if m["h"] in ("midnight", "noon", "midday"):
        return _around_noon_or_midnight(m)
    hour = int(m["h"]) if m["h"].isdigit() else _HOUR_NUMBER[m["h"]]
    if not 1 <= hour <= 12:
        return None
    if m["mp"] is not None:
        words = m["mp"].replace("-", " ").split()
        said = " ".join(words[:2]) if words[:2] == ["twenty", "five"] else words[0]
        minutes = int(said) if said.isdigit() else _MINUTE_WORDS.get(said, 0)
        if not 1 <= minutes <= 59:
            return None
        if words[-1] in ("to", "til", "till") and _a_range(m, minutes, hour):
            return None
        if words[-1] in ("to", "til", "till"):
            return _Clock(hour - 1 if hour > 1 else 12, 60 - minutes, None)
        return _Clock(hour, minutes, None)
    if m["q"] is not None:
        if m["q"].endswith("to"):
            return _Clock(hour - 1 if hour > 1 else 12, 45, None)
        return _Clock(hour, 15, None)
    return _Clock(hour, 30, None)  # "half past 7", UK "half 7": 7:30


def _around_noon_or_midnight(m: re.Match[str]) -> _Clock | None:
    """ "half past midnight" is 00:30, "quarter to noon" 11:45: a clock with no am/pm doubt."""
    base = 0 if m["h"] == "midnight" else 12
    if m["q"] is not None:
        minutes = -15 if m["q"].endswith("to") else 15
    elif m["hp"] is not None or m["uk"] or m["uk2"] or m["uk3"]:
        minutes = 30
    else:
        return None
    total = (base * 60 + minutes) % (24 * 60)
    return _Clock(total // 60, total % 60, "24")


_HALF_HOUR_AGO = re.compile(r"\b(?:an?\s+)?half\s+(?:an\s+)?(?:hour|hr)\s+(?:ago|back)\b")


# A dose phrase is about the past, so a clock time still ahead means yesterday, but
# only when it is far ahead: the shared reference corpus reads "took 2 tylenol at
# noon" sent at 08:10 as today's noon, so times up to this far ahead keep today's date
# and only those that cannot be meant as today ("at 11pm" said at 8am) move back.
FUTURE_GRACE = timedelta(hours=12)


@dataclass(frozen=True, slots=True)
class _Clock:
    hour: int
    minute: int
    period: str | None  # "a", "p", "24" (unambiguous) or None (bare hour)


def _mk_clock(
    h: str | None, m: str | None, ap: str | None, word: str | None, h24: bool = False
) -> _Clock | None:
    if word:
        return _Clock(0 if word == "midnight" else 12, 0, "24")
    if h is None:
        return None
    hour, minute = int(h), int(m) if m else 0
    if minute > 59:
        return None
    if ap:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ap.lower() == "p" else 0)
        return _Clock(hour, minute, "24")
    if hour > 23:
        return None
    if h24 or hour > 12 or hour == 0:
        return _Clock(hour, minute, "24")
    return _Clock(hour, minute, None)


def parse_clock_time(text: str) -> time | None:
    """Parse one clock time ("08:00", "8am", "8.30pm", "noon"); None if it is not one."""
    match = _CLOCK_FULL.match(text)
    if match is None:
        return None
    g = match.groupdict()
    if g["oc"]:
        clock = _mk_clock(g["oc"], None, None, None)
    elif g["mil"]:
        clock = _mk_clock(g["mil"], g["milm"], None, None, h24=True)
    elif g["ph"]:
        # ("12 at night" is midnight)
        morning = "morning" in g["part"] or (int(g["ph"]) == 12 and "ni" in g["part"])
        clock = _mk_clock(g["ph"], g["pm"], "a" if morning else "p", None)
    elif g["h24"]:
        clock = _mk_clock(g["h24"], g["m24"], None, None, h24=True)
    else:
        clock = _mk_clock(g["h"], g["m"], g["ap"], (g["word"] or "").lower() or None)
    return None if clock is None else time(clock.hour, clock.minute)


# Words around one clock time given as an answer: "8pm is grand", "around 9 please",
# "let's say 8pm", "8pm works for me" (Sandbox, Dublin: "I couldn't read that time")
_AROUND_A_TIME = re.compile(
    r"^\s*(?:(?:let'?s\s+say|say|maybe|about|around|at|make\s+it|how\s+about|i'?d\s+say|ok|okay)\s+)*"
    r"(?P<t>.+?)"
    r"(?:\s*[,.!]?\s*(?:is|would\s+be|'s|sounds|suits(?:\s+me)?|works(?:\s+for\s+me)?)?\s*"
    r"(?:grand|fine|good|great|perfect|ok|okay|best|thanks|thank\s+you|please|pls|cheers|"
    r"for\s+me|me)?)*[\s.!]*$"
)


def clock_time_said(text: str) -> time | None:
    """One clock time given as an answer, with the words people put around it ("8pm is
    grand", "around 9 please"); None when there is not exactly that."""
    low = text.strip().lower()
    at = parse_clock_time(low)
    if at is not None:
        return at
    m = _AROUND_A_TIME.match(low)
    return parse_clock_time(m["t"].strip()) if m else None


# A part of the day given where a clock time was asked ("evenings", "after dinner", "at
# bedtime"; Sandbox, Chicago: "after dinner" was read as a snooze, "evenings" as no time):
# the times in it to offer as buttons.
_PARTS_OF_DAY: Final = (
    (r"(?:early\s+)?mornings?|breakfast(?:\s*time)?|(?:when|after)\s+i\s+(?:get|wake)\s+up|"
     r"first\s+thing", (time(7), time(8), time(9), time(10))),
    (r"lunch\s*(?:time)?|midday|middle\s+of\s+the\s+day", (time(12), time(13), time(14))),
    (r"(?:late\s+|early\s+)?afternoons?", (time(14), time(15), time(16), time(17))),
    (r"(?:early\s+|late\s+)?evenings?|(?:after|before|at|around)\s+(?:dinner|supper|tea)(?:\s*time)?|"
     r"dinner\s*(?:time)?|supper\s*(?:time)?|tea\s*time|tonight|after\s+work",
     (time(18), time(19), time(20), time(21))),
    (r"(?:late\s+)?(?:at\s+)?nights?|(?:at\s+|before\s+|around\s+)?bed\s*(?:time)?|"
     r"before\s+(?:i\s+go\s+to\s+)?(?:bed|sleep)|late", (time(21), time(22), time(23))),
)  # fmt: skip
_PART_OF_DAY: Final = re.compile(
    r"^\W*(?:(?:in|at|around|about|maybe|say|probably|usually|the|during|sometime|any\s*time|"
    r"best|prob|i\s+guess|i'?d\s+say|ok|okay)\s+)*(?P<part>"
    + "|".join(f"(?:{words})" for words, _ in _PARTS_OF_DAY)
    + r")(?:\s+(?:is|would\s+be|works|please|pls|is\s+best|best|i\s+guess|probably|time|ok|"
    r"fine|good|for\s+me|thanks|thank\s+you|usually))*\W*$"
)


def part_of_day_said(text: str) -> tuple[time, ...] | None:
    """The clock times of a part of the day given as an answer ("evenings", "after
    dinner", "before bed"), to offer one to tap; None when the answer is not that."""
    m = _PART_OF_DAY.match(" ".join(text.lower().split()))
    if m is None:
        return None
    for words, times in _PARTS_OF_DAY:
        if re.fullmatch(words, m["part"]):
            return times
    return None


# Two clock times given as a span: "0900-1600", "9am to 4pm", "from 09:00 till 16:00"
_CLOCK_RANGE = re.compile(
    r"^\s*(?:from\s+)?(?P<a>.+?)\s*(?:-|–|—|to|till|til|until|through|thru)\s*(?P<b>.+?)"
    r"[\s.!]*$"
)


def clock_range_said(text: str) -> tuple[time, time] | None:
    """A span of two clock times given as an answer ("0900-1600", "9am to 4pm",
    "from 22:00 till 07:00"), start and end; None when there is not exactly that."""
    m = _CLOCK_RANGE.match(text.strip().lower())
    if m is None:
        return None
    start, end = parse_clock_time(m["a"]), parse_clock_time(m["b"])
    if start is None or end is None or start == end:
        return None
    return start, end


def _amount(n: str) -> float:
    n = " ".join(n.split())
    if n in ("a", "an"):
        return 1.0
    if n.startswith("half"):
        return 0.5
    if "quarter" in n:
        return 0.25
    if "couple" in n:
        return 2.0
    if "few" in n:
        return 3.0
    if n in NUMBER_WORDS:
        return float(NUMBER_WORDS[n])
    tens, _, unit = n.replace("-", " ").partition(" ")
    if tens in NUMBER_WORDS and unit in NUMBER_WORDS:
        return float(NUMBER_WORDS[tens] + NUMBER_WORDS[unit])  # "twenty-five"
    return float(n)


@dataclass(frozen=True, slots=True)
class TimeScan:
    """Time phrases found in one piece of text."""

    ago: timedelta | None
    anchor: str | None
    clock: _Clock | None
    spans: tuple[tuple[int, int], ...]
    #: The clock that names the dose when another says when it went down ("noon" in
    #: "noon gabapentin taken at 2:30"): a bare hour after it is the first one after it
    named: _Clock | None = None


# A word after a clock that opens a clause, naming what it is the time of: "noon
# gabapentin", "8am one" (never "8am took it", "noon and")
_DOSE_NAMED_AFTER = re.compile(
    r"\s+(?!(?:took|had|taken|and|or|but|to|till|until|i|it|then|today|tonight|yesterday|this|last|"
    r"instead|not|rather|than|because|cos|cause|as|so|on|in|at|with|for|when|after|before|was|is|"
    r"ish|or|vs|versus)\b)[a-z]"
)
# ("yesterday's 10pm naproxen got taken at 1am": a day's clock names the dose too)
_NAMES_A_DOSE = re.compile(
    r"(?:\b(?:my|the|(?:last\s+)?nights|mornings|evenings|todays|yesterdays|tonights)|\w's)"
    r"(?:\s+(?:usual|normal|regular))?\s+$"
)


def on_the_wall(when: datetime, zone: ZoneInfo, hours: int) -> datetime:
    """`when` moved `hours` on the wall clock of `zone`, whatever daylight saving did
    between ("at 8" read as 20:00 is 08:00 twelve wall hours earlier)."""
    wall = when.astimezone(zone).replace(tzinfo=None) + timedelta(hours=hours)
    return wall.replace(tzinfo=zone)


def scan_time(low: str) -> TimeScan:
    """Find time phrases in lower-cased text (no resolution yet)."""
    ago, ago_spans = _scan_ago(low)
    anchor, anchor_spans = _scan_anchor(low)
    clock, label, clock_spans = _scan_clocks(low)
    if (
        clock is not None
        and label is not None
        and any(low.startswith(("'s", "s "), end) for _, end in anchor_spans)
        and _hour_of(clock) < _hour_of(label)
    ):
        # "yesterday's 10pm naproxen got taken at 1am": the day is the dose's, named, and
        # 1am is the night after it, not yesterday's
        anchor = None
    loose_spans: list[tuple[int, int]] = []
    if clock is None:
        clock, loose_spans = _scan_loose_clock(low)
    if clock is not None and clock.period is None:
        clock = _by_the_meal(low, clock, clock_spans + loose_spans)
    spans = ago_spans + anchor_spans + clock_spans + loose_spans
    named = label if clock is not None and anchor is None else None
    return TimeScan(ago, anchor, clock or label, tuple(spans), named)


def _hour_of(clock: _Clock) -> float:
    """The hour of the day a clock says, or 24 when its half of the day is not said."""
    if clock.period == "24":
        return clock.hour + clock.minute / 60
    if clock.period in ("a", "p"):
        return clock.hour % 12 + (12 if clock.period == "p" else 0) + clock.minute / 60
    return 24.0


def _scan_ago(low: str) -> tuple[timedelta | None, list[tuple[int, int]]]:
    """How long ago ("half an hour ago", "2 hours ago"; a week at most), and where."""
    m = _HALF_HOUR_AGO.search(low)
    if m:
        return timedelta(minutes=30), [m.span()]
    m = _AGO.search(low)
    if m:
        value = _amount(m["n"]) + (0.5 if m["half"] or m["half2"] else 0.0)
        unit = m["u"]
        minutes = value * 60 if unit.startswith("h") else value
        if minutes <= 7 * 24 * 60:
            return timedelta(minutes=minutes), [m.span()]
    return None, []


def _scan_anchor(low: str) -> tuple[str | None, list[tuple[int, int]]]:
    """The day or part of day named ("yesterday", "this morning", "last night", "friday
    evening"), and where."""
    am = _ANCHOR.search(low)
    if am:
        return " ".join(am["a"].split()), [am.span()]
    dm = _DAYS_AGO.search(low)
    if dm:
        days = _DAYS_BACK.get(dm["n"].split()[-1]) or int(dm["n"])
        return f"days ago {days}", [dm.span()]
    wm = _WEEKDAY.search(low)
    if wm:
        day = next(i for i, d in enumerate(_DAY_STEMS) if wm["d"].startswith(d))
        back = "last" if wm["last"] else "on"
        return f"weekday {day} {back} {wm['p'] or 'day'}", [wm.span()]
    if _WOKE_AT.search(low):
        # no span: the clock after it is still the time said, only its half of the day set
        return ON_WAKING, []
    return None, []


# "woke at 5 and took my naproxen" said in the evening: 05:00, not 17:00 — a bare hour
# of waking between 3 and 11 is the morning's (noon and later stay open: "got up at 12")
ON_WAKING = "on waking"
_WOKE_AT = re.compile(
    r"\b(?:woke|woken|wake|waking|got\s+up|get\s+up)\s+(?:up\s+)?(?:at|around|about)\s+"
    r"(?:about\s+|around\s+)?(?:[3-9]|1[01])(?:[:.][0-5]\d)?\b(?!\s*(?:pm|p\.m|[:.]?\d))"
)


# "friday 9pm lyrica", "on tuesday night", "last sat": a day of the week already gone
_DAY_STEMS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = re.compile(
    r"\b(?:(?P<last>last)\s+|on\s+)?(?P<d>monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"(?<=on\s)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)|(?<=last\s)(?:mon|tue|tues|wed|thu|thur|"
    r"thurs|fri|sat|sun))\b(?:\s+(?P<p>morning|afternoon|evening|night))?"
)
_PART_RULES: dict[str, tuple[str | None, time | None]] = {
    "morning": ("a", time(8)),
    "afternoon": ("p", time(14)),
    "evening": ("p", time(19)),
    "night": ("p", time(22)),
    "day": (None, None),
}


# "took 2 tramadol 3 days ago", "forgot it a couple of days back": a day gone by, counted
# (never "a few": which day is not said)
_DAYS_AGO = re.compile(
    r"\b(?P<n>[2-6]|two|three|four|five|six|(?:a\s+)?couple(?:\s+of)?)\s+days?\s+(?:ago|back)\b"
)
_DAYS_BACK = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "couple": 2, "of": 2}


def _anchor_rule(anchor: str, today: date) -> tuple[int, str | None, time | None]:
    """(day offset, period for a bare hour, default time) of a named day."""
    if anchor.startswith("days ago "):
        return -int(anchor.split()[-1]), None, None
    if not anchor.startswith("weekday "):
        return _ANCHOR_RULES.get(anchor, (0, None, None))
    _, day, back, part = anchor.split()
    offset = -((today.weekday() - int(day)) % 7)
    if back == "last" and offset == 0:
        offset = -7  # "last friday" said on a friday: a week ago
    return (offset, *_PART_RULES[part])


def _scan_clocks(low: str) -> tuple[_Clock | None, _Clock | None, list[tuple[int, int]]]:
    """The clock time said (word clocks first), the first clock naming a dose ("my 2pm
    dose"), and the spans of every clock found."""
    spans: list[tuple[int, int]] = []
    clock: _Clock | None = None
    wm = _WORD_CLOCK.search(low)
    if wm is not None:
        # "quarter past 8", "half past 7", UK "half 11" (11:30), "at 21 hour" (21:00).
        clock = _word_clock(wm)
        if clock is not None:
            spans.append(wm.span())
    # "noon gabapentin taken at 2:30": a word clock opening the clause, or after "my" or
    # "the", names the dose when another clock says when it went down
    named_first = (
        wm is not None
        and clock is not None
        and (wm.start() == 0 or _NAMES_A_DOSE.search(low, max(0, wm.start() - 12), wm.start()))
        and _DOSE_NAMED_AFTER.match(low, wm.end()) is not None
    )
    # "my 2pm dose", "the 8 o'clock one": a clock after "my"/"the" names which dose,
    # not when it was taken ("had my 2pm dose at 4" was taken at 4).
    label: _Clock | None = None
    for cm in _CLOCK_IN_TEXT.finditer(low):
        c = _clock_in_text(cm)
        if c is not None and not (wm is not None and wm.start() <= cm.start() < wm.end()):
            spans.append(cm.span())
            if _NAMES_A_DOSE.search(low, max(0, cm.start() - 12), cm.start()):
                label = label or c
            elif clock is None:
                clock = c
                named_first = cm.start() == 0 and _DOSE_NAMED_AFTER.match(low, cm.end()) is not None
            elif named_first:
                label, clock = clock, c
                named_first = False
    return clock, label, spans


def _clock_in_text(cm: re.Match[str]) -> _Clock | None:
    """The clock of one _CLOCK_IN_TEXT match ("8 o'clock", "03:30", "2pm", "noon")."""
    g = cm.groupdict()
    if g["oc"]:
        return _mk_clock(g["oc"], None, None, None)
    if g["h24"]:
        # "03:30" is a 24-hour time; "3:30" in a message is as open as "at 3".
        return _mk_clock(g["h24"], g["m24"], None, None, h24=g["h24"].startswith("0"))
    if g["mil"]:
        hour = g["mil"] if cm.start("mil") == cm.start() else "0" + g["mil"]
        return _mk_clock(hour, g["milm"], None, None, h24=True)
    if g["h3"]:
        return _mk_clock(g["h3"], g["m3"], None, None)
    return _mk_clock(g["h"], g["m"], g["ap"], g["word"])


# "last norco was 11 last night", "my last dose was 6": the hour a last dose was taken
# (never "last pain score was 7", a score)
_LAST_WAS = re.compile(
    r"\blast\s+(?!(?:[\w/-]+\s+)?(?:pain|score|rating|level|number|reading|night|week|time)\b)"
    r"(?:[\w/-]+\s+){1,2}?(?:was|were)\s+(?:at\s+|around\s+|about\s+)?"
    r"(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?(?!\s*(?:/|%|[.,]\d|\d|out\b|of\b|mg|mcg|ml|g\b|"
    r"units?\b|x\b|pills?|tabs?|tablets?|min|mins|minutes|hours?|hrs?|days?|times?|am\b|pm\b))\b"
)


def _scan_loose_clock(low: str) -> tuple[_Clock | None, list[tuple[int, int]]]:
    """When no clock time was said: a bare "at 8" (or "last norco was 11"), else a meal
    ("with breakfast")."""
    bm = _AT_BARE.search(low) or _LAST_WAS.search(low)
    if bm:
        c = _mk_clock(bm["h"], bm["m"] or bm.groupdict().get("ms"), None, None)
        if c is not None:
            return c, [bm.span()]
    mm = _MEALS.search(low)
    if mm and not _JUST_NOW.search(low):
        # ("just now with supper": now, not supper's usual hour)
        t = _MEAL_TIMES[" ".join(mm["meal"].split())]
        return _Clock(t.hour, t.minute, "meal"), [mm.span()]
    return None, []


# A meal or bedtime said beside a bare hour sets its half of the day: "with lunch at 1" is
# 13:00, "dinner at 7" 19:00, "breakfast at 9" 09:00 (read as the most recent 9 it was
# 21:00 — Sandbox, a carer at 08:00). kind: (first hour, last hour) of its part of the
# day, on a 24-hour clock; the last may be past midnight (bedtime's 20–02).
_MEAL_PARTS: dict[str, tuple[int, int]] = {
    "breakfast": (5, 12),  # ("breakfast at 12" is a late one at noon, never midnight)
    "lunch": (11, 15),
    # "dinner" is the midday meal to many in the north of England and Ireland, so its
    # part runs from noon: "dinner at 1" is 13:00 either way, "dinner at 7" 19:00
    "dinner": (12, 22),
    "supper": (17, 23),
    # tea the meal, never a cup of it, and only its usual hours: "with my tea at 7" may be
    # the morning brew
    "tea": (16, 18),
    "bed": (20, 2),
}
_MEAL_KIND = re.compile(
    r"\b(?:(?P<breakfast>breakfast|brekkie|brekky|brekfast|morning\s+(?:coffee|cuppa|tea|brew))|"
    r"(?P<lunch>lunch|midday\s+meal)|"
    r"(?P<supper>supper)|(?P<dinner>dinner|evening\s+meal)|"
    r"(?P<tea>(?<=with\s)tea|(?<=at\s)tea|(?<=after\s)tea|(?<=before\s)tea|(?<=over\s)tea|"
    r"(?<=my\s)tea|(?<=her\s)tea|(?<=his\s)tea|(?<=our\s)tea|(?<=their\s)tea|tea\s?time)|"
    r"(?P<bed>bed\s?time|(?<=before\s)bed|(?<=to\s)bed|(?<=for\s)bed|(?<=going\s)bed|"
    r"(?<=before\s)sleep))(?:\s?time)?\b"
)
# What between the meal and the hour makes them two things ("at 9 and will have another
# with dinner"): a stop, a new clause, another dose
_NOT_BESIDE = re.compile(
    r"[.;!?\n]|\b(?:and|then|but|also|will|gonna|going|next|another|other|later|tomorrow)\b"
)
#: The most characters between a meal and the bare hour it places
_BESIDE = 24


def usual_time(word: str) -> time | None:
    """The usual hour of a part of the day or a meal ("morning" 08:00, "lunch" 12:00,
    "night" 22:00), as "this morning" or "with lunch" are read; None for another word."""
    word = {"nighttime": "night", "lunchtime": "lunch", "dinnertime": "dinner"}.get(word, word)
    if word in ("noon", "midday"):
        return time(12)
    part = _PART_RULES.get(word)
    return part[1] if part is not None else _MEAL_TIMES.get(word)


def meal_hour(kind: str, hour: int) -> int | None:
    """The hour on a 24-hour clock of a bare hour (1–12) said with a meal of `kind`
    ("lunch", 1: 13); None when neither reading falls in that meal's part of the day."""
    first, last = _MEAL_PARTS[kind]
    for h in (hour % 12, hour % 12 + 12):
        inside = first <= h <= last if first <= last else (h >= first or h <= last)
        if inside:
            return h
    return None


def _by_the_meal(low: str, clock: _Clock, spans: list[tuple[int, int]]) -> _Clock:
    """A bare clock hour made unambiguous by a meal said beside it ("with lunch at 1")."""
    if not spans or not 1 <= clock.hour <= 12:
        return clock
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    for mm in _MEAL_KIND.finditer(low):
        gap = low[mm.end() : start] if mm.end() <= start else low[end : mm.start()]
        if mm.start() < end and mm.end() > start:
            gap = ""
        if len(gap) > _BESIDE or _NOT_BESIDE.search(gap):
            continue
        kind = next(k for k, v in mm.groupdict().items() if v)
        hour = meal_hour(kind, clock.hour)
        if hour is not None:
            return _Clock(hour, clock.minute, "24")
    return clock


def in_the_meals_part(scan: TimeScan, said_before: str) -> TimeScan:
    """`scan` of a clause said after a meal or bedtime, its bare hour set in that meal's
    part of the day as if said beside it: "took my gabapentin at bedtime, 11" is 23:00, as
    "at bedtime at 11" is (a clock that says its half of the day is kept)."""
    clock = scan.clock
    if clock is None or clock.period is not None or not 1 <= clock.hour <= 12:
        return scan
    meals = list(_MEAL_KIND.finditer(said_before))
    if not meals:
        return scan
    kind = next(k for k, v in meals[-1].groupdict().items() if v)
    hour = meal_hour(kind, clock.hour)
    return scan if hour is None else replace(scan, clock=_Clock(hour, clock.minute, "24"))


_JUST_NOW = re.compile(r"\b(?:(?:just|right)\s+now|just\s+(?:took|taken|had|swallowed|popped))\b")


def time_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of every time phrase in ``text`` (lower-cased by the caller)."""
    return list(scan_time(text).spans)


def _local(
    day: date, hour: int, minute: int, zone: ZoneInfo, now: datetime | None = None
) -> datetime:
    """The wall time that day: inside a DST gap, the first real instant after it; in the
    hour a fall-back repeats, the later of the two once it has come by `now` ("took it
    at 2:30 this morning" said at 9 is the 2:30 just gone, not the one an hour before)."""
    naive = datetime.combine(day, time(hour, minute))
    first = naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)
    second = naive.replace(tzinfo=zone, fold=1).astimezone(UTC).astimezone(zone)
    repeated = second.utcoffset() != first.utcoffset() and second.replace(tzinfo=None) == naive
    # (compared in UTC: two times of one zone compare by their wall clocks, fold unseen)
    came = now is not None and second.astimezone(UTC) <= now.astimezone(UTC)
    if came and repeated and first.replace(tzinfo=None) == naive:
        return second
    return first


_ANCHOR_RULES: dict[str, tuple[int, str | None, time | None]] = {
    # anchor: (day offset, period for a bare hour, default time)
    "the day before yesterday": (-2, None, None),
    "yesterday": (-1, None, None),
    "yesterday morning": (-1, "a", time(8)),
    "yesterday afternoon": (-1, "p", time(14)),
    "yesterday evening": (-1, "p", time(19)),
    "last night": (-1, "night", time(22)),
    "this morning": (0, "a", time(8)),
    "in the morning": (0, "a", time(8)),
    "this am": (0, "a", time(8)),
    "first thing": (0, "a", time(7)),
    "this afternoon": (0, "p", time(14)),
    "in the afternoon": (0, "p", time(14)),
    "this evening": (0, "p", time(19)),
    "in the evening": (0, "p", time(19)),
    "tonight": (0, "p", time(21)),
    "today": (0, None, None),
    "earlier today": (0, None, None),
    ON_WAKING: (0, "a", None),
}


def _near_the_slot(slot: _Clock, clock: _Clock, now: datetime, zone: ZoneInfo) -> datetime | None:
    """The bare `clock` nearest a recent `slot` (that slot's dose, taken early or late:
    "my 8pm one at 6:15" is 18:15, "noon one at 2:30" 14:30), gone by and within half a
    day of it; None when the slot's half of the day is not said."""
    if slot.period is None:
        return None
    slot_hour = int(_hour_of(slot))
    today = now.astimezone(zone).date()
    best: tuple[tuple[timedelta, float], datetime] | None = None
    for n in (0, 1):
        due = _local(today - timedelta(days=n), slot_hour, slot.minute, zone, now)
        for d in (due.date() - timedelta(days=1), due.date(), due.date() + timedelta(days=1)):
            for h in (clock.hour % 12, clock.hour % 12 + 12):
                when = _local(d, h, clock.minute, zone, now)
                gap = abs(when - due)
                if when > now or gap > timedelta(hours=12):
                    continue
                key = (gap, -when.timestamp())
                if best is None or key < best[0]:
                    best = (key, when)
    return best[1] if best else None


def resolve_scan(scan: TimeScan, now: datetime, zone: ZoneInfo) -> datetime | None:
    """Resolve what :func:`scan_time` found to an aware datetime, or None for "now"."""
    local_now = now.astimezone(zone)
    if scan.ago is not None:
        # Elapsed time is real time: subtract in UTC (aware arithmetic in one zone is
        # wall-clock arithmetic and would be an hour off across a DST change).
        return (now.astimezone(UTC) - scan.ago).astimezone(zone)
    if scan.anchor is None and scan.clock is None:
        return None
    today = local_now.date()
    offset, period, default = _anchor_rule(scan.anchor or "", today)
    # (waking names the half of a day, not which day: a morning still to come is yesterday's)
    explicit_day = scan.anchor is not None and scan.anchor != ON_WAKING
    clock = scan.clock
    small_hours = local_now.hour < 5
    if scan.anchor == "tonight" and small_hours and clock is None:
        return None  # "tonight" at 3am, up on a night shift: the night still going, now
    if (
        scan.anchor in ("tonight", "this evening")
        and clock is None
        and default is not None
        and local_now.time() >= default
    ):
        # "halved the zanaflex tonight" said at 22:10: the evening is now, never 21:00 — a
        # time nobody said, before the 22:00 reminder it answers
        return None
    if (
        scan.anchor == "tonight"
        and small_hours
        and clock is not None
        and clock.period is None
        and (clock.hour == 12 or clock.hour < 5)
    ):
        # "tonight at 1" said at 3am: after midnight, this morning
        return _local(today, clock.hour % 12, clock.minute, zone, now)
    if clock is None:
        if default is None:
            if offset == 0:
                return None
            # "yesterday" alone: the same wall time that day is the best guess.
            return _local(
                today + timedelta(days=offset), local_now.hour, local_now.minute, zone, now
            )
        clock = _Clock(default.hour, default.minute, "24")
    day = today + timedelta(days=offset)
    hour = clock.hour
    if clock.period is None:
        if period == "a":
            hour = clock.hour % 12
        elif period == "p":
            hour = clock.hour % 12 + 12
        elif period == "night":
            # "last night at 1" is after midnight, so already today.
            if clock.hour == 12 or clock.hour < 5:
                hour, day = clock.hour % 12, today
            else:
                hour = clock.hour % 12 + 12
        elif (
            scan.named is not None
            and not explicit_day
            and (near := _near_the_slot(scan.named, clock, now, zone)) is not None
        ):
            # "noon gabapentin taken at 2:30": the 2:30 nearest the noon it was due at
            return near
        else:
            # Bare "at 8": the most recent past 8:00 or 20:00 on or before that day.
            days = [day] if explicit_day else [day, day - timedelta(days=1)]
            best: datetime | None = None
            for d in days:
                for h in (clock.hour % 12, clock.hour % 12 + 12):
                    cand = _local(d, h, clock.minute, zone, now)
                    if cand <= now and (best is None or cand > best):
                        best = cand
            if best is not None:
                return best
            return _local(day, clock.hour % 12, clock.minute, zone, now)
    elif period == "night" and clock.hour < 5:
        day = today
    result = _local(day, hour, clock.minute, zone, now)
    if result > now + FUTURE_GRACE and not explicit_day:
        # Said about something already done, so a time far ahead means yesterday.
        result = _local(day - timedelta(days=1), hour, clock.minute, zone, now)
    return result


def resolve_when(text: str, now: datetime, zone: ZoneInfo) -> datetime | None:
    """Find a time reference in ``text`` and resolve it to an aware datetime in ``zone``.

    ``now`` must be aware. Returns None when the text names no time (meaning "now").
    """
    return resolve_scan(scan_time(text.lower()), now, zone)


def bare_clock_time(text: str, now: datetime, zone: ZoneInfo) -> datetime | None:
    """The time a message tells by a bare clock hour ("took it at 10", no am/pm, day or
    part of the day), as resolved (the most recent past 10:00 or 22:00); None for any
    other time, or none."""
    scan = scan_time(text.lower())
    if scan.ago is not None or scan.anchor is not None or scan.clock is None:
        return None
    if scan.clock.period is not None:
        return None
    return resolve_scan(scan, now, zone)


#: A dose said taken at a clock time further ahead than this was taken that time yesterday
#: ("took 1 oxy at 10pm, forgot to tell you" at 19:50). Closer, it may be a slip of the
#: clock or of am/pm, so it stays today's and the bot asks (services.doses.still_to_come).
TAKEN_AHEAD = timedelta(hours=2)


def taken_when(scan: TimeScan, status: str, now: datetime, zone: ZoneInfo) -> datetime | None:
    """When the segment says the dose happened; a dose taken at a clock time still well
    ahead ("took 1 oxy at 10pm" said at 19:50) was taken that time yesterday. (A time
    still to come today stays: the bot asks whether it was taken now or is to come.)"""
    when = resolve_scan(scan, now, zone)
    if (
        when is not None
        and status == "taken"
        and scan.clock is None
        and scan.anchor in ("tonight", "this evening")
        and now < when
    ):
        # "took the gabapentin tonight" at 20:00: taken, so not the evening's default
        # hour still to come (it was asked "still to come?" at 21:00 — Sandbox, Toronto)
        return now
    if when is None or status != "taken" or when <= now + TAKEN_AHEAD:
        return when
    if not scan.anchor or _the_evening_just_gone(scan.anchor, now, zone):
        when = on_the_wall(when, zone, -24)
    return when


def _the_evening_just_gone(anchor: str, now: datetime, zone: ZoneInfo) -> bool:
    """ "tonight", "this evening" said in the small hours is the evening just gone: "had
    my naproxen around 7 tonight" at 00:30 was 19:00 of the day before."""
    return anchor in ("tonight", "this evening", "this afternoon") and now.astimezone(zone).hour < 5
