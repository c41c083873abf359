"""Whether a message says a dose was *not* taken after all ("I never took the naproxen
this morning", "pressed taken by mistake"), as against skipping one still to come
("skip the naproxen tonight"). A dose already marked taken is then offered for
correction, never changed on these words alone."""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.text import normalise

__all__ = ["denies_taking"]

_DENIES: Final[re.Pattern[str]] = re.compile(
    r"\b(?:didn't|did\s+not|haven't|have\s+not|hasn't|has\s+not|hadn't|never|wasn't|not)\s+"
    r"(?:\w+\s+){0,2}?(?:take|took|taken|have|had|swallow(?:ed)?)\b"
    # "didn't have much pain" is about the pain, not a dose
    r"(?!\s+(?:much|any|a\s+lot\s+of)?\s*(?:pain|sleep|time|chance|energy|appetite)\b)|"
    r"\bforgot\b|"
    r"\b(?:by\s+(?:mistake|accident)|accidentally|wrong\s+button|mis-?tapped|"
    r"(?:pressed|tapped|hit|clicked)\s+(?:\w+\s+){0,2}?(?:too\s+soon|too\s+early|wrong))\b"
)


def denies_taking(text: str) -> bool:
    """True when `text` says a dose was not taken, or an answer was given by mistake."""
    return bool(_DENIES.search(normalise(text)))
