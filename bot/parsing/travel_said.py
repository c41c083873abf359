"""A trip told in passing ("flying to new york today", "landed in Lisbon", "I'm in
Dubai till Friday"): the place, so the chat can offer that place's time zone. Reminders
come at local time, and a traveller's phone moves zones while their list does not."""

from __future__ import annotations

import re

from bot.parsing.text import normalise

# Ways of saying one goes, or is, somewhere else. "Going to" and "went to" are left out:
# "going to bed", "went to physio" are no trips.
_TRIP = re.compile(
    r"\b(?:fl(?:y|ying|ew|own)|flight|travel+(?:ing|ed)?|landed|landing|arrived|arriving|"
    r"moved|moving|relocat\w+|holiday(?:ing)?|vacation(?:ing)?|trip|visiting|staying|off|"
    r"heading|back\s+home|(?:i'm|i\s+am|we're|we\s+are)\s+back|"
    r"(?:i'm|i\s+am|we're|we\s+are|now|currently|still)(?:\s+now)?(?:\s+back)?)"
    r"(?:\s+(?:back|home|out|over|down|up))?\s+(?:to|in|into|at|for)\s+(?P<place>[a-z][a-z' -]*)"
)
# Where the place's name ends: a word of time or of the rest of the sentence.
_AFTER_PLACE = re.compile(
    r"\s+(?:today|tonight|tomorrow|yesterday|now|this|next|last|for|until|till|til|on|at|"
    r"and|with|to|from|by|so|but|because|cos|then|landing|arriving|leaving|soon|again|"
    r"already|just|later|early|in|since|over|all|until|their|my|our|a|an|right|week|weekend|"
    r"days?|weeks?|months?)\b.*$"
)


# Words after "off to", "back in" that are times or things to do, not places, even where
# a town shares the name (Normal, Illinois; March, Cambridgeshire; Yōga, Tokyo).
_NOT_PLACES = frozenset(
    {
        "normal", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "yoga", "pilates", "physio", "work", "bed",
        "sleep", "hospital", "rehab", "school", "church", "gym", "pain", "agony", "tears",
        "bits", "town", "home", "reality", "action",
    }
)  # fmt: skip


def place_told(text: str) -> str | None:
    """The place a message says the writer travels to or is in; None when it tells no trip."""
    low = normalise(text)
    m = _TRIP.search(low)
    if m is None:
        return None
    place = _AFTER_PLACE.sub("", " " + m["place"]).strip()
    place = re.sub(r"^the\s+", "", place)
    words = place.split()
    if not words or len(words) > 4 or words[0] in _NOT_PLACES:
        return None
    return " ".join(words)
