"""A question whether to get care ("should I ring the doctor", "do I need to go to A&E"),
asked beside a red flag: the alarm's reply answers it, so it is no note of its own. Pure,
like the rest of bot.parsing."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["asks_about_care", "is_care_question"]

_CARE_QUESTION: Final = re.compile(
    r"\b(?:should|shall|must|do|can|would)\s+(?:i|we)\s+(?:(?:need|have)\s+to\s+|better\s+|just\s+)?"
    r"(?:ring|call|phone|see|go|tell|contact|message|text|email|get\s+(?:checked|seen|looked\s+at)|"
    r"wait|book)\b|"
    r"\b(?:is\s+it|it's)\s+(?:worth|time\s+to)\s+(?:ringing|calling|seeing|going|telling|getting)\b"
)
_CARE: Final = re.compile(
    r"\b(?:doctor|doc|dr|gp|nurse|pharmacist|chemist|surgery|clinic|hospital|a\s?(?:&|and)\s?e|er|"
    r"emergency|casualty|ambulance|111|999|911|112|out\s+of\s+hours|urgent\s+care|walk[-\s]in|"
    r"physio|consultant|surgeon|specialist|someone|anyone|checked|seen|looked\s+at)\b"
)
_ONLY_THE_QUESTION: Final = re.compile(r"^\W*(?:so|and|but|or|also|then|now|ok|okay)?\W*")


def asks_about_care(text: str) -> bool:
    """Whether `text` (lower-cased) asks whether to get care from someone."""
    m = _CARE_QUESTION.search(text)
    return m is not None and bool(_CARE.search(text, m.start()))


def is_care_question(clause: str) -> bool:
    """Whether a clause (lower-cased) is only that question ("should I ring the doctor")."""
    m = _CARE_QUESTION.search(clause)
    return (
        m is not None
        and m.start() == _ONLY_THE_QUESTION.match(clause).end()  # type: ignore[union-attr]
        and bool(_CARE.search(clause, m.start()))
    )
