"""Two products of one medicine named in a list ("took crocin, dolo and advil", "a crocin
plus a dolo", "1 crocin, 1 dolo"): each its own dose, with its own count and time, even when
the list's commas, "plus" or "then" cut it into clauses. One product said again ("advil,
advil again at 6") or restated ("tylenol, the acetaminophen"; "tylenol, tylenol extra
strength") stays one dose; a correction ("crocin, I mean dolo") is rewritten before this."""

from __future__ import annotations

import re

from bot.knowledge import get_drug
from bot.parsing.findings import DoseEvent

__all__ = ["another_product", "clause_gaps", "number_products_listed"]

# What ends a list of things taken between two clauses: a contrast ("took crocin but dolo
# didn't help") or a doubt ("crocin, or was it dolo") — never a second thing taken.
_NOT_A_LIST = re.compile(r"\b(?:but|though|however|although|or|either|instead)\b|\?")
_OPENS_A_DOUBT = re.compile(r"^\W*(?:or|not|no|nor|either|instead)\b")


def another_product(first: DoseEvent, then: DoseEvent) -> bool:
    """Whether `then` names another product of `first`'s medicine ("crocin", then "dolo"),
    never the same one said again, longer or shorter ("tylenol", "tylenol extra strength")."""
    if first.medication is None or first.medication != then.medication:
        return False
    drug = get_drug(first.medication)
    if drug is None:
        return False
    a, b = drug.brand_family(first.product), drug.brand_family(then.product)
    return a is not None and b is not None and a != b


def clause_gaps(low: str, parts: list[str]) -> list[str]:
    """What stands before each clause in `low` since the one before ("" when not found),
    and last what follows the last clause."""
    out: list[str] = []
    pos = 0
    for part in parts:
        i = low.find(part, pos)
        if i < 0:
            out.append("")
            continue
        out.append(low[pos:i])
        pos = i + len(part)
    return [*out, low[pos:]]


def _listed_on(low: str, parts: list[str], first: int, then: int) -> bool:
    """Whether the clauses from `first` to `then` run on as one list of things taken (a
    "?" closing the last one asks, "crocin, dolo?")."""
    gaps = clause_gaps(low, parts)
    return not any(
        _NOT_A_LIST.search(gaps[i]) or (i <= then and _OPENS_A_DOUBT.match(parts[i]))
        for i in range(first + 1, then + 2)
    )


def number_products_listed(low: str, parts: list[str], doses: list[DoseEvent]) -> None:
    """A dose of another product of a medicine taken in an earlier clause of the list is a
    dose more (its own `part`), never merged into the first as the same dose said again."""
    for i, d in enumerate(doses):
        if d.medication is None or d.clause >= len(parts):
            continue
        earlier = [e for e in doses[:i] if e.medication == d.medication and e.status == d.status]
        if not earlier or any(e.clause == d.clause for e in earlier):
            continue  # (one clause's own products are counted by detect_doses)
        if not all(another_product(e, d) for e in earlier):
            continue  # that product said again: the same dose, or its repeat's own reading
        if not _listed_on(low, parts, min(e.clause for e in earlier), d.clause):
            continue
        taken = max(e.part for e in earlier)
        if d.part <= taken:
            d.part = taken + 1
