"""Half a tablet or patch told by what was done to it: "halved the flexeril", "broke a
co-codamol in half and had that", "cut the lidocaine patch in half", "amitriptyline -
just the half tablet", "a norco and a half". Said again as "took half a flexeril" (and
"took 1.5 norco"), the words the dose readers know: the record keeps half a dose, not a
whole one or none (they had been kept as a note, or as one tablet). Pure."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["halves_said"]

_NAME = r"(?P<name>[a-z][\w/-]*)"
_STRENGTH = r"(?P<strength>\s+\d+(?:\.\d+)?\s*(?:mg|mcg|microgram)?)?"
_UNIT = r"(?P<unit>\s+(?:tablet|tab|pill|capsule|patch))?"
# "halved the flexeril", "halved my tramadol 50 again" (never "halved my dose": a change)
_HALVED = re.compile(
    r"\bhalved\s+(?:the|my|a|an|one|tonight'?s|this\s+morning'?s)\s+" + _NAME + _STRENGTH + _UNIT
)
# "cut the lidocaine patch in half", "broke a co-codamol in half and had that", "split a
# flexeril, took half at 9:30"
_CUT = re.compile(
    r"\b(?:cut|split|broke|snapped|snap|break|cutting|splitting)\s+(?:the|my|a|an|one)\s+"
    + _NAME
    + _STRENGTH
    + _UNIT
    + r"(?:\s+(?:in|into)\s+(?:half|halves|two)(?:\s+and\s+(?:(?:took|had|swallowed|used)"
    r"(?:\s+(?:that|it|one\s+half|half(?:\s+of\s+it)?|one))?|(?:put|stuck)\s+(?:that|it|one\s+half|"
    r"half(?:\s+of\s+it)?|one)\s+(?P<on>on))\b)?"
    r"|\s*,?\s*(?:and\s+)?(?:took|had|swallowed)\s+(?:one\s+)?half(?:\s+of\s+it)?)"
)
# "amitriptyline - just the half tablet tonight", "sevredol 10 - only half this morning"
_ONLY_HALF = re.compile(
    r"(?:^|(?<=[\n,;.]\s)|(?<=[\n,;.]))\s*"
    + _NAME
    + _STRENGTH
    + r"\s*[-–—,:]+\s*(?:just|only)\s+(?:the\s+|a\s+)?half"
    r"(?:\s+(?:a\s+)?(?:tablet|tab|pill|one))?\b"
)
# Whoever halved it prescribes: the dose changed, none told taken
_PRESCRIBER = re.compile(
    r"\b(?:doc|doctor|dr|gp|gp's|nurse|pharmacist|consultant|specialist|surgeon|psychiatrist|"
    r"rheumatologist|neurologist|pain\s+clinic|clinic|they|he|she)\b"
)
# ... or what follows tells the new schedule ("…, 1 tab every 6 hrs now", "from now on")
_A_NEW_SCHEDULE = re.compile(
    r"[^.]*\b(?:every\s+\d|a\s+day|daily|per\s+day|from\s+now|now\s+on|going\s+forward|"
    r"from\s+(?:today|tomorrow|monday|next))\b"
)
# "cut a patch in half": the form stands for the one medicine of that form
_ITS_FORM = frozenset({"patch", "tablet", "pill"})
# "a norco and a half", "one tramadol and a half"
_AND_A_HALF = re.compile(r"\b(?:an?|one)\s+" + _NAME + r"\s+and\s+a\s+half\b")


def halves_said(low: str, is_medicine: Callable[[str], bool]) -> str:
    """`low` (normalised) with each half dose said as "took half a <name>"; a word that
    is no medicine's name (`is_medicine`) is left as it was ("cut the cake in half")."""

    def took_half(m: re.Match[str]) -> str:
        if not (is_medicine(m["name"]) or m["name"] in _ITS_FORM):
            return m.group()
        before = low[max(0, m.start() - 40) : m.start()].rsplit(".", 1)[-1]
        if _PRESCRIBER.search(before) or _A_NEW_SCHEDULE.match(low, m.end()):
            return m.group()  # "doc halved my hydrocodone, 1 tab every 6 hrs now": a change
        said = m.group()
        lead = said[: len(said) - len(said.lstrip())]  # the spacing before an item kept
        found = m.groupdict()
        unit = found.get("unit") or ""
        if found.get("on"):
            unit = f"{unit or ' patch'} on"  # "… and stuck it on my hip": a patch, put on
        return f"{lead}took half a {m['name']}{m['strength'] or ''}{unit}"

    def one_and_a_half(m: re.Match[str]) -> str:
        return f"1.5 {m['name']}" if is_medicine(m["name"]) else m.group()

    if "halved" in low:
        low = _HALVED.sub(took_half, low)
    if "hal" in low or "two" in low:
        low = _CUT.sub(took_half, low)
        low = _ONLY_HALF.sub(took_half, low)
        low = _AND_A_HALF.sub(one_and_a_half, low)
    return low
