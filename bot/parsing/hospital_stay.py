"""A hospital stay ahead told in passing ("going into hospital tomorrow for the op, back
friday"): reminders can be paused for it with one tap, instead of the stay being read
as a visit "with going into hospital for the op back" (Sandbox, Madrid)."""

from __future__ import annotations

import re

from bot.parsing.appointment_line import names_a_day_ahead
from bot.parsing.text import clauses, normalise

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


# Back from a stay or a trip, said of now: "home now", "back from hospital", "discharged
# today", "I'm back home" (Sandbox, Leeds: with reminders paused, "didn't catch that").
_BACK = re.compile(
    # (never "at home now", "working from home": where, not a return)
    r"\b(?:back\s+home|(?<!at\s)(?<!from\s)home\s+(?:now|again|at\s+last|finally|from)|"
    r"(?:got|came|made\s+it|arrived)\s+home\b|"
    r"(?:am|i'm|im)\s+home(?:\s+(?:now|again|at\s+last|finally))?\s*$|"
    r"back\s+from\s+(?:the\s+|my\s+|a\s+)?(?:hospital|holidays?|vacation|trip|rehab|surgery|op|"
    r"operation|a\s+and\s+e|er|ward|travels?|travelling|traveling|hols)|"
    r"discharged|(?:out|home)\s+of\s+(?:the\s+)?hospital|let\s+me\s+(?:out|go\s+home)|"
    r"(?:i'm|im|i\s+am|i've\s+been)\s+(?:just\s+)?back(?:\s+now)?\s*$)"
)
# Not yet, not sure, or someone else's: "not home yet", "hope to be discharged
# tomorrow", "should be back friday", "my dad is home now", "am I home for good?"
_NOT_BACK = re.compile(
    r"\b(?:not|n't|yet|will|'ll|going\s+to|gonna|hop(?:e|ing|efully)|should|might|may|maybe|"
    r"tomorrow|tmrw|next|until|till|if|when|once|soon|later|wait\w*|hopefully)\b|"
    r"\b(?:my\s+\w+|he|she|they|he's|she's|they're|him|her|mum|mom|dad|wife|husband|"
    r"partner|son|daughter)\s+(?:is\s+|was\s+|got\s+|came\s+|'s\s+|been\s+)?(?:back|home|"
    r"discharged|out)\b"
)


def back_told(text: str) -> bool:
    """Whether `text` tells that the writer is back home now (from a stay or a trip)."""
    if len(text) > 300 or "?" in text:
        return False
    if not re.search(r"home|back|discharg|hospital|out", text, re.I):
        return False
    low = normalise(text)
    return any(_BACK.search(c) and not _NOT_BACK.search(c) for c in clauses(low))


# What makes a return worth the doctor's knowing: a stay or an operation, never a trip.
_CARE = re.compile(
    r"\b(?:hospital|discharg\w*|ward|a\s*(?:and|&)\s*e|surgery|op|operation|rehab|"
    r"kept\s+me\s+in|admitted)\b"
)


def home_from_care(text: str) -> bool:
    """Whether `text` tells that the writer is home from a hospital stay or an operation
    ("discharged this morning"): kept for the report even when no reminder was paused."""
    return back_told(text) and _CARE.search(normalise(text)) is not None
