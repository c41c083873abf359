"""Where it hurts, from a short typed answer ("lower back and left leg")."""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.vocabulary import LOCATION_TERMS

_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (key, re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)) for key, alt in LOCATION_TERMS
)


def find_locations(text: str) -> list[str]:
    """Body locations named in `text`, most specific first (a named side beats "leg")."""
    found: list[str] = []
    spans: list[tuple[int, int]] = []
    for key, pattern in _PATTERNS:
        for m in pattern.finditer(text[:500]):
            if any(s <= m.start() < e for s, e in spans):
                continue  # "left leg" already counted; don't add a bare "leg" too
            spans.append(m.span())
            if key not in found:
                found.append(key)
    return found
