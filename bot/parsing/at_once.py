"""A count of a medicine told as taken together, with no verb: "tramadol 2 at once",
"naproxen two together", "gaba 2 in one go" (got nothing, or a pain score of 2). Never a
limit or someone's instruction: "tramadol 2 at once max", "dr says 2 at once". Pure."""

from __future__ import annotations

import re

from bot.parsing.numbers import count_value

__all__ = ["counted_at_once", "a_limit_told"]

# The count just after the name (past a strength: "tramadol 50mg 2 at once"), then how they
# went down: all together
_AT_ONCE_AFTER = re.compile(
    r"(?:\s*\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml)\b)?[\s,]*(?:x\s*)?(?P<n>[1-4]|one|two|three|four)\s+"
    r"(?:of\s+(?:them|em)\s+)?(?:at\s+once|together|in\s+one\s+go|at\s+the\s+same\s+time)\b"
)
# The most one may take, or the words of whoever prescribed it: a rule, not a dose
_A_LIMIT = re.compile(
    r"\b(?:max(?:imum)?|at\s+most|no\s+more\s+than|not\s+more\s+than|limit|never\s+more|"
    r"allowed|supposed|meant\s+to|instructions?|directions?|label|leaflet|per\s+(?:the\s+)?(?:dr|doctor|gp)|"
    r"(?:doctor|doc|dr|gp|pharmacist|nurse|consultant|specialist|surgeon)\s+(?:said|says|told|wants))\b"
)


def counted_at_once(clause: str, end: int) -> float | None:
    """The count told just after a medicine's name ending at `end`, with "at once" or
    "together" after it ("tramadol 2 at once"); None if there is none."""
    m = _AT_ONCE_AFTER.match(clause, end)
    return count_value(m["n"]) if m else None


def a_limit_told(clause: str) -> bool:
    """Whether `clause` tells a limit or someone's instruction ("2 at once max", "dr says
    2 together") rather than a dose."""
    return _A_LIMIT.search(clause) is not None
