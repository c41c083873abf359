"""How many were taken, corrected hours later: "sorry I only took 1 synap last night not
2", "last night's synap was 1 tablet not 2 tablets". Past the minutes in which "sorry, 1"
corrects what was just sent (bot.parsing.amend), it added a third tablet (Sandbox,
Johannesburg). Pure, like the rest of bot.parsing."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from bot.parsing.amend import number_value
from bot.parsing.text import normalise

__all__ = ["CountAmend", "said_count_amend", "said_of"]


@dataclass(frozen=True, slots=True)
class CountAmend:
    """The tablets meant, the number they replace (None when not said: "it was only one
    last night"), and when the dose was, as said ("last night")."""

    value: float
    was: float | None
    when: str


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
    # Tagalog: "mali pala, 1 lang yung dolcet kanina hindi 2" (Sandbox, Manila)
    + r"|\b(?P<tn>"
    + _N
    + r")\s+lang\b[^.?!]{0,60}?\bhindi\s+(?P<twas>"
    + _N
    + r")\b"
)
# The count meant said alone, with the words of a correction ("sorry it was only one last
# night", "actually I only had 1 synap last night"): a dose already logged made smaller.
_SAID_ALONE: Final = re.compile(
    r"\b(?:(?:only|just)\s+(?:took|had|taken|did)|(?:was|were)\s+(?:only|just)|only|just)\s+(?P<n>"
    + _N
    + r")"
    + _UNITS
    + r"\b"
)
_CORRECTING: Final = re.compile(
    r"\b(?:sorry|soz|actually|correction|oops|my\s+(?:bad|mistake)|i\s+mean|i\s+meant|mistake|"
    r"wrong)\b|\b(?:was|were)\s+(?:only|just)\b"
)
_ANOTHER_TIME: Final = re.compile(
    r"\b(?:last\s+night|yesterday|this\s+morning|earlier|at\s+\d{1,2}(?:[:.]\d\d)?|last\s+night's|yesterday's|"
    r"this\s+morning's|before\s+bed|at\s+bedtime|kanina|kagabi|kahapon)\b"
)
# "pain was 5 not 7 last night": a score, never tablets
_NOT_TABLETS: Final = re.compile(
    r"\b(?:pain|score|rated|slept|sleep|hours?|hrs|mood|mg|days?|weeks?|minutes?|mins?|ago|times?|"
    r"glass\w*|drinks?|beers?|pints?|cups?|meals?)\b"
)


def said_count_amend(text: str) -> CountAmend | None:
    """The correction `text` makes of an earlier dose's count, or None."""
    if len(text) > 160 or "?" in text:
        return None
    low = normalise(text)
    when = _ANOTHER_TIME.search(low)
    if when is None or _NOT_TABLETS.search(low):
        return None
    m = _SAID.search(low)
    if m is None:
        alone = _SAID_ALONE.search(low) if _CORRECTING.search(low) else None
        value = number_value(alone["n"]) if alone else None
        return CountAmend(value, None, when.group()) if value is not None and value > 0 else None
    value = number_value(m["n"] or m["tn"])
    was = number_value(m["was"] or m["twas"])
    if value is None or was is None or not 0 < value < was:
        return None
    return CountAmend(value, was, when.group())


def said_of(when: str, taken: dt.datetime, now: dt.datetime) -> bool:
    """Whether a dose taken at `taken` is the one `when` ("last night", "this morning")
    speaks of, both local times; a clock time said ("at 9") fits any."""
    days = (now.date() - taken.date()).days
    if "night" in when or "bed" in when or when == "kagabi":
        return (days == 1 and taken.hour >= 17) or (days == 0 and taken.hour < 5)
    if when.startswith("yesterday") or when == "kahapon":
        return days == 1
    if "morning" in when:
        return days == 0 and taken.hour < 12
    if when in ("earlier", "kanina"):
        return days == 0
    return True
