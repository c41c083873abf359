"""A prescribed dose changed, as people tell it ("she upped the amitriptyline to 20mg",
"they put me on 20mg"): shared by the parser (no dose taken) and the list-change reader."""

from __future__ import annotations

import re
from typing import Final

from bot.knowledge import get_drug, resolve_name
from bot.parsing.patterns import PATCH_BRANDS
from bot.parsing.spelling import is_english_word

__all__ = [
    "CHANGED",
    "CHANGED_TO",
    "CLINICIAN_STOP",
    "clinician_stop_in",
    "PAIN_MOVED",
    "tells_a_new_dose",
    "tells_a_schedule",
    "tells_a_stop",
]

# A change with where it goes: "up to 900", "dropped my tramadol to 50mg", "now 200 once a
# day", "was 15", "instead of 500", "a higher dose", "new dose of cymbalta is 90mg".
CHANGED_TO = re.compile(
    r"\b(?:up|down|increased|increase|reduced|reduce|lowered|lower|raised|raise|upped|changed|"
    r"change|cut(?:\s+down)?|dropped|drop|bumped\s+up|put|went|going|gone|decreased|adjusted|"
    r"switched|moved)\s+(?:\w+\s+){0,4}?(?:to|from)\s+(?:\d|one|two|three|four|half|once|twice)"
    r"|\b(?:is|are|'s)\s+now\s+(?:only\s+)?(?:\d+(?:\.\d+)?\s*(?:mg|mcg)?|once|twice|one|"
    r"two|three)\b(?!\s*(?:/\s*10|out\s+of|hours?|hrs?|mins?|minutes|days?|am|pm|o'?clock))"
    r"|\bnow\s+(?:only\s+)?\d+(?:\.\d+)?\s*(?:mg|mcg)?\s*(?:x\s*\d\s*)?(?:a\s+day\s*)?,\s*was\s+\d"
    r"|\binstead\s+of\s+(?:\d|one|two)(?=.*\b(?:doc|dr|gp|doctor|consultant|orders|prescri\w*))"
    r"|\b(?:higher|lower|bigger|smaller|new|increased|reduced)\s+dose\b(?!\s+of\s+\w+\s+by)"
    # ("20 not 10", "50mg not 75": a strength; never "2 paracetamol not 1", a count corrected)
    r"|\bnot\s+(?:\d+\s*(?:mg|mcg)|\d{2,}|[5-9])\s*$|\bnow\s*,\s*was\s+\d"
    r"|\b(?:is|'s)\s+\d+(?:\.\d+)?\s*(?:mg|mcg)\s+now\b"
    r"|\binstead\s+of\s+\d+(?:\.\d+)?(?=.*\bnow\b)"
    r"|\b(?:i'm|im|i\s+am)\s+(?:now\s+)?on\s+\d|\b(?:has|have|put|got)\s+me\s+on\s+\d|"
    r"\bused\s+to\s+be\s+\d|\bfrom\s+now\s+on\b|\binstead\s+of\s+(?:once|twice|three)"
)

# The pain's own movement ("pain down to 5", "back's up to an 8"): not the medicine's
PAIN_MOVED = re.compile(
    r"\b(?:pain|back|it|score|leg|neck|hip|mood|sleep)(?:'s|\s+is|\s+has|\s+don)?\s+(?:\w+\s+)?"
    r"(?:down|up|dropped|gone|went|come|came|reduced?|increased?|rose|fell|eased)\s+(?:\w+\s+)?"
    r"(?:to|from)\s+\w+"
)

# A change said by its verb alone: "they doubled my duloxetine", "the doctor halved it"
CHANGED = re.compile(
    # (never "doubled up on my tramadol": two taken at once, no new dose prescribed)
    r"\b(?:doubled(?!\s+up\b)|halved|tripled|upped|increased|reduced|lowered|decreased|bumped\s+up|"
    r"dropped\s+(?:my|the)\s+(?:dose|\w+\s+dose)|"
    r"put\s+(?:it\s+)?(?:up|down)|brought\s+(?:it\s+)?down|cut\s+down|adjusted|changed|"
    r"change)\b|"
    r"\bprescribed\s+(?:me|him|her)\b|\bgave\s+(?:me|him|her)\s+a\s+(?:script|prescription|rx)\b"
)
# A medicine prescribed, not taken: "put me on celebrex 200 once a day", "started me on
# duloxetine 30mg", "switched me to celebrex 200" (Sandbox, Sydney: a dose was logged) —
# never "put me on the couch" (the word after must be a medicine's)
_PUT_ON = re.compile(
    r"\b(?:put|puts|putting|started|starting|start|switched|switching|moved|changed|swapped)\s+"
    r"(?:me|him|her)\s+(?:over\s+)?(?:on(?:to)?|to)\s+(?:(?:the|some|a|new)\s+)?(?P<w>[a-z][\w-]*)"
)
_A_KIND: Final = re.compile(r"(?:anti\w+|steroids?|opioids?|painkillers?|tablets|pills|meds)$")


# Patches by the brand people call them by ("butrans changed", "changed my lidoderm")
_A_PATCH = re.compile(r"\b(?:" + PATCH_BRANDS + r"|plasters?)\b")

_BY_MISTAKE = re.compile(r"\bby\s+(?:mistake|accident)\b|\baccidentally\b")
# Words that say a dose was taken, beside a change ("took my new 20mg amitriptyline").
# "Went down at quarter to 7" is a tablet swallowed, not a dose lowered to 7.
_TAKING = re.compile(
    r"\b(?:took|take|taken|taking|had|popped|swallowed|used|applied)\b|"
    r"\bwent\s+down\s+(?:at|with|ok|okay|fine|well|easy|easily)\b"
)


# How often a medicine is meant to be taken, said without taking it: "naproxen 500 twice a
# day now, doc stopped the meloxicam" is the new plan, not 1,000 mg swallowed (Sandbox, Houston)
_SCHEDULE_SAID = re.compile(
    r"\b(?:once|twice|thrice|(?:[1-4]|one|two|three|four)\s*(?:x|times))\s*(?:a|per|each|every)\s+day\b|"
    r"\b(?:once|twice|thrice|(?:[1-4]|one|two|three|four)\s*(?:x|times))\s+(?:daily|nightly)\b|"
    r"\b(?:bid|tid|qid|tds|qds)\b|"
    # "the tramadol is 50mg, I'm allowed up to 2 at a time": what it is and may be, told
    r"^\W*(?:the\s+|my\s+)?[\w/-]+\s+(?:is|are)\s+(?:the\s+)?\d+(?:\.\d+)?\s*(?:mg|mcg|ml|g)\b\W*$|"
    r"\ballowed\s+(?:up\s+to|to\s+take)\b|"
    r"\bevery\s+(?:\d{1,2}|four|six|eight|twelve)\s*(?:hours|hrs|h)\b(?!\s+(?:today|since|so\s+far))"
)


def tells_a_new_dose(clause: str) -> bool:
    """Whether a clause (normalised) tells of a prescribed dose changed ("she upped the
    amitriptyline to 20mg", "they put me on 20mg") without saying one was taken."""
    if _TAKING.search(clause) or "patch" in clause:
        return False  # "changed my butrans patch" is the week's patch put on
    if _BY_MISTAKE.search(clause):
        return False  # "think I doubled my tramadol by mistake": taken, never prescribed
    if _A_PATCH.search(clause) and not CHANGED_TO.search(clause):
        return False  # "Butrans changed.": so is a patch named by its brand
    if CHANGED_TO.search(PAIN_MOVED.sub(" ", clause)) or CHANGED.search(clause):
        return True
    return any(_a_medicine(m["w"]) for m in _PUT_ON.finditer(clause))


# What a clinician said: "GP says nae mair paracetamol on top, just the cocodamol" is the
# plan told, never a co-codamol taken (Sandbox, Glasgow: "Same dose or another one?")
_CLINICIAN_SAYS = re.compile(
    r"\b(?:gp|doctor|doc|dr|consultant|nurse|pharmacist|specialist|surgeon|physio)\s+"
    r"(?:says|said|told\s+(?:me|us|her|him)|wants|advised|reckons)\b"
)


# The medicine kept beside it: "just the cocodamol", "only the naproxen", "just
# paracetamol", "stick to co-codamol", "keep on with the naproxen"
_JUST_THE = re.compile(
    r"\s*(?:(?:and\s+|but\s+)?(?:just|only)\s+(?:(?:the|my|her|his|their)\s+)?|"
    r"(?:and\s+)?(?:stick|keep)(?:ing)?\s+(?:to|with|wi|on(?:\s+with)?)\s+)"
)

# A clinician's word to leave a medicine off, read on normalised text (where Scots "nae"
# is "no"): "GP says nae mair paracetamol", "the doctor said no more ibuprofen", "GP told
# her to stop the paracetamol", "doctor said she's no tae take the naproxen" (Sandbox,
# Glasgow: the GP's words were filed as a fall's follow-up, and "no more ibuprofen" a skip).
# `med` is where the medicine's name begins; never "no more than 3 a day" (a maximum).
_WHO_SAYS = (
    r"\b(?:gps?|doctor|doc|dr(?:\s+[a-z]+)?|consultant|nurse|pharmacist|chemist|specialist|"
    r"surgeon|physio|rheumatologist|hospital|a\s+and\s+e|locum)(?:'s)?\s+"
    r"(?:says|said|has\s+said|told|telt|tells|wants|advised|reckons|instructed)"
    r"(?:\s+(?:me|us|her|him|them|mum|my\s+mum|dad|my\s+dad|gran|my\s+gran))?"
)
_STOP_WORDS = (
    r"(?:(?:not|no)\s+(?:to|tae)\s+(?:take|have|give\s+(?:her|him))(?:\s+any)?|"
    r"(?:shouldn't|should\s+not|mustn't|must\s+not|can't|cannot|cannae)\s+(?:take|have)(?:\s+any)?|"
    r"no\s+(?:more|mair|longer\s+(?:to\s+)?(?:take|have))|no|"
    r"(?:to\s+|tae\s+)?stop(?:\s+(?:taking|giving\s+(?:her|him)|having))?|"
    r"(?:to\s+|tae\s+)?(?:come|leave|get)\s+off|(?:to\s+|tae\s+)?(?:cut\s+out|drop|ditch))"
)
# (the medicine's word is never one of the instruction's own: "no tae take …")
_THE_MEDICINE = (
    r"\s+(?:(?:the|her|his|my|any|more|wee|of|o|them)\s+)*"
    r"(?=(?!(?:to|tae|take|have|than|longer|more|mair)\b)(?P<med>[a-z][\w/-]{2,}))"
)
CLINICIAN_STOP: Final = re.compile(
    _WHO_SAYS
    + r"\s+(?:(?:that|to|she|he|i|we|mum|she's|he's|i'm|is|should|must|has|needs?)\s+){0,3}?"
    + _STOP_WORDS
    + _THE_MEDICINE
)
# … or said by "she" / "he", or by no one named, once a clinician was named before it:
# "rang the GP, she said no more naproxen", "GP phoned back. Said no more naproxen"
_CLINICIAN_NAMED: Final = re.compile(
    r"\b(?:gps?|doctor|doc|dr|consultant|nurse|pharmacist|chemist|specialist|surgeon|physio|"
    r"rheumatologist|hospital|locum|clinic|surgery)\b"
)
_THEN_SAYS: Final = re.compile(
    r"(?:\b(?:she|he|they)\s+|(?:^|[.;!,])\s*)"
    r"(?:says|said|has\s+said|told|telt|tells|wants|advised|reckons)"
    r"(?:\s+(?:me|us|her|him|them|mum|my\s+mum|dad|my\s+dad))?"
    + r"\s+(?:(?:that|to|she|he|i|we|mum|she's|he's|i'm|is|should|must|has|needs?)\s+){0,3}?"
    + _STOP_WORDS
    + _THE_MEDICINE
)


def clinician_stop_in(low: str, before: str = "") -> re.Match[str] | None:
    """A clinician's word to stop a medicine in `low` (normalised): said by the clinician
    named ("GP says nae mair paracetamol"), or by "she" or no one once one was named, in
    `before` or earlier in `low` ("rang the GP, she said no more naproxen")."""
    m = CLINICIAN_STOP.search(low)
    if m is not None:
        return m
    for m in _THEN_SAYS.finditer(low):
        if _CLINICIAN_NAMED.search(before) or _CLINICIAN_NAMED.search(low, 0, m.start()):
            return m
    return None


# … or a clause that opens with the stop right after the clinician's say, split from it:
# "the GP said: no more naproxen"
_STOP_OPENS: Final = re.compile(
    r"^\s*(?:(?:and|but|so|said|says)\s+)*" + _STOP_WORDS + _THE_MEDICINE
)


def tells_a_stop(clause: str, before: str = "") -> bool:
    """Whether a clause (normalised) tells a clinician's word to leave a medicine off ("GP
    says nae mair paracetamol"), or opens with the stop after a clinician's say in `before`
    (the clauses ahead of it): the plan told, never a dose taken or skipped."""
    m = clinician_stop_in(clause, before)
    if m is None and re.search(_WHO_SAYS + r"\W*$", before):
        m = _STOP_OPENS.search(clause)
    if m is None or _OWN_SKIP.search(clause, m.end()):
        return False
    return _names_a_medicine(m["med"])


# The person's own skip told beside it: "doctor said stop the naproxen till after the
# endoscopy so not taking it" is a dose left off, as the person says
_OWN_SKIP: Final = re.compile(
    r"\b(?:not\s+taking|(?:didn't|did\s+not|won't|haven't|not)\s+take|skipp\w*|skip|"
    r"missed|left\s+(?:it|them)\s+off)\b"
)


def _names_a_medicine(word: str) -> bool:
    """A medicine by any name the knowledge file knows ("paracetamol", "cocodamol"), or a
    word no dictionary has; never "than" ("no more than 3 a day")."""
    found = resolve_name(word)
    return (found is not None and found.exact) or _a_medicine(word)


def tells_a_schedule(clause: str, message: str) -> bool:
    """Whether a clause says how often a medicine is meant to be taken ("naproxen 500 twice
    a day now"), or a clinician's word is told, and its message nowhere that a dose was
    taken ("BID - AM dose taken")."""
    said = _SCHEDULE_SAID.search(clause) or (
        (_CLINICIAN_SAYS.search(message) or clinician_stop_in(message)) and _JUST_THE.match(clause)
    )
    return bool(said) and not _TAKING.search(message)


def _a_medicine(word: str) -> bool:
    """Whether a word names a medicine (or a kind of one), not a couch or a bed."""
    return get_drug(word) is not None or bool(_A_KIND.match(word)) or not is_english_word(word)
