"""A pain rating above the scale: "pain 11", "my pain is 20 today", or a bare "11" to the
check-in's pain question. The scale stops at 10, so the person is asked again with its
buttons rather than told "didn't catch that" (Sandbox, London: "11" at the check-in).
"12 out of 10" names its scale and the parser reads it as 10."""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.text import normalise

__all__ = ["off_scale_pain"]

_LEAD: Final = (
    r"(?:(?:my\s+|the\s+)?(?:back\s+)?pain(?:'s|\s+is|\s+was)?(?:\s+(?:level|score|rating)"
    r"(?:\s+is)?)?(?:\s+(?:at|about|around|like))?(?:\s+a)?\s+|"
    r"(?:it's|its|it\s+is|it\s+was)\s+(?:at\s+|like\s+)?(?:a\s+)?)"
)
_TAIL: Final = r"(?:\s+(?:today|now|right\s+now|tonight|this\s+morning))?[\s!.]*"
_SAID: Final = re.compile(rf"^(?P<lead>{_LEAD})?(?P<n>\d{{2,3}}){_TAIL}$")


def off_scale_pain(text: str, *, pain_asked: bool) -> bool:
    """Whether `text` rates pain above 10; a bare number counts only when the pain
    question is waiting (`pain_asked`), since "11" alone may be a time."""
    m = _SAID.match(normalise(text).strip())
    if m is None or not 10 < int(m["n"]) <= 100:
        return False
    return bool(m["lead"]) or pain_asked
