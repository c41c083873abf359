"""A question whether one may drive on one's medicines: "can i drive home after shift on
endone and lyrica?", "is it safe to drive on tramadol", "am I ok to drive". The bot holds
no answer to it (it is the prescriber's or pharmacist's), so it says so plainly and keeps
the question for the doctor — it had been answered with an unrelated pair warning.
Pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.text import normalise

__all__ = ["asks_about_driving"]

_DRIVE: Final = r"(?:drive|driving|ride\s+my\s+(?:motor)?bike|operate\s+(?:machinery|a\s+forklift))"
_ASKED: Final = re.compile(
    r"\b(?:can|could|may|should)\s+i\s+(?:still\s+)?" + _DRIVE + r"\b|"
    r"\b(?:is\s+it|it's|its)\s+(?:ok|okay|safe|alright|fine|legal)\s+(?:for\s+me\s+)?to\s+"
    + _DRIVE
    + r"\b|"
    r"\b(?:am\s+i|i'm|im)\s+(?:ok|okay|safe|alright|fine|allowed|good)\s+to\s+" + _DRIVE + r"\b|"
    r"\ballowed\s+to\s+" + _DRIVE + r"\b"
)


def asks_about_driving(text: str) -> bool:
    """Whether `text` asks if the writer may drive (on their medicines)."""
    return _ASKED.search(normalise(text)) is not None
