"""Why all reminders were paused, when the person said so: kept with the pause, so the
summary, the report and the export name a hospital stay, not only its dates."""

from __future__ import annotations

import re
from enum import StrEnum


class AllPausedReason(StrEnum):
    """Why every reminder was paused (`paused_all` record data "why")."""

    HOSPITAL = "hospital"

    @classmethod
    def read(cls, value: object) -> AllPausedReason | None:
        """The reason `value` names, or None (nothing kept, or not one of ours)."""
        try:
            return cls(value) if isinstance(value, str) and value else None
        except ValueError:
            return None


_LABELS = {AllPausedReason.HOSPITAL: "in hospital"}

# Words of a stay in hospital after /pause, or beside a break from every medicine
# ("/pause in hospital", "nothing till friday, I'm in for my op"); anything else said
# is no reason we name.
_HOSPITAL = re.compile(
    r"\b(?:hospital|admitted|admission|surgery|operation|op|ward)\b", re.IGNORECASE
)


def all_paused_label(code: object) -> str:
    """Plain words for why all reminders were paused ("in hospital"); "" when none."""
    reason = AllPausedReason.read(code)
    return _LABELS[reason] if reason is not None else ""


def reason_in_words(words: str) -> AllPausedReason | None:
    """The reason words said with a pause name, if one we keep."""
    return AllPausedReason.HOSPITAL if _HOSPITAL.search(words) else None
