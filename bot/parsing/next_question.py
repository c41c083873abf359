"""A person asking when their next dose or reminder is: "what time is my next dose?",
"when do I take my gabapentin?", "when's my next reminder". Answered from their own
schedule (never advice, never a dose logged); pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.parsing.experiencer import QUESTION_OPENERS
from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.text import normalise

__all__ = ["NextQuestion", "asks_when_next"]

_WHEN = r"(?:when|what\s+time|wat\s+time|what\s+hour)"
_IS = r"(?:is|'s|s|will\s+be|are|do\s+i\s+get)"
_THINGS = (
    r"(?:dose|doses|pill|pills|tablet|tablets|meds|medication|medicine|medicines|"
    r"reminder|reminders)"
)
_ASKS = re.compile(
    r"^\W*(?:(?:" + QUESTION_OPENERS + r"|hi|hey|hello|so|and|ok|okay)\W+)*"
    r"(?:"
    # "when is my next dose", "what time's the next reminder", "when's my next gabapentin"
     + _WHEN + r"\s*" + _IS + r"\s+(?:my|the)\s+next\s+(?P<a>[^?]{1,40}?)"
    # "when is my gabapentin due", "what time is my evening dose due"
    r"|" + _WHEN + r"\s*" + _IS + r"\s+(?:my|the)\s+(?P<b>[^?]{1,40}?)\s+due(?:\s+next)?"
    # "when do I take my gabapentin", "what time do I have my next pill"
    r"|" + _WHEN + r"\s+(?:do|should|shall|am)\s+i\s+"
    r"(?:take|have|due\s+for|supposed\s+to\s+take)\s+"
    r"(?:my\s+|the\s+)?(?:next\s+)?(?P<c>[^?]{1,40}?)(?:\s+next)?"
    # "next dose when?", "next reminder?"
    r"|(?:my\s+|the\s+)?next\s+(?P<d>" + _THINGS + r")(?:\s+(?:when|at\s+what\s+time))?"
    r")(?:\s+(?:today|tonight|tomorrow|again|please|pls))?\s*\?*\s*$"
)
# "when do I take it with food?", "what time is my next appointment": other questions
_NOT_ABOUT_WHEN = re.compile(
    r"\b(?:with|without|before|after|if|appointment|visit|check-?in|refill|prescription|script)\b"
)


@dataclass(frozen=True, slots=True)
class NextQuestion:
    """The person's medicines the question names (generics); none: any of them."""

    medicines: tuple[str, ...]


def asks_when_next(text: str, meds: Sequence[str] = ()) -> NextQuestion | None:
    """The question "when is my next dose?" in `text`, or None; `meds` is the person's
    regimen (generic names), read as the parser reads it."""
    if len(text) > 120 or not re.search(r"\b(?:when|time|next)\b", text, re.IGNORECASE):
        return None
    low = normalise(text)
    m = _ASKS.match(low)
    if m is None:
        return None
    words = next(g for g in m.groups() if g is not None)
    if _NOT_ABOUT_WHEN.search(words):
        return None
    mentions = Meds(list(meds), DEFAULT_RESOLVE).mentions(words)
    named = tuple(dict.fromkeys(mention.generic for mention in mentions))
    if not named and not re.search(_THINGS, words) and not re.match(r"^(?:one|it|them)$", words):
        return None  # "when is my next physio": not a dose
    return NextQuestion(medicines=named)
