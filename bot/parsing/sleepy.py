"""Sleepiness past the ordinary ("very drowsy", "can't keep my eyes open") and dizziness
past the ordinary ("nearly went over", "so dizzy"), which beside an opioid or a
gabapentinoid with another medicine that slows the brain are among the FDA's signs of
breathing trouble ("extreme sleepiness", "unusual dizziness": bot.domain.sedation). Pure."""

from __future__ import annotations

import re

__all__ = ["strongly_sleepy", "unusually_dizzy"]

_VERY_SLEEPY = re.compile(
    r"\b(?:very|extremely|so|really|super|awfully|terribly|incredibly)\s+(?:drowsy|sleepy|groggy|"
    r"dozy|out\s+of\s+it)|can'?t\s+(?:stay\s+awake|keep\s+my\s+eyes\s+open)|couldn'?t\s+stay\s+awake|"
    r"(?:hard|difficult)\s+to\s+(?:stay\s+awake|wake\s+(?:me|up))|like\s+a\s+zombie|knocked\s+out\s+cold"
)


def strongly_sleepy(low: str) -> bool:
    """ "very drowsy", "can't keep my eyes open": sleepiness past the ordinary."""
    return _VERY_SLEEPY.search(low) is not None


_DIZZY = re.compile(r"\b(?:dizzy|dizziness|light-?\s?headed(?:ness)?|woozy|giddy|faint)\b")
# Dizziness past the ordinary: said so, or told with a fall, a near fall or a faint
# (Sandbox, Sydney: "felt dizzy gettin up this mornin, nearly went over, Karen caught me",
# at 72 on codeine, oxycodone and pregabalin, was logged as a side effect and no more)
_UNUSUAL = re.compile(
    r"\b(?:very|extremely|so|really|super|awfully|terribly|incredibly)\s+(?:dizzy|light-?\s?headed|"
    r"woozy|giddy)|"
    r"\b(?:(?:nearly|almost|near\s+enough)\s+)?(?:fell|fallen|falling|collapsed|keeled\s+over|"
    r"fainted|passed\s+out|blacked\s+out)\b(?!\s+(?:asleep|apart|behind|ill|sick|off\s+to\s+sleep))|"
    r"\b(?:had|have|nearly\s+had|almost\s+had)\s+a\s+(?:\w+\s+)?fall\b|"
    r"\b(?:nearly|almost)\s+(?:went|go|gone|fell|keeled|toppled)\s+(?:over|down)\b|"
    r"\b(?:went|hit)\s+(?:down|the\s+(?:floor|deck|ground))\b|"
    r"\blost\s+my\s+(?:balance|footing)\b|\b(?:legs?|knees?)\s+(?:gave|went)\s+(?:way|out)\b|"
    r"\bcaught\s+me\b"
)


def unusually_dizzy(low: str) -> bool:
    """ "so dizzy", "felt dizzy getting up, nearly went over": dizziness past the ordinary
    (the FDA's "unusual dizziness"), in normalised text; a plain "a bit dizzy" is not."""
    return _DIZZY.search(low) is not None and _UNUSUAL.search(low) is not None
