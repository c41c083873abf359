"""A person asking what a medicine has in it: "any paracetamol in the co codamol?", "does
solpadeine contain codeine", "what's in my co-codamol?". Answered from the knowledge
file's ingredients (never advice); pure, like bot.parsing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.parsing.medications import Meds, Mention
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.text import normalise

__all__ = ["ContentsQuestion", "asks_whats_in"]

# Cheap, on the text as written (this runs on every message): could it ask this?
_MAYBE = re.compile(r"\bin\b|\binside\b|contain|\bha(?:ve|s)\b|\bgot\b|\bincludes?\b", re.I)
# Asked: a question mark, or an opening that asks ("any …", "is there …", "does …").
_ASKS = re.compile(
    r"\?\s*$|^\W*(?:(?:hi|hey|quick\s+question|sorry|so|and|also|um|ok|okay)\W+)?"
    r"(?:any|is|are|does|do|has|have|what|whats|what's|how\s+much|how\s+many\s+mg|"
    r"just\s+wondering|wondering|i\s+wonder)\b"
)
_OWNER = r"(?:(?:the|my|ma|me|mah|your|this|that|these|those|a|an|her|his)\s+)?"
# "paracetamol in the co codamol", "codeine inside my solpadeine", "is in co-codamol"
_IN = re.compile(r"^\s+(?:(?:is|are)\s+(?:there\s+)?)?(?:in|inside)\s+" + _OWNER + r"$")
# "co-codamol have paracetamol", "solpadeine contains any codeine", "co codamol got"
_HAS = re.compile(
    r"^\s+(?:have|has|contain|contains|got|include|includes|ha(?:ve|s)\s+got)\s+"
    r"(?:any\s+|some\s+)?$"
)
# "what's in my co-codamol", "what is in the solpadeine", "what does co-codamol contain"
_WHATS_IN = re.compile(r"\bwhat(?:'s|s|\s+is)?\s+(?:in|inside)\s+" + _OWNER + r"$")
_WHAT_DOES = re.compile(r"\bwhat\s+does\s+" + _OWNER + r"$")
_CONTAIN_AFTER = re.compile(r"^\s+(?:contain|have\s+in\s+it|have\s+in|got\s+in\s+it)\b")
# A dose or a plan told, not a question about contents ("took 2 paracetamol in the
# morning?"); "how many can I take" is a dose question, never answered here.
_NOT_CONTENTS = re.compile(
    r"\b(?:took|taken|take|taking|had|have\s+had|swallowed|can\s+i|should\s+i|how\s+many\s+"
    r"(?:can|should|do|tablets|pills)|instead|with)\b"
)


@dataclass(frozen=True, slots=True)
class ContentsQuestion:
    """The medicine asked about (`product`, a generic as read against the person's list)
    and the ingredient asked after (`ingredient`, a generic), or None for "what's in it"."""

    product: str
    ingredient: str | None


def asks_whats_in(text: str, meds: Sequence[str] = ()) -> ContentsQuestion | None:
    """The question "is there X in Y?" or "what's in Y?" in `text`, or None; `meds` is the
    person's regimen (generic names)."""
    if len(text) > 160 or not _MAYBE.search(text):
        return None
    low = normalise(text).strip()
    if not _ASKS.search(low) or _NOT_CONTENTS.search(low):
        return None
    mentions = Meds(list(meds), DEFAULT_RESOLVE).mentions(low)
    for first, second in zip(mentions, mentions[1:], strict=False):
        between = low[first.end : second.start]
        if _IN.match(between):
            return _asked(low, product=second, ingredient=first)
        if _HAS.match(between):
            return _asked(low, product=first, ingredient=second)
    if len(mentions) == 1:
        only = mentions[0]
        before, after = low[: only.start], low[only.end :]
        if _WHATS_IN.search(before) or (_WHAT_DOES.search(before) and _CONTAIN_AFTER.match(after)):
            return ContentsQuestion(product=only.generic, ingredient=None)
    return None


def _asked(low: str, *, product: Mention, ingredient: Mention) -> ContentsQuestion | None:
    """The question for these two mentions: the ingredient read as itself ("codeine" is
    codeine, not the person's co-codamol it would be folded into as a dose)."""
    own = Meds([], DEFAULT_RESOLVE).mentions(low[ingredient.start : ingredient.end])
    generic = own[0].generic if own else ingredient.generic
    if generic == product.generic or "/" in generic:
        return None  # "any co-codamol in the co-codamol": not a contents question
    return ContentsQuestion(product=product.generic, ingredient=generic)
