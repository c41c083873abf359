"""A dose told both as its total and as the units it was made of: "600mg so two of the
300s", "1000 = 2 x 500", "gabapentin 900 (3 caps of 300)", "10mg oxy as two 5s". The record
keeps one unit's strength and the count (PRODUCT.md: `amount` is the strength of one unit,
`count` the number of units). Pure, like the rest of bot.parsing.

Without it "gabapentin 1200mg (4 x 300)" was 1200 mg × 4 — 4,800 mg in the day's totals
the safety checks read — and "took 1000 = 2 x 500 paracetamol" one tablet.
"""

from __future__ import annotations

import re

from bot.parsing.findings import DoseEvent
from bot.parsing.numbers import count_value
from bot.parsing.vocabulary import SOLID_UNITS, TOLD_AS_UNITS

__all__ = ["as_units_of_the_total"]

_N = r"(?P<n>[1-6]|one|two|three|four|five|six)"
_S = r"(?P<s>\d+(?:\.\d+)?)\s*(?P<u>mg|mcg|g)?"
# "2 x 500", "2x500", "3 caps of 300", "2 tablets of 650", "two of the 300s", "two 500s",
# "2 of the 75 caps"
_BREAKDOWN = re.compile(
    r"(?<![\w.])"
    + _N
    + r"\s*(?:"
    + TOLD_AS_UNITS
    + r"|(?=\d+(?:\.\d+)?\s*(?:mg|mcg|g)?'?s\b))"
    + _S
    + r"(?:'?s\b|\s*"
    + SOLID_UNITS
    + r"\b)?"
)
_IN_MG = {"mg": 1.0, "g": 1000.0, "mcg": 0.001}


def as_units_of_the_total(clause: str, dose: DoseEvent) -> None:
    """Set `dose` to one unit's strength and the count when the clause tells its total as
    so many units of a strength ("600mg so two of the 300s")."""
    if dose.status != "taken":
        return
    if dose.amount is None:
        _count_of_the_total(clause, dose)
        return
    total = dose.amount * _IN_MG.get(dose.unit or "mg", 1.0)
    for m in _BREAKDOWN.finditer(clause):
        n = count_value(m["n"])
        strength = float(m["s"])
        # (a bare strength beside a total in grams is in mg: "1g panadol (2x500)")
        unit = m["u"] or ("mg" if strength >= 10 else dose.unit or "mg")
        if n is None or n < 2 or strength <= 0:
            continue
        each = strength * _IN_MG.get(unit, 1.0)
        if abs(n * each - total) < 1e-6 or (abs(each - total) < 1e-6 and dose.count in (None, n)):
            dose.amount, dose.unit, dose.count = strength, unit, n
            return


_NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:mg)?\b")


def _count_of_the_total(clause: str, dose: DoseEvent) -> None:
    """ "took 1000 = 2 x 500 co-codamol": a combination's strength is not one number, but
    the count of the total told as units is still the count."""
    if dose.count is not None:
        return
    said = {float(n) for n in _NUMBER.findall(clause)}
    for m in _BREAKDOWN.finditer(clause):
        n = count_value(m["n"])
        if n is not None and n >= 2 and n * float(m["s"]) in said:
            dose.count = n
            return
