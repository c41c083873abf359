"""A safety message: its severity, a stable code, and words that state a fact and end
with "talk to your doctor or pharmacist." (shared by every check in bot.domain)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

END = "talk to your doctor or pharmacist."
#: The code of a warning past a labelled maximum that quotes the label's overdose advice.
OVERDOSE = "overdose"
#: The codes of a 24-hour total past a labelled maximum (an ingredient's, a form's, a
#: product's units a day): facts said after a dose even beside an alarm's reply.
PAST_MAXIMUM = frozenset({OVERDOSE, "over_labelled_max", "over_product_max"})
#: Amounts within this of a limit are at it, not over it (float sums).
EPS = 1e-6


class Severity(StrEnum):
    INFO = "info"
    CAUTION = "caution"
    WARNING = "warning"

    @property
    def rank(self) -> int:
        return {"info": 0, "caution": 1, "warning": 2}[self.value]


@dataclass(frozen=True)
class SafetyWarning:
    """One safety message. ``code`` is a stable identifier for tests and logs."""

    code: str
    severity: Severity
    text: str
    medications: tuple[str, ...] = ()
    #: The risk in a few words for the clinician's report ("serious breathing problems
    #: (FDA 2019)"), shared by every pair it applies to; None: the text says it.
    fact: str | None = None


@dataclass(frozen=True, slots=True)
class PairTold:
    """A pair warning said in full: its rule's code, its two medicines (generics, sorted)
    and when it was said."""

    code: str
    medications: tuple[str, ...]
    at: dt.datetime


Warning = SafetyWarning  # noqa: A001 - the name used in the issue/brief


def fmt(x: float) -> str:
    if abs(x - round(x)) < 0.05:
        return f"{round(x):,}"
    return f"{x:,.1f}"


def finish(body: str, lead: str = "Please") -> str:
    """Append the closing sentence; the text always ends with :data:`END`."""
    body = body.strip()
    return f"{body[:1].upper()}{body[1:]} {lead} {END}"


def dedupe(warnings: Iterable[SafetyWarning]) -> list[SafetyWarning]:
    seen: set[tuple[str, tuple[str, ...]]] = set()
    out: list[SafetyWarning] = []
    for w in warnings:
        key = (w.code, tuple(sorted(w.medications)))
        if key in seen:
            continue
        seen.add(key)
        out.append(w)
    out.sort(key=lambda w: -w.severity.rank)  # stable: keeps order within a level
    return out
