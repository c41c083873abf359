"""A number said again in the same message replaces the one before it: "took 3 advil, no
wait, it was 2", "tramadol at 8, sorry I mean 9", "pain 6, no actually more like 7". The
message is read as the person finally meant it."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["restate"]

_NUMBER = (
    r"(?:\d+(?:[.:]\d+)?(?!\d)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
)
# A number, or a clock time said around one ("half past 1", "quarter to 9", "9pm").
_VALUE = (
    r"(?:(?:half\s+past|quarter\s+(?:past|to)|(?:\d+|five|ten|twenty)\s+(?:past|to))\s+)?"
    + _NUMBER
    + r"(?:\s*(?:am|pm))?"
)
# Only at the start of a clause: "pain actually 7" is no correction of an earlier number.
_MARK = (
    r"(?:no\s+wait|wait\s+no|sorry\s*,?\s*(?:i\s+)?mean[t]?|i\s+mean[t]?|no\s*,?\s*sorry|"
    r"scratch\s+that|correction|make\s+(?:that|it)|or\s+rather|no\s*,?\s*actually|actually|"
    r"no(?=\s*,?\s*\d))"
)
_LEAD = r"(?:it\s+was\s+|it's\s+|more\s+like\s+|like\s+|make\s+(?:that|it)\s+)?"
_UNIT = r"(?:\s+(?:tablets?|pills?|tabs?|caps(?:ules)?|mg|of\s+them))?"
_RESTATED: Final[re.Pattern[str]] = re.compile(
    r"(?:^|\s*[,;.]|\s+-)\s*"
    + _MARK
    + r"\s*[,.:]?\s*"
    + _LEAD
    + r"(?P<value>"
    + _VALUE
    + r")"
    + _UNIT
    + r"(?:\s*,?\s*(?:sorry|oops|lol|my\s+bad))?(?=\s*(?:[,.;!]|$))"
)
_EARLIER: Final[re.Pattern[str]] = re.compile(r"(?<![\w.])" + _VALUE)


def restate(low: str) -> str:
    """`low` (normalised) with each number corrected in place and the correction removed;
    unchanged when nothing before it can be what it corrects."""
    for _ in range(3):  # a message rarely corrects itself more than once
        m = _RESTATED.search(low)
        if m is None:
            return low
        earlier = list(_EARLIER.finditer(low, 0, m.start()))
        if not earlier:
            return low
        last = earlier[-1]
        low = low[: last.start()] + m["value"] + low[last.end() : m.start()] + low[m.end() :]
    return low
