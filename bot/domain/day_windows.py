"""The 24 hours a dose is checked in: every 24 hours that hold it, not only those up to
it. A dose told after doses of later hours ("and I took 2 norco at 8 this morning", told
at 22:00) completes their 24 hours, which a sum of the hours before it alone misses.
One way of choosing among them, shared by every 24-hour check: the highest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from bot.domain.dose_amounts import DoseTaken
from bot.domain.warnings import EPS

DAY = timedelta(hours=24)

T = TypeVar("T")


def _taken(dose: DoseTaken) -> datetime:
    return dose.at


@dataclass(frozen=True, slots=True)
class Window:
    """The doses of one 24 hours holding the dose checked; `last`: it ends at that dose
    ("in the last 24 hours" is true of it alone)."""

    doses: list[DoseTaken]
    last: bool


def windows_around(
    doses: Sequence[DoseTaken],
    at: datetime,
    when: Callable[[DoseTaken], datetime] = _taken,
) -> list[Window]:
    """The 24 hours up to `at` first (`doses` in their order), then each 24 hours starting
    at a dose of the day before `at` that runs on past it and holds a dose after it (a
    window's highest total starts at a dose). `doses` holds the dose checked itself;
    `when` is the time a dose counts at."""
    up_to = [d for d in doses if at - DAY < when(d) <= at]
    past = starting_at(doses, sorted({when(d) for d in up_to}), when)
    later = [Window(w, last=False) for w in past if any(when(d) > at for d in w)]
    return [Window(up_to, last=True), *later]


def starting_at(
    items: Sequence[T], starts: Sequence[datetime], when: Callable[[T], datetime]
) -> list[list[T]]:
    """For each of `starts`, the `items` of the 24 hours from it, in time order (a
    window's highest total starts at a dose, so the starts are doses' times)."""
    ordered = sorted(items, key=when)
    return [[x for x in ordered if start <= when(x) < start + DAY] for start in starts]


def sooner_than(apart: timedelta, hours: float) -> bool:
    """Whether two doses `apart` are closer than a plan's shortest gap of `hours`; a
    second's slack, so a dose at exactly the gap is on time."""
    return apart < timedelta(hours=hours) - timedelta(seconds=1)


def highest(windows: Sequence[T], measure: Callable[[T], float]) -> T:
    """The window with the highest `measure`; the first (the 24 hours up to the dose) on a
    tie, whose words, "the last 24 hours", are the plainest."""
    best = windows[0]
    for window in windows[1:]:
        if measure(window) > measure(best) + EPS:
            best = window
    return best


def hours_words(last: bool) -> str:
    """The 24 hours a total is of, as said: "the last 24 hours" only when they end at the
    dose checked; else they run on past it and that would be untrue."""
    return "the last 24 hours" if last else "24 hours that include this dose"
