"""A number said again in the same message replaces the one before it: "took 3 advil, no
wait, it was 2", "tramadol at 8, sorry I mean 9", "pain 6, no actually more like 7",
"2 co-codamol at 6, nah just the 1 actually", "gabapentin 300 at 2. make that 600". The
message is read as the person finally meant it: the record never keeps both."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["FILLER", "TAKING_BACK", "restate"]

_NUMBER = (
    r"(?:\d+(?:[.:]\d+)?(?!\d)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    # "no wait, it was 1 and a half"
    r"(?:\s+and\s+a\s+half\b)?"
)
# A number, or a clock time said around one ("half past 1", "quarter to 9", "9pm",
# "half 7", "7ish").
_VALUE = (
    r"(?:(?:half\s+past|quarter\s+(?:past|to)|(?:\d+|five|ten|twenty)\s+(?:past|to)|half)\s+)?"
    + _NUMBER
    + r"(?:\s*(?:am|pm|a\.m\.|p\.m\.)|-?ish)?"
)
#: Fillers before a correction ("um", "oh", "lol").
FILLER = r"(?:(?:um+|er+|oh|ok|lol|haha|hmm+)\s*,?\s*)?"
#: The words that take back what was just said, whatever it was (shared with taken_back).
TAKING_BACK = (
    r"no\s+wait|wait\s+no|oh\s+wait|wait|no\s*,?\s*sorry|scratch\s+that|correction|or\s+rather|"
    r"no\s*,?\s*actually|actually(?:\s+no)?|oops(?:\s+no)?|my\s+bad"
)
# ... and those that only take back a number: "make that 600", "or was it 5?", "call it a 7";
# "no" alone only before a value or a "just"/"only": "no gabapentin tonight" is a skip.
_MARK = (
    FILLER
    + r"(?:"
    + TAKING_BACK
    + r"|sorry\s*,?\s*(?:typo|i\s+mean[t]?|sorry)?|typo|(?:i\s+)?mean[t]?|make\s+(?:that|it)|"
    r"or\s+was\s+it|call\s+it|(?:oh\s+)?no\s+it\s+was|nah|nope|"
    # "2 tabs, err, 1 tab", "amitriptyline 25 ugh 10", "hang on its the 5s", "2 percocet *1"
    r"err+|erm+|ugh+|hang\s+on|"
    r"no(?=\s*[,.\-–—]|\s+(?:just|only|it|the)\b|\s*\d))"
)
_LEAD = (
    r"(?:(?:if\s+i'm\s+honest\s+)?(?:it\s+was|it's|it\s+is|more\s+like|like|make\s+(?:that|it)|"
    r"closer\s+to|at)\s+)?(?:(?P<count>(?:just|only)\s+(?:the\s+)?|the\s+)|an?\s+)?"
)
_UNIT = r"(?P<unit>\s*(?:tablets?|pills?|tabs?|caps(?:ules)?|mg|of\s+them))?"
_RESTATED: Final[re.Pattern[str]] = re.compile(
    r"(?:^|\s*[,;.!]+|\s+[-–—]+|\s)\s*"
    + _MARK
    + r"\s*[,.:\-–—]?\s*"
    + _LEAD
    + r"(?P<value>"
    + _VALUE
    + r")"
    + _UNIT
    + r"(?:\s+not\s+(?P<instead_of>"
    + _NUMBER
    + r"))?"
    + r"(?P<tail>\s+(?:at|around)\s+"
    + _VALUE
    + r")?"
    + r"(?:\s*,?\s*(?:sorry|oops|lol|haha|tbh|honestly|my\s+bad|actually|really|now))?"
    # ("no it was 8 this morning": the part of the day it was, kept with it)
    + r"(?P<when>\s+(?:this\s+(?:morning|afternoon|evening)|last\s+night))?"
    + r"(?:\s*\?\s*(?:yeah|yes|yep)\s+(?P=value))?"
    # (what follows: the end, or more after a stop or a dash: "no actually 2 - it's a big
    # area today")
    # (or an emoji after it: "wait no, just 1 😬", "it was 10 ✏️")
    + r"(?=\s*(?:[,.;!?]|\s[-–—]\s|$|[^\w\s'\"(]))"
)
_EARLIER: Final[re.Pattern[str]] = re.compile(r"(?<![\w.:])" + _VALUE)
# An earlier number that reads as a clock time or as a strength in mg.
_AT_BEFORE = re.compile(r"(?:\bat|@|around|about|by)\s+$")
_CLOCKISH = re.compile(r"(?:am|pm|ish|:\d\d)$|^(?:half|quarter)")
_STRENGTH_AFTER = re.compile(r"\s*(?:mg|milligrams?)\b")
_A_SCALE = re.compile(r"(?:/|\bout\s+of)\s*$")
_GRAMS_AFTER = re.compile(r"\s*(?:g|grams?|mcg)\b")


# The number a count or score replaces, named after it: "it was 2 oxy not 1", "6 not 8",
# "a 6, not a 7" — the first is meant, the second is no second report.
_NOT_THAT_ONE: Final[re.Pattern[str]] = re.compile(
    r"(?<=\w)\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+(?:an?\s+|my\s+(?:usual|normal)\s+)?"
    r"(?:\d{1,2}|one|two|three)"
    r"(?!\s*(?:/|out\s+of))(?=\s*(?:[,.;!?]|$))"
)
_COUNT_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b(?:\d{1,2}|one|two|three|a|an)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+|\b\d{1,2})$"
)


def restate(low: str) -> str:
    """`low` (normalised) with each number corrected in place and the correction removed;
    unchanged when nothing before it can be what it corrects."""
    low = _drop_replaced(low)
    for _ in range(3):  # a message rarely corrects itself more than once
        m = _RESTATED.search(low)
        if m is None:
            return low
        # (never the scale a score is out of: "4/10 actually make that a 5")
        earlier = [
            e
            for e in _EARLIER.finditer(low, 0, m.start())
            if not _A_SCALE.search(low, 0, e.start())
        ]
        if not earlier:
            return low
        last = _corrected(low, earlier, m)
        value = m["value"]
        if (m["unit"] or "").strip() == "mg" and not _STRENGTH_AFTER.match(low, last.end()):
            value += "mg"  # "amitriptyline 25 taken… sorry 10mg": the unit said with it
            if (grams := _GRAMS_AFTER.match(low, last.end())) is not None:
                # "paracetamol 1g... sorry 500mg": the gram goes with the number it replaces
                low = low[: last.end()] + low[grams.end() :]
        tail = (m["tail"] or "") + (m["when"] or "")  # "…lol no just the one at 8": kept
        low = low[: last.start()] + value + low[last.end() : m.start()] + tail + low[m.end() :]
    return low


def _corrected(low: str, earlier: list[re.Match[str]], m: re.Match[str]) -> re.Match[str]:
    """Which earlier number the correction replaces: a count for "just the one", a time
    for "half 7" or "at 11 am", a strength for "600" or "50mg", else the last one said."""
    value = m["value"]
    if m["instead_of"]:
        # "sorry, 50 not 75": the number it replaces is named
        named = [e for e in earlier if e.group() == m["instead_of"]]
        if named:
            return named[-1]

    def is_time(e: re.Match[str]) -> bool:
        return bool(_AT_BEFORE.search(low, 0, e.start()) or _CLOCKISH.search(e.group()))

    def is_strength(e: re.Match[str]) -> bool:
        number = re.match(r"\d+", e.group())
        big = number is not None and int(number.group()) >= 25
        return big or bool(_STRENGTH_AFTER.match(low, e.end()))

    if m["count"] or value.endswith(" half"):  # ("1 and a half": tablets, never a clock)
        wanted = [e for e in earlier if not is_time(e) and not is_strength(e)]
    elif _CLOCKISH.search(value) or (m["unit"] is None and re.search(r"\bat\s+$", m.group())):
        wanted = [e for e in earlier if is_time(e)]
    elif (m["unit"] or "").strip() == "mg" or (value.isdigit() and int(value) >= 25):
        wanted = [e for e in earlier if is_strength(e)]
    else:
        wanted = []
    return (wanted or earlier)[-1]


def _drop_replaced(low: str) -> str:
    """`low` without the number a count or score said just before it replaces."""
    m = _NOT_THAT_ONE.search(low)
    if m is None or not _COUNT_BEFORE.search(low, 0, m.start()):
        return low
    return low[: m.start()] + low[m.end() :]
