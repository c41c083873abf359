"""A prescription's tablets per part of the day, written as Indian (and South Asian)
prescriptions write them: "1-0-1" is one in the morning, none in the afternoon, one at
night; "0-0-1" one at night; "1-1-1" three a day; "1-1-1-1" morning, noon, evening and
night. Never a pain score or a range ("0-0-1" was read as pain 0) and never a strength
("Zerodol-SP 1-0-1" was saved as strength 1)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = ["DOSE_SLOTS", "DoseSlots", "read_dose_slots"]

_ONE = r"(?:[0-4](?:\.5)?|\u00bd|1\u00bd)"
#: Three or four counts joined by dashes; no number or dash runs on either side, so a
#: date ("12-1-2026"), a phone number or a range ("5-6") is not one.
DOSE_SLOTS: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w./:\-\u2013])" + _ONE + r"(?:\s*[-\u2013]\s*" + _ONE + r"){2,3}(?![\w./:\-\u2013])"
)


@dataclass(frozen=True, slots=True)
class DoseSlots:
    """What one "1-0-1" said: the tablets at each part of the day, in order."""

    counts: tuple[float, ...]
    span: tuple[int, int]

    @property
    def per_day(self) -> int:
        """How many times a day a dose is due."""
        return sum(1 for c in self.counts if c > 0)

    @property
    def parts(self) -> frozenset[str]:
        """The parts of the day named (the add line's words): the first slot is the
        morning, the last the night, a fourth slot's third the evening; a middle slot
        is the afternoon, which has no word of its own there."""
        parts = set()
        if self.counts[0] > 0:
            parts.add("morning")
        if self.counts[-1] > 0:
            parts.add("bedtime")
        if len(self.counts) == 4 and self.counts[2] > 0:
            parts.add("evening")
        return frozenset(parts)

    @property
    def units(self) -> float | None:
        """The tablets of every dose when they are the same; None when they differ."""
        given = {c for c in self.counts if c > 0}
        return given.pop() if len(given) == 1 else None


def _count(token: str) -> float:
    token = token.strip()
    if token.endswith("\u00bd"):
        return float(token[:-1] or 0) + 0.5
    return float(token)


def read_dose_slots(text: str) -> DoseSlots | None:
    """The first "1-0-1" in `text` that gives at least one dose, or None."""
    for m in DOSE_SLOTS.finditer(text):
        counts = tuple(_count(t) for t in re.split(r"[-\u2013]", m.group()))
        if any(counts):
            return DoseSlots(counts, m.span())
    return None
