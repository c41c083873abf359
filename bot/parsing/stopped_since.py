"""The day a medicine was said to be stopped: "stopped the naproxen 2 days ago", "came off
it on monday", "I stopped it yesterday". Pure, like the rest of bot.parsing.

Removing a medicine ends it from the tap; the doses between the day it was really
stopped and the tap would otherwise stand in the report as missed.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from bot.parsing.text import normalise
from bot.parsing.timephrases import resolve_when
from bot.parsing.vocabulary import NUMBER_WORDS

__all__ = ["LONGEST", "stopped_since"]

#: Further back than this is history the report already shows as it was; not rewritten.
LONGEST = dt.timedelta(days=14)

_NUM = r"(?:\d{1,2}|" + "|".join(w for w in NUMBER_WORDS if w.isalpha()) + r")"
_DAYS_AGO = re.compile(r"\b(?P<n>" + _NUM + r"|a\s+couple\s+of|a\s+few)\s+days?\s+ago\b")
_WEEK_AGO = re.compile(r"\b(?:a|one|1)\s+week\s+ago\b|\blast\s+week\b")
_FEW = {"a couple of": 2, "a few": 3}
_CLAUSES = re.compile(r"[.;!?\n]+|,\s*|\s+(?:but|and\s+then|then)\s+")
_STOPPED = re.compile(
    r"\b(?:stop(?:ped|ping|s)?|quit|came\s+off|come\s+off|coming\s+off|off\s+(?:it|them|the|my)|"
    r"took\s+me\s+off|taken\s+off|no\s+longer|not\s+tak\w*|haven'?t\s+(?:taken|had)|finished|"
    r"dropped|ditched|gave\s+up|discontinu\w*|since)\b"
)


def stopped_since(text: str, now: dt.datetime, zone: ZoneInfo) -> dt.date | None:
    """The local day before today that `text` says a medicine was stopped on, within
    the last two weeks; None when it says none (or today)."""
    # Only where the stopping is told: "took me off the motrin … gettin an MRI monday" was
    # read as stopped on Monday, the week's record rewritten (Sandbox, Houston)
    told = [c for c in _CLAUSES.split(normalise(text)) if _STOPPED.search(c)]
    low = " ".join(told)
    if not low:
        return None
    today = now.astimezone(zone).date()
    day: dt.date | None = None
    if m := _DAYS_AGO.search(low):
        said = " ".join(m["n"].split())
        n = _FEW.get(said) or NUMBER_WORDS.get(said) or (int(said) if said.isdigit() else 0)
        day = today - dt.timedelta(days=n) if n else None
    elif _WEEK_AGO.search(low):
        day = today - dt.timedelta(days=7)
    elif (when := resolve_when(low, now, zone)) is not None:
        day = when.astimezone(zone).date()
    if day is None or not today - LONGEST <= day < today:
        return None
    return day
