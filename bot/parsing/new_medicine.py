"""A medicine not on the person's list, told as newly started by a clinician: "dr started
me on pregabalin 75mg twice a day", "GP put me on amitriptyline 10mg at night", "new
prescription: naproxen 500 twice daily for 10 days", "home now, they gave me tramadol
50mg every 6h for a week" (Sandbox, Leeds: each got "it doesn't sound like one you
took"). Read here: which medicine, and the words from its name on, which the one-line
/add reads as it would `/add <line>`. Never a plan ("might start me on"), a question, a
refusal, a past tried, or someone else's. Pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from bot.parsing.addline import parse_add_line
from bot.parsing.course import CourseSpec
from bot.parsing.experiencer import someone_elses
from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.regimen_change import listed_as
from bot.parsing.text import normalise

__all__ = ["StartedMedicine", "started_told"]


@dataclass(frozen=True, slots=True)
class StartedMedicine:
    """A medicine started, not on the list: its generic, and the words from its name on
    ("pregabalin 75mg twice a day"), as `/add` would take them."""

    medicine: str
    line: str


# Cheap, on the text as written (this runs on every report): could it tell a start?
_MAYBE: Final = re.compile(
    r"start|put|switch|mov|chang|swap|prescri|gave|given|script|rx|home\s+with|added", re.I
)
# Leave room for "the", "some", "a new" between the words and the medicine's name.
_FILLER = r"(?:(?:the|some|a|an|new|this|these|my)\s+)*"
# The words that say a clinician started it, each ending where the medicine's name begins.
_STARTED: Final = re.compile(
    r"(?:"
    # "dr started me on", "they put me on", "GP switched me to", "has me on"
    r"\b(?:started|put|got|switched|moved|changed|swapped|has|have)\s+me\s+(?:over\s+)?"
    r"(?:on(?:to)?|to)\s+"
    # "I've been put on", "was started on", "got started on"
    r"|\b(?:been|was|got|am|i'm|im)\s+(?:just\s+|now\s+)?(?:started|put|switched|moved)\s+"
    r"(?:over\s+)?(?:on(?:to)?|to)\s+"
    # "prescribed me", "was prescribed", "GP prescribed", "they gave me", "given"
    r"|\b(?:prescribed|gave|given|give)\s+(?:me\s+)?"
    # "sent me home with", "discharged with", "came home with"
    r"|\b(?:sent\s+(?:me\s+)?home|discharged(?:\s+me)?|came\s+(?:home|out)|home)\s+with\s+"
    # "new prescription: …", "new meds - …", "got a script for …"
    r"|\bnew\s+(?:prescription|script|rx|med(?:ication|icine)?s?|tablets?|pills?)\s+"
    r"(?:for\s+|of\s+|is\s+|are\s+)?|\b(?:prescription|script|rx)\s+for\s+"
    # "the GP added amitriptyline": a clinician's word only (never "I added some ibuprofen",
    # nor "she started pregabalin", which may be the one taking it)
    r"|\b(?:dr|doctor|doc|gp|consultant|specialist|surgeon|hospital|they|nurse|pharmacist|"
    r"clinic)\s+(?:has\s+|have\s+|'s\s+)?(?:added|started)\s+(?!(?:me|him|her|them|us)\b)"
    r")" + _FILLER
)
# "gave me", "given", "prescription", "came home with": one handed over in the ward or
# one prescribed — only a schedule or a course said makes it a medicine to keep taking.
_NEEDS_SCHEDULE: Final = re.compile(r"\b(?:gave|given|give|with)\s+(?:me\s+)?" + _FILLER + "$")
# Not done (yet), not said of the writer, or asked: "might start me on", "wants to put
# me on", "didn't put me on", "talked about starting", "next week".
_NOT_DONE: Final = re.compile(
    r"\b(?:might|may|maybe|could|would|should|thinking|considering|consider|want(?:s|ed)?|"
    r"wanna|going\s+to|gonna|will|'ll|plan(?:s|ning|ned)?|talk(?:ed|ing)?|discuss\w*|"
    r"suggest\w*|offer\w*|mention\w*|if|whether|hop(?:e|ing)|wish|about\s+to|next|"
    r"not|didn't|didnt|did\s+not|won't|wont|wouldn't|refused|refuse|never|no|haven't|"
    r"hasn't|isn't|can't|cannot)\b"
)
# A start long past, or one that has ended: "put me on tramadol years ago", "they gave
# me naproxen before and it did nothing"
_PAST: Final = re.compile(
    r"\b(?:years?\s+ago|months?\s+ago|last\s+(?:year|time)|used\s+to|in\s+the\s+past|"
    r"previously|back\s+in|stopped|came\s+off|took\s+me\s+off|didn't\s+work|did\s+nothing|"
    r"tried\s+(?:it|that|them)?\s*before)\b"
)
# Someone else started: "started her on", "my wife was put on", "she's been put on"
_ANOTHER: Final = re.compile(
    r"\b(?:he|she|they've\s+been|he's|she's|his|her|him|them)\s+(?:\w+\s+)?(?:been|was|got)\s+"
    r"(?:just\s+|now\s+)?(?:started|put|switched|moved)\b|\bfor\s+(?:my|her|his|our)\s+\w+"
)
_ASKED: Final = re.compile(
    r"^\W*(?:should|shall|can|could|do|does|did|is|are|will|would|may|might|what|why|how|"
    r"who)\b"
)
# Where the medicine's line ends: a sentence's end, or a comma (or "but", "so") before
# words that are not the schedule's ("…twice a day, feeling dizzy already").
_SENTENCE_END: Final = re.compile(r"[.;!?\n]")
_CLAUSE_END: Final = re.compile(
    r",\s*(?!(?:\d|for|every|once|twice|three|four|at|as|max|up\s+to|until|till|then|in\s+the|"
    r"morning|night|bedtime|with|before|after|from|on\s+(?:mon|tue|wed|thu|fri|sat|sun)|"
    r"mon|tue|wed|thu|fri|sat|sun|and\s+(?:\d|at|then|for|every))\b)|"
    r"\s+(?:but|so|because|cos|coz|which|and\s+(?:i|it|my|the|now|feel\w*)|feel\w*|hope\w*)\b"
)
_MAX_CHARS: Final = 300


def started_told(text: str, meds: Sequence[str]) -> StartedMedicine | None:
    """The medicine `text` tells a clinician started the writer on, when it is not on
    `meds` (the list's generics, as `says_regimen_changed` takes them); None otherwise."""
    if len(text) > _MAX_CHARS or not _MAYBE.search(text) or text.rstrip().endswith("?"):
        return None
    low = normalise(text)
    if _ASKED.search(low):
        return None
    known = Meds(list(meds), DEFAULT_RESOLVE)
    for sentence in _SENTENCE_END.split(low):
        found = _started_in(sentence, known, meds)
        if found is not None:
            return found
    return None


def _started_in(sentence: str, known: Meds, meds: Sequence[str]) -> StartedMedicine | None:
    """The medicine one sentence tells was started, or None."""
    for cue in _STARTED.finditer(sentence):
        named = next((m for m in known.mentions(sentence) if m.start == cue.end()), None)
        if named is None:
            continue  # "put me on the waiting list": no medicine where its name would be
        if listed_as(named.generic, meds):
            return None  # on the list already: a change, said so by says_regimen_changed
        # (the words before it, back to the clause's start: "home now, they gave me …")
        before = re.split(r",|\b(?:but|and|so|then|because|cos)\b", sentence[: cue.start()])[-1]
        said = before + sentence[cue.start() : named.start]
        if _NOT_DONE.search(said) or _ANOTHER.search(said) or someone_elses(before.strip()):
            return None
        line = _line_from(sentence[named.start :])
        if _PAST.search(said + " " + sentence[named.end :]):
            return None
        if _NEEDS_SCHEDULE.search(sentence[: named.start]) and not _says_how_often(line):
            return None  # "the nurse gave me morphine": one dose given, not a medicine begun
        return StartedMedicine(medicine=named.generic, line=line)
    return None


def _line_from(words: str) -> str:
    """The medicine's own words, from its name to where the sentence turns elsewhere."""
    end = _CLAUSE_END.search(words)
    return (words[: end.start()] if end else words).strip(" ,-:")


def _says_how_often(line: str) -> bool:
    """Whether the line says how often or how long: a frequency, as needed, a course, or
    times of day (one clock time alone is a dose given then: "gave me morphine at 3")."""
    req = parse_add_line(line)
    return bool(len(req.times) > 1 or req.per_day or req.as_needed or req.course != CourseSpec())
