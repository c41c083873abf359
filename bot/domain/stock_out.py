"""A stock-out told in words: from "ran out of gabapentin" until the person has it again.

Saying "ran out" (a Skip → Ran out, "couldn't get it anywhere") is the last thing known
about that medicine until a dose of it is taken or more of it is counted or said to have
come. A dose of it due in between and left unanswered was not taken for want of it, not
forgotten: it is set down as skipped, ran out (a doctor reads a stock-out as a pharmacy
problem, not as non-adherence: NICE CG76 separates practical barriers such as supply
from intentional non-adherence). Reminders go on meanwhile: more may come any time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Told(StrEnum):
    """What an event says about having the medicine."""

    OUT = "out"  # ran out said, or a dose skipped for that reason
    HAS_IT = "has_it"  # a dose taken, a count, "Refilled"


@dataclass(frozen=True, slots=True)
class StockEvent:
    """One thing said or done about a medicine's stock, at an instant."""

    at: dt.datetime
    told: Told


def out_since(events: Iterable[StockEvent], at: dt.datetime) -> dt.datetime | None:
    """When the stock-out open at `at` began (the first "out" since the person last had
    it), or None when they had it. At one instant, having it wins (a refill counted in the
    minute it was said out is the newer word)."""
    began: dt.datetime | None = None
    for event in sorted(events, key=lambda e: (e.at, e.told is Told.HAS_IT)):
        if event.at > at:
            break
        if event.told is Told.HAS_IT:
            began = None
        elif began is None:
            began = event.at
    return began
