"""A dose named by the time it belongs to: "the 8 o'clock one", "my 2pm one", "the morning
one", "my lunchtime one" — and two such doses in one breath ("took the 8 o'clock one and
the 2 o'clock one", "took my 8am and 2pm ones", "the morning one and the afternoon one").

Two such doses in one message are two doses at those times (the clock said, or a part of
the day's usual hour); one alone named by its part of the day ("took the morning one") is
left untimed, for the bot to tie to the dose due (the person's morning dose may be at
09:00: "taken 08:00" would be a time nobody said). The number in such a label is a clock,
never a pain score or a count. Pure, like the rest of bot.parsing.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from bot.parsing.timephrases import usual_time

__all__ = ["PARTS_OF_DAY", "two_timed_ones"]

#: The parts of the day and meals a dose is called by ("the morning one", "my lunchtime one")
PARTS_OF_DAY: Final = (
    r"morning|afternoon|evening|night|nighttime|bedtime|lunchtime|lunch|noon|midday|dinner|"
    r"dinnertime|teatime|breakfast"
)
# What the dose itself is called after its time
_ONE = r"(?:ones?|doses?|pills?|tablets?|tabs?|caps?|capsules?|meds)\b"


def _label(g: str) -> str:
    """One time a dose is named by: a clock ("8", "8am", "2 o'clock", "14:00") or a part of
    the day; `g` prefixes its group names."""
    return (
        rf"(?:(?P<{g}h>\d{{1,2}})(?:[:.](?P<{g}m>[0-5]\d))?\s*(?P<{g}ap>[ap]\.?m\b\.?|o'?\s?clock)?"
        rf"|(?P<{g}part>{PARTS_OF_DAY}))"
    )


# "the 8 o'clock one and the 2 o'clock one", "my 8am and 2pm ones", "the 8 and the 2
# o'clock ones", "the morning one & the night one"
_TWO: Final = re.compile(
    r"\b(?:the|my)\s+(?:two\s+|both\s+)?" + _label("a") + r"\s*(?:" + _ONE + r"\s*)?"
    r"(?:,\s*|\s+)(?:and|&|\+|n)\s+(?:(?:the|my)\s+)?" + _label("b") + r"\s*" + _ONE
)


def _daytime(m: re.Match[str], g: str, shared: str | None, after: time | None) -> time | None:
    """The time of day a label names: a part of the day's usual hour, or a clock read as a
    dose's day runs (a bare 7–11 the morning's, 12 noon, 1–6 the afternoon's), after the
    first dose's time when it is the second ("the 8 and the 2 o'clock ones": 08:00, 14:00)."""
    if m[g + "h"] is None:
        return usual_time(m[g + "part"])
    hour, minute = int(m[g + "h"]), int(m[g + "m"] or 0)
    said = m[g + "ap"] or shared or ""
    if hour > 23 or minute > 59 or (said[:1] in ("a", "p") and not 1 <= hour <= 12):
        return None
    if said[:1] == "a":
        hour %= 12
    elif said[:1] == "p":
        hour = hour % 12 + 12
    elif hour <= 12:
        hour = hour + 12 if 1 <= hour <= 6 else hour
        if after is not None and hour < 12 and time(hour, minute) <= after:
            hour += 12  # "the 2 and the 8 o'clock ones": 20:00 after 14:00
    return time(hour, minute)


def two_timed_ones(seg: str, now: datetime, zone: ZoneInfo) -> tuple[datetime, datetime] | None:
    """The times of two doses each named by its time ("took the 8 o'clock one and the 2
    o'clock one": 08:00 and 14:00), the day's that has begun (both the day before's when
    the first is still to come today); a second still to come was taken early, now. None
    when `seg` names no two such doses. Two bare numbers ("the 5 and the 10 ones")
    are strengths, not times."""
    m = _TWO.search(seg)
    if m is None:
        return None
    marked = [m[g + "ap"] for g in ("a", "b") if m[g + "ap"]]
    if not marked and m["ah"] is not None and m["bh"] is not None:
        return None
    # ("the 8 and the 2 o'clock ones": the o'clock said once, for both)
    shared = next((s for s in marked if s.startswith("o")), None)
    first = _daytime(m, "a", shared, None)
    second = _daytime(m, "b", shared, first)
    if first is None or second is None:
        return None
    local = now.astimezone(zone)
    day = local.date()
    if datetime.combine(day, first, tzinfo=zone) > local:
        day -= timedelta(days=1)
    one = datetime.combine(day, first, tzinfo=zone)
    two = datetime.combine(day if second >= first else day + timedelta(days=1), second, tzinfo=zone)
    return one, min(two, local)
