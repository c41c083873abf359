"""Numbness or tingling told as getting worse or spreading ("the tingling's spreading up
to my knee", "6, the numbness is getting worse"): read for a place said alone
(bot.parsing.answers) and beside a pain score (bot.parsing.parser) alike. Pure."""

from __future__ import annotations

import re

from bot.parsing.intents import QUALITIES
from bot.parsing.patterns import QUALITIES_RE
from bot.parsing.spans import negated_at

__all__ = ["NERVE_THING", "felt", "nerve_growing"]

# Numbness or tingling told as a thing ("the numbness", "pins and needles"), not a
# feeling of the mind ("I feel numb" may be a mood: never read as the legs)
NERVE_THING = re.compile(
    r"\b(?:numbness|numb\s+(?:patch|bit|area|spot|feeling)|tingl(?:ing|es|y)|"
    r"pins\s+(?:and|n|&)\s+needles)\b"
)
# Getting worse or spreading, said of it: "is getting worse", "'s spreading up to my knee",
# "has spread", "creeping further down", "more and more"
_GROWING = re.compile(
    r"\b(?:worse|worsening|bigger|spread(?:ing|s)?|crept|creep(?:ing|s)?)\b|"
    r"\bmore\s+and\s+more\b|\bfurther\s+(?:up|down)\b|"
    r"\b(?:moving|moved|travell?(?:ing|ed))\s+(?:up|down|further|into)\b"
)
_NERVE = ("numb", "tingling")
# Where one thing said ends and the next begins: "numb foot, back worse" is not numbness
# getting worse
_SAID_APART = re.compile(r"[.,;!?]|\bbut\b")


def felt(low: str) -> tuple[str, ...]:
    """What is said to be felt (shooting, tingling…), in QUALITIES order; none denied."""
    said = {m.lastgroup for m in QUALITIES_RE.finditer(low) if not negated_at(low, *m.span())}
    return tuple(q for q in QUALITIES if q in said)


def nerve_growing(low: str) -> bool:
    """Whether numbness or tingling said in lower-cased `low` is told, in the same clause,
    as getting worse or spreading, not denied ("no worse", "isn't spreading")."""
    if not set(felt(low)) & set(_NERVE):
        return False
    for clause in _SAID_APART.split(low):
        if not set(felt(clause)) & set(_NERVE):
            continue
        if any(not negated_at(clause, *m.span()) for m in _GROWING.finditer(clause)):
            return True
    return False
