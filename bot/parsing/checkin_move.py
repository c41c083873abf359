"""The daily check-in asked to move, in words ("i work nights, can you move my check in
to 4pm", "ask me about my pain at 7am instead"): offered as one tap, where it was "didn't
catch that" and /settings offered six fixed times only (Sandbox, Los Angeles night shift)."""

from __future__ import annotations

import datetime as dt
import re

from bot.parsing.text import normalise
from bot.parsing.timephrases import parse_clock_time

# The daily question itself, never a visit ("my check-in with the nurse is at 4pm")
_CHECKIN = (
    r"(?:(?:daily\s+|pain\s+|evening\s+|morning\s+)?check[\s-]?ins?|"
    r"(?:daily\s+|pain\s+)(?:question|check)|(?:the\s+)?question\s+about\s+my\s+pain|"
    # ("checkin" is spelled out as "checking" before matching)
    r"(?<=my\s)checking|(?<=the\s)checking)"
)
# A clock time said plainly enough to set: "4pm", "16:00", "7.30am", "noon" (a bare "4"
# could be either 04:00 or 16:00, so it is not offered)
_TIME = (
    r"(?P<t>\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.?|p\.m\.?)|\d{1,2}[:h]\d{2}|"
    r"[01]\d[0-5]\d|noon|midday|midnight)"
)
_SAID = [
    # "move my check in to 4pm", "can you change the check-in time to 16:00"
    re.compile(
        r"\b(?:move|change|set|switch|put|shift|push|bring|make|reschedule)\b[^.?!]{0,25}?"
        + _CHECKIN
        + r"(?:\s+time)?\b[^.?!\d]{0,20}?\b(?:to|for|at|till|until|around)\s+"
        + _TIME
        + r"(?![\w:])"
    ),
    # "check in at 4pm instead", "can the check-in be at 7am from now on"
    re.compile(
        _CHECKIN
        + r"(?:\s+time)?\s+(?:(?:be|come|happen|is)\s+)?(?:at|to|for)\s+"
        + _TIME
        + r"(?![\w:])[^.?!]{0,15}?\b(?:instead|from\s+now\s+on|each\s+day|every\s+day|"
        r"daily|please|pls|going\s+forward)\b"
    ),
    # "ask me about my pain at 4pm instead", "ask how my back is at 7am from now on"
    re.compile(
        r"\bask\s+(?:me\s+)?(?:about\s+my\s+(?:pain|back)|how\s+(?:i\s+am|my\s+(?:pain|back)\s+"
        r"is|i'?m\s+(?:doing|feeling)))\s+(?:at|around)\s+"
        + _TIME
        + r"(?![\w:])[^.?!]{0,15}?\b(?:instead|from\s+now\s+on|each\s+day|every\s+day|daily|"
        r"please|pls|going\s+forward)\b"
    ),
]
# "don't move my check-in", "my check in with the physio is at 4pm": not the request
_NOT = re.compile(
    r"\b(?:don'?t|do\s+not|never|no\s+need\s+to|not)\s+(?:\w+\s+){0,2}?(?:move|change|set|"
    r"switch|shift|push)\b|\bwith\s+(?:the\s+|my\s+)?(?:doctor|dr|gp|nurse|physio|"
    r"therapist|consultant|surgeon|team)\b"
)


def checkin_move_said(text: str) -> dt.time | None:
    """The time the writer asks their daily check-in moved to, or None."""
    if len(text) > 300:
        return None
    low = normalise(text)
    if "check" not in low and "ask" not in low and "question" not in low:
        return None
    if _NOT.search(low):
        return None
    for pattern in _SAID:
        m = pattern.search(low)
        if m is not None:
            return parse_clock_time(m["t"].replace(" ", ""))
    return None
