"""Whether a dose told with no name is told as one ("took it", "had that one") or as
several ("took them", "all done", "meds taken"). Pure, like the rest of bot.parsing."""

from __future__ import annotations

import re

from bot.parsing.text import normalise

__all__ = ["told_as_one"]

_ONE = re.compile(r"\b(?:it|that\s+one|this\s+one|the\s+one)\b")
_SEVERAL = re.compile(
    r"\b(?:them|em|'em|all|both|everything|meds|medicines?|pills|tablets|tabs|doses|lot)\b"
)


def told_as_one(text: str) -> bool:
    """ "took it", "yep had that one": one dose meant, however many are due together."""
    low = normalise(text)
    return bool(_ONE.search(low)) and not _SEVERAL.search(low)
