"""The one reader of "I have none of it on hand": a dose skipped for want of it (reason
`ran_out`). Two ways of telling it: the medicine could not be had ("couldnt get
gabapentin anywhere, pharmacy says wednesday", "can't get a refill of …"), and the
supply used up with a new one wanted ("finished my amitriptyline, need a new script").

Never a course finished as planned ("finished my naproxen course"), a shop lacking one
strength ("chemist didnt have the lyrica 75s, only 150s"), or a stock-out with some still
on hand ("the pharmacy was out of stock but I still had some left"). It got "I haven't
logged a dose from that" (Sandbox, Chicago), and the doses of the stock-out then read as
not answered on the report.
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
#: The supply used up: "finished my amitriptyline", "finished off the tramadol".
_FINISHED_MY = re.compile(
    r"\bfinished\s+(?:off\s+)?(?:my|the|all\s+(?:my|the))\s+(?P<name>[\w/-]+)"
)
#: None on hand, said outright: "pharmacy hadn't got it in", "chemist didn't have stock of
#: etoricoxib", "no tablets left", "all out till monday", "insurance wont refill the
#: zanaflex til monday so I got none" (never "running out soon": some still there).
_NONE_ON_HAND = re.compile(
    r"\b(?:pharmac\w*|chemist|drugstore)(?:'s)?\s+(?:still\s+)?(?:hasn't|haven't|hadn't|doesn't|didn't|"
    r"did\s+not|does\s+not|had\s+no|has\s+no)\s+(?:got\s+|have\s+|had\s+)?(?:it|them|any|stock|"
    r"(?:my|the)\s+[\w/-]+(?:\s+in)?)\b|"
    r"\b(?:didn't|did\s+not|don't|doesn't)\s+have\s+(?:any\s+)?(?:stock|it\s+in)\b|"
    r"\bno\s+(?:more\s+)?(?:tablets?|pills?|meds|capsules?|patches)\s+left\b|"
    r"\b(?:i'm|im|i\s+am|all)\s+out\s+(?:till|until|til|since)\b|"
    r"\b(?:insurance|pharmac\w*|chemist|doctor|gp|doc)\s+(?:won't|wont|will\s+not|didn't|hasn't|wouldn't)\s+"
    # (never "won't cover the patches anymore": the cost from now on, not none on hand)
    r"(?:refill|fill|authori[sz]e|approve|cover)\b(?![^.;]*\bany\s*more\b)|"
    r"\bi\s+(?:got|have|had)\s+none\b"
)
#: A shop's lack of one strength or a dose had anyway: "didn't have the 75s, only 150s",
#: "didn't have the gabapentin 300s, going back friday" (some still on hand is
#: _some_still_left's to read)
_SOME_HAD_ANYWAY = re.compile(r"\bonly\b|\binstead\b|\b\d+\s*(?:mg)?s\b")
#: A new supply wanted, the cue that "finished" is the supply's end, not a course's.
_NEW_SCRIPT = re.compile(
    r"\b(?:need|needs|waiting\s+(?:on|for)|have\s+to\s+get|gotta\s+get|got\s+to\s+get|ordered)\s+"
    r"(?:a\s+|another\s+|my\s+|the\s+)?(?:new\s+|repeat\s+)?(?:script|prescription|refill|repeat)\b"
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
#: A skip read from a shop's lack ("pharmacy out of stock"), not from "ran out".
_SHOP_LACKS = re.compile(r"\bout\s+of\s+stock\b|\b(?:pharmac\w*|chemist)\b")
_OWN_LACK = re.compile(r"\b(?:ran|run|running)\s+out\b|\bnone\s+left\b|\bskip|\bmiss")


def stock_out_said(parts: list[str], found: Found, meds: Meds) -> None:
    """Each clause telling a medicine is not on hand becomes a dose skipped, `ran_out` (a
    skip already read there gets that reason); one with some still on hand is none."""
    told_out = False  # an earlier clause told a medicine out ("finished my X, can't get …")
    for idx in range(len(parts)):
        named = _out_of(parts, idx, meds)
        if named is None:
            continue
        if named == [None] and _earlier_skips_are_it(found, idx, told_out):
            found.explained[idx] = True  # "skipped my gabapentin, couldnt get it anywhere"
            told_out = True
            continue
        if _taken_after_all(parts, idx, found, meds, named):
            continue  # "couldn't get it anywhere so I took my old ones": a dose taken
        _skipped_for_want(found, idx, named)
        told_out = True
        for j in range(idx + 1, len(parts)):
            if _WHEN_IT_COMES.match(parts[j]):
                found.explained[j] = True  # its date, said with it
    _some_still_left(parts, found, meds)


def _out_of(parts: list[str], idx: int, meds: Meds) -> list[str | None] | None:
    """The medicines clause `idx` tells are not on hand ([None]: the one waiting), or None
    when it tells no such thing."""
    clause = parts[idx]
    named: list[str | None] = list(dict.fromkeys(m.generic for m in meds.mentions(clause)))
    finished = _FINISHED_MY.search(clause)
    if finished is not None:
        generic = meds.match_word(finished["name"])
        later = parts[idx:]
        if generic is not None and any(
            _NEW_SCRIPT.search(p) or _NOT_TO_BE_HAD.search(p) for p in later
        ):
            return _less_those_left(clause, meds, [generic])
    said = _NOT_TO_BE_HAD.search(clause)
    if said is None:
        told_with = " ".join(parts[idx : idx + 2])  # ("…, only 150s": the next clause)
        if _NONE_ON_HAND.search(clause) and not _SOME_HAD_ANYWAY.search(told_with):
            return _less_those_left(clause, meds, named or [None])
        return None
    thing = (said["obj"] or "").strip()
    if thing and not named and not _SUPPLY_THING.match(thing):
        return None  # "couldn't get an appointment anywhere": no medicine's supply
    return _less_those_left(clause, meds, named or [None])


def _less_those_left(clause: str, meds: Meds, named: list[str | None]) -> list[str | None] | None:
    """`named` without those the clause says some are still on hand of (all, when it names
    none after "still have some"): "finished my X but still have some Y" leaves X."""
    m = _STILL_HAS_SOME.search(clause)
    if m is None:
        return named
    left = {mm.generic for mm in meds.mentions(clause) if mm.start >= m.start()}
    if not left:
        return None
    kept = [g for g in named if g not in left]
    return kept or None


def _earlier_skips_are_it(found: Found, idx: int, told_out: bool) -> bool:
    """An out clause naming nothing tells why an earlier skip was ("skipped my
    gabapentin, couldnt get it anywhere"), or adds to an earlier out ("finished my
    tramadol, cant get a refill till monday"): True when so, the reason given."""
    earlier = [d for d in found.doses if d.clause < idx and d.status == "skipped"]
    last = max((d.clause for d in earlier), default=-1)  # "it": the skip said just before
    for d in earlier:
        if d.clause != last or d.explicit_reason:
            continue
        d.reason, d.explicit_reason = "ran_out", True
    return last >= 0 or told_out


def _taken_after_all(
    parts: list[str], idx: int, found: Found, meds: Meds, named: list[str | None]
) -> bool:
    """Whether a dose of the medicine out was taken after all: a dose of it (or of one
    unnamed) read, or "took" said here or later of no other medicine. A dose of another
    ("couldnt get gabapentin anywhere, took a naproxen instead") leaves the skip."""
    unnamed = named == [None]
    if any(
        d.status == "taken" and (unnamed or d.medication is None or d.medication in named)
        for d in found.doses
    ):
        return True
    for p in parts[idx:]:
        if not _TOOK.search(p):
            continue
        others = {m.generic for m in meds.mentions(p)} - set(named)
        if unnamed or not others:
            return True
    return False


def _skipped_for_want(found: Found, idx: int, named: list[str | None]) -> None:
    """The skips of clause `idx` get the reason `ran_out` (when none was said); with none
    read there, one is made for each medicine out."""
    here = [d for d in found.doses if d.clause == idx]
    for d in here:
        if d.status != "taken" and not d.explicit_reason:
            d.reason, d.explicit_reason = "ran_out", True
    if not here:
        for generic in named:
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


def _some_still_left(parts: list[str], found: Found, meds: Meds) -> None:
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
                and _shop_lacks_only(parts, d)
                and (not after or d.medication in (None, *after))
            )
        ]


def _shop_lacks_only(parts: list[str], d: DoseEvent) -> bool:
    """Whether the skip was read from a shop's lack alone ("couldn't get it anywhere"),
    not from "ran out"."""
    if d.clause >= len(parts):
        return False
    clause = parts[d.clause]
    lacks = _SHOP_LACKS.search(clause) or _NOT_TO_BE_HAD.search(clause)
    return bool(lacks) and _OWN_LACK.search(clause) is None
