"""One time said after a list of medicines ("took naproxen, advil at 8", "crocin, dolo and
advil around 10") dates each dose of the list that has no time of its own. A time said with
an earlier name ("naproxen at 8, advil at 11"), a verb ("naproxen, took advil at 8"), "then"
or a new sentence ("naproxen at 8. advil") between them ends the list."""

from __future__ import annotations

import re

from bot.parsing.detect_doses import product_name
from bot.parsing.findings import DoseEvent, Found
from bot.parsing.medications import Meds, Mention
from bot.parsing.numbers import count_before
from bot.parsing.patterns import TAKEN_VERB
from bot.parsing.products_listed import another_product, clause_gaps
from bot.parsing.spans import mask
from bot.parsing.timephrases import time_spans

__all__ = ["date_the_list"]

# What may stand beside the names of a list: joins, articles, counts and strengths.
_FILLER = re.compile(
    r"\b(?:and|n|plus|my|the|a|an|one|two|three|four|both|some|"
    r"\d+(?:[.,]\d+)?\s*(?:mg|mcg|g|ml|tabs?|tablets?|pills?|capsules?|caps)?)\b|[^\w]+"
)
# What may open the list before its verb ("i just took", "i've had my")
_LEAD = re.compile(r"\b(?:i'?ve|ive|i|have|has|just|already|so|also|finally|both)\b")
# Two clauses of one list: a comma or "plus" between them ("then", "but", a full stop, a
# new line or a dash say something else: a sequence, a contrast, a new sentence)
_LISTED_ON = re.compile(r"[ \t,]*(?:plus[ \t,]*)?")
# A time said in a clause of its own right after the list ("naproxen, advil - at 8")
_TIME_AFTER = re.compile(r"[\s,\-\u2013\u2014]*")


def _only_names(text: str, mentions: list[Mention], lead: bool = False) -> bool:
    """Whether `text`, its names and times masked, says nothing but the list (and, with
    `lead`, the verb opening it before the first name)."""
    masked = mask(text, [(m.start, m.end) for m in mentions])
    if lead:
        start = mentions[0].start
        opening = _LEAD.sub(" ", TAKEN_VERB.sub(" ", masked[:start], count=1))
        masked = opening + masked[start:]
    return not _FILLER.sub("", masked)


def _closing_time(
    parts: list[str], idx: int, found: Found, meds: Meds, gaps: list[str]
) -> DoseEvent | None:
    """The dated dose of clause `idx` when it closes a list: only names, then the one time
    said after them ("advil and gabapentin at 8") or in the clause that follows ("- at 8")."""
    doses = [d for d in found.doses if d.clause == idx]
    if not doses or any(d.status != "taken" or d.at is None for d in doses):
        return None
    if len({d.at for d in doses}) != 1:
        return None
    clause = parts[idx]
    mentions = meds.mentions(clause)
    if not mentions:
        return None
    spans = time_spans(clause)
    if spans:
        if min(a for a, _ in spans) < max(m.end for m in mentions):
            return None  # ("advil at 8 and gabapentin": the time is advil's own)
        return doses[-1] if _only_names(mask(clause, spans), mentions) else None
    after = idx + 1
    told_after = (
        after < len(parts)
        and found.time_only[after] is not None
        and _TIME_AFTER.fullmatch(gaps[after])
    )
    return doses[-1] if told_after and _only_names(clause, mentions) else None


def _listed_doses(idx: int, clause: str, found: Found, meds: Meds) -> list[DoseEvent] | None:
    """The undated doses taken that clause `idx` lists; None when it says more than a list
    (a time, a verb past its opening, another status). Names alone become doses taken."""
    mentions = meds.mentions(clause)
    if not mentions or time_spans(clause) or not _only_names(clause, mentions, lead=True):
        return None
    doses = [d for d in found.doses if d.clause == idx]
    if any(d.status != "taken" or d.at is not None for d in doses):
        return None
    if doses:
        return doses
    if found.explained[idx] or not _only_names(clause, mentions):
        return None
    # "naproxen, advil at 10": a name said alone to open the list is a dose taken too
    new: list[DoseEvent] = []
    before = 0
    for m in mentions:
        count = count_before(clause[before : m.start])
        product = product_name(m.generic, clause[m.start : m.end])
        new.append(DoseEvent("taken", m.generic, count=count, clause=idx, product=product))
        before = m.end
    return new


def date_the_list(low: str, parts: list[str], found: Found, meds: Meds) -> None:
    """Each dose of a list closed by one time ("took naproxen, advil at 8") is dated by it."""
    gaps = clause_gaps(low, parts)
    for close in range(1, len(parts)):
        dated = _closing_time(parts, close, found, meds, gaps)
        if dated is None:
            continue
        run = [d for d in found.doses if d.clause == close]
        for idx in range(close - 1, -1, -1):
            if not _LISTED_ON.fullmatch(gaps[idx + 1]):
                break
            doses = _listed_doses(idx, parts[idx], found, meds)
            if doses is None or any(
                d.medication == e.medication and not another_product(d, e)
                for d in doses
                for e in run
            ):
                break  # ("advil, advil at 6": one dose said again, not a list)
            for d in doses:
                d.at, d.vague_at = dated.at, dated.vague_at
            if not any(d.clause == idx for d in found.doses):
                found.doses += doses
                found.explained[idx] = True
            run += doses
            # ("i took naproxen, advil, gabapentin at 9": said in that order, kept so)
            found.doses.sort(key=lambda d: d.clause)
            if not _only_names(parts[idx], meds.mentions(parts[idx])):
                break  # the verb opens the list
