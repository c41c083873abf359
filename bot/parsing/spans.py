"""Character spans of a clause: blanking parts out, negation around a match."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.parsing.patterns import NEG_AFTER, NEG_BEFORE


def negated_at(text: str, start: int, end: int) -> bool:
    return bool(NEG_BEFORE.search(text[max(0, start - 40) : start])) or bool(
        NEG_AFTER.match(text[end : end + 30])
    )


def mask(text: str, spans: Sequence[tuple[int, int]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for i in range(max(0, a), min(len(chars), b)):
            chars[i] = " "
    return "".join(chars)


def blank(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)
