"""The weekly summary: every number of PRODUCT.md §6, computed once, rendered three ways.

Pure: reads only :mod:`bot.domain.records`, no I/O and no clock (``now`` is passed).
The chat text, the chart, the PDF and the CSV export all start from :class:`Summary`.

Conventions
-----------
* Days are calendar days in ``history.zone``: an instant belongs to the local date it
  falls on there, so a DST week still has 7 days (one of 23 or 25 hours). A scheduled
  dose belongs to its own ``local_date``.
* The period is the ``days`` local dates ending on ``end_date`` (today included); the
  "previous period" is the same number of days just before it. Days before the diary
  began (``Summary.began``) hold nothing and count in no denominator; a period is set
  beside the one before only when that one holds data on ``MIN_DAYS_TO_COMPARE`` days.
* A dose is *pending* (not counted as scheduled) while it is unanswered and ``now`` is
  before its ``answer_until``; unanswered after that it counts as missed, even if the
  ticker has not marked it yet.
* Display rounding is round-half-up (half away from zero), done in ``Decimal`` —
  Python's ``round()`` rounds halves to even (``round(2.5) == 2``), which would show
  numbers a person checking by hand would call wrong. Percentages are whole numbers,
  averages have one decimal.
* Average pain is the mean of the daily means, so a day with five messages weighs the
  same as a day with one check-in; min/max are over every single rating.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Final, TypeVar
from zoneinfo import ZoneInfo

from bot.domain.alcohol import DRINK_WITHIN, label_warns
from bot.domain.clinical_facts import ClinicalFacts, clinical_facts
from bot.domain.clinician_detail import (
    ClinicianDetail,
    PartOfDay,
    clinician_detail,
    diary_began,
    worst_part,
)
from bot.domain.course import Course, day_label, describe_course
from bot.domain.day_windows import sooner_than, starting_at
from bot.domain.dose_amounts import (
    another_strength,
    drug_for,
    parts_of,
    strength_in_name,
    to_mg,
)
from bot.domain.exposure import (
    IngredientDay,
    OpioidDay,
    Overuse,
    amounts_of,
    counts_every_dose,
    daily_ingredient_totals,
    highest_days,
    opioid_days,
    overuse_episodes,
)
from bot.domain.leg_symptoms import LegSymptoms
from bot.domain.opioid_constipation import EFFECT as CONSTIPATION
from bot.domain.opioid_constipation import TAKEN_WITHIN as CONSTIPATION_WITHIN
from bot.domain.opioid_constipation import OpioidConstipation, opioid_constipation
from bot.domain.patches import shown_unit, worn_for
from bot.domain.questions import KeptQuestion
from bot.domain.reassessment import Reassessment, reassess
from bot.domain.records import (
    ExtraDose,
    History,
    MedicinePaused,
    NoteReport,
    RedFlagReport,
    RegimenEntry,
    RemindersPaused,
    ScheduledDose,
    SideEffectReport,
    SleepReport,
)
from bot.domain.regimen import (
    combination_strength,
    describe_medication,
    display_name,
    liquid_amount,
    ml_dose,
    tablets_range,
    varies,
    version_label,
)
from bot.domain.reminder_pause import all_paused_label
from bot.domain.safety import (
    DoseTaken,
    MmeLine,
    RegimenItem,
    SafetyWarning,
    check_regimen,
    daily_mme,
    dose_ingredients,
    in_brief,
)
from bot.domain.states import PauseReason
from bot.domain.supply import Stock, supply_key
from bot.domain.travel import ZoneChange, lived_zone, zones_of_days, zones_said
from bot.domain.trials import MIN_DAYS_TO_COMPARE
from bot.domain.wording import and_list
from bot.knowledge import get_drug

__all__ = [
    "RED_FLAG_LABELS",
    "SKIP_REASON_LABELS",
    "NoteEntry",
    "RegimenVersion",
    "SleepStats",
    "reason_label",
    "pause_reason_label",
    "PAUSE_REASON_LABELS",
    "Adherence",
    "AmountTotal",
    "AsNeededUse",
    "DayPain",
    "DayPoint",
    "DiscussionPoint",
    "MedicationAdherence",
    "MmeSummary",
    "PainStats",
    "PegScore",
    "BreathingAlert",
    "RedFlagEntry",
    "SideEffectCount",
    "Summary",
    "flag_label",
    "format_amount",
    "percent",
    "round1",
    "as_needed_ingredient_days",
    "outside_schedule",
    "short_date",
    "taken_doses",
    "weekly_summary",
]

# Thresholds of the "worth discussing with your doctor" rules.
SEVERE_PAIN = Decimal(7)
SEVERE_PAIN_DAYS = 3
REPEATED = (
    3  # doses not taken in one part of the day, misses/skips of one medicine, side-effect days
)
LOW_ADHERENCE = 80  # percent
# Farrar et al., Pain 2001;94:149–158 (clinical-facts §5): ~2 points or ~30 % on the NRS.
MEANINGFUL_POINTS = Decimal(2)
MEANINGFUL_PERCENT = 30

_TENTH = Decimal("0.1")
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

#: Plain words for the red-flag codes of :mod:`bot.parsing.redflags`.
RED_FLAG_LABELS: dict[str, str] = {
    "bladder_bowel": "changes in bladder or bowel control",
    "saddle_numbness": "numbness around the groin or buttocks",
    # Its detector reads lost feeling in the legs or feet as well as weakness (BMJ Best
    # Practice CES: a bilateral motor or sensory deficit); the label claims neither alone.
    "leg_weakness": "weakness or loss of feeling in the legs",
    "fever": "fever with back pain",
    # (the flag also stands for more taken than meant with no sign told — "doubled up on my
    # tramadol by mistake, feel ok" — so the words claim no sign; the quote beside says which)
    "overdose_signs": "more medicine taken than meant, or signs of too much",
    "allergic_reaction": "signs of an allergic reaction",
    "gi_bleeding": "signs of bleeding in the stomach or gut",
    "chest_pain": "chest pain",
    "stroke_signs": "signs of a stroke",
    "suicidal": "thoughts of harming yourself or not wanting to live",
    "trauma": "back pain after a fall or an accident",
    "cancer_history": "new or worse back pain with a history of cancer",
    "weight_loss": "weight loss without trying",
    # not the parser's: the chat's, for signs told on a pair whose labels name them
    # (bot.domain.syndrome)
    "serotonin_syndrome": "signs that can mean serotonin syndrome",
}


#: Plain words for the skip reasons of the reminder's buttons.
SKIP_REASON_LABELS: dict[str, str] = {
    "forgot": "forgot",
    "side_effects": "side effects",
    "felt_fine": "felt fine",
    "ran_out": "ran out",
    # (a reason of the person's own, not one of the buttons': never the word "other")
    "other": "another reason",
    "unsaid": "skipped, no reason given",
}
#: Plain words for why a medicine was paused (bot.domain.states.PauseReason).
PAUSE_REASON_LABELS: dict[str, str] = {
    PauseReason.TOLD: "told to stop for now",
    PauseReason.OUT_OF_HOURS: "told to stop for now by the out-of-hours doctor",
    PauseReason.URGENT_CARE: "told to stop for now at urgent care",
    PauseReason.EMERGENCY: "told to stop for now at the emergency department",
    PauseReason.HOSPITAL: "told to stop for now at the hospital",
    PauseReason.GP: "told to stop for now by the GP",
    PauseReason.DOCTOR: "told to stop for now by the doctor",
    PauseReason.SPECIALIST: "told to stop for now by the specialist",
    PauseReason.PHARMACIST: "told to stop for now by the pharmacist",
    PauseReason.NURSE: "told to stop for now by the nurse",
}
# A mention of a red flag already seen to this soon after the episode is its follow-up
# ("home from the ER"), not a second episode.
FOLLOW_UP_WITHIN = dt.timedelta(hours=72)


# ------------------------------------------------------------------ formatting


def round1(x: Decimal | float) -> float:
    """One decimal, half up (2.25 → 2.3), unlike ``round()``'s half-to-even."""
    d = x if isinstance(x, Decimal) else Decimal(repr(x))
    return float(d.quantize(_TENTH, rounding=ROUND_HALF_UP))


def percent(part: int, whole: int) -> int | None:
    """``part / whole`` as a whole-number percentage, half up; None when whole is 0."""
    if whole <= 0:
        return None
    return (200 * part + whole) // (2 * whole)  # exact integer half-up


def _whole(x: Decimal) -> int:
    return int(x.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def short_date(day: dt.date) -> str:
    """``Mon 19 Oct`` — locale-independent (strftime's %a depends on the C locale)."""
    return f"{_DAY_NAMES[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"


#: What a pause of all reminders is called wherever it is shown: only what is known (the
#: patient paused them), never a guess at why.
PAUSED_BY_PATIENT = "Reminders paused by the patient"
#: Said beside adherence when reminders were paused in the period: paused days have no
#: doses due, so a percentage counts only the days reminders were on.
WHILE_REMINDERS_ON = "of the doses due while reminders were on"


def pause_length(start: dt.datetime, end: dt.datetime) -> str:
    """How long a pause lasted: whole days from a day on ("2 days"), else hours."""
    hours = (end - start).total_seconds() / 3600
    if hours < 1:
        return "under an hour"
    if hours < 24:
        n = int(hours + 0.5)
        return f"{n} hour{'s' if n != 1 else ''}"
    n = int(hours / 24 + 0.5)
    return f"{n} day{'s' if n != 1 else ''}"


def _moment(when: dt.datetime, zone: ZoneInfo) -> str:
    local = when.astimezone(zone)
    return f"{short_date(local.date())} {local:%H:%M}"


def pause_words(pause: RemindersPaused | MedicinePaused, zone: ZoneInfo) -> str:
    """``Wed 16 Dec 09:10 – Fri 18 Dec 17:30 (2 days)``, or ``since Wed 16 Dec 09:10
    (still paused)`` while it lasts (``…, set to resume Fri 18 Dec 09:10)`` for a medicine
    paused for a set time)."""
    began = _moment(pause.start, zone)
    if pause.end is None:
        planned = pause.planned if isinstance(pause, MedicinePaused) else None
        then = f", set to resume {_moment(planned, zone)}" if planned is not None else ""
        return f"since {began} (still paused{then})"
    length = pause_length(pause.start, pause.end)
    return f"{began} – {_moment(pause.end, zone)} ({length})"


def pause_days(pause: RemindersPaused | MedicinePaused, zone: dt.tzinfo) -> str:
    """The local days a pause covered: ``Tue 8 – Fri 11 Dec``, ``Tue 8 Dec``, or ``since
    Tue 8 Dec`` while it lasts."""
    first = pause.start.astimezone(zone).date()
    if pause.end is None:
        return f"since {short_date(first)}"
    last = pause.end.astimezone(zone).date()
    if first == last:
        return short_date(first)
    if first.year != last.year or first.month != last.month:
        return f"{short_date(first)} – {short_date(last)}"
    return f"{short_date(first).rsplit(' ', 1)[0]} – {short_date(last)}"


def med_pause_line(pause: MedicinePaused, zone: ZoneInfo) -> str:
    """``Naproxen 500 mg paused by the patient (told to stop for now by the GP): Tue 8 Dec
    09:00 – Fri 11 Dec 09:00 (3 days)``: on purpose and dated, so its doses not given
    then read as a pause, not as doses missed."""
    why = pause_reason_label(pause.reason)
    said = f" ({why})" if why else ""
    return f"{pause.medicine} paused by the patient{said}: {pause_words(pause, zone)}"


#: Beside adherence when a medicine was paused in the period: its doses then were not due.
NOT_DUE_WHILE_PAUSED = "doses not due while a medicine was paused are not counted"


def pause_line(pause: RemindersPaused, zone: ZoneInfo) -> str:
    """``Reminders paused by the patient (in hospital): Wed 16 Dec 09:10 – Fri 18 Dec
    17:30 (2 days)``."""
    return f"{paused_all_what(pause)}: {pause_words(pause, zone)}"


def paused_all_what(pause: RemindersPaused) -> str:
    """``Reminders paused by the patient``, and why when said (``(in hospital)``): the
    doctor reads a stay, not only a gap."""
    return PAUSED_BY_PATIENT + why_said(pause)


def why_said(pause: RemindersPaused) -> str:
    """`` (in hospital)`` when the pause's reason was said; "" otherwise."""
    why = all_paused_label(pause.reason)
    return f" ({why})" if why else ""


def format_amount(x: float) -> str:
    """``1,000`` / ``2.5`` — no trailing ``.0``."""
    d = Decimal(repr(x)).quantize(_TENTH, rounding=ROUND_HALF_UP)
    if d == d.to_integral_value():
        return f"{int(d):,}"
    return f"{d:,.1f}"


def flag_label(code: str, *, clinician: bool = False) -> str:
    """Plain words for a red-flag code (the code itself, de-underscored, if unknown); for
    the clinician's report, in its own voice (never "yourself")."""
    if clinician and code in _CLINICIAN_FLAG_LABELS:
        return _CLINICIAN_FLAG_LABELS[code]
    return RED_FLAG_LABELS.get(code, code.replace("_", " "))


# The report is read by the doctor: the patient is "the patient", not "you" (Sandbox, Lagos;
# clinician-review.md)
_CLINICIAN_FLAG_LABELS: dict[str, str] = {
    "suicidal": "thoughts of self-harm or of not wanting to live",
}


def pause_reason_label(code: str | None) -> str:
    """Plain words for why a medicine was paused; "" when none was said (or unknown)."""
    reason = PauseReason.read(code)
    return PAUSE_REASON_LABELS[reason] if reason is not None else ""


def reason_label(code: str | None) -> str:
    """Plain words for a skip reason ("side_effects" → "side effects")."""
    if not code:
        return ""
    return SKIP_REASON_LABELS.get(code, code.replace("_", " "))


# --------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class MedicationAdherence:
    """Scheduled doses of one medication in the period (pending ones left out)."""

    med_id: int
    name: str
    generic: str | None
    scheduled: int  # taken + skipped + missed
    taken: int
    taken_late: int
    skipped: int
    missed: int
    pending: int
    percent: int | None  # taken / scheduled, None when nothing was due yet
    top_skip_reason: str | None  # a code; reason_label() says it in words
    amount: float | None = None
    unit: str | None = None
    since: dt.date | None = None  # this version's first day, when it began in the period
    until: dt.date | None = None  # its last day, when it ended in the period
    strength: str | None = None  # a combination's strength as written
    ran_out: int = 0  # of the skipped: set down while out of it ("Ran out")
    ran_out_days: tuple[dt.date, ...] = ()  # their local days
    units_per_dose: float | None = None  # "2 × 200 mg": tablets in one dose
    top_skip_count: int = 0  # the skips (not out of it) that gave the top reason
    part_taken: int = 0  # of the taken: only part of the dose ("½ a naproxen")
    paused_on: dt.date | None = None  # the local day this version was paused, when it is
    units_per_dose_max: float | None = None  # "1–2 tablets": the most of a range
    volume_ml: float | None = None  # a liquid's "10 mg/5 ml": the ml that hold `amount`

    @property
    def label(self) -> str:
        """`Gabapentin 300 mg`: the name with this version's strength."""
        return version_label(self)


@dataclass(frozen=True, slots=True)
class Adherence:
    """All scheduled medications together, plus each one."""

    scheduled: int
    taken: int
    taken_late: int
    skipped: int
    missed: int
    pending: int
    percent: int | None
    previous_percent: int | None  # None too when doses were due on too few days before
    per_medication: tuple[MedicationAdherence, ...]
    previous_days: int = 0  # days of the period before with a dose due (answered or past)


@dataclass(frozen=True, slots=True)
class AmountTotal:
    """A total amount in one unit (``1,500 mg``)."""

    amount: float
    unit: str


@dataclass(frozen=True, slots=True)
class OwnMaxSpan:
    """24 hours in which a medicine passed the person's own maximum a day: from its first
    dose to its last (local times), with the units taken and the maximum then set."""

    start: dt.datetime
    end: dt.datetime
    units: float
    limit: int

    @property
    def end_day(self) -> dt.date:
        return self.end.date()


@dataclass(frozen=True, slots=True)
class TooSoon:
    """A dose logged sooner than the person's own shortest gap after the one before
    (local time), and how long after it came."""

    at: dt.datetime
    after: dt.timedelta


@dataclass(frozen=True, slots=True)
class AsNeededUse:
    """Doses outside the schedule (as-needed, or logged with /took) of one medication."""

    name: str
    generic: str | None
    med_id: int | None
    times: int  # how many doses were logged
    units: float  # tablets etc.: Σ count (1 when not given)
    most_in_one_day: float  # units on the busiest local day
    most_on: dt.date | None
    totals: tuple[AmountTotal, ...]  # Σ count × amount, per unit
    max_per_day: int | None  # the user's own maximum
    strength: str | None = None  # a combination's strength as written ("30/500")
    most_amount: float | None = None  # the busiest day's amount, when every dose had one
    unknown_units: float = 0.0  # units of doses whose amount was never said (in `units`)
    mixed_on_busiest: bool = False  # the busiest day's tablets were not all one strength
    #: A medicine taken on a schedule: these are doses outside it (before it began, or
    #: extra), never "as needed" on the doctor's page (Sandbox, Pune and Houston)
    scheduled: bool = False
    #: "1–2 tablets": the listed dose, when it is a range (read beside the counts)
    dose_range: str | None = None
    #: Units on each local day it was taken, oldest first (the first page's day list)
    per_day: tuple[tuple[dt.date, float], ...] = ()
    #: Each 24 hours past the person's own maximum, counted as the chat's warning counts
    #: them (any 24 hours holding a dose, bot.domain.day_windows): calendar days hid the
    #: "5 in 24 h" the person was warned of (Sandbox, New York: "Days over own max: 0")
    over_max: tuple[OwnMaxSpan, ...] = ()
    #: The person's own shortest gap ("every 6 hours"), and the doses logged sooner than
    #: it after the one before, as the chat warned of each (Sandbox, New York)
    gap_hours: int | None = None
    too_soon: tuple[TooSoon, ...] = ()
    #: A liquid listed with its concentration ("10 mg/5 ml": 2): its ml are shown with
    #: the mg they hold, which the doctor counts ("15 ml (30 mg)").
    mg_per_ml: float | None = None
    #: That liquid's volume the units count ("10 mg/5 ml": 5), when its doses are counted
    #: in it: `units`, `per_day` and the maximum are then shown as ml ("30 ml (60 mg)").
    volume_ml: float | None = None
    #: That liquid's doses on the busiest day, in ml each ("3 × 5 ml (10 mg each)").
    most_doses: tuple[float, ...] = ()

    def in_units(self, n: float) -> str:
        """`n` units as counted: "6.5", or a liquid's "32.5 ml (65 mg)"."""
        if not self.volume_ml:
            return format_amount(n)
        mg = self.mg_per_ml * self.volume_ml if self.mg_per_ml else None
        return liquid_amount(n, self.volume_ml, mg, "mg")

    @property
    def days_over_max(self) -> tuple[dt.date, ...]:
        """The local days on which a 24 hours past the own maximum ended (its last dose)."""
        return tuple(dict.fromkeys(s.end_day for s in self.over_max))

    @property
    def days_used(self) -> int:
        """Local days with any of these doses."""
        return len(self.per_day)

    @property
    def most_text(self) -> str:
        """The busiest day with what it counts: `3 × 50 mg` or `4 × 5/325 mg` (a bare "3"
        beside "4 times" read as three doses), `150 mg` when the tablets differed, or the
        bare units when no amount is known."""
        n = self.most_in_one_day
        if self.volume_ml and self.most_doses:
            return self._most_liquid()
        if (combination := self._combination()) is not None:
            return f"{format_amount(n)} × {combination}"
        if len(self.totals) != 1 or self.most_amount is None:
            return format_amount(n)
        unit = self.totals[0].unit
        per = self.most_amount / n
        mg = self._as_mg(self.most_amount, unit)
        if (
            n != 1
            and not self.mixed_on_busiest
            and abs(per - self.totals[0].amount / self.units) < 1e-9
        ):
            return f"{format_amount(n)} × {format_amount(per)} {unit}{mg}"
        return f"{format_amount(self.most_amount)} {unit}{mg}"

    def _most_liquid(self) -> str:
        """A liquid's busiest day dose by dose, as tablets' "3 × 50 mg" reads: "3 × 5 ml
        (10 mg each)" (Sandbox: "3 × 5 ml (30 mg)" gave the day's mg beside one dose's
        ml), or the day's "12.5 ml (25 mg)" when the doses differed."""
        doses = self.most_doses
        if len(doses) > 1 and max(doses) - min(doses) < 1e-9:
            mg = f" ({format_amount(doses[0] * self.mg_per_ml)} mg each)" if self.mg_per_ml else ""
            return f"{len(doses)} × {format_amount(doses[0])} ml{mg}"
        ml = math.fsum(doses)
        return f"{format_amount(ml)} ml{self._as_mg(ml, 'ml')}"

    def _as_mg(self, amount: float, unit: str) -> str:
        """ " (10 mg)" after ml of a liquid whose concentration is listed; "" otherwise."""
        if unit != "ml" or not self.mg_per_ml:
            return ""
        return f" ({format_amount(amount * self.mg_per_ml)} mg)"

    @property
    def total_text(self) -> str | None:
        """`1,500 mg`; `3 × 5/325 mg` for a combination (its mg alone would hide the
        acetaminophen); None when no amount is known."""
        if (combination := self._combination()) is not None:
            known = self.units if self.strength else self.units - self.unknown_units
            said = f"{format_amount(known)} × {combination}"
        elif (patch := self._patch()) is not None:
            return patch
        elif self.totals:
            said = " + ".join(
                f"{format_amount(t.amount)} {t.unit}{self._as_mg(t.amount, t.unit)}"
                for t in self.totals
            )
        else:
            return None
        if self.unknown_units:
            # "400 mg in all" beside 3 tablets would read as all of them.
            said += f" + {format_amount(self.unknown_units)} of unknown strength"
        return said

    def _patch(self) -> str | None:
        """`2 patches of 10 mcg/h`: patches are counted, never their rates added ("20 mcg in all"
        read as two patches' dose); None for anything else."""
        if len(self.totals) != 1 or self.totals[0].unit != "mcg/h" or self.unknown_units:
            return None
        rate = self.totals[0].amount / self.units
        patches = "patch" if self.units == 1 else "patches"
        return f"{format_amount(self.units)} {patches} of {format_amount(rate)} mcg/h"

    def _combination(self) -> str | None:
        """One tablet's strength as a combination is written (`5/325 mg`), or None."""
        if self.units <= 0:
            return None
        if self.strength:
            return f"{self.strength} mg"
        known = self.units - self.unknown_units
        if len(self.totals) == 1 and self.totals[0].unit == "mg" and known > 0:
            per_unit = self.totals[0].amount / known
            return combination_strength(self.generic, per_unit, "mg", self.name)
        return None


@dataclass(frozen=True, slots=True)
class DayPain:
    """A day and its mean pain (one decimal)."""

    date: dt.date
    mean: float


@dataclass(frozen=True, slots=True)
class PainStats:
    """0–10 ratings in the period and the change against the previous period."""

    reports: int
    days_with_data: int
    mean: float | None
    min: float | None
    max: float | None
    previous_mean: float | None  # None too when too few days were rated before
    change: float | None  # points, mean − previous mean (from the rounded means)
    change_percent: int | None  # None when either mean is missing or previous is 0
    meaningful_increase: bool  # ≥ 2 points or ≥ 30 % (Farrar 2001)
    severe_days: int  # days with a rating of 7 or more
    best_day: DayPain | None  # lowest daily mean; None with fewer than 2 days of data
    worst_day: DayPain | None  # highest daily mean; ties → the earlier day
    previous_days: int = 0  # days rated in the period before (the comparison's n)


@dataclass(frozen=True, slots=True)
class PegScore:
    """The latest PEG of the period (Krebs et al. 2009): score = mean of three items."""

    date: dt.date
    pain: float
    enjoyment: float
    activity: float
    score: float


@dataclass(frozen=True, slots=True)
class SideEffectCount:
    """One side effect: on how many local days, and in how many reports."""

    effect: str
    days: int
    reports: int
    words: tuple[str, ...] = ()  # the person's own words for it, when typed
    carer_words: frozenset[str] = frozenset()  # those of `words` a carer wrote

    @property
    def label(self) -> str:
        """The effect in plain words ("dry mouth", "stiff, rigid muscles")."""
        return effect_words(self.effect)


#: Side effects whose key is no plain word: the labels' signs of serotonin syndrome
_EFFECT_WORDS: Final[dict[str, str]] = {
    "rigidity": "stiff, rigid muscles",
    "incoordination": "clumsiness",
}


def effect_words(effect: str) -> str:
    """A side effect's key in plain words ("dry_mouth" → "dry mouth")."""
    return _EFFECT_WORDS.get(effect, effect.replace("_", " "))


@dataclass(frozen=True, slots=True)
class RedFlagEntry:
    """A red flag on a local date (each flag once per day)."""

    date: dt.date
    at: dt.datetime  # local time of its first mention that day
    flag: str
    words: str | None = None  # what the person wrote
    handled: bool = False  # they said it had already been seen to
    followup: str | None = None  # a later message saying it was seen to ("home from ER")
    followup_at: dt.datetime | None = None
    carer: bool = False  # `words` are a carer's, writing in the patient's chat

    @property
    def label(self) -> str:
        """Plain words for the flag."""
        return flag_label(self.flag)

    @property
    def clinician_label(self) -> str:
        """The flag in the report's voice."""
        return flag_label(self.flag, clinician=True)


@dataclass(frozen=True, slots=True)
class BreathingAlert:
    """Sleepiness or confusion told on two medicines that slow the brain, answered in the
    chat with the FDA's signs of breathing trouble (local time; bot.domain.sedation)."""

    at: dt.datetime
    effects: tuple[str, ...]
    first: str  # the two medicines as the reply named them
    second: str
    words: str | None = None  # what was written
    carer: bool = False  # written, and answered, as a carer's


@dataclass(frozen=True, slots=True)
class MmeSummary:
    """Opioid morphine milligram equivalents per day (CDC 2022), from the regimen."""

    total: float
    lines: tuple[MmeLine, ...]
    notes: tuple[str, ...]
    complete: bool
    warnings: tuple[SafetyWarning, ...]
    taken: tuple[OpioidDay, ...] = ()  # MME of the opioids actually taken, per day
    #: Days an opioid was taken in an amount not known (a strength never said): taken,
    #: never "none taken" (Sandbox, Johannesburg: codeine on 3 days read as no opioid)
    taken_unknown: tuple[dt.date, ...] = ()

    @property
    def highest_taken(self) -> OpioidDay | None:
        """The day with the most opioid taken (the earlier on a tie)."""
        return max(self.taken, key=lambda d: (d.mme, -d.date.toordinal())) if self.taken else None

    @property
    def counted(self) -> bool:
        """Whether any opioid line could be counted (else `total` 0 means "unknown")."""
        return any(line.mme is not None for line in self.lines)


@dataclass(frozen=True, slots=True)
class DiscussionPoint:
    """One "worth discussing with your doctor" item, as facts: ``code`` says which rule
    found it (stable for tests), ``facts`` the figures it rests on; the words are
    written in ``bot.reports.text.discussion_line``, not here."""

    code: str
    facts: tuple[tuple[str, object], ...]

    def fact(self, key: str) -> Any:
        """One figure by name."""
        return dict(self.facts)[key]


@dataclass(frozen=True, slots=True)
class DayPoint:
    """One local day of the chart series."""

    date: dt.date
    pain: float | None  # mean pain that day, one decimal
    taken: int
    missed: int
    skipped: int
    #: Tablets (units) of as-needed (or unlisted) medicines, as the summary and report
    #: count them per day: "took 2 percs" is 2 here, as it is 2 against the own maximum
    as_needed: float = 0
    #: Doses of a scheduled medicine logged outside its schedule: never drawn as as-needed
    #: use, which a doctor reads as permission to take it so (Sandbox, Sydney: Lyrica)
    extra: int = 0

    @property
    def not_taken(self) -> int:
        """Missed plus skipped."""
        return self.missed + self.skipped


@dataclass(frozen=True, slots=True)
class RegimenVersion:
    """One version of a medicine that was in the regimen during the period."""

    name: str
    generic: str | None
    amount: float | None
    unit: str | None
    line: str  # `Gabapentin 300 mg · 08:00, 14:00, 22:00 every day`
    since: dt.date
    until: dt.date | None  # None: still current
    paused: bool = False
    strength: str | None = None
    as_needed: bool = False
    units_per_dose: float | None = None
    paused_on: dt.date | None = None  # the local day it was paused, when kept
    pause_reason: str | None = None  # a PauseReason code; pause_reason_label() says it
    units_per_dose_max: float | None = None  # "1–2 tablets": the most of a range
    volume_ml: float | None = None  # a liquid's "10 mg/5 ml": the ml that hold `amount`

    @property
    def label(self) -> str:
        """The name with its strength."""
        return version_label(self)


@dataclass(frozen=True, slots=True)
class SupplyEvent:
    """A count on hand in the period: the first one known, or a refill after it."""

    name: str  # the medicine as the person calls it
    day: dt.date  # local
    on_hand: float
    refill: bool


@dataclass(frozen=True, slots=True)
class SupplyNow:
    """A medicine's supply as the period ends: what is left of the counts after the
    doses taken, and how long it lasts (the week's first count is history by then)."""

    name: str  # the medicine as the person calls it
    stock: Stock
    out_since: dt.date | None = None  # local: said to be out of it, no more yet


@dataclass(frozen=True, slots=True)
class SleepStats:
    """Nights reported in the period, by quality."""

    nights: int
    good: int
    fair: int
    poor: int
    mean_hours: float | None
    #: The nights whose hours were told (the mean is theirs, not every night's).
    nights_with_hours: int = 0


@dataclass(frozen=True, slots=True)
class MoodEntry:
    """A mood told (local time): its words ("tearful", "hopeless", "low") and a 0–10
    score when one was given."""

    at: dt.datetime
    words: tuple[str, ...]
    score: float | None = None
    carer: bool = False  # told by a carer writing in the patient's chat

    @property
    def label(self) -> str:
        """ "tearful", "low, 3/10", "mood 4/10"."""
        score = f"{self.score:g}/10" if self.score is not None else None
        if not self.words:
            return f"mood {score}"
        return ", ".join([*self.words, *([score] if score else [])])


@dataclass(frozen=True, slots=True)
class NoteEntry:
    """Something the person wrote for their notes (local time); `carer`: a carer wrote it."""

    at: dt.datetime
    text: str
    carer: bool = False


@dataclass(frozen=True, slots=True)
class NotCounted:
    """A medicine of the period whose ingredients are not all counted: `parts` told that
    no check knows ("aceclofenac 100"), or none (nothing in it is known)."""

    name: str
    parts: tuple[str, ...] = ()

    @property
    def said(self) -> str:
        """ "aceclofenac and serratiopeptidase in Zerodol-SP", "whatever is in Pan"."""
        if not self.parts:
            return f"whatever is in {self.name}"
        return f"{and_list([p.split()[0] for p in self.parts])} in {self.name}"


@dataclass(frozen=True, slots=True)
class Summary:
    """Everything the weekly summary, ``/report`` and the chart show."""

    zone: str
    start: dt.date
    end: dt.date
    days: int
    previous_start: dt.date
    previous_end: dt.date
    adherence: Adherence
    as_needed: tuple[AsNeededUse, ...]
    pain: PainStats
    peg: PegScore | None
    side_effects: tuple[SideEffectCount, ...]
    red_flags: tuple[RedFlagEntry, ...]
    mme: MmeSummary | None  # None when no active medication is an opioid
    safety_warnings: tuple[SafetyWarning, ...]
    discuss: tuple[DiscussionPoint, ...]
    daily: tuple[DayPoint, ...]
    regimen: tuple[RegimenVersion, ...] = ()
    overuse: tuple[Overuse, ...] = ()  # rolling 24 h past a labelled maximum
    #: Per day, the ingredients of as-needed and extra doses, and acetaminophen always
    ingredient_days: tuple[IngredientDay, ...] = ()
    sleep: SleepStats | None = None
    notes: tuple[NoteEntry, ...] = ()
    #: Moods told in the period, oldest first ("crying all the time" is tearful).
    moods: tuple[MoodEntry, ...] = ()
    supplies: tuple[SupplyEvent, ...] = ()  # counts and refills, oldest first
    on_hand: tuple[SupplyNow, ...] = ()  # left at the period's end, by medicine
    #: For the doctor: open at the period's end, and those ticked off within it.
    questions: tuple[KeptQuestion, ...] = ()
    #: The chat's lines for `safety_warnings`, in their order: a pair told in full when it
    #: came up is one line each week (`in_brief`), the rest whole.
    safety_said: tuple[str, ...] = ()
    #: Medication changes and what followed, routines, visits (bot.domain.reassessment).
    reassessment: Reassessment = Reassessment()
    #: The report's first page: days with data, doses by time of day and why not taken,
    #: side effects with what was taken before them.
    detail: ClinicianDetail = ClinicianDetail()
    #: Facts a doctor acts on (opioid use as taken, naloxone, NSAID exposure), sourced.
    facts: ClinicalFacts | None = None
    #: The local day the diary began (None: not known, every day of the period counts).
    began: dt.date | None = None
    #: The period's medicines not wholly counted in the per-ingredient totals.
    not_counted: tuple[NotCounted, ...] = ()
    #: The warnings of breathing trouble given in the chat, oldest first.
    breathing_alerts: tuple[BreathingAlert, ...] = ()
    #: The times all reminders were paused that touch the period's days, oldest first.
    pauses: tuple[RemindersPaused, ...] = ()
    #: The times one medicine was paused that touch the period's days, oldest first.
    med_pauses: tuple[MedicinePaused, ...] = ()
    #: Every zone the person set after their first (History.zone_changes).
    zone_changes: tuple[ZoneChange, ...] = ()

    @property
    def tz(self) -> ZoneInfo:
        """The zone times are read in: each in the zone the person was in then."""
        return lived_zone(self.zone, self.zone_changes)

    @property
    def zones_said(self) -> str | None:
        """Which zone the period's times are in, once the person changed zone within it."""
        return zones_said(zones_of_days(self.zone, self.zone_changes, self.start, self.end))

    @property
    def ingredient_peaks(self) -> tuple[IngredientDay, ...]:
        """Each ingredient's highest calendar-day total from every product, by name."""
        return highest_days(self.ingredient_days)

    @property
    def covered_start(self) -> dt.date:
        """The period's first day the diary covers: its start, or the day it began."""
        return max(self.start, self.began) if self.began is not None else self.start

    @property
    def days_covered(self) -> int:
        """The period's days since the diary began: the "of N days" of every count."""
        return max(0, (self.end - self.covered_start).days + 1)

    @property
    def carer_wrote(self) -> bool:
        """Whether a carer's own words are among the period's entries (the report says whose
        diary it reads)."""
        return (
            any(e.carer_words for e in self.side_effects)
            or any(r.carer for r in self.red_flags)
            or any(n.carer for n in self.notes)
            or any(m.carer for m in self.moods)
            or any(a.carer for a in self.breathing_alerts)
        )

    @property
    def has_data(self) -> bool:
        """Whether anything at all was recorded in the period."""
        a = self.adherence
        return bool(
            a.scheduled
            or a.pending
            or self.as_needed
            or self.pain.reports
            or self.peg
            or self.side_effects
            or self.red_flags
            or self.sleep
            or self.notes
            or self.moods
            or any(r.done or r.skipped for r in self.reassessment.routines)
            # numbness or weakness in the legs told without a score (Sandbox, Bengaluru)
            or self.detail.legs is not None
        )


# ------------------------------------------------------------------ computation


def _mean(values: Sequence[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


def _chosen_reasons(rows: Iterable[tuple[ScheduledDose, str]]) -> list[str]:
    """The reasons given for doses skipped by choice (not for being out of it), tidied."""
    return [
        (d.skip_reason or "").strip().lower() for d, o in rows if o == "skipped" and not _out(d)
    ]


def _top_reason(reasons: Iterable[str]) -> str | None:
    counts = Counter(r.strip().lower() for r in reasons if r and r.strip())
    if not counts:
        return None
    # Most frequent; ties alphabetically so the result does not depend on input order.
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _active(entries: Iterable[RegimenEntry], at: dt.datetime) -> list[RegimenEntry]:
    return [e for e in entries if e.started_at <= at and (e.ended_at is None or e.ended_at > at)]


def _regimen_items(
    entries: Sequence[RegimenEntry], starts: Mapping[int, dt.date] | None = None
) -> list[RegimenItem]:
    """RegimenItems for the safety checks; paused medicines are not being taken.
    `starts`: the local date each medicine was first taken from (course limits)."""
    latest: dict[int, RegimenEntry] = {}
    for e in entries:
        if e.paused:
            continue
        if e.med_id not in latest or e.started_at > latest[e.med_id].started_at:
            latest[e.med_id] = e
    items = []
    for e in sorted(latest.values(), key=lambda e: (e.started_at, e.med_id)):
        # (a dose that varies is counted at its most: the day's total it may reach)
        per = e.units_per_dose_max or e.units_per_dose or 1
        units: float | None = float(len(e.times)) * per if e.times else None
        items.append(
            RegimenItem(
                generic=e.generic,
                name=e.name,
                amount_per_unit=e.amount,
                unit=e.unit,
                units_per_day=None if e.as_needed and not e.times else units,
                as_needed=e.as_needed,
                max_per_day=e.max_per_day,
                strength=e.strength,
                started=(starts or {}).get(e.med_id),
                units_per_dose=e.units_per_dose,
                units_per_dose_max=e.units_per_dose_max,
                other_ingredients=parts_of(e.other_ingredients),
                volume_ml=e.volume_ml,
            )
        )
    return items


def _out(dose: ScheduledDose) -> bool:
    """Skipped because the medicine had run out: a supply problem, not a choice."""
    return dose.skip_reason == "ran_out"


def _adherence(
    doses: Sequence[ScheduledDose], previous: Sequence[ScheduledDose], now: dt.datetime
) -> Adherence:
    per: dict[int, list[tuple[ScheduledDose, str]]] = defaultdict(list)
    for d in doses:
        per[d.med_id].append((d, d.outcome(now)))
    meds: list[MedicationAdherence] = []
    for med_id, rows in per.items():
        c = Counter(o for _, o in rows)
        last = max(rows, key=lambda r: r[0].due_at)[0]  # newest name, if it was renamed
        scheduled = c["taken"] + c["skipped"] + c["missed"]
        meds.append(
            MedicationAdherence(
                med_id=med_id,
                name=last.name,
                generic=last.generic,
                scheduled=scheduled,
                taken=c["taken"],
                taken_late=sum(1 for d, o in rows if o == "taken" and d.taken_late),
                skipped=c["skipped"],
                missed=c["missed"],
                pending=c["pending"],
                percent=percent(c["taken"], scheduled),
                top_skip_reason=(top := _top_reason(chosen := _chosen_reasons(rows))),
                top_skip_count=sum(1 for r in chosen if r == top),
                ran_out=sum(1 for d, o in rows if o == "skipped" and _out(d)),
                part_taken=sum(1 for d, o in rows if o == "taken" and d.units_taken is not None),
                ran_out_days=tuple(
                    sorted({d.local_date for d, o in rows if o == "skipped" and _out(d)})
                ),
            )
        )
    meds.sort(key=lambda m: (m.name.lower(), m.med_id))
    scheduled = sum(m.scheduled for m in meds)
    taken = sum(m.taken for m in meds)
    prev = Counter(d.outcome(now) for d in previous)
    prev_scheduled = prev["taken"] + prev["skipped"] + prev["missed"]
    prev_days = len({d.local_date for d in previous if d.outcome(now) != "pending"})
    return Adherence(
        scheduled=scheduled,
        taken=taken,
        taken_late=sum(m.taken_late for m in meds),
        skipped=sum(m.skipped for m in meds),
        missed=sum(m.missed for m in meds),
        pending=sum(m.pending for m in meds),
        percent=percent(taken, scheduled),
        previous_percent=(
            percent(prev["taken"], prev_scheduled) if prev_days >= MIN_DAYS_TO_COMPARE else None
        ),
        per_medication=tuple(meds),
        previous_days=prev_days,
    )


def _entry_for(dose: ExtraDose, regimen: Sequence[RegimenEntry]) -> RegimenEntry | None:
    """The regimen entry an extra dose belongs to: by med_id, else by name/generic."""
    if dose.med_id is not None:
        cands = [e for e in regimen if e.med_id == dose.med_id]
    else:
        keys = {k.strip().lower() for k in (dose.name, dose.generic) if k}
        cands = [
            e
            for e in regimen
            if (e.name.strip().lower() in keys or (e.generic and e.generic.strip().lower() in keys))
            and not _other_tablet(dose, e)
        ]
    if not cands:
        return None
    active = _active(cands, dose.taken_at)
    return max(active or cands, key=lambda e: e.started_at)


def _other_tablet(dose: ExtraDose, entry: RegimenEntry) -> bool:
    """Whether a product's own tablets ("2 × Advil 200 mg") are another product than the
    listed one (ibuprofen 800 mg): a line of its own. The listed medicine's own name
    ("/took 2 x 200mg ibuprofen") stays with it."""
    if dose.count is None:
        return False
    if dose.name.strip().lower() in {entry.name.strip().lower(), (entry.generic or "").lower()}:
        return False
    return another_strength(dose.amount, dose.unit, entry.amount, entry.unit, entry.strength)


def outside_schedule(dose: ExtraDose, regimen: Sequence[RegimenEntry]) -> bool:
    """Whether an extra dose is of a medicine taken on a schedule (before its schedule
    began, or on top of it), not of an as-needed or unlisted one."""
    entry = _entry_for(dose, regimen)
    return entry is not None and not entry.as_needed


def _as_needed(
    extras: Sequence[ExtraDose], regimen: Sequence[RegimenEntry], zone: ZoneInfo
) -> tuple[AsNeededUse, ...]:
    groups: dict[tuple[str, str], list[tuple[ExtraDose, RegimenEntry | None]]] = defaultdict(list)
    for x in extras:
        entry = _entry_for(x, regimen)
        key = ("id", str(entry.med_id)) if entry else ("name", (x.generic or x.name).lower())
        groups[key].append((x, entry))
    out: list[AsNeededUse] = []
    for rows in groups.values():
        rows.sort(key=lambda r: r[0].taken_at)
        last_dose, entry = rows[-1]
        per_day: dict[dt.date, float] = defaultdict(float)
        amount_per_day: dict[dt.date, Decimal] = defaultdict(Decimal)
        totals: dict[str, Decimal] = defaultdict(Decimal)
        units = unknown = 0.0
        strengths: dict[dt.date, set[float | None]] = defaultdict(set)
        doses_on: dict[dt.date, list[float]] = defaultdict(list)  # a liquid's ml, dose by dose
        counted: list[float] = []
        for x, e in rows:
            n = x.count if x.count is not None else 1.0
            day = x.taken_at.astimezone(zone).date()
            amount, unit = _extra_amount(x, e)
            if (ml := _liquid_ml(x, e)) is not None and e is not None and e.volume_ml:
                # a listed liquid in units of its bottle's volume, every dose in ml ("2.5
                # ml" and "took oramorph" alike), so its maximum and "most" are its ml
                n, amount, unit = ml / e.volume_ml, e.volume_ml, "ml"
                doses_on[day].append(ml)
            counted.append(n)
            units += n
            per_day[day] += n
            # (a week's patch: its micrograms are per hour, kept apart from a dose's)
            unit = shown_unit(x.generic, e.name if e else x.name, unit)
            strengths[day].add(amount)
            if amount is not None:
                given = Decimal(repr(amount)) * Decimal(repr(n))
                totals[(unit or "mg").strip().lower()] += given
                amount_per_day[day] += given
            else:
                unknown += n
        busiest = max(per_day.items(), key=lambda kv: (kv[1], -kv[0].toordinal()))
        max_per_day = entry.max_per_day if entry else None
        # Against the person's own maximum, the same ingredient's other products count in
        # the listed strength ("an Advil" beside a listed 400 mg is half a dose), as the
        # chat's warning counted them: the report must not say no maximum was passed.
        own = [(x.taken_at.astimezone(zone), n, e) for (x, e), n in zip(rows, counted, strict=True)]
        others: list[tuple[dt.datetime, float, RegimenEntry | None]] = []
        if entry is not None:
            others = [
                (at.astimezone(zone), n, None)
                for at, n in _other_products_in_listed_units(extras, rows, entry, zone)
            ]
        gap = entry.min_gap_hours if entry is not None and entry.as_needed else None
        out.append(
            AsNeededUse(
                name=entry.name if entry else last_dose.name,
                generic=entry.generic if entry else last_dose.generic,
                med_id=entry.med_id if entry else last_dose.med_id,
                times=len(rows),
                units=units,
                most_in_one_day=busiest[1],
                most_on=busiest[0],
                totals=tuple(AmountTotal(float(v), u) for u, v in sorted(totals.items())),
                max_per_day=max_per_day,
                over_max=_own_max_spans(own + others),
                gap_hours=gap,
                too_soon=_too_soon(own),
                mg_per_ml=_mg_per_ml(entry),
                volume_ml=entry.volume_ml if doses_on and entry is not None else None,
                most_doses=tuple(doses_on.get(busiest[0], ())),
                strength=entry.strength if entry else None,
                most_amount=float(amount_per_day[busiest[0]]) if not unknown else None,
                unknown_units=unknown,
                mixed_on_busiest=len(strengths[busiest[0]]) > 1,
                scheduled=entry is not None and not entry.as_needed,
                dose_range=_dose_range(entry),
                per_day=tuple(sorted(per_day.items())),
            )
        )
    out.sort(key=lambda u: (-u.times, u.name.lower()))
    return tuple(out)


def _dose_range(entry: RegimenEntry | None) -> str | None:
    """ "1–2 tablets" (of a liquid "2.5–5 ml") of a listed dose that varies; None for any
    other."""
    if entry is None or not varies(entry.units_per_dose, entry.units_per_dose_max):
        return None
    if entry.volume_ml:
        return ml_dose(entry.units_per_dose, entry.units_per_dose_max, entry.volume_ml)
    return tablets_range(entry.units_per_dose, entry.units_per_dose_max)


def _liquid_ml(x: ExtraDose, entry: RegimenEntry | None) -> float | None:
    """The ml of a dose of a liquid listed with its concentration: as said, or its mg (a
    dose told without an amount, at the listed strength) in that liquid; None for any
    other, or when it cannot be known."""
    per_ml = _mg_per_ml(entry)
    if per_ml is None or entry is None:
        return None
    n = x.count if x.count is not None else 1.0
    if x.amount is not None and (x.unit or "").lower() == "ml":
        return x.amount * n
    amount, unit = (x.amount, x.unit) if x.amount is not None else (entry.amount, entry.unit)
    mg = to_mg(amount, unit) if amount is not None else None
    return mg * n / per_ml if mg is not None else None


def _mg_per_ml(entry: RegimenEntry | None) -> float | None:
    """The mg in one ml of a liquid listed with its concentration; None for any other."""
    if entry is None or not entry.volume_ml or entry.amount is None or entry.strength:
        return None
    mg = to_mg(entry.amount, entry.unit)
    return mg / entry.volume_ml if mg is not None else None


def _other_products_in_listed_units(
    extras: Sequence[ExtraDose],
    mine: Sequence[tuple[ExtraDose, RegimenEntry | None]],
    entry: RegimenEntry,
    zone: ZoneInfo,
) -> list[tuple[dt.datetime, float]]:
    """The doses of `entry`'s ingredient taken as other products (not in `mine`), each
    in units of the listed strength; only where the amounts convert (mg to mg)."""
    if not entry.generic or not entry.amount or entry.strength:
        return []
    listed = to_mg(entry.amount, entry.unit)
    ids = {id(x) for x, _ in mine}
    out: list[tuple[dt.datetime, float]] = []
    for x in extras:
        if id(x) in ids or (x.generic or "").lower() != entry.generic.lower():
            continue
        amount, unit = _extra_amount(x, None)
        mg = to_mg(amount, unit) if amount is not None else None
        if mg is None or not listed:
            continue
        n = x.count if x.count is not None else 1.0
        out.append((x.taken_at, mg * n / listed))
    return out


def _at(dose: tuple[dt.datetime, float, RegimenEntry | None]) -> dt.datetime:
    return dose[0]


def _own_max_spans(
    doses: Sequence[tuple[dt.datetime, float, RegimenEntry | None]],
) -> tuple[OwnMaxSpan, ...]:
    """Each stretch of 24 hours holding more units than the own maximum, as the chat's
    warning finds it: any 24 hours that hold a dose (a window's highest total starts at
    a dose). Overlapping windows are one stretch, told at its highest total; each is held
    to the maximum set for its last dose of the listed medicine (a lower maximum set after
    a visit does not make earlier days "over": Sandbox, Melbourne). `doses`: local time,
    units of the listed strength, and the entry (None: another product of it)."""
    out: list[OwnMaxSpan] = []
    starts = sorted(d[0] for d in doses)
    for start, window in zip(starts, starting_at(doses, starts, _at), strict=True):
        limits = [e.max_per_day for _, _, e in window if e is not None]
        limit = limits[-1] if limits else None
        units = math.fsum(n for _, n, _ in window)
        if limit is None or units <= limit + 1e-9:
            continue
        span = OwnMaxSpan(start, window[-1][0], units, limit)
        if out and start <= out[-1].end:
            if units > out[-1].units + 1e-9:
                out[-1] = span
            continue
        out.append(span)
    return tuple(out)


def _too_soon(
    doses: Sequence[tuple[dt.datetime, float, RegimenEntry | None]],
) -> tuple[TooSoon, ...]:
    """The doses logged sooner after the one before than the person's own shortest gap
    ("as needed every 6 hours") set for it then, as the chat's warning found each."""
    ordered = sorted(doses, key=lambda d: d[0])
    out: list[TooSoon] = []
    for (before, _, _), (at, _, e) in zip(ordered, ordered[1:], strict=False):
        if e is None or not e.as_needed or not e.min_gap_hours:
            continue
        if sooner_than(at - before, e.min_gap_hours):
            out.append(TooSoon(at, at - before))
    return tuple(out)


def _extra_amount(x: ExtraDose, entry: RegimenEntry | None) -> tuple[float | None, str | None]:
    """One unit's amount of an extra dose: as said, else the listed medicine's strength,
    else the strength its name says ("extra strength tylenol"). With a count, amount is
    per unit; without, the whole dose (safety.py's convention): count × amount either way."""
    if x.amount is not None:
        return x.amount, x.unit
    if entry is not None:
        return entry.amount, entry.unit if entry.amount is not None else x.unit
    named = strength_in_name(x.generic, x.name)
    return (named, "mg") if named is not None else (None, x.unit)


def _daily_pain(
    reports: Iterable[tuple[dt.date, Decimal]],
) -> dict[dt.date, list[Decimal]]:
    by_day: dict[dt.date, list[Decimal]] = defaultdict(list)
    for day, score in reports:
        by_day[day].append(score)
    return by_day


def _pain(
    by_day: dict[dt.date, list[Decimal]], prev_by_day: dict[dt.date, list[Decimal]]
) -> PainStats:
    scores = [s for v in by_day.values() for s in v]
    day_means = {d: _mean(v) for d, v in by_day.items()}
    mean = round1(_mean(list(day_means.values()))) if day_means else None
    prev_means = [_mean(v) for v in prev_by_day.values()]
    enough = len(prev_means) >= MIN_DAYS_TO_COMPARE
    prev_mean = round1(_mean(prev_means)) if enough else None
    change: float | None = None
    change_pct: int | None = None
    meaningful = False
    if mean is not None and prev_mean is not None:
        # From the rounded means, so the numbers shown add up.
        delta = Decimal(repr(mean)) - Decimal(repr(prev_mean))
        change = float(delta)
        if prev_mean > 0:
            change_pct = _whole(delta * 100 / Decimal(repr(prev_mean)))
        meaningful = delta >= MEANINGFUL_POINTS or (
            change_pct is not None and change_pct >= MEANINGFUL_PERCENT
        )
    best = worst = None
    # "Hardest" and "easiest" only mean something when the days differ.
    if len(day_means) >= 2 and len(set(day_means.values())) > 1:
        ordered = sorted(day_means.items())  # by date, so ties pick the earlier day
        b = min(ordered, key=lambda kv: kv[1])
        w = max(ordered, key=lambda kv: kv[1])
        best, worst = DayPain(b[0], round1(b[1])), DayPain(w[0], round1(w[1]))
    return PainStats(
        reports=len(scores),
        days_with_data=len(day_means),
        mean=mean,
        min=float(min(scores)) if scores else None,
        max=float(max(scores)) if scores else None,
        previous_mean=prev_mean,
        change=change,
        change_percent=change_pct,
        meaningful_increase=meaningful,
        severe_days=sum(1 for v in by_day.values() if max(v) >= SEVERE_PAIN),
        best_day=best,
        worst_day=worst,
        previous_days=len(prev_means),
    )


@dataclass(frozen=True, slots=True)
class TwoProducts:
    """One ingredient taken as two or more products on the same local day (an Aleve on
    top of the listed naproxen): each such day with its total, and the products."""

    ingredient: str
    products: tuple[str, ...]
    days: tuple[tuple[dt.date, float], ...]  # (day, mg of the ingredient that day)
    at_least: bool = False  # some of it counted at the smallest strength sold
    #: The products of each day in `days`, in the same order: "3 products" said of the
    #: period read as three on each day listed, when most days had two (Sandbox, Denver)
    day_products: tuple[tuple[str, ...], ...] = ()


def _product_key(name: str) -> str:
    """A product by name, whatever strength it was written with ("Naproxen 500 mg" and
    "naproxen" are one product; "Aleve" is another)."""
    return _STRENGTH.sub("", name).strip().lower()


_STRENGTH = re.compile(r"\d[\d.,/]*\s*(?:mg|mcg|g|ml|%)?\b", re.IGNORECASE)


def two_products(taken: Sequence[DoseTaken], zone: ZoneInfo) -> tuple[TwoProducts, ...]:
    """Ingredients taken as more than one product on the same local day: the chat says
    so when it happens ("Aleve is naproxen, the same medicine as the Naproxen on your
    list"), and the doctor reads it once, here — "two different NSAIDs" does not cover
    one NSAID doubled through two products (Sandbox, New York). Totals are the daily
    ones the report shows (bot.domain.exposure.daily_ingredient_totals)."""
    names: dict[str, dict[dt.date, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    for dose in sorted(taken, key=lambda d: d.at):
        day = dose.at.astimezone(zone).date()
        for ingredient in amounts_of(dose):
            names[ingredient][day].setdefault(_product_key(dose.name), display_name(dose.name))
    out: list[TwoProducts] = []
    for ingredient, by_day in sorted(names.items()):
        days = sorted(d for d, products in by_day.items() if len(products) > 1)
        if not days:
            continue
        totals = {
            t.date: t
            for t in daily_ingredient_totals(
                [d for d in taken if d.at.astimezone(zone).date() in days], zone, [ingredient]
            )
        }
        products = tuple(dict.fromkeys(n for d in days for n in by_day[d].values()))
        out.append(
            TwoProducts(
                ingredient,
                products,
                tuple((d, totals[d].total_mg) for d in days if d in totals),
                any(totals[d].at_least for d in days if d in totals),
                tuple(tuple(by_day[d].values()) for d in days if d in totals),
            )
        )
    return tuple(out)


@dataclass(frozen=True, slots=True)
class AfterDrink:
    """A drink told (local time), and the medicines whose labels warn about alcohol taken
    within :data:`bot.domain.alcohol.DRINK_WITHIN` after it."""

    at: dt.datetime
    medicines: tuple[str, ...]


def _ran_out_as_needed(history: History, p: _Period) -> tuple[tuple[str, dt.date], ...]:
    """Each as-needed medicine said to have run out in the period, by the name on the
    list, with the first local day it was said."""
    names = {
        (e.generic or e.name.lower()): display_name(e.name) for e in history.regimen if e.as_needed
    }
    first: dict[str, dt.date] = {}
    for told in sorted(history.stock_outs, key=lambda t: t.at):
        if told.medicine in names and p.holds(told.at):
            first.setdefault(names[told.medicine], p.local(told.at))
    return tuple(first.items())


def _after_drinks(
    notes: Sequence[NoteReport], taken: Sequence[DoseTaken], p: _Period
) -> tuple[AfterDrink, ...]:
    """Each drink told in the period with a medicine whose label warns about alcohol
    taken in the hours after it, as the chat warned at that dose (Sandbox, New York: the
    beers were a bare note beside the tramadol and cyclobenzaprine that followed them)."""
    out: list[AfterDrink] = []
    for note in sorted(notes, key=lambda n: n.at):
        if not note.drink or not p.holds(note.at):
            continue
        names: dict[str, None] = {}
        for dose in sorted(taken, key=lambda d: d.at):
            if note.at <= dose.at <= note.at + DRINK_WITHIN and label_warns(dose.name):
                names.setdefault(display_name(dose.name), None)
        if names:
            out.append(AfterDrink(note.at.astimezone(p.zone), tuple(names)))
    return tuple(out)


def _point(code: str, **facts: object) -> DiscussionPoint:
    return DiscussionPoint(code, tuple(facts.items()))


def _discussion(
    adherence: Adherence,
    as_needed: Sequence[AsNeededUse],
    pain: PainStats,
    side_effects: Sequence[SideEffectCount],
    red_flags: Sequence[RedFlagEntry],
    overuse: Sequence[Overuse] = (),
    days: int = 7,
    legs: LegSymptoms | None = None,
    by_part: tuple[PartOfDay, ...] = (),
    pauses: tuple[RemindersPaused | MedicinePaused, ...] = (),
    doubled: Sequence[TwoProducts] = (),
    after_drinks: Sequence[AfterDrink] = (),
    constipation: OpioidConstipation | None = None,
    ran_out: Sequence[tuple[str, dt.date]] = (),
) -> tuple[DiscussionPoint, ...]:
    """Plain rules on the data; facts only, never what to do about a dose."""
    # Past a labelled maximum (PRODUCT.md §7): always worth discussing, first.
    out = [_point("over_label_max", episode=e) for e in overuse]
    seen_flags: dict[str, dt.date] = {}
    for rf in red_flags:
        seen_flags.setdefault(rf.flag, rf.date)
    out += [_point("red_flag", flag=flag, day=day) for flag, day in seen_flags.items()]
    # Numbness or weakness in the legs: nerve findings a doctor judging sciatica asks
    # about (NICE CKS "Sciatica (lumbar radiculopathy)"; bot.domain.leg_symptoms)
    if legs is not None and legs.nerve_days:
        out.append(
            _point(
                "legs_numb",
                days=legs.nerve_days,
                places=legs.nerve_places,
                worse=tuple(d for d, _ in legs.nerve_worse),
            )
        )
    if legs is not None and legs.weak_days:
        out.append(_point("legs_weak", days=legs.weak_days, places=legs.weak_places))
    # Constipation on an opioid: a labelled adverse reaction a doctor sees first, on any
    # number of days (bot.domain.opioid_constipation); said once, not again by its days.
    if constipation is not None:
        out.append(_point("opioid_constipation", constipation=constipation))
    if pain.meaningful_increase and pain.change is not None:
        out.append(_point("pain_up", pain=pain, days=days))
    if pain.severe_days >= SEVERE_PAIN_DAYS:
        out.append(_point("severe_pain_days", days=pain.severe_days))
    if adherence.percent is not None and adherence.percent < LOW_ADHERENCE:
        # the pauses in the period go with it: their doses were not due, and the doctor
        # reads "took 4 of 9" differently knowing a medicine was stopped on purpose
        out.append(_point("low_adherence", adherence=adherence, pauses=pauses))
    # The slot clearly worst, not every slot with misses: "evening doses missed 5 times"
    # hid a worse morning (clinician review 2.10).
    if (worst := worst_part(by_part, REPEATED)) is not None:
        out.append(_point("part_of_day_missed", worst=worst))
    out += [
        _point("medication_missed", medication=m)
        for m in adherence.per_medication
        if m.missed + m.skipped >= REPEATED
    ]
    out += [_point("over_own_max", use=u) for u in as_needed if u.over_max]
    out += [_point("too_soon", use=u) for u in as_needed if u.too_soon]
    out += [_point("one_medicine_two_products", doubled=d) for d in doubled]
    # An as-needed medicine run out of has no dose set down "ran out": the words are the
    # only trace of an opioid gone before a weekend (Sandbox, Phoenix)
    out += [_point("ran_out_as_needed", name=name, day=day) for name, day in ran_out]
    if after_drinks:
        out.append(_point("alcohol_then_sedating", drinks=tuple(after_drinks)))
    out += [
        _point("side_effect_days", effect=e)
        for e in side_effects
        if e.days >= REPEATED and not (constipation is not None and e.effect == CONSTIPATION)
    ]
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Period:
    """The local days summarised and the ones before, with cheap membership tests."""

    zone: ZoneInfo
    start: dt.date
    end: dt.date
    prev_start: dt.date
    prev_end: dt.date
    lo: dt.datetime
    hi: dt.datetime

    @classmethod
    def of(cls, zone: ZoneInfo, end_date: dt.date, days: int) -> _Period:
        start = end_date - dt.timedelta(days=days - 1)
        prev_start = start - dt.timedelta(days=days)
        # A cheap instant comparison first, so a year of history is not converted to
        # local time on every call; a day's margin each side keeps it safe whatever the
        # offset. In UTC: storage hands out UTC datetimes, and comparing two datetimes
        # with the same tzinfo skips the utcoffset() calls.
        lo = dt.datetime.combine(prev_start - dt.timedelta(days=1), dt.time(), tzinfo=zone)
        hi = dt.datetime.combine(end_date + dt.timedelta(days=2), dt.time(), tzinfo=zone)
        return cls(
            zone,
            start,
            end_date,
            prev_start,
            start - dt.timedelta(days=1),
            lo.astimezone(dt.UTC),
            hi.astimezone(dt.UTC),
        )

    def local(self, at: dt.datetime) -> dt.date:
        return at.astimezone(self.zone).date()

    def near(self, at: dt.datetime) -> bool:
        return self.lo <= at < self.hi

    def has(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def before(self, day: dt.date) -> bool:
        return self.prev_start <= day <= self.prev_end

    def holds(self, at: dt.datetime) -> bool:
        """Whether an instant falls on one of the period's local days."""
        return self.near(at) and self.has(self.local(at))


def weekly_summary(
    history: History, *, end_date: dt.date, days: int = 7, now: dt.datetime
) -> Summary:
    """Compute the summary of the ``days`` local days ending on ``end_date``.

    ``now`` (aware) decides which doses are still pending and which regimen is
    current; every datetime in ``history`` must be aware too.
    """
    if days < 1:
        raise ValueError("days must be at least 1")
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    p = _Period.of(history.tz, end_date, days)
    began = diary_began(history)
    doses, before = _split(history.doses, p)
    adherence = _with_versions(_adherence(doses, before, now), history.regimen, p, began)
    extras = [x for x in history.extra_doses if p.holds(x.taken_at)]
    as_needed = _as_needed(extras, history.regimen, p.zone)
    pain_rows = [(p.local(r.at), Decimal(repr(r.score))) for r in history.pain if p.near(r.at)]
    pain = _period_pain(pain_rows, p)
    side_effects = _side_effects(history.side_effects, p)
    red_flags = _red_flags(history.red_flags, p)
    taken = _taken(history, p)
    # an episode is the period's when its peak or its last crossing is in it
    overuse = tuple(
        e for e in overuse_episodes(taken, p.zone.key) if p.holds(e.end) or p.holds(e.span[1])
    )
    in_period = [d for d in taken if p.holds(d.at)]
    mme, safety_warnings, safety_said = _medicine_facts(history.regimen, in_period, now, p)
    detail = clinician_detail(history, p.start, p.end, now)
    pauses = _pauses(history.pauses, p)
    med_pauses = _pauses(history.med_pauses, p)
    return Summary(
        zone=history.zone,
        start=p.start,
        end=p.end,
        days=days,
        previous_start=p.prev_start,
        previous_end=p.prev_end,
        adherence=adherence,
        as_needed=as_needed,
        pain=pain,
        peg=_peg(history, p),
        side_effects=side_effects,
        red_flags=red_flags,
        mme=mme,
        safety_warnings=safety_warnings,
        safety_said=safety_said,
        discuss=_discussion(
            adherence,
            as_needed,
            pain,
            side_effects,
            red_flags,
            overuse,
            days,
            legs=detail.legs,
            by_part=detail.by_part,
            pauses=(*pauses, *med_pauses),
            doubled=two_products(in_period, p.zone),
            after_drinks=_after_drinks(history.notes, in_period, p),
            constipation=_opioid_constipation(history, p),
            ran_out=_ran_out_as_needed(history, p),
        ),
        daily=_daily(doses, extras, history.regimen, pain_rows, now, p, days),
        regimen=_versions(history.regimen, p),
        overuse=overuse,
        ingredient_days=as_needed_ingredient_days(in_period, p.zone),
        sleep=_sleep(history.sleep, p),
        notes=_notes(history.notes, red_flags, p),
        moods=tuple(
            MoodEntry(m.at.astimezone(p.zone), m.words, m.score, m.carer)
            for m in sorted(history.moods, key=lambda m: m.at)
            if p.holds(m.at)
        ),
        supplies=_supply_events(history, p),
        on_hand=_on_hand(history, p),
        questions=tuple(
            q
            for q in history.questions
            if q.added_at < p.hi and (q.asked_at is None or p.holds(q.asked_at))
        ),
        reassessment=reassess(history, p.start, p.end, now),
        detail=detail,
        facts=clinical_facts(
            history,
            p.start,
            p.end,
            now,
            taken=in_period,
            mme=mme,
            overuse=overuse,
            began=began,
        ),
        began=began,
        not_counted=_not_counted(history.regimen, p),
        breathing_alerts=_breathing_alerts(history.side_effects, p),
        pauses=pauses,
        med_pauses=med_pauses,
        zone_changes=history.zone_changes,
    )


_Pause = TypeVar("_Pause", RemindersPaused, MedicinePaused)


def _pauses(pauses: Sequence[_Pause], p: _Period) -> tuple[_Pause, ...]:
    """The pauses that touch one of the period's local days (begun before it and still
    on, too)."""
    return tuple(
        x
        for x in sorted(pauses, key=lambda x: x.start)
        if p.local(x.start) <= p.end and (x.end is None or p.local(x.end) >= p.start)
    )


def _split(
    doses: Sequence[ScheduledDose], p: _Period
) -> tuple[list[ScheduledDose], list[ScheduledDose]]:
    """The scheduled doses of the period, and of the period before it."""
    return [d for d in doses if p.has(d.local_date)], [d for d in doses if p.before(d.local_date)]


def _period_pain(rows: Sequence[tuple[dt.date, Decimal]], p: _Period) -> PainStats:
    """The period's pain beside the period before it."""
    return _pain(
        _daily_pain(r for r in rows if p.has(r[0])), _daily_pain(r for r in rows if p.before(r[0]))
    )


def _supply_events(history: History, p: _Period) -> tuple[SupplyEvent, ...]:
    """The period's counts on hand, each named as the person calls the medicine; a count
    after an earlier one of the same medicine is a refill."""
    names = {supply_key(e.generic, e.name): e.name for e in history.regimen}
    seen: set[str] = set()
    out: list[SupplyEvent] = []
    for count in sorted(history.supplies, key=lambda c: c.at):
        refill = count.medicine in seen
        seen.add(count.medicine)
        if p.holds(count.at):
            name = names.get(count.medicine, count.medicine)
            out.append(SupplyEvent(name, p.local(count.at), count.on_hand, refill))
    return tuple(out)


def _on_hand(history: History, p: _Period) -> tuple[SupplyNow, ...]:
    """What is left of each counted medicine, named as the person calls it, by name."""
    names = {supply_key(e.generic, e.name): e.name for e in history.regimen}
    now = [
        SupplyNow(
            names.get(x.medicine, x.medicine),
            x.stock,
            p.local(x.out_since) if x.out_since is not None else None,
        )
        for x in history.on_hand
    ]
    return tuple(sorted(now, key=lambda x: x.name.lower()))


def _peg(history: History, p: _Period) -> PegScore | None:
    pegs = [g for g in history.peg if p.holds(g.at)]
    if not pegs:
        # The PEG is asked at the summary day's check-in, by default 20:00, after that
        # day's 18:00 summary: the one of the evening before the period is this week's
        # (no automatic summary ever showed a PEG otherwise). Its date is shown.
        eve = p.start - dt.timedelta(days=1)
        pegs = [g for g in (*history.peg, *history.peg_history) if p.local(g.at) == eve]
    if not pegs:
        return None
    g = max(pegs, key=lambda r: r.at)
    three = [Decimal(repr(v)) for v in (g.pain, g.enjoyment, g.activity)]
    return PegScore(p.local(g.at), g.pain, g.enjoyment, g.activity, round1(_mean(three)))


def _side_effects(reports: Sequence[SideEffectReport], p: _Period) -> tuple[SideEffectCount, ...]:
    effect_days: dict[str, set[dt.date]] = defaultdict(set)
    effect_reports: Counter[str] = Counter()
    words: dict[str, list[str]] = defaultdict(list)
    by_carer: set[str] = set()
    for s in reports:
        if not p.holds(s.at):
            continue
        # One report naming an effect twice still counts once.
        for effect in {e.strip().lower() for e in s.effects if e.strip()}:
            effect_days[effect].add(p.local(s.at))
            effect_reports[effect] += 1
            said = " ".join((s.words or "").split())[:120]
            if said and said not in words[effect] and len(words[effect]) < 3:
                words[effect].append(said)
                if s.carer:
                    by_carer.add(said)
    return tuple(
        sorted(
            (
                SideEffectCount(
                    e,
                    len(effect_days[e]),
                    effect_reports[e],
                    tuple(words[e]),
                    frozenset(by_carer & set(words[e])),
                )
                for e in effect_days
            ),
            key=lambda s: (-s.days, -s.reports, s.effect),
        )
    )


def _breathing_alerts(
    reports: Sequence[SideEffectReport], p: _Period
) -> tuple[BreathingAlert, ...]:
    """The side effects of the period that were answered with the FDA's signs of
    breathing trouble, as they were told and answered."""
    return tuple(
        BreathingAlert(
            s.at.astimezone(p.zone), s.effects, w.first, w.second, s.words, carer=w.carer
        )
        for s in sorted(reports, key=lambda r: r.at)
        if (w := s.warned) is not None and p.holds(s.at)
    )


def _words(text: str) -> str:
    """Lower-case words only, for telling whether one text is inside another."""
    return " ".join(re.findall(r"[\w']+", text.lower()))


def _notes(
    notes: Sequence[NoteReport], red_flags: Sequence[RedFlagEntry], p: _Period
) -> tuple[NoteEntry, ...]:
    """The notes of the period, less those that only repeat words a red-flag line already
    quotes from the same message (Sandbox, Glasgow: "I keep tripping over my left foot,
    it's getting weaker" quoted as the alarm, then "it's getting weaker" again under
    "Your notes")."""
    quoted = [(e.at, _words(e.words)) for e in red_flags if e.words]
    kept = []
    for n in notes:
        if not p.holds(n.at):
            continue
        at = n.at.astimezone(p.zone)
        said = _words(n.text)
        if said and any(when == at and f" {said} " in f" {words} " for when, words in quoted):
            continue
        kept.append(NoteEntry(at, n.text, n.carer))
    return tuple(kept)


def _red_flags(reports: Sequence[RedFlagReport], p: _Period) -> tuple[RedFlagEntry, ...]:
    """Each flag once a day, in the person's words; a mention that says it was already
    seen to, soon after an episode of the same flag, is that episode's follow-up."""
    entries: list[RedFlagEntry] = []
    for r in sorted((r for r in reports if p.near(r.at)), key=lambda r: r.at):
        at = r.at.astimezone(p.zone)
        if not p.has(at.date()):
            continue
        for flag in r.flags:
            earlier = [e for e in entries if e.flag == flag]
            last = earlier[-1] if earlier else None
            if last is not None and r.handled and at - last.at <= FOLLOW_UP_WITHIN:
                if last.followup is None and not last.handled:
                    entries[entries.index(last)] = replace(last, followup=r.words, followup_at=at)
                continue
            if last is not None and last.date == at.date():
                continue  # once a day
            entries.append(
                RedFlagEntry(at.date(), at, flag, r.said or r.words, r.handled, carer=r.carer)
            )
    return tuple(sorted(entries, key=lambda e: e.at))


def _opioid_constipation(history: History, p: _Period) -> OpioidConstipation | None:
    """Constipation told in the period while an opioid was taken (in the 72 hours
    before it, so from three days before the period) or scheduled."""
    earliest = dt.datetime.combine(p.start, dt.time(), tzinfo=p.zone) - CONSTIPATION_WITHIN
    taken = taken_doses(history, earliest.astimezone(dt.UTC), p.hi)
    return opioid_constipation(history.side_effects, taken, history.regimen, p.zone, p.start, p.end)


def _taken(history: History, p: _Period) -> list[DoseTaken]:
    """Every dose taken in the period and the day before it (a 24-hour window may start
    there), with its strength, for the ingredient and MME totals."""
    earliest = dt.datetime.combine(p.start - dt.timedelta(days=1), dt.time(), tzinfo=p.zone)
    return taken_doses(history, earliest, p.hi)


def taken_doses(
    history: History, start: dt.datetime | None = None, end: dt.datetime | None = None
) -> list[DoseTaken]:
    """Every dose taken in [start, end) (all when not given) — scheduled ones answered
    Taken and extra ones — with the strength of one unit where it is known."""

    def inside(at: dt.datetime) -> bool:
        return (start is None or at >= start) and (end is None or at < end)

    out: list[DoseTaken] = []
    for d in history.doses:
        if d.status == "taken" and d.taken_at is not None and inside(d.taken_at):
            out.append(
                DoseTaken(
                    d.generic,
                    d.name,
                    d.amount,
                    d.unit,
                    d.units,
                    d.taken_at,
                    True,
                    d.strength,
                    due=d.due_at,
                )
            )
    for x in history.extra_doses:
        if not inside(x.taken_at):
            continue
        amount, unit, count = x.amount, x.unit, x.count
        entry = _entry_for(x, history.regimen)
        if amount is None and entry is not None:
            # "took 2" of a medicine in the list: its strength per unit.
            amount, unit, count = entry.amount, entry.unit, count if count is not None else 1
        strength = entry.strength if entry is not None else None
        if (unit or "").lower() == "ml" and (per_ml := _mg_per_ml(entry)) is not None:
            # ml of a listed liquid are the mg they hold, for every total and the MME
            # (Sandbox, Dublin: 5 ml of Oramorph 10 mg/5 ml "in an amount I can't count")
            amount, unit, count = (amount or 0.0) * (count or 1.0) * per_ml, "mg", None
        out.append(DoseTaken(x.generic, x.name, amount, unit, count, x.taken_at, False, strength))
    return out


def _not_counted(regimen: Sequence[RegimenEntry], p: _Period) -> tuple[NotCounted, ...]:
    """The period's medicines with ingredients never counted: told ones no check knows,
    or every one (a product not known at all), by name, once each."""
    first = dt.datetime.combine(p.start, dt.time(), tzinfo=p.zone)
    after = dt.datetime.combine(p.end + dt.timedelta(days=1), dt.time(), tzinfo=p.zone)
    out: dict[str, NotCounted] = {}
    for e in sorted(regimen, key=lambda e: e.started_at):
        if e.started_at >= after or (e.ended_at is not None and e.ended_at <= first):
            continue
        name = display_name(e.name)
        if drug_for(e.generic, e.name) is None:
            out[name] = NotCounted(name)
        elif e.other_ingredients:
            out[name] = NotCounted(name, parts_of(e.other_ingredients))
        else:
            out.pop(name, None)
    return tuple(out.values())


def _medicine_facts(
    regimen: Sequence[RegimenEntry], taken: Sequence[DoseTaken], now: dt.datetime, p: _Period
) -> tuple[MmeSummary | None, tuple[SafetyWarning, ...], tuple[str, ...]]:
    """MME (as prescribed, and as taken per day) and the regimen's safety warnings, for
    the regimen as it stands at the end of the period (or now, if that is earlier), with
    the chat's line for each."""
    period_end = dt.datetime.combine(p.end + dt.timedelta(days=1), dt.time(), tzinfo=p.zone)
    as_of = min(now, period_end - dt.timedelta(microseconds=1))
    starts: dict[int, dt.date] = {}
    for e in regimen:
        day = e.started_at.astimezone(p.zone).date()
        starts[e.med_id] = min(day, starts.get(e.med_id, day))
    today = as_of.astimezone(p.zone).date()
    # A taper's next step waits in the list until its first day: not taken alongside.
    standing = [e for e in _active(regimen, as_of) if _course_runs(e.course, today)]
    items = _regimen_items(standing, starts)
    result = daily_mme(items)
    taken_days = opioid_days(taken, p.zone)
    unknown = _opioid_unknown_days(taken, p)
    mme = None
    if result.per_drug or taken_days or unknown:
        mme = MmeSummary(
            result.total,
            result.per_drug,
            result.notes,
            result.complete,
            result.warnings,
            taken_days,
            unknown,
        )
    warnings = tuple(check_regimen(items, today)) if items else ()
    return mme, warnings, tuple(in_brief(items, w) or w.text for w in warnings)


def _opioid_unknown_days(taken: Sequence[DoseTaken], p: _Period) -> tuple[dt.date, ...]:
    """The days in the period an opioid was taken whose amount is not known."""
    days: set[dt.date] = set()
    for dose in taken:
        drug = drug_for(dose.generic, dose.name)
        if drug is None or "opioid" not in drug.classes or not p.holds(dose.at):
            continue
        if worn_for(dose.generic, dose.name) is not None:
            continue  # its strength was said, as a rate: no mg amount to miss
        opioids = {i for i in drug.ingredients if (g := get_drug(i)) and "opioid" in g.classes}
        if not opioids & set(dose_ingredients(dose, ())):
            days.add(p.local(dose.at))
    return tuple(sorted(days))


def _course_runs(course: Course, day: dt.date) -> bool:
    """Whether a course (a taper step, a "for 10 days") covers `day`."""
    started = course.first_day is None or course.first_day <= day
    return started and (course.last_day is None or day <= course.last_day)


def as_needed_ingredient_days(
    taken: Sequence[DoseTaken], zone: ZoneInfo
) -> tuple[IngredientDay, ...]:
    """Daily totals of the ingredients of the as-needed and extra doses (from every
    product that contains them, scheduled ones included), and of an ingredient whose every
    day is totalled (acetaminophen from scheduled Tylenol and Norco alike)."""
    wanted = {i for d in taken for i in amounts_of(d) if not d.scheduled or counts_every_dose(i)}
    return daily_ingredient_totals(taken, zone, sorted(wanted))


def _version_days(e: RegimenEntry, p: _Period) -> tuple[dt.date, dt.date | None]:
    """A version's first and last local day: a course's own days where it has them (a
    taper's next step saved today starts on its first day; a finished course ended at
    the midnight after its last day)."""
    since = p.local(e.started_at)
    until = None
    if e.ended_at is not None:
        # Ended at a midnight (a change "from Thursday"): its last day is the day before.
        until = p.local(max(e.started_at, e.ended_at - dt.timedelta(microseconds=1)))
    if e.course.first_day is not None:
        since = max(since, e.course.first_day)
    if e.course.last_day is not None and (until is None or until > e.course.last_day):
        until = e.course.last_day if e.ended_at is not None else until
    return since, until


def _course_words(e: RegimenEntry, p: _Period) -> str:
    """What a version's dates do not say: its interval, the end still to come of a course
    that runs on; a one-day step of a taper or a dose pack is that day only."""
    day = e.course.first_day
    if day is not None and day == e.course.last_day:
        return f"on {day_label(day)} only"
    last = None if e.ended_at else e.course.last_day
    return describe_course(replace(e.course, first_day=None, last_day=last), p.end)


def _versions(regimen: Sequence[RegimenEntry], p: _Period) -> tuple[RegimenVersion, ...]:
    """Every medicine version in the regimen during the period, oldest first."""
    out: list[RegimenVersion] = []
    for e in sorted(regimen, key=lambda e: (e.name.lower(), e.started_at, e.med_id)):
        since, until = _version_days(e, p)
        if since > p.end or (until is not None and until < p.start):
            continue
        line = describe_medication(
            e.name,
            e.amount,
            e.unit,
            e.times,
            e.weekdays,
            e.as_needed,
            e.max_per_day,
            e.generic,
            e.strength,
            # Its dates follow the line; the course adds what they do not say (the
            # interval, and the end still to come of a course that runs on).
            course=_course_words(e, p),
            min_gap_hours=e.min_gap_hours,
            per_dose=e.units_per_dose,
            most=e.units_per_dose_max,
            volume_ml=e.volume_ml,
        )
        out.append(
            RegimenVersion(
                e.name,
                e.generic,
                e.amount,
                e.unit,
                line,
                since,
                until,
                e.paused,
                e.strength,
                e.as_needed,
                e.units_per_dose,
                _paused_on(e, p),
                e.pause_reason if e.paused else None,
                e.units_per_dose_max,
                e.volume_ml,
            )
        )
    return tuple(out)


def _paused_on(e: RegimenEntry, p: _Period) -> dt.date | None:
    """The local day a paused version was paused, when that was kept."""
    return p.local(e.paused_at) if e.paused and e.paused_at is not None else None


def _with_versions(
    a: Adherence,
    regimen: Sequence[RegimenEntry],
    p: _Period,
    began: dt.date | None = None,
) -> Adherence:
    """Each medicine's adherence with its version's strength and, when the version began
    or ended inside the period, those dates; the day it was paused, when it is."""
    by_id = {e.med_id: e for e in regimen}
    rows = []
    for m in a.per_medication:
        e = by_id.get(m.med_id)
        if e is None:
            rows.append(m)
            continue
        since, until = _version_days(e, p)
        rows.append(
            replace(
                m,
                amount=e.amount,
                unit=e.unit,
                strength=e.strength,
                units_per_dose=e.units_per_dose,
                units_per_dose_max=e.units_per_dose_max,
                volume_ml=e.volume_ml,
                since=since if _began_inside(since, p, began) else None,
                until=until if until is not None and p.has(until) else None,
                paused_on=_paused_on(e, p),
            )
        )
    rows.sort(key=lambda m: (m.name.lower(), m.since or p.start, m.med_id))
    return replace(a, per_medication=tuple(rows))


def _began_inside(since: dt.date, p: _Period, began: dt.date | None) -> bool:
    """Whether a version's first day is a change inside the period: after its first day,
    or on it when the diary began earlier (pregabalin started on the Monday a weekly
    summary opens with read "9 of 12" undated; the list set up on the diary's first day
    is no change)."""
    if since > p.end or since < p.start:
        return False
    return since > p.start or (began is not None and began < since)


def _sleep(reports: Sequence[SleepReport], p: _Period) -> SleepStats | None:
    # One night, one count: "hardly slept a wink" at breakfast and the evening check-in's
    # "How did you sleep last night? Poor" are the same night, its later word kept
    # (Sandbox, Dublin: 6 nights counted where 4 were told)
    by_night: dict[dt.date, SleepReport] = {}
    for r in sorted((r for r in reports if p.holds(r.at)), key=lambda r: r.at):
        by_night[p.local(r.at)] = r
    nights = list(by_night.values())
    if not nights:
        return None
    counts = Counter(r.quality for r in nights)
    hours = [Decimal(repr(r.hours)) for r in nights if r.hours is not None]
    return SleepStats(
        nights=len(nights),
        good=counts["good"],
        fair=counts["fair"],
        poor=counts["poor"],
        mean_hours=round1(_mean(hours)) if hours else None,
        nights_with_hours=len(hours),
    )


def _daily(
    doses: Sequence[ScheduledDose],
    extras: Sequence[ExtraDose],
    regimen: Sequence[RegimenEntry],
    pain_rows: Sequence[tuple[dt.date, Decimal]],
    now: dt.datetime,
    p: _Period,
    days: int,
) -> tuple[DayPoint, ...]:
    by_day = _daily_pain(r for r in pain_rows if p.has(r[0]))
    by_day_doses: dict[dt.date, Counter[str]] = defaultdict(Counter)
    as_needed: dict[dt.date, float] = defaultdict(float)
    for d in doses:
        by_day_doses[d.local_date][d.outcome(now)] += 1
    for x in extras:
        if outside_schedule(x, regimen):
            by_day_doses[p.local(x.taken_at)]["extra"] += 1
        else:
            as_needed[p.local(x.taken_at)] += x.count if x.count is not None else 1.0
    return tuple(
        DayPoint(
            date=day,
            pain=round1(_mean(by_day[day])) if day in by_day else None,
            taken=by_day_doses[day]["taken"],
            missed=by_day_doses[day]["missed"],
            skipped=by_day_doses[day]["skipped"],
            as_needed=as_needed[day],
            extra=by_day_doses[day]["extra"],
        )
        for day in (p.start + dt.timedelta(days=i) for i in range(days))
    )
