"""A dose told as gone by without being taken, with no clock time: "forgot my morning
pills", "didn't take the duloxetine today", "missed my evening dose". The caller marks
those doses skipped (with the reason said), rather than leave them "no answer" or say
nothing was waiting. Pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from bot.parsing.text import normalise

__all__ = ["Missed", "day_part_told", "missed_told", "says_weekly", "skip_decided", "slot_told"]

# Said of a dose already gone by: past tense, or "haven't" without "yet" (still to come).
_GONE_BY = re.compile(
    r"\b(?:forgot|forgotten|missed|skipped|didn'?t\s+(?:take|have)|did\s+not\s+(?:take|have)|"
    r"never\s+took|never\s+had|haven'?t\s+(?:taken|had)|have\s+not\s+(?:taken|had)|"
    # "slept through my cymbalta": its time slept past
    r"(?:slept|sleeping)\s+(?:right\s+)?(?:through|thru)|"
    r"no\s+(?:morning|evening|night|lunchtime|midday)\s+(?:pills?|meds?|dose|tablets?))\b"
)
_NOT_GONE = re.compile(r"\b(?:yet|later|tonight|tomorrow|will|gonna|going\s+to)\b|\?")
#: Parts of the day, by the local hours their doses fall in.
_PARTS: tuple[tuple[str, re.Pattern[str], range], ...] = (
    ("morning", re.compile(r"\b(?:morning|breakfast|a\.?m\.?)\b"), range(4, 12)),
    ("midday", re.compile(r"\b(?:midday|lunch(?:time)?|noon|afternoon)\b"), range(12, 17)),
    ("evening", re.compile(r"\b(?:evening|dinner|supper|teatime)\b"), range(17, 21)),
    ("night", re.compile(r"\b(?:night|bed\s*time|bed)\b"), range(21, 28)),
)


@dataclass(frozen=True, slots=True)
class Missed:
    """Doses gone by untaken; `hours`: the local hours of the part of the day said
    (None: the latest doses gone by)."""

    hours: Collection[int] | None = None

    def covers(self, hour: int) -> bool:
        """Whether a dose due at this local hour is of the part said."""
        return self.hours is None or hour in self.hours or hour + 24 in self.hours


def missed_told(text: str) -> Missed | None:
    """The untaken doses `text` tells of, or None when it tells of none gone by."""
    low = normalise(text)
    if len(low) > 200 or not _GONE_BY.search(low) or _NOT_GONE.search(low):
        return None
    hours = next((h for _, rx, h in _PARTS if rx.search(low)), None)
    return Missed(hours)


_SKIP_WORD = re.compile(r"\bskip(?:ped|ping|s)?\b")
_NOT_CHOSEN = re.compile(
    r"\b(?:forgot|forgotten|forget|missed|slept|didn'?t|did\s+not|never|haven'?t|have\s+not)\b"
)


def skip_decided(text: str) -> bool:
    """Whether `text` tells a skip chosen ("skipped the cyclo, need to be awake for the
    kids"), never one forgotten: in the past tense it may be of the dose still to come."""
    low = normalise(text)
    return bool(_SKIP_WORD.search(low)) and not _NOT_CHOSEN.search(low)


def day_part_told(text: str) -> Missed | None:
    """The part of the day `text` names its doses by ("her evening pills", "my night
    meds"), gone by or still to come; None when it names none."""
    low = normalise(text)
    return next((Missed(h) for _, rx, h in _PARTS if rx.search(low)), None)


# "both my 8pm ones", "the 8 o'clock pills", "my 20:00 meds": doses named by the clock
# they are due at, not by when they were taken ("took both my 8pm ones at 10")
_SLOT = re.compile(
    r"\b(?:my|the|both|all|those)\s+(?:of\s+)?(?:my\s+|the\s+)?"
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*(?:(?P<ap>[ap])\.?\s?m\b\.?|(?P<oc>o'?\s?clock))|"
    r"(?P<h24>\d{1,2})[:.](?P<m24>[0-5]\d))\s+"
    r"(?:ones?|pills?|meds?|medications?|medicines?|tablets?|tabs?|doses?|lot|tablets)\b"
)


def slot_told(text: str) -> Missed | None:
    """The doses `text` names by the clock they are due at ("my 8pm ones": those due at
    20:00; "the 8 o'clock ones": at 08:00 or 20:00), or None."""
    m = _SLOT.search(normalise(text))
    if m is None:
        return None
    if m["h24"] is not None:
        hour = int(m["h24"])
        if hour > 23:
            return None
        return Missed(frozenset({hour}) if hour > 12 or hour == 0 else frozenset({hour, hour + 12}))
    hour = int(m["h"])
    if not 1 <= hour <= 12:
        return None
    if m["ap"] is not None:
        return Missed(frozenset({hour % 12 + (12 if m["ap"] == "p" else 0)}))
    return Missed(frozenset({hour % 12, hour % 12 + 12}))


_WEEKLY = re.compile(
    r"\b(?:weekly|once\s+a\s+week|every\s+week|week(?:'s)?\s+(?:one|tablet|pill))\b", re.I
)


def says_weekly(text: str) -> bool:
    """Whether a dose is told as the week's one ("her weekly bone tablet")."""
    return bool(_WEEKLY.search(text))
