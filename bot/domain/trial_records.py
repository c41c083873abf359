"""What is kept of a medication trial (a change watched, the person's verdicts): plain
records the summary, the report and the export read (bot.domain.trials computes)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Change(StrEnum):
    """What was decided (`trials.change`)."""

    START = "start"
    STOP = "stop"
    DOSE = "dose"


class Verdict(StrEnum):
    """The person's answer to "is it helping?" (`trial_reviews.verdict`)."""

    HELPING = "helping"
    NOT_SURE = "not_sure"
    NOT_HELPING = "not_helping"


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    """One review of a trial as kept: its weeks, the verdict and note if answered."""

    weeks: int
    verdict: Verdict | None
    note: str | None
    answered_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class TrialRecord:
    """A change watched as a trial, with its reviews (for the summary, report, export).

    `before` / `after` are the dose labels as the person reads them ("Gabapentin 300 mg");
    a start has no `before`, a stop no `after`."""

    trial_id: int
    change: Change
    name: str
    generic: str | None
    before: str | None
    after: str | None
    changed_at: dt.datetime
    local_date: dt.date
    reviews: tuple[ReviewRecord, ...] = ()

    @property
    def label(self) -> str:
        """The medicine as the person reads it: the new dose, or the one stopped."""
        return self.after or self.before or self.name

    @property
    def latest(self) -> ReviewRecord | None:
        """The last answered review, if any."""
        answered = [r for r in self.reviews if r.verdict is not None]
        return answered[-1] if answered else None
