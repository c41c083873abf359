"""A medicine named, then put off in the words after it: "Lyrica 75 - remind me in 15 min",
"Amitriptyline tonight - nudge me in an hour", "gabapentin - 10 mins, just brewing up",
"Cymbalta 60 in 30 min, once I've eaten".

The name alone reads as a dose taken and the wait as a snooze of the pending reminder; said
together they are one dose put off: that medicine, snoozed, and nothing taken. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.parsing.findings import DoseEvent, Found
from bot.parsing.medications import Mention

__all__ = ["named_then_put_off"]

# What may stand beside the name in a clause that only names the dose: its strength, its
# part of the day, a determiner ("the night tramal", "lyrica 75", "evening aceclofenac 100 mg")
_ONLY_NAMING = re.compile(
    r"^(?:\s|\d+(?:\.\d+)?|mg|mcg|ml|the|my|tonight'?s?|tonight|this|morning'?s?|evening'?s?|"
    r"night'?s?|bedtime|afternoon'?s?|lunchtime|dose|one|[-\u2013\u2014:,.])*$"
)

#: The medicines a clause names
Mentions = Callable[[str], Sequence[Mention]]


def named_then_put_off(parts: list[str], found: Found, mentions: Mentions) -> None:
    """A snooze of no medicine said right after a clause that only names one: that one put
    off (the name's "taken" dropped); a further wait said after a named one, the same."""
    kept: list[DoseEvent] = []
    reach = -1  # the last clause told of the dose kept last (its waits merged in)
    for d in found.doses:
        before = kept[-1] if kept else None
        if d.status == "snoozed" and d.medication is None:
            if (
                before is not None
                and before.medication is not None
                and d.clause - reach in (0, 1)
                and before.at is None
                and (
                    before.status == "snoozed"
                    or (before.status == "taken" and _only_names(parts[before.clause], mentions))
                )
            ):
                # ("Cymbalta 60 in 30 min, once I've eaten": one wait)
                before.status = "snoozed"
                before.minutes = before.minutes or d.minutes
                reach = d.clause
                continue
            own = mentions(parts[d.clause])
            if len(own) == 1:
                d.medication = own[0].generic  # "gabapentin 10 mins, just brewing up"
            elif d.clause > 0 and reach < d.clause - 1:
                # "gabapentin - 10 mins": the name alone, just before, read as no dose
                named = mentions(parts[d.clause - 1])
                if _only_names(parts[d.clause - 1], mentions):
                    d.medication = named[0].generic
        kept.append(d)
        reach = d.clause
    found.doses[:] = kept


def _only_names(clause: str, mentions: Mentions) -> bool:
    named = mentions(clause)
    if len(named) != 1:
        return False
    m = named[0]
    return bool(_ONLY_NAMING.match(clause[: m.start] + " " + clause[m.end :]))
