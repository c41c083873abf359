"""A dose told with no verb of taking done, for a part of the day still to come: a plan
("naproxen x2 tonight" at 15:00, "taking 2 tramadol at once tonight", "naproxen x2 at
bedtime"), not a dose taken. A clock time keeps its own reading ("tramadol 50 at 9": taken,
or asked about), and a part of the day gone by is taken ("2 gaba at lunch" at 15:00). Pure."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.parsing.timephrases import TimeScan, resolve_scan

__all__ = ["planned_for_later"]

# What says a dose was done, not planned: a verb in the past, or "just now"
_DONE = re.compile(
    r"\b(?:took|taken|had|popped|swallowed|downed|just|already|done|gone\s+in|went\s+in)\b|"
    r"[\u2705\u2714]"
)
# The present said of a dose ("taking 2 tramadol at once tonight"): its time tells when
_PRESENT = re.compile(r"(?:taking|take|having|popping)")
# The evening's words begin at 17:00: "naproxen x2 tonight" said at 21:30 is that dose now
_EVENING_BEGINS = 17
# A meal or bedtime from one to eight hours ahead is still to come ("2 gaba at dinner" at
# 15:00); further ahead, the one gone by is meant ("2 paracetamol before bed" said at 10:00
# is last night's)
_MEAL_AHEAD = (timedelta(hours=1), timedelta(hours=8))


def planned_for_later(
    clause: str, verb: str | None, tscan: TimeScan, now: datetime, zone: ZoneInfo
) -> bool:
    """Whether the dose told by `verb` (None: by the medicine's name alone) is planned for
    a part of the day still to come."""
    if (verb is not None and not _PRESENT.fullmatch(verb)) or _DONE.search(clause):
        return False
    if tscan.clock is None:
        # (said in the small hours, "tonight" is the night still going: see timephrases)
        return tscan.anchor in ("tonight", "this evening") and (
            5 <= now.astimezone(zone).hour < _EVENING_BEGINS
        )
    if tscan.clock.period != "meal" or tscan.anchor:
        return False
    when = resolve_scan(tscan, now, zone)
    return when is not None and _MEAL_AHEAD[0] < when - now < _MEAL_AHEAD[1]
