"""A medicine just told, corrected: "sorry I meant the paracetamol not the naproxen",
"not the naproxen, the paracetamol", "oops it was the tylenol". Such a message moves the
dose just entered to the medicine meant (bot.telegram.handlers.amends); read as a new
report it was two skips of doses not waiting. Pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from bot.parsing.medications import Meds
from bot.parsing.text import normalise
from bot.parsing.vocabulary import Resolve

__all__ = ["MedSwap", "said_med_swap"]


@dataclass(frozen=True, slots=True)
class MedSwap:
    """The medicine meant, and the one it replaces when named."""

    meant: str
    was: str | None = None


# Words that say the medicine just told was the wrong one.
_CUE: Final = re.compile(
    r"\b(?:i\s+meant|meant|i\s+mean|sorry|oops|whoops|correction|my\s+bad|wrong\s+one|"
    r"(?:it|that)\s+was\s+(?:actually\s+)?(?:the|my|a)|not\s+the|not\s+my)\b"
)
# "… not Y", "instead of Y", "rather than Y": Y is the one replaced
_NOT: Final = re.compile(r"\b(?:not|instead\s+of|rather\s+than)\s+(?:the\s+|my\s+|a\s+|an\s+)?$")
# Anything else told beside the names is a report of its own, not a correction.
_OTHER_NEWS: Final = re.compile(
    r"\b(?:pain|slept|sleep|walk\w*|skip\w*|forgot|also|too|again|and\s+(?:took|had)|"
    r"yesterday|last\s+night|tomorrow|later|will|gonna)\b|\d"
)
_LONGEST = 80


def said_med_swap(text: str, meds: Sequence[str], resolve: Resolve) -> MedSwap | None:
    """The correction `text` makes of the medicine just told, or None when it is not
    one (a new report, a question)."""
    if not text or len(text) > _LONGEST or "?" in text:
        return None
    low = normalise(text)
    if not _CUE.search(low) or _OTHER_NEWS.search(low):
        return None
    mentions = Meds(meds, resolve).mentions(low)
    named = list(dict.fromkeys(m.generic for m in mentions))
    if not named or len(named) > 2:
        return None
    replaced = [m.generic for m in mentions if _NOT.search(low, 0, m.start)]
    if len(named) == 1:
        # "oops it was the tylenol": the one meant; "not the naproxen" alone says nothing
        return None if replaced else MedSwap(named[0])
    if len(set(replaced)) != 1:
        return None
    was = replaced[0]
    meant = next(g for g in named if g != was)
    return MedSwap(meant, was)
