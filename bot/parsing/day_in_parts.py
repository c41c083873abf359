"""A day told part by part: "Morning: 2 co-codamol at half 7", "Arvo - physio", "Night -
down to a 3", "4pm – Flexeril 5".

A line or sentence opened by a part of the day says which half of the day its bare hours
are in ("Morning - 2 Panadeine at 7" written at 21:00 is 07:00, "Afternoon - Flexeril at
2" is 14:00); one opened by a clock time ("4pm – Flexeril 5") is when its doses were
taken; and in a day told in two or more such parts, a score told in a later part is the
later one. Pure, like the rest of bot.parsing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.parsing.findings import Found
from bot.parsing.patterns import CLOCK_SAID
from bot.parsing.timephrases import on_the_wall, resolve_scan, scan_time

__all__ = ["DayInParts", "bare_hours_in_their_part", "day_in_parts", "log_clocks_moved"]

# The part of the day a line or sentence opens with ("morning 2 panado", "arvo - physio",
# "night - down to a 3"; never "good morning", a greeting), and the hours (1-12, said bare)
# it puts in the afternoon or evening; the rest of them stay in the morning or small hours
_BULLET = r"^[\s*\u2022-]*"
_PARTS: tuple[tuple[re.Pattern[str], frozenset[int]], ...] = tuple(
    (re.compile(_BULLET + r"(?:" + words + r")\b"), pm)
    for words, pm in (
        (r"(?:this\s+)?morn(?:ing|in)?|am|brekk?ie|brekky|breakfast", frozenset[int]()),
        (r"mid-?day|noon|lunch(?:time)?", frozenset({1, 2, 3, 4, 5})),
        (r"(?:this\s+)?(?:after|efter)noon|arvo|pm", frozenset(range(1, 12))),
        (r"(?:this\s+)?even(?:ing|in)|tonight|tea-?time|supper", frozenset(range(3, 12))),
        (r"(?:last\s+)?night|bed-?time", frozenset(range(6, 12))),
    )
)
# A clock time opening a line, then a dash or colon: "4pm – flexeril 5", "12:30 - pt"
_CLOCK_HEAD = re.compile(
    _BULLET
    + r"(?P<clock>\d{1,2}(?::[0-5]\d)?\s*(?:am|pm)|\d{1,2}:[0-5]\d)\s*[-\u2013\u2014:]\s*(?=\S)"
)
# A bare hour opening a line, then a dash and words: "8 - mobic", "12 - tramadol 50" (a
# day's log only when two lines or more open so: one alone may be a score, "8 - awful")
_BARE_CLOCK_LINE = re.compile(
    r"(?m)^(?P<lead>[ \t*\u2022-]*)(?P<clock>(?:[1-9]|1[0-2])(?:[:.][0-5]\d)?)"
    r"[ \t]*[-\u2013\u2014][ \t]*(?P<rest>[a-z][^\n]*)$"
)
# A clock with its half of the day opening a line, no dash after it: "11pm couldn't
# sleep, 2 advil" (a head only in a log of two lines or more that open so)
_CLOCK_OPENS = re.compile(_BULLET + r"(?P<clock>\d{1,2}(?::[0-5]\d)?\s*(?:am|pm))\s+(?=[a-z])")
_TOLD = re.compile(r"\d")  # a time, a score, a count: something of the day told
# "Arvo update:", "Evening report -": the time the whole message is written, no part of it
_A_REPORTS_NAME = re.compile(
    r"\W*(?:'s\s+)?(?:update|report|check[-\s]?in|wrap|recap|round-?up|summary|log|notes?|diary|"
    r"numbers|rundown)\b"
)
_SEGMENT_END = re.compile(r"\n|[.!?](?:[ \t]+|$)")
#: A part of the day opening a sentence: (its afternoon hours, the opening clock, whether
#: more is told after it)
_Head = tuple[frozenset[int] | None, str | None, bool]


@dataclass(frozen=True, slots=True)
class DayInParts:
    """Where each clause of a message lies in a day told part by part."""

    #: per clause: the hours its part of the day puts after noon (None: no part said)
    pm_hours: list[frozenset[int] | None]
    #: per clause: the clock time its line opens with ("4pm"), if any
    clock: list[str | None]
    #: per clause: the number of the line or sentence it is in, when the day is told in
    #: two or more parts (else all 0): a later part's score is the later one
    order: list[int]


def day_in_parts(low: str, parts: list[str]) -> DayInParts:
    """Each clause's part of the day, read from the sentence it lies in, else from the
    line that sentence continues."""
    segments = _segments(low)
    heads: list[_Head | None] = []
    line_head: _Head | None = None
    one_line = "\n" not in low.strip()
    clock_log = (
        not one_line and sum(1 for a, b, o in segments if o and _CLOCK_OPENS.match(low[a:b])) >= 2
    )
    for a, b, opens_line in segments:
        head = _head(low[a:b], clock_log and opens_line)
        if head is not None and one_line and len(CLOCK_SAID.findall(low, a, b)) > 1:
            # "morning meds at 8, 2 tylenol at 1, gabapentin again at 6": the day told by
            # its times in one line, "morning" the first dose's, never the line's part
            head = None
        if opens_line:
            # ("Morning: woke at 6. Had 2 at half 7.": both the morning's; never "Evening.",
            # a greeting, for the letter after it)
            line_head = head if head is not None and head[2] else None
        heads.append(head or line_head)
    told_in_parts = sum(1 for h in heads if h is not None and h[2]) >= 2
    pm_hours: list[frozenset[int] | None] = []
    clock: list[str | None] = []
    order: list[int] = []
    pos = 0
    seg = 0
    for part in parts:
        at = low.find(part[:15], pos)
        if at >= 0:
            pos = at + len(part[:15])
            while seg + 1 < len(segments) and segments[seg + 1][0] <= at:
                seg += 1
        head = heads[seg] if segments else None
        pm_hours.append(head[0] if head else None)
        clock.append(head[1] if head else None)
        order.append(seg if told_in_parts else 0)
    return DayInParts(pm_hours, clock, order)


def log_clocks_moved(
    low: str, names_a_dose: Callable[[str], bool], only_a_dose: Callable[[str], bool]
) -> str:
    """A day's log of lines opened by bare hours ("8 - mobic\n12 - tramadol 50") with each
    hour said after its line's words ("mobic at 8"), as a dose's time is; the rest as it
    was. Only lines that name a dose (`names_a_dose`) move, and only in a log of two or
    more ("8 - awful night\n7 - bit better" is scores) or in a message of that one line
    and nothing but the dose (`only_a_dose`: "12 - co-codamol x2" sent alone); a line with
    its own clock stays."""
    if not any(dash in low for dash in "-\u2013\u2014"):
        return low  # (most messages: no line opened by an hour and a dash)
    lines = [m for m in _BARE_CLOCK_LINE.finditer(low) if names_a_dose(m["rest"])]
    alone = len(lines) == 1 and lines[0].group().strip() == low.strip()
    if len(lines) < 2 and not (alone and only_a_dose(lines[0]["rest"])):
        return low

    def moved(m: re.Match[str]) -> str:
        if CLOCK_SAID.search(m["rest"]) or not names_a_dose(m["rest"]):
            return m.group()
        return f"{m['lead']}{m['rest']} at {m['clock']}"

    return _BARE_CLOCK_LINE.sub(moved, low)


def _segments(low: str) -> list[tuple[int, int, bool]]:
    """The message's sentences: (start, end, whether it opens a line)."""
    out: list[tuple[int, int, bool]] = []
    start, opens = 0, True
    for m in _SEGMENT_END.finditer(low):
        if low[start : m.start()].strip():
            out.append((start, m.start(), opens))
            opens = False
        if "\n" in m.group():
            opens = True
        start = m.end()
    if low[start:].strip():
        out.append((start, len(low), opens))
    return out


def _head(segment: str, clock_opens: bool = False) -> _Head | None:
    """(the part's afternoon hours, the opening clock, whether more is told after it);
    `clock_opens`: a clock with no dash after it may open the line, in a log of such lines."""
    m = _CLOCK_HEAD.match(segment) or (_CLOCK_OPENS.match(segment) if clock_opens else None)
    if m is not None:
        return None, m["clock"], True
    for pattern, pm in _PARTS:
        m = pattern.match(segment)
        if m is not None:
            if _A_REPORTS_NAME.match(segment, m.end()):
                return None
            return pm, None, bool(_TOLD.search(segment, m.end()))
    return None


# The dose named by its part of the day: "my morning meds", "the night tramadol"
_ITS_PART = re.compile(
    r"\b(?:my|the|his|her|our)\s+(?P<part>morning|evening|night|bedtime|lunchtime|afternoon)(?:'s)?\s+"
    r"(?:meds|medication|medicines?|pills|tablets|tabs|dose|doses|ones?|[a-z][\w/-]+)\b"
)


def _its_own_part(clause: str) -> frozenset[int] | None:
    """The part of the day a clause's one dose is named by, before its one time."""
    m = _ITS_PART.search(clause)
    clocks = list(CLOCK_SAID.finditer(clause))
    if m is None or len(clocks) != 1 or clocks[0].start() < m.end():
        return None
    return next((pm for pattern, pm in _PARTS if pattern.match(m["part"])), None)


def bare_hours_in_their_part(
    parts: list[str], told: DayInParts, found: Found, now: datetime, zone: ZoneInfo
) -> None:
    """A dose's bare hour in the half of the day its line opens with; a dose with no
    time of its own in a line opened by a clock time, taken then."""
    for d in found.doses:
        if d.clause >= len(parts) or d.vague_at:
            continue
        opening = told.clock[d.clause]
        if (
            opening is None
            and told.pm_hours[d.clause] is None
            and not _ITS_PART.search(parts[d.clause])
        ):
            continue  # (most doses: no part of the day to read, no time scan paid)
        scan = scan_time(parts[d.clause])
        if opening is not None and scan.clock is None and not scan.ago and d.status == "taken":
            when = resolve_scan(scan_time("at " + opening), now, zone)
            if when is not None and when <= now:
                d.at = when.isoformat(timespec="seconds")
            continue
        pm = told.pm_hours[d.clause]
        if pm is None and d.status == "taken":
            pm = _its_own_part(parts[d.clause])  # "took my morning meds at 8"
        if pm is None or d.at is None or scan.clock is None or scan.clock.period is not None:
            continue
        if scan.anchor or scan.ago:
            continue
        at = datetime.fromisoformat(d.at).astimezone(zone)
        twelve = at.hour % 12 or 12
        if twelve == 12:
            continue  # ("Midday: celebrex at 12": noon, as read; midnight is said so)
        hour = twelve + (12 if twelve in pm else 0)
        if hour == at.hour:
            continue
        local_now = now.astimezone(zone)
        wall = local_now.replace(tzinfo=None, hour=hour, minute=at.minute, second=0, microsecond=0)
        moved = wall.replace(tzinfo=zone)
        if moved > now:
            moved = on_the_wall(moved, zone, -24)
        d.at = moved.isoformat(timespec="seconds")
