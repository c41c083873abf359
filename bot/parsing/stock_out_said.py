"""A medicine out of stock told without "ran out": "couldnt get gabapentin anywhere,
pharmacy says wednesday" is a dose skipped for want of it (reason `ran_out`), and "the
pharmacy was out of stock but I still had some left" is none (nor is a shop lacking one
strength: "chemist didnt have the lyrica 75s, only 150s").

It got "I haven't logged a dose from that" (Sandbox, Chicago), and the doses of the
stock-out then read as not answered on the report.
"""

from __future__ import annotations

import re

from bot.parsing.findings import DoseEvent, Found
from bot.parsing.medications import Meds

_DAY = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tmrw|tmr|next\s+week|"
    r"the\s+(?:weekend|\d{1,2}(?:st|nd|rd|th)?)"
)
_CANT = r"(?:couldn't|can't|could\s+not|cannot|wasn't\s+able\s+to|unable\s+to)"
#: The medicine could not be had ("couldn't find my lyrica anywhere", "can't get a refill
#: of the gabapentin").
_NOT_TO_BE_HAD = re.compile(
    rf"\b{_CANT}\s+(?:get|find|fill)\s+(?P<obj>(?:\S+\s+){{1,3}}?)(?:anywhere|in\s+stock)\b|"
    rf"\b{_CANT}\s+(?:get|fill)\s+(?:a\s+|my\s+|the\s+)?(?:refill|script|prescription)\b"
    # (never "chemist didn't have the lyrica 75s, only 150s": a shop's shelf, some had)
)
#: What "couldn't get … anywhere" may name that is a medicine's supply (a medicine on
#: the list too): never "an appointment", "a parking space".
_SUPPLY_THING = re.compile(
    r"^(?:(?:my|the|any|more|some)\s+)*(?:it|them|any|more|meds|medicine|medication|pills?|"
    r"tablets?|tabs|capsules?|refill|script|prescription)\b"
)
#: The pharmacy's date in a clause of its own, said beside a stock-out (kept in it).
_WHEN_IT_COMES = re.compile(
    rf"^\s*(?:the\s+)?(?:pharmac\w*|chemist|drugstore)(?:'s)?\s+(?:says|said|told\s+me)\s+"
    rf"(?:it(?:'ll|\s+will)\s+be\s+(?:in\s+)?|not\s+(?:till|until|before)\s+)?(?:{_DAY})\W*$"
)
#: A dose taken after all ("… so I took my old ones"); never "had to wait".
_TOOK = re.compile(
    r"\b(?:took|taken|taking|swallowed|used)\b|\bhad\s+(?:one|two|a|an|my|the|some|\d)\b"
)
#: Still some on hand: no stock-out, whatever a shop lacked.
_STILL_HAS_SOME = re.compile(
    r"\b(?:still|i)\s+(?:have|had|got|'ve\s+got)\s+(?:\w+\s+)?(?:some|enough|a\s+few|"
    r"plenty|a\s+couple|a\s+week's|\d+)\b(?:\s+(?:left|of\s+(?:it|them)))?"
)


def stock_out_said(parts: list[str], found: Found, meds: Meds) -> None:
    """A clause telling the medicine could not be had: a dose skipped, `ran_out` (of the
    medicine it names, else of the dose waiting); a skip already read there gets that
    reason when it has none said."""
    for idx, clause in enumerate(parts):
        said = _NOT_TO_BE_HAD.search(clause)
        if said is None or _STILL_HAS_SOME.search(clause):
            continue
        named: list[str | None] = list(dict.fromkeys(m.generic for m in meds.mentions(clause)))
        thing = (said["obj"] or "").strip()
        if thing and not named and not _SUPPLY_THING.match(thing):
            continue  # "couldn't get an appointment anywhere": no medicine's supply
        taking = any(_TOOK.search(p) for p in parts[idx:])
        if taking or any(d.status == "taken" for d in found.doses):
            continue  # "couldn't get it anywhere so I took my old ones": a dose taken
        here = [d for d in found.doses if d.clause == idx]
        for d in here:
            if not d.explicit_reason:
                d.reason, d.explicit_reason = "ran_out", True
        if not here:
            for generic in named or [None]:
                found.doses.append(
                    DoseEvent(
                        status="skipped",
                        medication=generic,
                        reason="ran_out",
                        clause=idx,
                        explicit_reason=True,
                    )
                )
        found.explained[idx] = True
        for j in range(idx + 1, len(parts)):
            if _WHEN_IT_COMES.match(parts[j]):
                found.explained[j] = True  # its date, said with it


def some_still_left(parts: list[str], found: Found, meds: Meds) -> None:
    """ "The pharmacy was out of stock but I still had some left": no dose skipped for
    want of it (of the medicine the words after name, else of any)."""
    for clause in parts:
        m = _STILL_HAS_SOME.search(clause)
        if m is None:
            continue
        after = [mm.generic for mm in meds.mentions(clause) if mm.start >= m.start()]
        found.doses = [
            d
            for d in found.doses
            if not (
                d.status == "skipped"
                and _out_of_stock_only(parts, d)
                and (not after or d.medication in (None, *after))
            )
        ]


_SUPPLY_OUT = re.compile(r"\bout\s+of\s+stock\b|\b(?:pharmac\w*|chemist)\b")


def _out_of_stock_only(parts: list[str], d: DoseEvent) -> bool:
    """Whether the skip was read from a shop's lack alone, not from "ran out"."""
    if d.clause >= len(parts):
        return False
    clause = parts[d.clause]
    own = re.search(r"\b(?:ran|run|running)\s+out\b|\bnone\s+left\b|\bskip|\bmiss", clause)
    return bool(_SUPPLY_OUT.search(clause)) and own is None
