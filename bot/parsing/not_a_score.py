"""A pain score the person says was never one: "no be pain 2 o!", "not pain 2", "that's
not pain", "it wasn't a pain score". Such words correct what the bot read (often the
count of a dose, "2 emzor"), so they never make a rating of their own."""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.text import normalise

__all__ = ["ANY_SCORE", "DENIED_SCORE", "denied_pain_score", "only_denies"]

# "no be" (Nigerian Pidgin) / "not" / "isn't" … then "pain N" or "a pain score (of N)".
# A bare "no pain" is pain 0, never a denial: the negation must be more than "no".
_NEGATION = (
    r"(?:no\s+be|na\s+not|not|isn't|isnt|is\s+not|wasn't|wasnt|was\s+not|ain't|aint|"
    r"never|weren't)"
)
DENIED_SCORE: Final[re.Pattern[str]] = re.compile(
    r"\b" + _NEGATION + r"\s+(?:a\s+|my\s+|the\s+|any\s+)?pain\b"
    r"(?:\s+(?:score|rating|level))?(?:\s+(?:of\s+)?(?P<n>10|\d(?:\.5)?)\b)?"
    # (never "not pain free", "not painful", "not pain killers": those say something else)
    r"(?!\s*(?:free|killers?|relief|meds?|tabs?|tablets?|pills?)\b)"
)
#: What denied_pain_score returns when no number is named ("that's not pain").
ANY_SCORE: Final = -1.0


def denied_pain_score(text: str) -> float | None:
    """The pain score `text` says it was not (ANY_SCORE when it names none: "that's not
    pain"); None when it denies no score."""
    m = DENIED_SCORE.search(normalise(text))
    if m is None:
        return None
    return float(m["n"]) if m["n"] else ANY_SCORE


_LETTER = re.compile(r"[a-z]")
_LEFT_OVER = re.compile(r"\b(?:o+|oh|abeg|sorry|that|that's|thats|it|it's|its|was|is|just)\b")


def only_denies(text: str) -> bool:
    """Whether `text` says nothing but that a score was not one ("no be pain 2 o!"):
    nothing in it to keep as a note."""
    low = normalise(text)
    rest = _LEFT_OVER.sub(" ", DENIED_SCORE.sub(" ", low))
    return low != rest and len(_LETTER.findall(rest)) < 3
