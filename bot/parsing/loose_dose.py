"""A dose told loosely: at no clock time ("he had an extra endone tonight", "took one
earlier") or by someone else about the patient ("this is Sharon, Gary's wife…"). Such a
dose may be one already logged, told again; the caller asks before counting it twice.
Pure, like the rest of bot.parsing."""

from __future__ import annotations

import re

from bot.parsing.carer import as_the_patient
from bot.parsing.text import normalise
from bot.parsing.timephrases import scan_time

__all__ = ["says_another", "told_loosely"]

# Times that name a stretch of the day, not an instant ("earlier" is no anchor of its own)
_LOOSE = re.compile(
    r"\b(?:earlier|before|a\s+(?:while|bit)\s+(?:ago|back)|at\s+some\s+point|sometime|"
    r"today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)\b"
)
# A meal or part of the day read as its usual hour ("with dinner"): a stretch too
_STRETCHES = ("meal",)


def told_loosely(text: str) -> bool:
    """Whether `text` tells a dose by someone other than the patient, or with only a
    stretch of the day for its time ("tonight", "earlier") rather than a clock time."""
    if as_the_patient(text) != text:
        return True
    low = normalise(text)
    scan = scan_time(low)
    if scan.ago is not None:
        return False  # "2 hours ago": an instant, as good as a clock
    if scan.clock is not None:
        return scan.clock.period in _STRETCHES
    return scan.anchor is not None or _LOOSE.search(low) is not None


# A dose said to be one more than before: "took another tramadol", "1 more", "an extra
# one" (never "again" nor "my second dose", which as often name the dose due now)
_MORE = r"(?:another|(?:one|\d+|two|three|a\s+couple(?:\s+of)?)\s+more|an?\s+extra)"
_ANOTHER = re.compile(
    # said of the taking itself ("had another bad night, took my pills" is no more pills)
    rf"\b(?:took|taken|had|popped|swallowed|taking)\s+(?:just\s+)?{_MORE}\b"
    r"(?!\s+(?:\w+\s+)?(?:night|day|week|morning|evening|go|look|try|think|round|chat|"
    r"appointment|visit|scan|session|flare|spasm|attack|episode|fall|bath|shower|nap|sleep))|"
    rf"^(?:and\s+|just\s+)?{_MORE}(?:\s+(?:one|of\s+them|tablet|pill)s?)?\W*$"
)


def says_another(text: str) -> bool:
    """Whether `text` tells a dose as one more than an earlier one: never that earlier
    dose told again, and never the first answer to a reminder of another medicine."""
    return _ANOTHER.search(normalise(text)) is not None
