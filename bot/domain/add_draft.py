"""The medicine being added or changed, between one question of /add and the next.

A typed value, stored as JSON in `users.draft` only while /add waits for an answer.
Drafts written by an earlier release (a plain dict) read back the same.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from bot.domain.course import Course, Step
from bot.domain.dose_amounts import strength_in_name
from bot.domain.patches import worn_for
from bot.knowledge import get_drug


class AddStage(StrEnum):
    """What /add is waiting for."""

    NAME = "name"
    DOSE = "dose"
    TIMES = "times"
    CONFIRM = "confirm"  # Save anyway / Cancel after a safety warning
    EDIT = "edit"  # a whole new line for a medicine being changed
    DAYS = "days"  # an edit's new days
    COURSE = "course"  # an edit's new course (an end, or none)
    SUPPLY = "supply"  # an edit's count on hand
    STEP_TIMES = "step_times"  # a titration's later step said in words: its times


def _date(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if iso else None
    except (TypeError, ValueError):  # a draft stored by hand or damaged: no course
        return None


@dataclass(frozen=True, slots=True)
class LineFields:
    """What one typed line says about a medicine; None or empty where it says nothing."""

    name: str | None = None
    amount: float | None = None
    unit: str | None = None
    strength: str | None = None  # a combination's strength as typed ("10/325")
    units_per_dose: float | None = None  # "2 tablets" of that strength; None: one
    units_per_dose_max: float | None = None  # "1-2 tablets": the most (the least above)
    units_per_day: float | None = None  # "3 capsules a day": spread over the times
    times: tuple[str, ...] = ()  # "HH:MM"
    fixed_times: tuple[str, ...] = ()  # times said beside parts of the day ("8am and at night")
    weekdays: tuple[int, ...] = ()  # only when not every day
    as_needed: bool = False
    max_per_day: int | None = None
    per_day: int | None = None
    parts_of_day: tuple[str, ...] = ()
    # A course, resolved to the person's local dates when the line was read (ISO dates).
    first_day: str | None = None
    last_day: str | None = None
    every_days: int | None = None
    course_problem: str | None = None  # a CourseProblem: the course cannot be kept
    #: A taper's later steps: (amount, unit, first day, last day or None), ISO dates.
    steps: tuple[tuple[float | None, str | None, str, str | None], ...] = ()
    supply: int | None = None  # units on hand, as said ("supply 60")
    every_hours: int | None = None  # "every 4 hours": as needed, the shortest gap
    dose_pack: bool = False  # a dose pack's days (bot.parsing.dose_pack): one time a day
    #: Each later step's own times (empty: the step before's), as `steps` is ordered.
    step_times: tuple[tuple[str, ...], ...] = ()
    #: A later step says when only in words ("then twice a day"): not set, and said so.
    step_when_unset: bool = False
    #: Each later step's doses a day and parts of the day said in words, as `steps`.
    step_when: tuple[tuple[int | None, tuple[str, ...]], ...] = ()
    instruction: str | None = None  # how it is taken ("before breakfast")
    volume_ml: float | None = None  # a liquid's "10mg/5ml": the ml that hold `amount`
    #: a liquid's day maximum said in ml that is no whole number of `volume_ml` (the ml
    #: said): `max_per_day` keeps the whole measures below it, and the save says so
    max_ml_cut: float | None = None

    @property
    def says_dose(self) -> bool:
        """Whether the line gives an amount, a strength or how many tablets a dose is."""
        return self.amount is not None or self.strength is not None or self.says_count

    @property
    def says_count(self) -> bool:
        """Whether the line says how many tablets a dose is ("2 tablets", "1-2 tablets")."""
        return self.units_per_dose is not None or self.units_per_dose_max is not None

    @property
    def says_when(self) -> bool:
        """Whether the line says when: times, as needed, a count a day or parts of it."""
        return bool(
            self.times or self.as_needed or self.per_day or self.parts_of_day or self.units_per_day
        )


@dataclass(slots=True)
class AddDraft:
    """A medicine half-described: what is known so far and what was asked."""

    name: str | None = None
    generic: str | None = None
    amount: float | None = None
    unit: str | None = None
    strength: str | None = None  # typed, not yet read back per ingredient
    combo: str | None = None  # a combination's strength kept whole ("30/500")
    units_per_dose: float | None = None  # tablets in one dose; None: one
    units_per_dose_max: float | None = None  # a range's most ("1-2 tablets"); None: none
    units_per_day: float | None = None  # the day's tablets, until times split them
    times: list[str] = field(default_factory=list)
    fixed_times: list[str] = field(default_factory=list)
    weekdays: list[int] = field(default_factory=list)  # empty: every day
    as_needed: bool = False
    max_per_day: int | None = None
    per_day: int | None = None
    parts_of_day: list[str] = field(default_factory=list)
    first_day: str | None = None  # ISO local dates of the course (bot.domain.course)
    last_day: str | None = None
    every_days: int = 1
    course_problem: str | None = None
    steps: list[list[Any]] = field(default_factory=list)  # as LineFields.steps
    step_times: list[list[str]] = field(default_factory=list)  # as LineFields.step_times
    step_when_unset: bool = False
    step_when: list[list[Any]] = field(default_factory=list)  # as LineFields.step_when
    supply: int | None = None
    every_hours: int | None = None
    dose_pack: bool = False
    dose_asked: bool = False  # the dose question was asked (and may have been skipped)
    course_asked: bool = False  # a short-course medicine was asked how long it goes on
    guided: bool = False  # asked for a name, a dose or times: a conversation, not one line
    confirmed: bool = False  # safety warnings seen and "Save anyway" chosen
    edit_of: int | None = None  # the medication this replaces
    stage: AddStage | None = None
    # What one tablet holds, told ingredient by ingredient while a question waited
    # ("aceclofenac 100 + paracetamol 325 + serratiopeptidase 15"): read when it is saved.
    ingredients_said: str | None = None
    # An edited medicine's ingredients told that no check knows, and the name they were
    # told of: kept while the name stays (then `generic` is the one told, too).
    other_ingredients: str | None = None
    told_of: str | None = None
    instruction: str | None = None  # how it is taken ("before breakfast", "with food")
    volume_ml: float | None = None  # a liquid's concentration: the ml that hold `amount`
    max_ml_cut: float | None = None  # as LineFields.max_ml_cut
    # The list this add was tapped from (the record it waits aside in): the rest of it is
    # offered again once this one is saved.
    offer: int | None = None

    def take(self, line: LineFields, *, name: bool = True, only_dose: bool = False) -> None:
        """Add what `line` says, leaving what it does not say as it was."""
        had_strength = self.amount is not None or self.strength is not None or bool(self.combo)
        if name and line.name is not None:
            self.name = line.name
        if line.amount is not None:
            self.amount, self.unit = line.amount, line.unit
            # a new strength is a liquid's only when it says so ("10mg/5ml")
            self.volume_ml = line.volume_ml
        if line.strength is not None:
            self.strength = line.strength
            if line.amount is None:  # a combination's new strength is read afresh
                self.amount = self.unit = self.combo = None
        if line.amount is not None or line.strength is not None or line.says_count:
            # A new dose without a count is one tablet of it ("400mg" after "2 × 200 mg");
            # the strength asked after a count said alone ("1-2 tablets", then "5mg")
            # keeps that count.
            if line.says_count or had_strength:
                self.units_per_dose = line.units_per_dose
                self.units_per_dose_max = line.units_per_dose_max
            self.units_per_day = line.units_per_day
        if line.units_per_day is not None:
            self.units_per_day, self.units_per_dose = line.units_per_day, None
            self.units_per_dose_max = None
        if only_dose:
            return
        for attr in ("times", "fixed_times", "weekdays", "parts_of_day"):
            if value := getattr(line, attr):
                setattr(self, attr, list(value))
        if line.as_needed:
            self.as_needed = True
        if line.dose_pack:
            self.dose_pack = True
        if line.max_per_day is not None or line.max_ml_cut is not None:
            # (a maximum below one measure of the liquid is none kept, and said so)
            self.max_per_day, self.max_ml_cut = line.max_per_day, line.max_ml_cut
        if line.per_day is not None:
            self.per_day = line.per_day
        for attr in (
            "first_day",
            "last_day",
            "every_days",
            "course_problem",
            "supply",
            "every_hours",
            "instruction",
        ):
            if (value := getattr(line, attr)) is not None:
                setattr(self, attr, value)
        if line.steps:
            self.steps = [list(step) for step in line.steps]
            self.step_times = [list(times) for times in line.step_times]
            self.step_when = [[n, list(parts)] for n, parts in line.step_when]
        if line.step_when_unset:
            self.step_when_unset = True

    @property
    def worn_patch(self) -> bool:
        """Whether this is a patch worn for days (Butrans), its strength a rate in
        micrograms an hour and a new one put on each week."""
        return worn_for(self.generic, self.name or "") is not None

    def unit_from_label(self, generic: str | None) -> None:
        """ "ibuprofen 600", "lyrica 75": a bare number that is one of the label's mg
        strengths of a single-ingredient medicine is mg (never guessed otherwise); "butrans
        5", a week's patch, is micrograms (an hour)."""
        drug = get_drug(generic) if generic else None
        if self.amount is None or self.unit is not None or drug is None or drug.is_combination:
            return
        if worn_for(generic, self.name or "") is not None:
            self.unit = "mcg"
            return
        if drug.unit_of_strength(self.amount, drug.strengths_for(self.name)) == "mg":
            self.unit = "mg"
            return
        # "advil 400" (Sandbox, Toronto: saved as "Advil 400", no unit): the brand's own
        # tablet is 200 mg, and 400 one of the medicine's labelled mg strengths
        form = drug.form_for(self.name)
        oral = form is not None and (form.route or drug.route) == "oral"
        if oral and drug.unit_of_strength(self.amount) == "mg":
            self.unit = "mg"

    def strength_from_name(self, generic: str | None) -> None:
        """A name sold in one strength ("panadol osteo": 665 mg) says the amount: filled,
        never asked. Plain "tylenol" (325, 500 or 650) says nothing."""
        if self.amount is None and self.name:
            self.amount = strength_in_name(generic, self.name)
            self.unit = "mg" if self.amount is not None else self.unit

    def spread_day_units(self) -> bool:
        """The day's tablets ("3 capsules a day") over the times now known: one dose each
        of the same share (3 over 3 times is 1 each, 2 over 1 time is 2 at once). False,
        leaving the times unset, when they do not split into whole tablets (3 over 2
        times may be 2 and 1: not guessed)."""
        if not self.units_per_day or not self.times or self.units_per_dose is not None:
            return True
        each = self.units_per_day / len(self.times)
        if each < 1 or each % 1:
            self.times = []
            return False
        self.units_per_dose = each if each != 1 else None
        self.units_per_day = None
        return True

    def step_to_ask(self) -> int | None:
        """The first later step said in words ("then twice a day") still without times of
        its own; None when none is (then nothing is left unset)."""
        for i, (per_day, parts) in enumerate(self.step_when):
            own = self.step_times[i] if i < len(self.step_times) else []
            if (per_day or parts) and not own:
                return i
        return None

    def set_step_times(self, index: int, times: Sequence[str]) -> None:
        """A later step's own times, as answered; none left unset clears the note."""
        while len(self.step_times) <= index:
            self.step_times.append([])
        self.step_times[index] = list(times)
        if self.step_to_ask() is None:
            self.step_when_unset = False

    def set_days(self, today: dt.date, *, weekdays: Sequence[int], every_days: int) -> None:
        """New days for the schedule: weekdays (empty: all), or every N days counted
        from the course's first day (today when it has none)."""
        self.weekdays = sorted(weekdays)
        self.every_days = max(1, every_days)
        if self.every_days > 1 and self.first_day is None:
            self.first_day = today.isoformat()

    def weekly_if_worn(self, today: dt.date) -> None:
        """A week's patch with no days said: on `today`'s weekday each week (reminded every
        day, it would be a new 7-day patch each day — Sandbox, London)."""
        if self.worn_patch and not self.as_needed and not self.weekdays and self.every_days == 1:
            self.set_days(today, weekdays=(today.weekday(),), every_days=1)

    def set_course(self, today: dt.date, days: int | None) -> None:
        """A course of `days` from today (None: no end); every N days keeps its start."""
        self.course_problem = None
        if days is None:
            self.last_day = None
            if self.every_days <= 1:
                self.first_day = None
            return
        if self.every_days <= 1 or self.first_day is None:
            self.first_day = today.isoformat()
        self.last_day = (today + dt.timedelta(days=days - 1)).isoformat()

    def later_steps(self) -> list[Step]:
        """A taper's steps after the first (empty when it is no taper)."""
        out = []
        for amount, unit, first, last in self.steps:
            start = _date(first)
            if start is None:
                return []
            course = Course(start, _date(last), max(1, self.every_days or 1))
            out.append(Step(amount if amount is None else float(amount), unit, course))
        return out

    def course(self) -> Course:
        """The course the draft describes (plain when none was said)."""
        return Course(_date(self.first_day), _date(self.last_day), max(1, self.every_days or 1))

    def to_json(self) -> str:
        """The draft as stored."""
        return json.dumps(dataclasses.asdict(self))

    @classmethod
    def from_json(cls, raw: str | None) -> AddDraft:
        """A stored draft; an earlier release's dict, or nothing readable, reads as what
        it holds (unknown keys are dropped)."""
        try:
            values = json.loads(raw or "{}")
        except ValueError:
            return cls()
        if not isinstance(values, dict):
            return cls()
        if "asked" in values:  # before typed drafts: asked = ["dose"]
            values["dose_asked"] = "dose" in (values.pop("asked") or ())
        known = {f.name for f in dataclasses.fields(cls)}
        kept: dict[str, Any] = {k: v for k, v in values.items() if k in known}
        lists = ("times", "fixed_times", "weekdays", "parts_of_day", "steps", "step_times")
        for attr in (*lists, "step_when"):
            kept[attr] = list(kept.get(attr) or ())
        flags = (
            "as_needed",
            "dose_pack",
            "dose_asked",
            "course_asked",
            "guided",
            "confirmed",
            "step_when_unset",
        )
        for flag in flags:
            kept[flag] = bool(kept.get(flag))
        try:
            kept["stage"] = AddStage(str(kept.get("stage")))
        except ValueError:
            kept["stage"] = None
        return cls(**kept)
