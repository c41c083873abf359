"""A person telling that more of a medicine has come: "got a new box of 30 today", "picked
up my naproxen, 60 tablets", "collected my prescription of celecoxib (28)", "pharmacy
only gave me 20". The count is what came, not what is on hand; the caller adds it to the
count it keeps, and only on the person's tap. A refill that names no one listed medicine
("got a new box of 30 today") is still told, its medicine left for the person to tap.
Pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.parsing.medications import Meds, Mention
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.text import normalise

__all__ = ["Refill", "Uncounted", "came_uncounted", "refill_told"]

# Cheap, on the text as written (this runs on every message).
_MAYBE = re.compile(
    r"box|pack|refill|prescription|script|picked\s+up|collected|new\s+supply"
    r"|pharmac|chemist|drugstore|filled|dispensed",
    re.I,
)
_CAME = re.compile(
    r"\b(?:got|get|have|picked\s+up|collected|received|bought|filled|refilled|dispensed|new)\b"
    r"|\b(?:came|arrived|delivered|is\s+in|was\s+ready)\b"
    r"|\b(?:pharmac\w*|chemist|drugstore)\b.*\b(?:gave|dispensed|handed|had)\b"
)
_COUNT = re.compile(
    r"\b(?:box|pack(?:et)?|bottle|refill|prescription|script|supply)\s+of\s+(?P<a>\d{1,4})\b"
    # "bought a 32 pack of paracetamol"
    r"|\b(?P<d>\d{1,4})[\s-]*(?:pack|box|packet)\b"
    r"|\b(?P<b>\d{1,4})\s+(?:more\s+)?(?:tablets?|tabs|capsules?|caps|pills?)\b"
    r"|\((?P<c>\d{1,4})\)"
    # "the pharmacy only gave me 20": a bare number handed over, never a strength or a
    # length of time ("gave me 20 mg", "gave me 10 days")
    r"|\b(?:gave|dispensed|handed)\s+(?:me\s+)?(?:only\s+|just\s+)?(?P<e>\d{1,4})\b"
    r"(?!\s*(?:mg|mcg|g|ml|units?|%|days?|weeks?|months?)\b)"
    # "pharmacy only had 10 of my gabapentin": the shop's stock, handed over
    r"|\b(?:pharmac\w*|chemist|drugstore|they)\s+(?:\w+\s+){0,2}?had\s+(?:only\s+|just\s+)?"
    r"(?P<f>\d{1,4})\b(?!\s*(?:mg|mcg|g|ml|units?|%|days?|weeks?|months?)\b)"
)
# "picked up 30 oxycodone", "collected my prescription, 28 naproxen": a bare count just
# before the medicine's name (after it, "oxycodone 30" is its strength)
_COUNT_OF_IT = re.compile(r"\b(?P<n>\d{1,4})\s+(?:of\s+)?(?:(?:the|my)\s+)?$")
# "took 2 of the oxycodone the pharmacy gave me": a dose of what came, not what came
_TAKEN = re.compile(r"\b(?:took|taken|take|taking|swallowed|popped|had)\b")
_NOT_YET = re.compile(
    r"\?|\b(?:need|needs|should|must|going\s+to|gonna|will|running\s+out\s+of)\b(?!.*\bgot\b)"
)


@dataclass(frozen=True, slots=True)
class Refill:
    """More of a listed medicine (its generic) has come: `count` units; `medicine` is
    None when the words name none of the list ("pharmacy only gave me 20")."""

    medicine: str | None
    count: int


def refill_told(text: str, meds: Sequence[str]) -> Refill | None:
    """The refill `text` tells of, for one medicine on the list, or None."""
    if not meds or len(text) > 200 or not _MAYBE.search(text):
        return None
    low = normalise(text)
    named = [x for x in Meds(list(meds), DEFAULT_RESOLVE).mentions(low) if x.generic in meds]
    m = _COUNT.search(low)
    if m is not None:
        count, at = int(m["a"] or m["b"] or m["c"] or m["d"] or m["e"] or m["f"]), m.start()
    elif (said := _count_before_a_name(low, named)) is not None:
        count, at = said
    else:
        return None
    if not _CAME.search(low) or _NOT_YET.search(low[:at]):
        return None
    mine = {x.generic for x in named}
    if not 0 < count <= 1000 or len(mine) > 1:  # two at once: /refill each
        return None
    return Refill(mine.pop() if mine else None, count)


def _count_before_a_name(low: str, named: Sequence[Mention]) -> tuple[int, int] | None:
    """The bare count said just before a listed medicine and where it starts, unless the
    words before it take some ("took 2 of the oxycodone the pharmacy gave me")."""
    for x in named:
        m = _COUNT_OF_IT.search(low, 0, x.start)
        if m is not None and not _TAKEN.search(low, 0, m.start()):
            return int(m["n"]), m.start()
    return None


# A fill that came short, its count not said: "they only gave me half the oxy", "pharmacy
# only had a few of my gabapentin", "chemist couldn't give me the full amount"
_SHORT = re.compile(
    r"\b(?:only|just)\s+(?:\w+\s+){0,3}?(?:half|a\s+few|some|part|a\s+couple|a\s+handful|"
    r"enough\s+for)\b"
    r"|(?:\bnot|n't|\bnever)\s+(?:\w+\s+){0,3}?(?:all|the\s+(?:full|whole|rest)|full|enough)\b"
    r"|\b(?:half|part)\s+(?:of\s+)?(?:my|the|it)\b|\b(?:short|owed|owing|an\s+iou)\b"
)
_HANDED = re.compile(
    r"\b(?:pharmac\w*|chemist|drugstore|they|script|prescription|refill)\b.*"
    r"\b(?:gave|give|dispensed|handed|had|have|filled|fill|sent|delivered|got)\b"
    r"|\b(?:got|picked\s+up|collected|received)\b"
)
# More come, its count not said: "picked up my naproxen", "collected the gabapentin from
# the chemist", "my oxy prescription came"
_PICKED_UP = re.compile(
    r"\b(?:picked\s+up|collected|got\s+(?:my|the)\s+(?:\w+\s+){0,3}?(?:from|at)\s+the"
    r"|(?:prescription|script|refill)\s+(?:came|arrived|was\s+ready|is\s+in))\b"
)
# Times said with a dose taken after the pickup ("and had one at 9") are no count
_A_TIME = re.compile(r"\b(?:at|around|about)\s+\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]m)?\b")
_A_NUMBER = re.compile(r"\b\d{1,4}\b")


@dataclass(frozen=True, slots=True)
class Uncounted:
    """More of a listed medicine (its generic) came, how many not said; `short`: only
    part of what was due ("they only gave me half the oxy")."""

    medicine: str
    short: bool


def came_uncounted(text: str, meds: Sequence[str]) -> Uncounted | None:
    """The listed medicine of which more came, with no count said, or None when the words
    tell no such thing, say the count (`refill_told` reads it), or name none of the list
    (and it is not the only one)."""
    if not meds or len(text) > 200:
        return None
    low = normalise(text)
    short = bool(_SHORT.search(low) and _HANDED.search(low))
    picked = _PICKED_UP.search(low)
    if not (short or picked) or _A_NUMBER.search(_A_TIME.sub(" ", low)):
        return None
    upto = len(low) if short or picked is None else picked.start()
    if _NOT_YET.search(low, 0, upto) or (short and _TAKEN.search(low.replace(" had ", " "))):
        return None  # "need my refill", "took half of the oxy they gave me"
    if picked is not None and not short and _TAKEN.search(low, 0, picked.start()):
        return None  # "took the naproxen I picked up": a dose, nothing more
    named = {x.generic for x in Meds(list(meds), DEFAULT_RESOLVE).mentions(low)}
    mine = named & set(meds)
    if len(mine) == 1:
        return Uncounted(mine.pop(), short)
    return Uncounted(meds[0], short) if not named and len(meds) == 1 and short else None
