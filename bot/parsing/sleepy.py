"""Sleepiness past the ordinary ("very drowsy", "can't keep my eyes open"), which beside
an opioid or a gabapentinoid with another medicine that slows the brain is one of the
FDA's signs of breathing trouble (bot.domain.sedation). Pure."""

from __future__ import annotations

import re

__all__ = ["strongly_sleepy"]

_VERY_SLEEPY = re.compile(
    r"\b(?:very|extremely|so|really|super|awfully|terribly|incredibly)\s+(?:drowsy|sleepy|groggy|"
    r"dozy|out\s+of\s+it)|can'?t\s+(?:stay\s+awake|keep\s+my\s+eyes\s+open)|couldn'?t\s+stay\s+awake|"
    r"(?:hard|difficult)\s+to\s+(?:stay\s+awake|wake\s+(?:me|up))|like\s+a\s+zombie|knocked\s+out\s+cold"
)


def strongly_sleepy(low: str) -> bool:
    """ "very drowsy", "can't keep my eyes open": sleepiness past the ordinary."""
    return _VERY_SLEEPY.search(low) is not None
