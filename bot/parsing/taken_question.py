"""A person asking the record whether they took a dose: "did I take my gabapentin this
morning?", "have I had my meds today?". Such a question is answered from what is
recorded (never a dose logged, never advice); pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.parsing.text import normalise

__all__ = ["TakenQuestion", "asks_if_taken"]

_ASKS = re.compile(
    r"^\W*(?:(?:did|have|had)\s+i\s+(?:already\s+|even\s+|actually\s+|definitely\s+|really\s+)?"
    r"(?:take|taken|took|had|have|swallow(?:ed)?|put\s+on|done)|"
    r"(?:was|is|has)\s+my\s+(?P<mine>[\w/ -]{1,40}?)\s+(?:been\s+)?(?:taken|had|done))\b"
    r"(?P<rest>[^?]*)\??\s*$"
)
# Words that ask about every medicine rather than one
_ALL = re.compile(r"\b(?:meds|medication|medications|medicines?|pills|tablets|doses?|everything)\b")


@dataclass(frozen=True, slots=True)
class TakenQuestion:
    """What the question names: its words, for the medicine to be found among the
    person's own (`about_all` when it asks about every dose)."""

    words: str
    about_all: bool


def asks_if_taken(text: str) -> TakenQuestion | None:
    """The question "did I take …?" in `text`, or None when the text is not one."""
    low = normalise(text)
    if len(low) > 120:
        return None
    m = _ASKS.match(low)
    if m is None:
        return None
    words = " ".join(filter(None, (m["mine"], m["rest"]))).strip()
    return TakenQuestion(words=words, about_all=not words or bool(_ALL.search(words)))
