"""The time of a dose just told, corrected: "sorry no, it was 1 o'clock I took the
tramadol, not 11", "oops 8:30 not 7:30", "no wait, at 2pm not 12". Read as a new report
it added a second dose and a "too soon" warning built on one never taken (Sandbox,
Dublin). Pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from bot.parsing.text import normalise

__all__ = ["Clock", "TimeAmend", "said_time_amend"]


@dataclass(frozen=True, slots=True)
class Clock:
    """A clock time as said: `half_day` None when neither am/pm nor a 24-hour hour
    says which half of the day."""

    hour: int
    minute: int
    half_day: str | None  # "a", "p", "24" or None

    def readings(self) -> tuple[tuple[int, int], ...]:
        """Every (hour, minute) of a 24-hour day it can mean."""
        h = self.hour % 12
        if self.half_day == "a":
            return ((h, self.minute),)
        if self.half_day == "p":
            return ((h + 12, self.minute),)
        if self.half_day == "24" or self.hour > 12 or self.hour == 0:
            return ((self.hour, self.minute),)
        return ((h, self.minute), (h + 12, self.minute))


@dataclass(frozen=True, slots=True)
class TimeAmend:
    """The time meant, and the one it replaces when said."""

    new: Clock
    was: Clock | None


_CLOCK = (
    r"(?:(?P<{p}h>\d{{1,2}})(?:[:.](?P<{p}m>[0-5]\d))?\s*(?P<{p}ap>[ap])\.?\s?m\b\.?|"
    r"(?P<{p}h24>\d{{1,2}})[:.h](?P<{p}m24>[0-5]\d)\b|"
    r"(?P<{p}oc>\d{{1,2}})(?:\s*o'?\s?clock)?\b(?!\s*(?:mg|tabs?|tablets?|pills?|x\b|times|of\b|"
    r"more|hours?|hrs?|mins?|minutes?|days?)))"
)
_CUE: Final = re.compile(
    r"\b(?:sorry|no|nope|oops|whoops|actually|correction|my\s+mistake|my\s+bad|i\s+meant|"
    r"meant|wrong\s+time|not\s+(?:at\s+)?\d+|wait)\b"
)
# "it was 1 o'clock (I took the tramadol), not 11", "took it at 8:30 not 7:30",
# "at 2pm not 12"
_NEW_FIRST: Final = re.compile(
    r"(?:it\s+was|was\s+at|that\s+was|(?:took|had)\s+(?:it|them|the\s+\w+|my\s+\w+)\s+at|at)\s+"
    + _CLOCK.format(p="n")
    + r"(?:[^.?!]{0,40}?\bnot\s+(?:at\s+)?"
    + _CLOCK.format(p="w")
    + r")?"
)
# "oops 8:30 not 7:30": two clocks written as clocks
_BOTH_CLOCKS: Final = re.compile(
    r"\b(?P<nh24>\d{1,2})[:.](?P<nm24>[0-5]\d)\s*(?:(?P<nap>[ap])\.?\s?m\b\.?)?\s*,?\s*not\s+(?:at\s+)?"
    r"(?P<wh24>\d{1,2})[:.](?P<wm24>[0-5]\d)\b"
)
# "not 11, 1 o'clock", "not at 7 but 8"
_WAS_FIRST: Final = re.compile(
    r"\bnot\s+(?:at\s+)?"
    + _CLOCK.format(p="w")
    + r"\s*[,;-]?\s*(?:but\s+)?(?:at\s+)?"
    + _CLOCK.format(p="n")
)
# A time said as one: "1 o'clock", "8:30", "2pm", "at 9"
_A_TIME: Final = re.compile(r"o'?\s?clock|\d[:.][0-5]\d|\d\s*[ap]\.?\s?m\b|\bat\s+\d")
_LONGEST = 140


def said_time_amend(text: str) -> TimeAmend | None:
    """The correction of a dose's time `text` makes, or None when it is not one."""
    if not text or len(text) > _LONGEST or "?" in text:
        return None
    low = normalise(text)
    if not _CUE.search(low):
        return None
    if not _A_TIME.search(low):
        return None  # "no it was 1 not 2": a count, unless a time is plainly said
    m = _NEW_FIRST.search(low) or _WAS_FIRST.search(low) or _BOTH_CLOCKS.search(low)
    if m is None:
        return None
    new = _clock(m, "n")
    was = _clock(m, "w")
    if new is None or (was is None and not re.search(r"\b(?:it\s+was|that\s+was|was\s+at)\b", low)):
        return None  # "sorry, took it at 8" alone is a dose told late, not a correction
    if was is not None and new.readings() == was.readings():
        return None
    return TimeAmend(new, was)


def _clock(m: re.Match[str], p: str) -> Clock | None:
    g = m.groupdict()
    if g.get(f"{p}ap"):
        return _valid(int(g[f"{p}h"]), int(g[f"{p}m"] or 0), g[f"{p}ap"])
    if g.get(f"{p}h24"):
        hour = int(g[f"{p}h24"])
        return _valid(hour, int(g[f"{p}m24"]), "24" if hour > 12 or hour == 0 else None)
    if g.get(f"{p}oc"):
        return _valid(int(g[f"{p}oc"]), 0, None)
    return None


def _valid(hour: int, minute: int, half_day: str | None) -> Clock | None:
    if half_day in ("a", "p"):
        return Clock(hour, minute, half_day) if 1 <= hour <= 12 else None
    return Clock(hour, minute, half_day) if 0 <= hour <= 23 else None
