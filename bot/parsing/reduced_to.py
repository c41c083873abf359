"""A dose taken at a lowered strength told beside it: "cut the diazepam down to 2mg
tonight, took it at 10", "reduced my morning celecoxib to 100, took it at 7:30", "the
doctor halved my dose to 25mg, started today with my 8am tramadol". The dose taken is
recorded at that strength (it had been recorded with none, as if the usual). Pure."""

from __future__ import annotations

import re

from bot.parsing.findings import Found
from bot.parsing.medications import Meds

__all__ = ["strength_lowered_to"]

_LOWERED = re.compile(
    r"\b(?:cut|cutting|reduced|reducing|dropped|dropping|lowered|lowering|brought|halved|"
    r"decreased)\s+(?P<what>(?:[\w/'-]+\s+){0,4}?)(?:down\s+)?to\s+"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>mg|mcg)?\b(?!\s*(?:%|percent|a\s+day|daily|x|times|tabs?|tablets?|pills?))"
)


_THE_DOSE = re.compile(r"\b(?:dose|dosage|it|them)\b")


def strength_lowered_to(parts: list[str], found: Found, meds: Meds) -> None:
    """Give the one dose taken of the medicine lowered (or of the only medicine taken,
    when the lowering names none) the strength it was lowered to."""
    for clause in parts:
        m = _LOWERED.search(clause)
        if m is None:
            continue
        named = {x.generic for x in meds.mentions(m["what"])}
        if not named and not _THE_DOSE.search(m["what"]):
            continue  # "cut my hours down to 20", "pain dropped to 4": no medicine lowered
        if meds.mentions(clause[m.end() :]) and not named:
            continue
        taken = [
            d
            for d in found.doses
            if d.status == "taken" and d.medication and (not named or d.medication in named)
        ]
        if len({d.medication for d in taken}) != 1 or len(taken) != 1 or taken[0].amount:
            continue
        taken[0].amount = float(m["n"])
        taken[0].unit = m["unit"] or taken[0].unit
