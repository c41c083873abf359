"""A list of timed doses in which a later item leaves its medicine unsaid: "took 1000mg
tylenol at 8, 1000 at 12 and 2 norco at 13" — "1000 at 12" is more Tylenol, and the Norco
after it keeps its own 13:00.

The commas split such a list into clauses, but the item with no medicine ("1000 at 12",
"2 more at 6", "another 2 at 10pm", "one more around 4", "again at lunch") often shares
its clause with the next medicine named ("… and 2 norco at 13"). Read as one clause, the
first time said becomes the named medicine's and the elided dose is lost. Here such a
clause is cut in two at its joiner, so the item is read as a dose of the medicine before
it (bot.parsing.two_doses) and the named medicine keeps its own time. Pure, like the rest
of bot.parsing.
"""

from __future__ import annotations

import re

from bot.parsing.medications import Meds
from bot.parsing.timephrases import scan_time
from bot.parsing.vocabulary import SOLID_UNITS

__all__ = ["split_elided_items", "split_bare_number_at_a_time"]

_SMALL = r"(?:[1-4](?:\.5)?|one|two|three|four|half|a\s+half)"
# An amount: with its unit ("1g", "500mg"), or bare of two figures or more ("1000")
_AMOUNT = r"(?:\d+(?:\.\d+)?\s*(?:mg|mcg|g)\b|\d{2,4}(?:\.\d+)?)"
# What an item with no medicine says of its dose: a count ("2", "one more", "another 2",
# "1 tab") or an amount ("1000", "500mg"), or only that it was again ("again", "same again").
# (A count stops at four, an amount starts at two figures: "7 at 12" may be a score.)
_WHAT = (
    r"(?:(?:" + _SMALL + r"|a\s+couple)\s+more(?:\s+" + SOLID_UNITS + r")?|"
    r"another(?:\s+(?:" + _AMOUNT + "|" + _SMALL + r"))?(?:\s+one)?|"
    r"(?:an\s+extra|a\s+second)(?:\s+one)?|"
    + _SMALL
    + r"(?:\s+"
    + SOLID_UNITS
    + r")?|"
    + _AMOUNT
    + r"(?:\s+more)?|(?:the\s+)?same(?:\s+again)?|again)"
)
# When it was taken: a clock, a meal, a part of the day (never "now": "2 now" is a score
# as often as a dose)
_WHEN = (
    r"(?:(?:at|@|around|about|by)\s+(?:\d{1,2}(?:[:.][0-5]\d)?(?:\s*[ap]\.?m\.?)?|noon|midday|"
    r"midnight|lunch(?:time)?|dinner(?:time)?|breakfast|bedtime|supper|tea(?:time)?|night)|"
    r"\d{1,2}(?:[:.][0-5]\d)?\s*[ap]\.?m\.?|this\s+(?:morning|afternoon|evening)|tonight|"
    r"last\s+night|in\s+the\s+(?:morning|afternoon|evening)|"
    r"(?:with|after|before)\s+(?:my\s+|the\s+)?(?:breakfast|lunch|dinner|supper|tea))"
)
_DAY_AFTER = (
    r"(?:\s+(?:this\s+(?:morning|afternoon|evening)|today|tonight|last\s+night|yesterday|"
    r"in\s+the\s+(?:morning|afternoon|evening)))?"
)
_ITEM = re.compile(
    r"^\W*(?:(?:and|then|&|\+|plus)\s+)?(?:(?:i\s+)?(?:took|had|taken|popped|swallowed)\s+)?"
    r"(?:" + _WHAT + r")\s+(?:again\s+)?" + _WHEN + r"(?:\s+again)?" + _DAY_AFTER + r"\W*$"
)
# Where the elided item ends and the next medicine's words begin
_JOINER = re.compile(r"\s*(?:,\s*)?(?:\band\b|&|\bthen\b|\+|\bplus\b)\s*(?:then\s+)?|\s*,\s*")
# What may come between the joiner and the next medicine's name: a verb, a count, an
# amount, an article ("and 2 norco", "then took my gabapentin", "and 500mg of naproxen")
_BEFORE_NAME = re.compile(
    r"^(?:(?:i\s+)?(?:took|had|taken|popped|swallowed|also)\s+)*"
    r"(?:(?:\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml)?|one|two|three|four|half|a|an|my|the|some|"
    r"a\s+couple\s+of)\s+)*(?:of\s+(?:my\s+|the\s+)?)?$"
)


def _cut(part: str, meds: Meds) -> list[str] | None:
    """The elided items opening `part` ("1 at 3pm and 1 at bedtime") and the rest, which
    names a medicine; None when the part does not open so."""
    named = meds.mentions(part)
    if not named or named[0].start == 0:
        return None
    head = part[: named[0].start]
    joiners = list(_JOINER.finditer(head))
    if not joiners or not _BEFORE_NAME.match(head[joiners[-1].end() :]):
        return None
    bounds = [0] + [p for j in joiners[:-1] for p in (j.start(), j.end())] + [joiners[-1].start()]
    items = [head[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    if not all(_ITEM.match(item) or _BARE_ITEM.match(item) for item in items):
        return None
    return [*items, part[joiners[-1].end() :].strip()]


def _timed_dose_said(part: str, meds: Meds) -> bool:
    """Whether `part` names a medicine and says when."""
    scan = scan_time(part)
    return bool(meds.mentions(part)) and (scan.clock is not None or scan.anchor is not None)


# A bare number of 5 or more and its clock time ("7 at 12"): more of the dose before it
# only as an amount of its size; else how the pain was then (bot.parsing.two_doses)
_BARE_AT = (
    r"[5-9]\s+(?:at|@|around|about)\s+"
    r"(?:\d{1,2}(?:[:.][0-5]\d)?(?:\s*[ap]\.?m\.?)?|noon|midday|midnight)"
)
_BARE_ITEM = re.compile(r"^\W*(?:(?:and|then|&|\+|plus)\s+)?" + _BARE_AT + r"\W*$")
#: Two or more bare items joined: "5 at 1am and 5 at 5am", "50 at 8am and 50 at 11am"
_AMOUNT_AT = (
    r"(?:[5-9]|\d{2,4}(?:\.\d+)?)(?:\s*(?:mg|mcg|g))?\s+(?:at|@|around|about)\s+"
    r"(?:\d{1,2}(?:[:.][0-5]\d)?(?:\s*[ap]\.?m\.?)?|noon|midday|midnight)"
)
_BARE_ITEMS = re.compile(
    r"^\W*" + _AMOUNT_AT + r"(?:\s*(?:,\s*)?(?:\band\b|&|\+|\bthen\b)\s+" + _AMOUNT_AT + r")+\W*$"
)
_BARE_AFTER_DOSE = re.compile(
    r"\s*(?:,\s*)?(?:\band\b|&|\+|\bthen\b)\s+(?P<item>" + _BARE_AT + r")"
    r"(?=\W*$|\s*(?:,|\band\b|&|\+|\bthen\b))"
)


def split_bare_number_at_a_time(parts: list[str], meds: Meds) -> list[str]:
    """Clauses, with a bare number of 5 or more and its time said after a timed dose in its
    clause ("took 2 advil at 8 and 7 at 12 and 2 norco at 13") cut off as a clause of its
    own, read as it is after a comma ("…, 7 at 12"); what follows it keeps its own."""
    out: list[str] = []
    for i, part in enumerate(parts):
        if i > 0 and _BARE_ITEMS.match(part) and _timed_dose_said(parts[i - 1], meds):
            # "oxycodone 5 at 9pm, 5 at 1am and 5 at 5am": each bare item a clause of its own
            out.extend(p.strip() for p in _JOINER.split(part) if p.strip())
            continue
        m = _BARE_AFTER_DOSE.search(part)
        if m is None or not _timed_dose_said(part[: m.start()], meds):
            out.append(part)
            continue
        rest = _JOINER.sub("", part[m.end() :], count=1).strip() if part[m.end() :] else ""
        out.extend(p for p in (part[: m.start()].strip(), m["item"], rest) if p)
    return out


def split_elided_items(parts: list[str], meds: Meds) -> list[str]:
    """Clauses, with an item that leaves its medicine unsaid ("1000 at 12"), after a timed
    dose named or another such item, cut from the next medicine named in its clause ("…
    and 2 norco at 13"), so that each keeps its own time."""
    out: list[str] = []
    chain = False  # the clause before is a timed dose or an item of its list
    last = len(parts) - 1
    for i, part in enumerate(parts):
        cut = _cut(part, meds) if chain else None
        if i == last:
            # (no clause follows to be cut: what this one says of the chain is not needed,
            # and reading its times is most of this step's cost on a one-clause message)
            out.extend(cut if cut is not None else [part])
            break
        if cut is not None:
            out.extend(cut)
            chain = _timed_dose_said(cut[-1], meds)
            continue
        out.append(part)
        chain = _timed_dose_said(part, meds) or (chain and bool(_ITEM.match(part)))
    return out
