"""A person asking what too much of a medicine looks like: "what are the signs of an
overdose on tramadol?", "which signs go show say person don take too much tramadol?",
"how do I know if I took too much tylenol?". Answered from the labels (never advice);
pure, like bot.parsing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.text import normalise

__all__ = ["OverdoseQuestion", "asks_overdose_signs"]

# Cheap, on the text as written (this runs on every message): could it ask this?
_MAYBE = re.compile(r"too\s+much|overdos|\bod\b|too\s+many", re.I)
_TOO_MUCH = r"(?:an?\s+)?(?:overdose|od|too\s+(?:much|many)(?:\s+of)?)"
_ASKS = re.compile(
    # "what are the signs of an overdose", "which symptoms mean too much", Pidgin "which
    # signs go show say … too much"
    r"\b(?:what|which|wat)\s+(?:are\s+)?(?:the\s+)?(?:signs?|symptoms?|warning\s+signs?)\b"
    r"(?=.*\b(?:overdos\w*|od|too\s+(?:much|many))\b)|"
    r"\b(?:signs?|symptoms?)\s+(?:of|for)\s+" + _TOO_MUCH + r"\b(?=.*\?|\s*$)|"
    # "how do I know / how would I tell if I took too much"
    r"\bhow\s+(?:do|would|will|can|could)\s+(?:i|you|we|someone)\s+(?:know|tell|spot|see)\s+"
    r"(?:if|when|that)\b(?=.*\b(?:overdos\w*|too\s+(?:much|many))\b)|"
    r"\bwhat\s+(?:does|would|do)\s+(?:an?\s+)?(?:overdose|too\s+much)\s+(?:look|feel)\s+like\b"
)
# A report, not a question: the overdose reader (bot.parsing.redflags) answers those
_SAID_OF_NOW = re.compile(
    r"(?<!\bif\s)(?<!whether\s)(?<!when\s)"
    r"\b(?:i|i've|ive|he|she|they|my\s+\w+)\s+(?:just\s+)?(?:took|taken|has\s+taken|have\s+taken|"
    r"swallowed|had)\b(?!.*\?)"
)


@dataclass(frozen=True, slots=True)
class OverdoseQuestion:
    """The medicines asked about (generics, in the order said); none named: the person's
    own medicines."""

    medicines: tuple[str, ...]


def asks_overdose_signs(text: str, names: Sequence[str]) -> OverdoseQuestion | None:
    """What `text` asks about the signs of too much of a medicine, among `names` (the
    person's generics) or any the knowledge file knows; None when it asks no such thing."""
    if not _MAYBE.search(text):
        return None
    low = normalise(text)
    if not _ASKS.search(low) or (_SAID_OF_NOW.search(low) and "?" not in low):
        return None
    meds = Meds(list(names), DEFAULT_RESOLVE)
    said: list[str] = []
    for mention in meds.mentions(low):
        if mention.generic not in said:
            said.append(mention.generic)
    return OverdoseQuestion(tuple(said))
