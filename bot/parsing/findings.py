"""What the clause detectors found in one message, before it becomes intents."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from bot.parsing.intents import DoseStatus, SkipReason, SleepQuality
from bot.parsing.timephrases import TimeScan


class Named(NamedTuple):
    """The medicines named in one segment of a clause, each once (twice only as two of its
    products in a list: "crocin and dolo"), with where each stands."""

    meds: list[str]
    starts: list[int]
    ends: list[int]
    counts: list[float | None]  # the count next to each name ("2 advil", "advil 2 at 8")
    products: list[str | None]  # the name as written, when it tells a form ("conzip")


@dataclass(slots=True)
class DoseEvent:
    status: DoseStatus
    medication: str | None = None
    amount: float | None = None
    unit: str | None = None
    count: float | None = None
    at: str | None = None
    minutes: int | None = None
    reason: SkipReason | None = None
    clause: int = 0
    explicit_reason: bool = False
    # Several doses of one medicine in one message ("2 at 8 and 2 more at 3") differ here.
    part: int = 0
    product: str | None = None  # the name as written, when it tells a form ("conzip")
    # `at` is a part of day's usual time ("with breakfast", "last night"), not a clock:
    # a time said in a later clause ("…, around 11pm") replaces it.
    vague_at: bool = False
    # A wait said to a clock time further ahead than a snooze's length ("gonna take it at
    # 12 with lunch" at 08:05): that instant, for the bot to weigh against the schedule.
    until: str | None = None
    # the count is a share of the whole dose, not of one tablet (DoseIntent.of_dose)
    of_dose: bool = False
    # the scheduled dose a late one was ("forgot my lyrica at 2100, just took it now")
    for_due: str | None = None


@dataclass(slots=True)
class Found:
    """Everything the clause detectors found in one message."""

    doses: list[DoseEvent] = field(default_factory=list)
    pain: list[tuple[int, float]] = field(default_factory=list)  # (strength, score)
    pain_days_ago: int = 0  # the day before the scores said of a past day ("yesterday")
    locations: set[str] = field(default_factory=set)
    qualities: set[str] = field(default_factory=set)
    radiating: bool | None = None
    effects: set[str] = field(default_factory=set)
    sleep_quality: SleepQuality | None = None
    sleep_hours: float | None = None
    activity: set[str] = field(default_factory=set)
    activity_minutes: float = 0.0
    mood_score: float | None = None
    mood_words: list[str] = field(default_factory=list)
    explained: list[bool] = field(default_factory=list)
    # Clauses that only said where or how it hurts: kept as a note when no score came.
    details_only: list[bool] = field(default_factory=list)
    time_only: list[TimeScan | None] = field(default_factory=list)
