"""A person telling that a medicine on their list has changed or stopped: "the doctor
upped my gabapentin to 600", "stopped the naproxen, it hurt my stomach", "I'm off the
tramadol now". The list itself is changed only by the person's tap; this finds which
medicine and what kind of change. Pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.text import normalise

__all__ = ["RegimenChange", "says_regimen_changed"]

_WHO = (
    r"(?:(?:my\s+)?(?:doctor|doc|gp|dr\s+\w+|consultant|specialist|pain\s+clinic|nurse|"
    r"psychiatrist|rheumatologist|prescriber)|they|she|he)"
)
_WORDS = r"[\w/ -]{2,30}?"
_CHANGED = re.compile(
    # "doctor changed my gabapentin to 600", "they've reduced the amitriptyline"
    r"\b(?:" + _WHO + r"\s+(?:has\s+|have\s+|'s\s+|'ve\s+)?)?"
    r"(?:changed|upped|increased|raised|bumped\s+up|doubled|reduced|lowered|cut|dropped|halved|"
    r"switched|adjusted|put\s+up|brought\s+down)\s+(?:my|the)\s+(?P<a>" + _WORDS + r")"
    r"\s+(?:to|from|up|down|dose|again|today|yesterday|this\s+week|last\s+week)\b"
    # "my gabapentin dose went up to 600", "my duloxetine has been increased to 60"
    r"|\b(?:my|the)\s+(?P<b>" + _WORDS + r")\s+(?:dose\s+)?"
    r"(?:has\s+been\s+|was\s+|got\s+|is\s+being\s+)?"
    r"(?:changed|upped|increased|raised|doubled|reduced|lowered|halved|went\s+(?:up|down))\s+to\b"
    # "I'm on 600 gabapentin now", "im now on 60mg of duloxetine now"
    r"|\b(?:i'm|i\s+am|im)\s+(?:now\s+)?on\s+\d+(?:\.\d+)?\s*(?:mg|mcg)?\s+(?:of\s+)?"
    r"(?P<c>" + _WORDS + r")\s+now\b"
)
_STOP_AFTER = (
    r"(?:\s+(?:for\s+good|completely|altogether|now|today|yesterday|last\s+week|"
    r"(?:\d+|a|two|three)\s+(?:days?|weeks?)\s+ago|on\s+\w+day)|\s*$|\s*[,.;!]|"
    r"\s+(?:because|as|since|cos|coz|it|they))"
)
_STOPPED = re.compile(
    # "stopped the naproxen", "I've stopped taking my tramadol", "doctor took me off gabapentin"
    r"(?:^|[,.;!]\s*|\b(?:and|so|but)\s+)(?:i\s+|i've\s+|ive\s+|i\s+have\s+|"
    + _WHO
    + r"\s+(?:has\s+|have\s+)?)?"
    r"(?:stopped|quit|dropped|ditched|came\s+off|come\s+off|weaned\s+off|finished\s+with|"
    r"took\s+me\s+off|taken\s+me\s+off)\s+(?:taking\s+|the\s+|my\s+)*"
    r"(?!after|before|when|with|since|at|in|for)(?P<a>"
    + _WORDS
    + r")"
    + _STOP_AFTER
    # "I'm off the tramadol now", "no longer taking naproxen"
    + r"|\b(?:i'm|i\s+am|im)\s+off\s+(?:the\s+|my\s+)?(?P<b>"
    + _WORDS
    + r")"
    r"\s+(?:now|for\s+good|completely)\b"
    r"|\bno\s+longer\s+(?:on|taking)\s+(?:the\s+|my\s+)?(?P<c>" + _WORDS + r")"
    r"(?:\s*$|\s*[,.;!]|\s+(?:now|because|as))"
)
# Only for a while: a skip, not the list changed.
_FOR_A_WHILE = re.compile(
    r"\b(?:for\s+(?:a|one|the|two|\d+)\s+(?:day|days|night|nights)|tonight|today\s+only|"
    r"for\s+(?:a\s+)?(?:couple|few)(?:\s+of)?\s+(?:days|nights)|"
    r"just\s+for|for\s+now|until|till|temporarily)\b|\?"
)


@dataclass(frozen=True, slots=True)
class RegimenChange:
    """A medicine on the person's list said to be changed or stopped."""

    kind: Literal["changed", "stopped"]
    medicine: str  # the generic, as on the list


def says_regimen_changed(text: str, meds: Sequence[str]) -> RegimenChange | None:
    """The change to a listed medicine `text` tells of, or None; `meds` is the person's
    regimen (generic names): a medicine not on it is not a change to the list."""
    if not meds or len(text) > 200:
        return None
    low = normalise(text)
    for kind, pattern in (("stopped", _STOPPED), ("changed", _CHANGED)):
        m = pattern.search(low)
        if m is None or (kind == "stopped" and _FOR_A_WHILE.search(low)):
            continue
        words = next(g for g in m.groups() if g is not None)
        found = [x.generic for x in Meds(list(meds), DEFAULT_RESOLVE).mentions(words)]
        mine = [g for g in found if g in meds]
        if mine:
            said: Literal["changed", "stopped"] = "stopped" if kind == "stopped" else "changed"
            return RegimenChange(kind=said, medicine=mine[0])
    return None
