"""The command someone meant when they typed one we don't have ("/list" is /meds)."""

from __future__ import annotations

import difflib
from typing import Final

#: Each command a person may use and what it does, in a few words (PRODUCT.md §2).
WHAT_IT_DOES: Final[dict[str, str]] = {
    "meds": "shows your medicines, to edit, pause or remove them",
    "add": "adds a medicine",
    "took": "logs a dose, e.g. /took ibuprofen 400mg at 3pm",
    "checkin": "starts the pain check-in now",
    "summary": "sends this week's summary",
    "report": "makes a PDF report for your doctor",
    "export": "sends all your data as CSV files",
    "settings": "sets the check-in time, summary day and quiet hours",
    "pause": "stops all reminders for a while",
    "resume": "starts the reminders again",
    "timezone": "sets your time zone",
    "refill": "records a refill or the pills you have",
    "routine": "sets stretches, walks or exercises with reminders",
    "appointment": "keeps your next visit",
    "ask": "adds a question for your doctor",
    "help": "shows what I understand, with examples",
    "start": "sets you up from the beginning",
    "delete": "erases everything about you (after asking)",
    "caregiver": "lets someone you trust hear when you miss a dose",
    "undo": "takes back what your last message entered",
}

# Words people reach for first; a typo of a real command is found by closeness instead.
_WORDS_FOR: Final[dict[str, str]] = {
    "meds": "list medications medication medicines medicine med pills tablets regimen mymeds "
    "drugs prescriptions schedule reminders edit remove",
    "took": "taken take log dose logdose had tookit",
    "checkin": "pain check checkup score howami rate",
    "summary": "week weekly history progress overview",
    "report": "pdf doctor gp printout",
    "export": "csv download data mydata",
    "pause": "stop mute holiday silence",
    "resume": "unpause continue unmute restart",
    "add": "new addmed addmedicine addmedication",
    "timezone": "tz time zone location city",
    "ask": "question questions",
    "appointment": "appt appointments visit",
    "refill": "refills supply stock pharmacy",
    "routine": "routines exercise exercises stretches physio",
    "settings": "options setting preferences prefs config quiet",
    "help": "commands menu info about hello hi",
    "caregiver": "carer caregivers carers family guardian share sharing",
}
_SAID_FOR: Final[dict[str, str]] = {
    word: command for command, words in _WORDS_FOR.items() for word in words.split()
}


def command_meant(typed: str) -> str | None:
    """The command `typed` ("/list", "/sumary@backtrack_bot extra") most likely meant."""
    name = typed.split(maxsplit=1)[0].lstrip("/").split("@")[0].lower() if typed.strip() else ""
    if name in _SAID_FOR:
        return _SAID_FOR[name]
    close = difflib.get_close_matches(name, WHAT_IT_DOES, n=1, cutoff=0.75)
    return close[0] if close else None
