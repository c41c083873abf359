"""Doses told one after another in the order of the day: "cymbalta 60 at 8, 2 tylenol at
12, 2 at 6" written at 21:05 took the cymbalta at 08:00, not at 20:00 — a bare hour is
read as its latest past occurrence, which put the first dose of the list after the ones
told after it. Pure."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.parsing.findings import DoseEvent, Found

__all__ = ["times_in_the_order_told"]

#: Fewer timed doses than this leave an evening reading alone ("took tramadol at 9,
#: gabapentin at 3" may be tonight's and the afternoon's).
_LIST = 3
# An hour said with its half of the day, or an evening word: read as said
_HALF_OF_DAY_SAID = re.compile(
    r"(?:\d\s*|\b)(?:pm|p\.m|am|a\.m)\b|\b(?:tonight|this\s+evening|evening|night|dinner|supper|"
    r"tea|bedtime|bed|o'?\s?clock)\b"
)


def times_in_the_order_told(parts: list[str], found: Found) -> None:
    """Move a bare hour read as this evening's (19:00-23:59) to this morning's when it is
    its medicine's only dose in the message and a dose of another medicine told after it
    was taken earlier in the day (never a list told medicine by medicine, each with its
    own times: "lyrica at 8am and 8pm, tylenol at noon")."""
    timed = [d for d in found.doses if d.status == "taken" and d.at and not d.vague_at]
    # (a list whose every item opens with its clock, "6:30 cymbalta, 12:00 ibuprofen", is a
    # day's log in its order at two items already)
    clock_first = all(_CLOCK_FIRST.match(parts[d.clause]) for d in timed)
    if len(timed) < (2 if clock_first else _LIST):
        return
    for i, dose in enumerate(timed):
        at, clause = _at(dose), parts[dose.clause]
        if not (13 if clock_first else 19) <= at.hour <= 23 or _HALF_OF_DAY_SAID.search(clause):
            continue
        if sum(d.medication == dose.medication for d in found.doses) > 1:
            continue
        if _SAME_AS_BEFORE.search(clause) or not _written_as_twelve(clause, at.hour - 12):
            continue  # "gabapentin at 10 too"; "pregabalin at 20": the 24-hour clock
        later = [
            _at(d)
            for d in timed[i + 1 :]
            if d.clause > dose.clause and d.medication != dose.medication
        ]
        if any(t.date() == at.date() and t < at - timedelta(hours=1) for t in later):
            dose.at = (at - timedelta(hours=12)).isoformat()


_CLOCK_FIRST = re.compile(r"^\W*(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:-\s*)?[a-z]")
_SAME_AS_BEFORE = re.compile(r"\b(?:too|as\s+well|also|same\s+time|with\s+it)\b")


def _written_as_twelve(clause: str, hour: int) -> bool:
    """Whether `hour` (1-11) is written in the clause as a bare number ("at 8", "half 8")."""
    return re.search(rf"(?<![\d:.]){hour}(?![\d])", clause) is not None


def _at(dose: DoseEvent) -> datetime:
    return datetime.fromisoformat(dose.at or "")
