"""Whose plan a vague "later" is: the dose's, or something else the person will do.

"I'll take it later" puts the dose off; "will call the doctor later", "I'll eat later",
"gonna shower later" put off a call, a meal, a shower. What decides is the verb the
future word ("will", "gonna", "going to" …) governs: a taking verb, a waiting verb, or a
verb whose object is the dose speaks of the dose; any other verb is a plan of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.parsing.drug_kinds import names_a_kind
from bot.parsing.medications import Mention
from bot.parsing.patterns import DOSE_OBJECT_WORDS, PILL_RE
from bot.parsing.spelling import is_english_word
from bot.parsing.vocabulary import word_set as _words

# The future words a verb follows ("I'll call", "gonna eat", "going to shower")
_MODAL: Final = re.compile(
    r"\b(?:i'll|ill|we'll|will|shall|gonna|going\s+to|let\s+me|want\s+to|wanna|need\s+to|"
    r"have\s+to|got\s+to|gotta|plan\s+to|planning\s+to)\b"
)
# Words between the future word and its verb that say nothing of what is done
# ("I'll probably just take it", "gonna try and have it", "will be taking it")
_VERB: Final = re.compile(
    r"(?:(?:just|probably|prob|prolly|maybe|then|definitely|def|defo|only|still|also|"
    r"surely|actually|try\s+(?:to|and)|be)\s+)*(?P<v>[a-z][a-z']*)"
)
# A break between the future word and the wait: "I'll eat first, later" waits on its own
_BREAK: Final = re.compile(r"[,.;:!?]|\b(?:and|but|so|or)\b")
#: Verbs said of a dose with no object needed ("I'll take later", "will do later")
_DOSE_VERBS: Final = _words(
    "take taking have having do doing pop popping use using swallow apply put inject stick "
    "chew wear wait hold hang snooze remind skip leave save"
)
# What the verb acts on when it is the dose ("try it later", "grab them after lunch")
_DOSE_OBJECT: Final = re.compile(
    r"\s+(?:it|them|mine|one|that|this|my\s+(?:meds|medication|medicine|dose|pills?|tablets?))\b"
)
# A thing named after a verb: "my check in", "a bath"
_DETERMINED: Final = re.compile(
    r"\s+(?:the|my|a|an|our|his|her|their|some)\s+(?P<w>[a-z][a-z']*)\b"
)
# After the future word, a place or a thing and no verb: "going to the allotment later"
_NO_VERB: Final = _words("the a an my our his her their some")


def another_plan_waits(clause: str, wait_at: int, mentions: Sequence[Mention]) -> bool:
    """Whether the vague wait starting at `wait_at` in `clause` (lower case) belongs to a
    plan other than the dose: the nearest future word before it governs a verb that is
    not taking, waiting, or done to the dose ("will call the doctor later")."""
    modal = _nearest_modal(clause, wait_at)
    if modal is None:
        return False
    verb = _VERB.match(clause, modal)
    if verb is None or verb.start("v") >= wait_at or _within(verb.start("v"), mentions):
        return False  # "I'll later", "will naproxen later": nothing else named
    word = verb["v"]
    if word in _NO_VERB:
        return True
    if word in _DOSE_VERBS:
        return _names_another_thing(clause, verb.end(), wait_at, mentions)
    if _DOSE_OBJECT.match(clause, verb.end()):
        return False
    if any(verb.end() <= m.start < wait_at for m in mentions):
        return False  # "will grab the naproxen later": the medicine is what waits
    # (a word no dictionary has may be a taking verb misspelt: "i'll tk it later")
    return is_english_word(word)


def _nearest_modal(clause: str, wait_at: int) -> int | None:
    """Where the verb after the last future word before `wait_at` starts, if nothing
    breaks the phrase between them."""
    last = None
    for m in _MODAL.finditer(clause, 0, wait_at):
        last = m
    if last is None or _BREAK.search(clause, last.end(), wait_at):
        return None
    rest = clause[last.end() : wait_at]
    return wait_at - len(rest.lstrip())


def _names_another_thing(clause: str, end: int, wait_at: int, mentions: Sequence[Mention]) -> bool:
    """Whether a taking verb ending at `end` is given a thing no dose is called ("do my
    check in", "have a bath", "take the dog out") before the wait."""
    thing = _DETERMINED.match(clause, end)
    if thing is None or thing.end() > wait_at or _within(thing.start("w"), mentions):
        return False
    word = thing["w"]
    if word in DOSE_OBJECT_WORDS or PILL_RE.match(word) or names_a_kind(clause, thing.start("w")):
        return False
    return is_english_word(word)


def _within(at: int, mentions: Sequence[Mention]) -> bool:
    return any(m.start <= at < m.end for m in mentions)
