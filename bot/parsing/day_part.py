"""A bare hour read by the part of the day said beside it: "cut the diazepam down to 2mg
tonight, took it at 10" is 22:00, "reduced my morning celecoxib, took it at 7:30" is
07:30 — a bare hour alone is the most recent one, which was twelve hours off. Pure."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.parsing.findings import Found
from bot.parsing.timephrases import on_the_wall, scan_time

__all__ = ["bare_hours_by_the_day_part"]

_MORNING = re.compile(r"\b(?:this\s+morning|in\s+the\s+morning|morning(?:'s)?|breakfast)\b")
_EVENING = re.compile(
    r"\b(?:tonight(?:'s)?|this\s+evening|evening(?:'s)?|at\s+night|night(?:'s)?|bedtime|dinner|"
    r"supper)\b"
)
# The dose told by a word pointing back ("took it at 10"): the part of the day said of
# what it points to is its own (never another medicine's "morning naproxen")
_POINTS_BACK = re.compile(r"\b(?:it|that|that\s+one|them)\b")


def bare_hours_by_the_day_part(
    parts: list[str], found: Found, now: datetime, zone: ZoneInfo
) -> None:
    """Move a dose's bare hour to the half of the day another clause names, when that
    moment is already past; a message naming both halves is left as read."""
    for d in found.doses:
        if d.at is None or d.vague_at or d.clause >= len(parts):
            continue
        clause = parts[d.clause]
        if not _POINTS_BACK.search(clause):
            continue
        scan = scan_time(clause)
        if scan.clock is None or scan.clock.period is not None or scan.anchor or scan.ago:
            continue
        others = " ".join(p for i, p in enumerate(parts) if i != d.clause)
        morning, evening = bool(_MORNING.search(others)), bool(_EVENING.search(others))
        if morning == evening:
            continue
        at = datetime.fromisoformat(d.at)
        local_hour = at.astimezone(zone).hour
        if morning and local_hour >= 12:
            moved = on_the_wall(at, zone, -12)
        elif evening and local_hour < 12:
            moved = on_the_wall(at, zone, 12)
        else:
            continue
        if moved <= now:
            d.at = moved.isoformat(timespec="seconds")
