"""A number just told, corrected: "sorry I meant 6 not 8", "oops it was only 1", "make
that 2". Such a message changes the entry the person has just made (bot.telegram.handlers
.amends); read as a new report it would add a second pain score, or "pain 1" for a
tablet count. Pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from bot.parsing.text import normalise
from bot.parsing.vocabulary import NUMBER_WORDS

__all__ = ["Amend", "number_value", "said_amend"]


@dataclass(frozen=True, slots=True)
class Amend:
    """The number meant, and the one it replaces when said ("6 not 8": 6, 8)."""

    value: float
    was: float | None = None


_WORDS = "|".join(sorted((w for w in NUMBER_WORDS if NUMBER_WORDS[w] <= 12), key=len, reverse=True))
# A number standing alone: not a time ("8pm", "8:30"), a strength ("400mg"), a length of
# time ("2 hours") nor a date.
_N = (
    r"(?<![\w.:/])(?:\d{1,2}(?:\.5)?|" + _WORDS + r"|half|a\s+half)"
    r"(?!\s*(?:[:.]\d|am\b|pm\b|a\.m|p\.m|mg|mcg|ml|g\b|h\b|hrs?\b|hours?|mins?\b|minutes?|"
    r"days?|weeks?|o'?clock|th\b|st\b|nd\b|rd\b|%))(?![\w])"
)
_NUMBER: Final = re.compile(_N)
# Words that say a number just sent was wrong.
_CUE: Final = re.compile(
    r"\b(?:i\s+meant|meant(?:\s+to\s+(?:say|type|put))?|i\s+mean|sorry|oops|whoops|"
    r"correction|typo|make\s+(?:that|it)|my\s+bad|no\s+wait|wait\s+no|"
    r"should\s+(?:have\s+|'ve\s+)?(?:been|said)|it\s+was\s+(?:only|just|actually)|"
    r"(?:only|just)\s+(?:had|took)|not\s+" + _N + r"\s*,)"
)
# "6 not 8", "6 instead of 8", "not 8, 6": the number replaced.
_WAS: Final = re.compile(r"\b(?:not|instead\s+of|rather\s+than)\s+(?:a\s+)?(?P<was>" + _N + r")")
# Anything else told beside the number is a report of its own, not a correction.
_OTHER_NEWS: Final = re.compile(
    r"\b(?:took|taken|had|skip\w*|snooze|slept|sleep|walk\w*|pain\s+(?:is|was)\s+\w+\s+"
    r"(?:and|but|,)|and\s+(?:took|had|my|the|also)|also|too\b|again|now|today|tonight|"
    r"this\s+(?:morning|evening|afternoon)|yesterday|last\s+night|at\s+\d|"
    # "pharmacy only had 10 of my gabapentin": what came, not a dose's count corrected
    r"pharmac\w*|chemist|drugstore|dispensed|refill\w*|prescription|script|in\s+stock)"
)
_ALLOWED_HAD: Final = re.compile(r"\b(?:only|just)\s+(?:had|took)\b")
_LONGEST = 60


def said_amend(text: str) -> Amend | None:
    """The correction `text` makes of a number just told, or None when it is not one (a
    new report, a question, a time)."""
    if not text or len(text) > _LONGEST or "?" in text:
        return None
    low = normalise(text)
    if not _CUE.search(low) and not _WAS.search(low):
        return None
    news = _OTHER_NEWS.search(_ALLOWED_HAD.sub(" ", low))
    if news is not None:
        return None
    was_match = _WAS.search(low)
    was_span = was_match.span("was") if was_match else None
    numbers = [m for m in _NUMBER.finditer(low) if m.span() != was_span]
    if len(numbers) != 1:
        return None
    value = number_value(numbers[0].group())
    was = number_value(was_match.group("was")) if was_match else None
    if value is None or value == was:
        return None
    return Amend(value, was)


def number_value(word: str) -> float | None:
    """A number said in figures or words ("2", "two", "half"), or None."""
    word = " ".join(word.split())
    if word in ("half", "a half"):
        return 0.5
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    try:
        return float(word)
    except ValueError:
        return None
