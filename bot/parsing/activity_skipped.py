"""An activity skipped is no dose skipped: "skipped physio today", "physio - skipped",
"missed my walk", "skipped breakfast", "missed the bus" had been recorded as a skipped
dose of the pending medicine. Pure."""

from __future__ import annotations

import re

from bot.parsing.findings import Found
from bot.parsing.patterns import PILL_RE
from bot.parsing.vocabulary import ACTIVITY_NAMED

__all__ = ["activity_not_a_dose"]

_ACTIVITY = (
    r"(?:"
    + ACTIVITY_NAMED
    + r"|pt|class|session|hydro(?:therapy)?|aqua\w*|run|jog|cycle|bike\s+ride|"
    # a meal or an outing: "skipped breakfast", "missed the bus" (never "the lunch one",
    # "my breakfast dose": a dose named by its meal)
    r"(?:breakfast|brekkie|brekky|lunch|dinner|tea|supper|meals?|footy|football|work|church|mass|"
    r"school|training|practice|bus|train|flight|appointment|appt|meeting|shift)"
    r"(?!['\u2019]?s?\s+(?:one|ones|dose|doses|tablets?|pills?|meds?|tabs?)\b))"
)
_SKIPPED = re.compile(
    r"\b(?:skip(?:ped|ping)?|miss(?:ed|ing)?|bailed\s+on|gave\s+up\s+on)\s+(?:my\s+|the\s+|today's\s+|"
    r"this\s+\w+'s\s+|our\s+)?(?:\w+\s+)?"
    + _ACTIVITY
    + r"\b|\b"
    + _ACTIVITY
    + r"\s*[-\u2013:]?\s*(?:was\s+|got\s+)?(?:skipped|missed|cancel(?:l)?ed)\b"
)


def activity_not_a_dose(parts: list[str], found: Found) -> None:
    """Drop a skip with no medicine named whose clause skipped an activity, not a pill;
    the clause stays, as a note for the doctor."""
    kept = []
    for d in found.doses:
        clause = parts[d.clause]
        if (
            d.status == "skipped"
            and d.medication is None
            and _SKIPPED.search(clause)
            and not PILL_RE.search(clause)
        ):
            found.explained[d.clause] = False
            continue
        kept.append(d)
    found.doses = kept
