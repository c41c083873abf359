"""A message that is nothing but a medicine's name ("norco", "my gabapentin", "Lyrica."):
most likely "I took it", but it does not say so, so the caller asks with one tap rather
than record or guess. Pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.text import normalise

__all__ = ["Named", "named_only"]

# What may stand beside the name and still leave nothing said: a possessive or article,
# the word for the pill, punctuation and emoji. Not a number: "norco 10" may be another
# strength than the one listed, and one tap would log the listed one.
_FILLER = re.compile(
    r"\b(?:my|the|your)\b"
    r"|\b(?:pill|pills|tablet|tablets|tab|tabs|capsule|capsules|dose|meds?)\b"
    r"|[^\w\s?]"
)


@dataclass(frozen=True, slots=True)
class Named:
    """The medicine named (as `Meds` names it) and its name as written ("advil")."""

    medicine: str
    written: str


def named_only(text: str, meds: Sequence[str]) -> Named | None:
    """The medicine when `text` says nothing else about it; None for a question, a
    second medicine or any other word."""
    if len(text) > 60 or "?" in text:
        return None
    low = normalise(text)
    mentions = Meds(list(meds), DEFAULT_RESOLVE).mentions(low)
    if len({m.generic for m in mentions}) != 1:
        return None
    rest = low
    for m in sorted(mentions, key=lambda m: m.start, reverse=True):
        rest = rest[: m.start] + " " + rest[m.end :]
    if _FILLER.sub(" ", rest).strip():
        return None
    first = mentions[0]
    return Named(first.generic, low[first.start : first.end])
