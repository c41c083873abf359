"""Questions for the doctor: what the person wants to ask at the next visit, kept in
their own words until they tap ✅ Asked (PRODUCT.md §2 `/ask`, §6a)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

#: The longest question kept (a note, not a letter).
MAX_CHARS = 500
#: Open questions at once: more is a list nobody reads in a ten-minute visit.
MAX_OPEN = 30

_WHO = (
    r"(?:doctor|doc|dr\.?|gp|physician|specialist|surgeon|consultant|pharmacist|nurse|"
    r"physio(?:therapist)?)"
)
# "ask the doctor …", "ask my GP whether …", "question for my doctor: …", "Q for doc …".
# "ask dr patel if …": a doctor's name after "dr" (not the question's first word).
_NAMED = (
    r"(?:\s+(?!(?:if|whether|about|to|for|what|how|why|when|re|my|me|i|it|is|can)\b)[a-z][\w'-]*)?"
)
_PREFIX = re.compile(
    rf"^\s*(?:please\s+)?(?:"
    # "My daughter Aoife says I should ask the doctor is the tramadol making me muddled"
    # (it was kept as a symptom, the question lost — Sandbox, Dublin)
    rf"(?:(?:my\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:says|said|thinks|reckons)\s+)?"
    rf"(?:i\s+(?:should|must|ought\s+to|have\s+to|'ll|will|'m\s+to|am\s+to|'d\s+better)\s+)?"
    rf"(?:remember\s+to\s+|remind\s+me\s+to\s+|don'?t\s+(?:let\s+me\s+)?forget\s+to\s+|"
    rf"need\s+to\s+|must\s+|i\s+(?:want|need)\s+to\s+)?"
    rf"ask\s+(?:(?:the|my|our)\s+)?(?:dr\.?{_NAMED}|{_WHO})"
    rf"|(?:a\s+)?(?:question|q)s?\s+for\s+(?:the\s+|my\s+)?{_WHO}"
    rf"|note\s+for\s+(?:the|my)\s+{_WHO}"
    rf")\b[\s:,;.\-–—]*",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class KeptQuestion:
    """A question kept for the doctor: when it was added, and asked (None: still open)."""

    text: str
    added_at: dt.datetime
    asked_at: dt.datetime | None = None


# "i" typed on a phone is "I" on the doctor's page ("i.e." is not one).
_LOWER_I = re.compile(r"(?<![\w.'])i(?=(?:'(?:m|ve|d|ll))?(?![\w.]))")
# "ask the doctor if i can go back to the gym": the question as one asks it.
_IF_MODAL = re.compile(
    r"^(?:if|whether)\s+(?P<who>I|we)\s+(?P<verb>can|could|should|may|might|must|will|would)\s+",
    re.IGNORECASE,
)
_IF_IT_IS = re.compile(r"^(?:if|whether)\s+it(?:'s|\s+is)\s+", re.IGNORECASE)
_IF_I_AM = re.compile(r"^(?:if|whether)\s+I(?:'m|\s+am)\s+", re.IGNORECASE)


def tidy(text: str) -> str:
    """One line, at most MAX_CHARS, its first letter upper-case, "i" written "I"."""
    said = _LOWER_I.sub("I", " ".join(text.split())[:MAX_CHARS].strip())
    return said[:1].upper() + said[1:]


def as_asked(text: str) -> str:
    """A question told as "if I can …" / "whether it's …", asked: "Can I …?", "Is it …?"."""
    said = tidy(text)
    if (m := _IF_MODAL.match(said)) is not None:
        said = f"{m['verb'].capitalize()} {m['who']} {said[m.end() :]}"
    elif (m := _IF_IT_IS.match(said)) is not None:
        said = f"Is it {said[m.end() :]}"
    elif (m := _IF_I_AM.match(said)) is not None:
        said = f"Am I {said[m.end() :]}"
    else:
        return said
    return said.rstrip(" .") + ("" if said.endswith("?") else "?")


def question_in(text: str) -> str | None:
    """The question in a message that begins "ask the doctor …" / "question for my
    doctor …" (tidied; "" when nothing follows); None for any other message."""
    found = _PREFIX.match(text)
    if found is None:
        return None
    return as_asked(text[found.end() :])
