"""A hospital stay ahead told in passing ("going into hospital tomorrow for the op, back
friday"): reminders can be paused for it with one tap, instead of the stay being read
as a visit "with going into hospital for the op back" (Sandbox, Madrid)."""

from __future__ import annotations

import re

from bot.parsing.appointment_line import names_a_day_ahead

# Going in, being admitted, having the operation: the words of a stay, not of a visit.
_STAY = re.compile(
    r"\b(?:(?:going|go|heading|gonna\s+be|will\s+be|i'?ll\s+be|be)\s+in(?:to)?\s+"
    r"(?:the\s+)?hospital|(?:being|be|get|getting)\s+admitted|admitted\s+(?:to|into|on|"
    r"tomorrow|today|tonight|this|next)|(?:going|go)\s+in\s+for\s+(?:my|the|an?)\s+"
    r"(?:op|operation|surgery)|(?:having|have|getting)\s+(?:my|the|an?)\s+(?:op|operation|"
    r"surgery)\b)",
    re.IGNORECASE,
)
# A stay that was, someone else's, or a question: "was in hospital", "home now",
# "my dad is going into hospital", "should I go to hospital?"
_NOT_AHEAD = re.compile(
    r"\b(?:was|were|been|came\s+out|got\s+out|home\s+now|discharged|left\s+hospital|"
    r"my\s+(?:mum|mom|dad|wife|husband|son|daughter|partner|brother|sister|friend)\b)|\?",
    re.IGNORECASE,
)


def stay_told(text: str) -> bool:
    """Whether `text` tells of the writer's own hospital stay on a day ahead."""
    if len(text) > 200 or not _STAY.search(text) or _NOT_AHEAD.search(text):
        return False
    return names_a_day_ahead(text)
