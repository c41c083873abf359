"""A missed dose made up by doubling the next: "doubled up on percocet cause I missed the
noon one", "two baclofen at once since I missed lunchtime's", "2x diclofenac to make up
for the morning one". Two records: the dose missed, and the double taken — the double is
what the day's totals and the doctor must see (it had been kept as the skip alone). Never
a double declined or asked about ("didn't double up", "should I double up?"). Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.parsing.findings import DoseEvent, Found

__all__ = ["doubled_for_a_missed_one"]

# The double, said: "doubled up", "double dose", "took both together", "two at once"
_DOUBLED = re.compile(
    r"\b(?:doubled?(?:\s+up)?(?:\s+on)?|double\s+dose|(?:took|had|taking|swallowed)\s+both\b|"
    r"(?:two|2)\s+(?:of\s+(?:them|my|the)\s+)?(?:[\w/-]+\s+){0,2}(?:at\s+once|together|in\s+one\s+go)|"
    r"(?:both|two|2|2x|x2)\b[^.;]*?\bto\s+(?:make\s+up|catch\s+up)|made\s+up\s+for|"
    r"make\s+up\s+for)\b"
)
# Why: a dose missed, said with the double
_FOR_A_MISSED_ONE = re.compile(
    r"\b(?:missed|forgot|skipped|missing|didn'?t\s+(?:take|have)|make\s+up|made\s+up|catch\s+up)\b"
)
# The double declined, wondered about or planned: no dose
_NOT_DONE = re.compile(
    r"\b(?:didn'?t|did\s+not|don'?t|do\s+not|never|not|won'?t|wouldn'?t|shouldn'?t|should\s+i|"
    r"can\s+i|could\s+i|is\s+it|going\s+to|gonna|thinking|planning|wanted\s+to|was\s+going|"
    r"told\s+(?:me\s+)?not|said\s+(?:not|no)|pharmacist\s+said|instead\s+of\s+doubling)\b"
)
# How many the double was, when said
_COUNT = {"two": 2.0, "2": 2.0, "2x": 2.0, "x2": 2.0, "both": 2.0}
_SAID_COUNT = re.compile(r"\b(two|2x|x2|2|both)\b")


def doubled_for_a_missed_one(parts: list[str], found: Found) -> None:
    """Where a clause tells a missed dose made up by a double, keep both: the skip, and
    the double taken (two, unless another count was said)."""
    for idx, clause in enumerate(parts):
        said = _DOUBLED.search(clause)
        if said is None or not _FOR_A_MISSED_ONE.search(clause):
            continue
        if _NOT_DONE.search(clause[: said.start()] + " " + said.group()):
            continue
        here = [d for d in found.doses if d.clause == idx]
        named = {d.medication for d in here if d.medication}
        if len(named) > 1:
            continue  # two medicines in one breath: which was doubled is not said
        medication = next(iter(named), None)
        taken = [d for d in here if d.status == "taken"]
        skipped = [d for d in here if d.status == "skipped"]
        count = _count_of(clause, said)
        made_up = said.group().startswith(("made", "make"))
        if taken:
            for skip in skipped:
                skip.medication = skip.medication or medication  # "…bc I skipped lunch's"
            if not skipped:
                found.doses.insert(
                    found.doses.index(taken[0]),
                    DoseEvent(status="skipped", medication=medication, clause=idx),
                )
            continue
        if not skipped:
            continue
        skip = skipped[0]
        double = DoseEvent(
            status="taken",
            medication=medication,
            count=None if made_up and count is None else (skip.count or count or 2.0),
            amount=skip.amount,
            unit=skip.unit,
            clause=idx,
            part=skip.part + 1,
        )
        at = found.doses.index(skip)
        found.doses[at : at + 1] = [replace(skip, count=None, amount=None, unit=None), double]


def _count_of(clause: str, said: re.Match[str]) -> float | None:
    m = _SAID_COUNT.search(said.group()) or _SAID_COUNT.search(clause)
    return _COUNT.get(m.group(1)) if m else None
