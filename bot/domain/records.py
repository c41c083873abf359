"""Plain records the weekly numbers are computed from (built from storage rows).

Pure: no database, no Telegram. `bot/domain/summary.py` reads only these.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from bot.domain.appointments import Visit
from bot.domain.course import Course
from bot.domain.questions import KeptQuestion
from bot.domain.routines import RoutineEntry, RoutineLogEntry
from bot.domain.schedule import ALL_DAYS
from bot.domain.supply import Stock
from bot.domain.travel import ZoneChange, lived_zone
from bot.domain.trial_records import TrialRecord


@dataclass(frozen=True, slots=True)
class RegimenEntry:
    """A medication version that was active at some point of the period."""

    med_id: int
    name: str
    generic: str | None
    amount: float | None
    unit: str | None
    times: tuple[dt.time, ...]
    as_needed: bool
    max_per_day: int | None
    started_at: dt.datetime
    ended_at: dt.datetime | None
    paused: bool = False
    weekdays: frozenset[int] = ALL_DAYS
    strength: str | None = None  # a combination's strength as written ("30/500")
    course: Course = Course()  # first and last local day, every N days
    min_gap_hours: int | None = None  # as needed "every 4 hours"
    units_per_dose: float | None = None  # "2 tablets" of `amount`; None is one
    paused_at: dt.datetime | None = None  # when it was paused (None: not kept, or running)
    pause_reason: str | None = None  # a bot.domain.states.PauseReason, when one was said
    units_per_dose_max: float | None = None  # "1-2 tablets": the most; None: no range
    # The ingredients told that no check knows ("aceclofenac 100"): never counted.
    other_ingredients: str | None = None
    volume_ml: float | None = None  # a liquid's "10 mg/5 ml": the ml that hold `amount`


@dataclass(frozen=True, slots=True)
class SupplyCount:
    """Units of a medicine counted on hand (on /add, or a /refill)."""

    medicine: str
    on_hand: float
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class OnHand:
    """A counted medicine (its supply key) now: its stock, and since when the person has
    said they are out of it, no more yet (the count then no longer tells what is there)."""

    medicine: str
    stock: Stock
    out_since: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class ScheduledDose:
    """One scheduled occurrence and what became of it.

    status: pending | sent | snoozed | taken | skipped | missed. `answer_until` is the
    missed cutoff: until then an unanswered dose is still pending, not missed.
    """

    med_id: int
    name: str
    generic: str | None
    due_at: dt.datetime
    local_date: dt.date
    local_time: dt.time
    status: str
    answer_until: dt.datetime
    taken_at: dt.datetime | None = None
    taken_late: bool = False
    skip_reason: str | None = None
    amount: float | None = None
    unit: str | None = None
    strength: str | None = None
    units_per_dose: float | None = None  # tablets in this dose; None is one
    #: Only part of the dose was taken ("½ a naproxen"): the units of `amount` taken.
    units_taken: float | None = None
    #: The person answered it (a tap or words); False for one set down with no answer:
    #: missed, or skipped (ran out) while they were out of it.
    answered: bool = True

    @property
    def units(self) -> float:
        """The units this dose held: the part taken, else the whole dose."""
        if self.units_taken is not None:
            return self.units_taken
        return self.units_per_dose or 1.0

    def outcome(self, now: dt.datetime) -> str:
        """taken | skipped | missed | pending, as of `now`: an unanswered dose is still
        answerable until its cutoff, missed after it."""
        if self.status in ("taken", "skipped", "missed"):
            return self.status
        return "pending" if now < self.answer_until else "missed"


@dataclass(frozen=True, slots=True)
class ExtraDose:
    """A dose outside the schedule (as-needed, or logged with /took)."""

    name: str
    generic: str | None
    taken_at: dt.datetime
    amount: float | None = None
    unit: str | None = None
    count: float | None = None
    med_id: int | None = None


@dataclass(frozen=True, slots=True)
class PainReport:
    """A 0–10 pain rating (check-in or free text)."""

    at: dt.datetime
    score: float
    locations: tuple[str, ...] = ()
    qualities: tuple[str, ...] = ()
    radiating: bool | None = None
    #: Numbness or tingling told beside the score as getting worse or spreading, with the
    #: words it was told in (None when it was not), as PainPlaceReport keeps it.
    worse_words: str | None = None


@dataclass(frozen=True, slots=True)
class BreathingWarning:
    """The FDA's signs of breathing trouble, told in the chat when a side effect came on
    two medicines that slow the brain (bot.domain.sedation): the two as named there, and
    whether it was said to a carer writing for the patient."""

    first: str
    second: str
    carer: bool = False


@dataclass(frozen=True, slots=True)
class SideEffectReport:
    """Side effects reported at one moment."""

    at: dt.datetime
    effects: tuple[str, ...]
    words: str | None = None  # what they wrote ("foggy after the gabapentin"); None: a tap
    carer: bool = False  # told by a carer writing in the patient's chat, not by the patient
    warned: BreathingWarning | None = None  # the urgent reply it was given, if any


@dataclass(frozen=True, slots=True)
class RedFlagReport:
    """Red flags recognised in something the person wrote, in their words; `handled`:
    they said it had already been seen to ("went to the ER")."""

    at: dt.datetime
    flags: tuple[str, ...]
    words: str | None = None
    handled: bool = False
    #: What came after an alarm ("back from the neurosurgeon …", "I'm safe"), kept
    #: beside that episode: no sign told anew.
    followup: bool = False
    #: The sentences of `words` that tell the flags, when not all of them do: what a
    #: report quotes.
    said: str | None = None
    carer: bool = False  # told by a carer writing in the patient's chat


@dataclass(frozen=True, slots=True)
class PainPlaceReport:
    """Where it hurts (or what is felt there: numb, tingling), said without a score."""

    at: dt.datetime
    locations: tuple[str, ...]
    radiating: bool | None = None
    qualities: tuple[str, ...] = ()
    #: Numbness or tingling told as getting worse or spreading, with the words it was
    #: told in (None when it was not): what a spinal surgeon reads day by day.
    worse_words: str | None = None


@dataclass(frozen=True, slots=True)
class PegReport:
    """The three PEG items (0–10 each) collected on the weekly check-in."""

    at: dt.datetime
    pain: float
    enjoyment: float
    activity: float


@dataclass(frozen=True, slots=True)
class SleepReport:
    """Sleep quality (good | fair | poor) and hours if given."""

    at: dt.datetime
    quality: str
    hours: float | None = None


@dataclass(frozen=True, slots=True)
class ActivityReport:
    """Activity done (walk, exercise, physio, stretching, swim, yoga, other)."""

    at: dt.datetime
    kinds: tuple[str, ...]
    minutes: float | None = None


@dataclass(frozen=True, slots=True)
class MoodReport:
    """A mood told: its words ("worried", "low") and a 0–10 score when one was given."""

    at: dt.datetime
    words: tuple[str, ...] = ()
    score: float | None = None
    carer: bool = False  # told by a carer writing in the patient's chat


@dataclass(frozen=True, slots=True)
class NoteReport:
    """Something written for the notes, and whether a carer wrote it (`carer`)."""

    at: dt.datetime
    text: str
    carer: bool = False
    #: It tells of a drink the writer had (bot.parsing.alcohol), read when it is loaded
    drink: bool = False


@dataclass(frozen=True, slots=True)
class StockOutReport:
    """Out of a medicine, said in words ("ran out of norco"): its key (generic, else the
    name as typed, lower case) and when."""

    at: dt.datetime
    medicine: str


@dataclass(frozen=True, slots=True)
class RemindersPaused:
    """All reminders paused by the patient (/pause, or Pause all in /settings): from
    `start`, until `end` (None: still paused). Kept apart from the doses because a paused
    day has none due: without it, full adherence reads over a gap."""

    start: dt.datetime
    end: dt.datetime | None = None
    reason: str | None = None  # a bot.domain.reminder_pause.AllPausedReason, when said


@dataclass(frozen=True, slots=True)
class MedicinePaused:
    """One medicine paused by the patient (its Pause button in /meds, or the one offered
    when they said so), from `start` until `end` (None: still paused). `planned`: when it
    was set to come back by itself (None: until they resume it). Its doses in between
    were never due: without this, the report read fewer doses and no reason."""

    medicine: str  # its label then, e.g. "Naproxen 500 mg"
    start: dt.datetime
    end: dt.datetime | None = None
    planned: dt.datetime | None = None
    reason: str | None = None  # a bot.domain.states.PauseReason, when one was said


@dataclass(frozen=True, slots=True)
class History:
    """Everything known about one person relevant to a period (and the one before)."""

    zone: str
    regimen: tuple[RegimenEntry, ...] = ()
    doses: tuple[ScheduledDose, ...] = ()
    extra_doses: tuple[ExtraDose, ...] = ()
    pain: tuple[PainReport, ...] = ()
    side_effects: tuple[SideEffectReport, ...] = ()
    red_flags: tuple[RedFlagReport, ...] = ()
    peg: tuple[PegReport, ...] = ()
    sleep: tuple[SleepReport, ...] = ()
    activity: tuple[ActivityReport, ...] = ()
    moods: tuple[MoodReport, ...] = ()
    notes: tuple[NoteReport, ...] = field(default=())
    places: tuple[PainPlaceReport, ...] = ()
    supplies: tuple[SupplyCount, ...] = ()
    #: Each counted medicine still taken as it stands at the period's end (the counts
    #: above less the doses taken since): what is on hand now.
    on_hand: tuple[OnHand, ...] = ()
    #: Each "ran out of …" said in words (an as-needed medicine has no dose to skip so).
    stock_outs: tuple[StockOutReport, ...] = ()
    questions: tuple[KeptQuestion, ...] = ()  # open at the end, or asked within
    #: Medication changes watched as trials (made in the period, or in the two weeks
    #: before it, or reviewed within it); the pain, PEG and side effects then reach two
    #: weeks before the earliest of them.
    trials: tuple[TrialRecord, ...] = ()
    routines: tuple[RoutineEntry, ...] = ()
    routine_logs: tuple[RoutineLogEntry, ...] = ()
    visits: tuple[Visit, ...] = ()  # in the period and every one still to come
    #: Every PEG ever given up to the period's end: the first is the baseline.
    peg_history: tuple[PegReport, ...] = ()
    #: Every goal the person set up to the period's end, oldest first (their words).
    goals: tuple[tuple[dt.datetime, str], ...] = ()
    #: When the person first used the bot (None: not known). Days before it are no
    #: days of the diary: never counted in "of N days" (Sandbox, Sydney and Lagos).
    started: dt.datetime | None = None
    #: Every time all reminders were paused that overlaps the period, oldest first.
    pauses: tuple[RemindersPaused, ...] = ()
    #: Every pause of one medicine that overlaps the period, oldest first.
    med_pauses: tuple[MedicinePaused, ...] = ()
    #: Every zone the person set after their first, oldest first: times are read in
    #: the zone of their day (bot.domain.travel).
    zone_changes: tuple[ZoneChange, ...] = ()

    @property
    def tz(self) -> ZoneInfo:
        """The zone times are read in: each in the zone the person was in then."""
        return lived_zone(self.zone, self.zone_changes)
