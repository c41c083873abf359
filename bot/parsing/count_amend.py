"""How many were taken, corrected hours later: "sorry I only took 1 synap last night not
2", "last night's synap was 1 tablet not 2 tablets". Past the minutes in which "sorry, 1"
corrects what was just sent (bot.parsing.amend), it added a third tablet (Sandbox,
Johannesburg). Pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from bot.parsing.amend import number_value
from bot.parsing.text import normalise

__all__ = ["CountAmend", "said_count_amend"]


@dataclass(frozen=True, slots=True)
class CountAmend:
    """The tablets meant, and the number they replace."""

    value: float
    was: float


_N = r"(?:\d{1,2}|one|two|three|four|five|six|half|a\s+half)"
_UNITS = r"(?:\s+(?:tablets?|tabs?|pills?|caps?|capsules?|caplets?))?"
_SAID: Final = re.compile(
    r"\b(?:(?:only|just)\s+(?:took|had|taken)|(?:was|were)(?:\s+(?:only|just))?)\s+(?P<n>"
    + _N
    + r")"
    + _UNITS
    + r"\b[^.?!]{0,60}?\bnot\s+(?P<was>"
    + _N
    + r")"
    + _UNITS
    + r"\b"
)
_ANOTHER_TIME: Final = re.compile(
    r"\b(?:last\s+night|yesterday|this\s+morning|earlier|at\s+\d|last\s+night's|yesterday's|"
    r"this\s+morning's|before\s+bed|at\s+bedtime)\b"
)
# "pain was 5 not 7 last night": a score, never tablets
_NOT_TABLETS: Final = re.compile(r"\b(?:pain|score|rated|slept|sleep|hours?|hrs|mood|mg)\b")


def said_count_amend(text: str) -> CountAmend | None:
    """The correction `text` makes of an earlier dose's count, or None."""
    if len(text) > 160 or "?" in text:
        return None
    low = normalise(text)
    m = _SAID.search(low)
    if m is None or not _ANOTHER_TIME.search(low) or _NOT_TABLETS.search(low):
        return None
    value, was = number_value(m["n"]), number_value(m["was"])
    if value is None or was is None or not 0 < value < was:
        return None
    return CountAmend(value, was)
