"""Breastfeeding said, and a breastfed baby's danger signs said: with codeine or tramadol
taken, the FDA's 2017 warning applies (bot.domain.breastfeeding). Pure."""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.spans import negated_at

__all__ = ["baby_signs", "says_breastfeeding"]

_FEEDING: Final = re.compile(
    r"\b(?:breast\s*-?\s*feed\w*|breastfe\w+|nursing\s+(?:my|the|a|our)\s+(?:baby|son|daughter|"
    r"little\s+one|\d+\s*(?:month|week)\w*)|feeding\s+(?:the\s+|my\s+)?baby\s+myself|"
    r"expressing\s+(?:milk|for)|pumping\s+(?:milk|for\s+the\s+baby)|breast\s*milk)\b"
)
_BABY: Final = r"(?:baby|babies|infant|newborn|little\s+one|bub|bubba|son|daughter|he|she)"
# An infant's signs of too much opioid through the milk (FDA, codeine and tramadol in
# breastfeeding, 2017): sleepier than usual, hard to wake, limp, feeding poorly, breathing
_SIGNS: Final = re.compile(
    r"\b"
    + _BABY
    + r"\b[^.;?]{0,40}?\b(?:(?:very|so|really|extra|unusually|too)\s+(?:sleepy|drowsy|floppy)|"
    r"sleepier|hard\s+to\s+wake|(?:won't|can't|couldn't)\s+(?:wake|be\s+woken)|floppy|limp|"
    r"not\s+(?:feeding|drinking|latching|sucking)(?:\s+well|\s+properly)?|(?:won't|doesn't|isn't)\s+"
    r"(?:feed|latch|drink|suck)|feeding\s+(?:poorly|badly)|(?:slow|shallow|noisy|funny)\s+breath\w*|"
    r"breathing\s+(?:slow|funny|shallow|oddly|strangely)|(?:blue|grey|gray)\s+(?:lips|around))"
)


def says_breastfeeding(low: str) -> bool:
    """Whether the (normalised) message says the writer is breastfeeding."""
    m = _FEEDING.search(low)
    return m is not None and not negated_at(low, *m.span())


def baby_signs(low: str) -> bool:
    """Whether the (normalised) message tells a baby's signs of too much opioid."""
    return _SIGNS.search(low) is not None and re.search(r"\bbab|infant|newborn", low) is not None
