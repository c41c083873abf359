"""Half a tablet told after the dose: "valium tonight but just a half", "diazepam 5 but
only half of it", "tramal: did a half tonight", "one tylenol 3 plus a half", "took a
tramadol and half another one". The dose's count becomes 0.5 (or 1.5); never a time
("half 8" is 8:30), "half an hour", "half asleep" nor "half the night". Pure."""

from __future__ import annotations

import re

from bot.parsing.findings import Found

__all__ = ["half_told_after"]

# "just a half", "only half of it", "did a half", "the half tablet": half, and nothing after
# it but what it is half of, or the end of the clause
_HALF = re.compile(
    r"(?:\b(?:just|only|but|did|had|took|a|the|one|1)\s+)(?:a\s+|the\s+|one\s+)?half\b"
    r"(?=\s*(?:$|[,.;!?)]|of\s+(?:it|one|them|that)\b|(?:a\s+)?(?:one|tablet|tab|pill|dose|capsule)s?\b|"
    r"tonight|today|this\s+\w+|again|now|too|as\s+well|instead|though|tho|at\s+\d|@|with\b))"
)
# "… plus a half", "and half another one", "and a half more"
_AND_A_HALF = re.compile(
    r"\b(?:plus|and)\s+(?:a\s+)?half\s*(?:(?:of\s+)?another(?:\s+one)?|more|extra)?\s*(?:$|[,.;!?)]|"
    r"another|more|of\s+another)"
)


_A_HALF_ALONE = re.compile(r"^\W*(?:and\s+|plus\s+)?a\s+half(?:\s+(?:at|@)\s*\d[\d:.apm]*)?\W*$")


def half_told_after(parts: list[str], found: Found) -> None:
    """Give the one dose taken in a clause that says it was a half (or one and a half)
    that count, when no other count was said for it."""
    for idx, clause in enumerate(parts):
        plus = _AND_A_HALF.search(clause)
        half = None if plus else _HALF.search(clause)
        if plus is None and half is None:
            continue
        here = [d for d in found.doses if d.clause == idx and d.status == "taken"]
        if not here and idx > 0:
            # "valium tonight, but just a half": the dose told in the clause before
            here = [d for d in found.doses if d.clause == idx - 1 and d.status == "taken"]
        if len(here) != 1:
            continue
        dose = here[0]
        if half is not None and dose.count == 1.0 and _A_HALF_ALONE.match(clause):
            plus = half  # "one tylenol 3 | plus a half": the clause cut at its "plus"
        if plus is not None and dose.count in (None, 1.0):
            dose.count = 1.5
        elif half is not None and dose.count in (None, 1.0) and not dose.of_dose:
            dose.count = 0.5
        else:
            continue
        if idx < len(found.explained):
            found.explained[idx] = True
