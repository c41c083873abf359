"""The patient's goals: what they want treatment to let them do ("my goal is to walk to
the shops again"), kept in their own words for the doctor (clinician review §2.9)."""

from __future__ import annotations

import re

from bot.domain.questions import tidy

#: Goals shown at once: the newest few are the ones that still hold.
SHOWN = 3

# "my goal is to …", "goal: …", "our main goal is …", "my goals are …".
_PREFIX = re.compile(
    r"^\s*(?:(?:my|our)\s+)?(?:main\s+|big\s+|treatment\s+|personal\s+)?goals?"
    r"(?:\s+(?:is|are|for\s+now\s+is)\b|\s*[:\-–—])\s*(?:to\s+)?",
    re.IGNORECASE,
)


def goal_in(text: str) -> str | None:
    """The goal in a message that begins "my goal is …" / "goal: …" (tidied; "" when
    nothing follows); None for any other message."""
    found = _PREFIX.match(text)
    if found is None:
        return None
    return tidy(text[found.end() :])
