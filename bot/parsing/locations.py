"""Where it hurts, from a short typed answer ("lower back and left leg")."""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.spans import negated_at
from bot.parsing.vocabulary import LOCATION_TERMS

_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (key, re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)) for key, alt in LOCATION_TERMS
)


def find_locations(text: str) -> list[str]:
    """Body locations named in `text`, most specific first (a named side beats "leg"); a
    place said not to hurt ("no tingling in my leg", "nothing down the leg") is not one."""
    found: list[str] = []
    spans: list[tuple[int, int]] = []
    head = text[:500]
    for key, pattern in _PATTERNS:
        for m in pattern.finditer(head):
            if any(s <= m.start() < e for s, e in spans):
                continue  # "left leg" already counted; don't add a bare "leg" too
            spans.append(m.span())
            if negated_at(head, *m.span()):
                continue
            if key not in found:
                found.append(key)
    return found


def denied_locations(text: str) -> list[str]:
    """Places said not to hurt ("no pain in my legs"): a pertinent negative to keep, not a
    message to meet with "didn't catch that"."""
    head = text[:500]
    return [
        key
        for key, pattern in _PATTERNS
        if any(negated_at(head, *m.span()) for m in pattern.finditer(head))
    ]
