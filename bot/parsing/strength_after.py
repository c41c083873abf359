"""A strength told after the dose, as which one it was: "changed my fentanyl patch at 9
last night, it's the 25 mcg one", "took my gabapentin. the 300mg ones". The one dose
taken before it gets that strength (it had been recorded with none, the strength kept as
a note). Pure."""

from __future__ import annotations

import re

from bot.parsing.findings import Found

__all__ = ["strength_told_after"]

_WHICH_ONE = re.compile(
    r"^\W*(?:(?:it's|it\s+is|it\s+was|that's|that\s+was|was|they're|they\s+are|those\s+are|"
    r"these\s+are)\s+)?(?:the\s+|my\s+)?(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>mg|mcg|ug|\u00b5g|g|ml)"
    r"(?:\s+(?:ones?|patch(?:es)?|tablets?|tabs?|pills?|caps?|capsules?|strength|dose))?\W*$"
)
_UNITS = {"ug": "mcg", "\u00b5g": "mcg"}


def strength_told_after(parts: list[str], found: Found) -> None:
    """Give the one dose taken in the clauses before "it's the 25 mcg one" that strength."""
    for idx, clause in enumerate(parts):
        m = _WHICH_ONE.match(clause) if idx else None
        if m is None:
            continue
        taken = [d for d in found.doses if d.status == "taken" and d.clause < idx]
        if len(taken) != 1 or taken[0].amount is not None:
            continue
        taken[0].amount = float(m["n"])
        taken[0].unit = _UNITS.get(m["unit"], m["unit"])
        found.explained[idx] = True
