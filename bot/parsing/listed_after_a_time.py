"""Doses listed bare after a timed opening: "meds at 8:45: lyrica 75, cymbalta 30", "Took
my morning meds at 6 - cymbalta 60 and celebrex 200". Each item of the list was taken at
the opening's time (it had been read as taken now, the time left on the first item or on
a dose of "meds" that names none). The mirror of list_time, where the time comes last.
Pure."""

from __future__ import annotations

import re

from bot.parsing.findings import DoseEvent, Found
from bot.parsing.patterns import CLOCK_SAID, SKIP_VERB, TAKEN_VERB
from bot.parsing.timephrases import scan_time

__all__ = ["dated_by_the_opening"]

#: A time that opens a list: a colon or a dash after it ("at 8:45: …", "at 6 - …"); after
#: a comma the next name is its own ("took naproxen at 8, advil" may be now)
_OPENING = re.compile(
    r"(?:(?:\bat|@|\baround|\babout)\s*\d{1,2}(?:[:.][0-5]\d)?\s*(?:am|pm)?|\bago)"
    r"\s*(?::|\s[-\u2013\u2014])\s|"
    # (normalising drops the colon after "ago": "… 20 min ago gabapentin, valium")
    r"\bago\s(?=[a-z])"
)
#: A dose of the day's medicines that names none: "my morning meds", "my pills"
_THE_LOT = re.compile(r"\b(?:meds|medications?|medicines?|pills|tablets|tabs|doses)\b")
#: The list's items named before them as a lot: "took them both at 12:30, the oxy and …"
_THEM_ALL = re.compile(r"\b(?:them|both|all|the\s+lot|everything)\b")


def dated_by_the_opening(parts: list[str], sentences: list[str], found: Found) -> None:
    """Give each bare item listed after a timed clause of the same sentence that clause's
    time; a dose of "meds" that named the list is then no dose of its own."""
    timed_at: dict[int, str] = {}
    for d in sorted(found.doses, key=lambda e: e.clause):
        if d.at is not None and d.status == "taken" and not d.vague_at:
            timed_at.setdefault(d.clause, d.at)
            continue
        head = d.clause - 1
        if (
            d.status != "taken"
            or d.at is not None
            or d.medication is None
            or head not in timed_at
            or sentences[head] != sentences[d.clause]
            or not (_OPENING.search(sentences[head]) or _THEM_ALL.search(parts[head]))
            or not _a_bare_item(parts[d.clause])
        ):
            continue
        d.at = timed_at[head]
        timed_at.setdefault(d.clause, d.at)
        if _THE_LOT.search(parts[head]):
            _the_list_named(found, head, d)


def _a_bare_item(clause: str) -> bool:
    """A medicine with its strength or count, no verb or time of its own."""
    if TAKEN_VERB.search(clause) or SKIP_VERB.search(clause) or CLOCK_SAID.search(clause):
        return False
    scan = scan_time(clause)
    return scan.clock is None and not scan.anchor and not scan.ago


def _the_list_named(found: Found, head: int, item: DoseEvent) -> None:
    """Drop the dose of "meds" in the opening once an item of its list is dated by it."""
    found.doses = [
        d
        for d in found.doses
        if not (
            d.clause == head and d.medication is None and d.status == "taken" and d.at == item.at
        )
    ]
