"""Where it hurts, from a short typed answer ("lower back and left leg")."""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.patterns import BOTH_LEGS
from bot.parsing.spans import negated_at
from bot.parsing.vocabulary import LOCATION_TERMS

_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (key, re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)) for key, alt in LOCATION_TERMS
)


def find_locations(text: str) -> list[str]:
    """Body locations named in `text`, most specific first (a named side beats "leg"); a
    place said not to hurt ("no tingling in my leg", "nothing down the leg") is not one."""
    return one_copy_of_a_leg(_read(text)[0])


def one_copy_of_a_leg(places: list[str]) -> list[str]:
    """`places` without "leg" (a leg whose side is not said) when a side is named: "down my
    left leg to the knee" is the left leg, not the left leg and a leg (Sandbox, Glasgow:
    "Numbness or tingling in the left leg and the leg"); the parse contract's rule too
    (bot.parsing.detect_pain.pain_locations)."""
    if "leg" in places and ("leg_left" in places or "leg_right" in places):
        return [p for p in places if p != "leg"]
    return places


def denied_locations(text: str) -> list[str]:
    """Places said not to hurt ("no pain in my legs"): a pertinent negative to keep, not a
    message to meet with "didn't catch that"."""
    return _read(text)[1]


def _read(text: str) -> tuple[list[str], list[str]]:
    """The places named in `text`, and those named only to be denied."""
    found: list[str] = []
    denied: list[str] = []
    spans: list[tuple[int, int]] = []
    head = text[:500]
    # "both legs" is each leg (the parse contract), not a leg whose side is not said
    both = [m.span() for m in BOTH_LEGS.finditer(head)]
    spans.extend(both)
    for key, pattern in _PATTERNS:
        for m in pattern.finditer(head):
            if any(s <= m.start() < e for s, e in spans):
                continue  # "left leg" already counted; don't add a bare "leg" too
            spans.append(m.span())
            into = denied if negated_at(head, *m.span()) else found
            if key not in into:
                into.append(key)
    for span in both:
        into = denied if negated_at(head, *span) else found
        into.extend(k for k in ("leg_left", "leg_right") if k not in into)
    return found, denied
