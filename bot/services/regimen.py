"""Regimen changes that keep history: versions end, they are never rewritten."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.course import (
    Course,
    CourseProblem,
    Step,
    describe_course,
    plan_course,
    plan_taper,
    resolve_day,
)
from bot.domain.dose_amounts import parts_of
from bot.domain.records import MedicinePaused
from bot.domain.regimen import describe_medication, varies
from bot.domain.reminder_pause import AllPausedReason
from bot.domain.safety import RegimenItem, SafetyWarning, warnings_between
from bot.domain.schedule import ALL_DAYS, mask_to_weekdays, parse_times, weekdays_to_mask
from bot.domain.states import PauseReason, WorkKind
from bot.domain.warnings import dedupe
from bot.parsing.course import CourseSpec, DaySpec
from bot.storage import due_work, records
from bot.storage import repositories as repo
from bot.storage.models import Medication, Record, User

PLAIN = Course()


def _day(spec: DaySpec | None, today: dt.date) -> dt.date | None:
    if spec is None:
        return None
    return resolve_day(
        today,
        weekday=spec.weekday,
        date=spec.date,
        offset=spec.offset,
        year_given=spec.year_given,
    )


def taper_from_words(spec: CourseSpec, today: dt.date) -> list[Step] | CourseProblem:
    """A taper's steps ("20mg for 5 days then 10mg for 5 days then stop") as courses."""
    steps = [(step.amount, step.unit, step.days) for step in spec.steps]
    return plan_taper(today, steps, start=_day(spec.start, today), every_days=spec.every_days)


def course_from_words(spec: CourseSpec, today: dt.date) -> Course | CourseProblem:
    """The course a line's words describe, in the person's local dates from `today`;
    "until wednesday" is the first Wednesday from the start ("from friday until wednesday")."""
    start = _day(spec.start, today)
    return plan_course(
        today,
        start=start,
        length_days=spec.length_days,
        until=_day(spec.until, start or today),
        every_days=spec.every_days,
    )


def course_of(m: Medication) -> Course:
    """A stored medication's course (plain: every day from now on)."""
    return Course(m.first_day, m.last_day, m.every_days or 1)


def medication_line(m: Medication, today: dt.date) -> str:
    """A stored medication as one readable line (`/meds`), its course as of `today`."""
    return describe_medication(
        m.name,
        m.amount,
        m.unit,
        parse_times(m.times),
        mask_to_weekdays(m.weekdays),
        m.as_needed,
        m.max_per_day,
        generic=m.generic,
        strength=m.strength,
        course=describe_course(course_of(m), today),
        min_gap_hours=m.min_gap_hours,
        per_dose=m.units_per_dose,
        most=m.units_per_dose_max,
        instruction=m.instruction,
        volume_ml=m.volume_ml,
    )


async def add_medication(
    session: AsyncSession,
    user: User,
    *,
    name: str,
    generic: str | None,
    amount: float | None,
    unit: str | None,
    times: Sequence[dt.time],
    weekdays: frozenset[int] = ALL_DAYS,
    as_needed: bool = False,
    max_per_day: int | None = None,
    strength: str | None = None,
    units_per_dose: float | None = None,
    units_per_dose_max: float | None = None,
    now: dt.datetime,
    replaces: Medication | None = None,
    course: Course = PLAIN,
    min_gap_hours: int | None = None,
    other_ingredients: str | None = None,
    instruction: str | None = None,
    volume_ml: float | None = None,
) -> Medication:
    """Save a medication version (within `course`) and materialise its upcoming doses;
    a dose may be `units_per_dose` (one when None) to `units_per_dose_max` tablets."""
    med = Medication(
        user_id=user.id,
        name=name,
        generic=generic,
        amount=amount,
        unit=unit,
        times=",".join(t.strftime("%H:%M") for t in sorted(set(times))),
        weekdays=weekdays_to_mask(weekdays or ALL_DAYS),
        as_needed=as_needed or not times,
        max_per_day=max_per_day,
        strength=strength,
        other_ingredients=other_ingredients,
        instruction=instruction,
        volume_ml=volume_ml,
        # (a liquid's "5 ml" is said, and shown: one tablet goes without saying)
        units_per_dose=units_per_dose if units_per_dose != 1 or volume_ml else None,
        units_per_dose_max=units_per_dose_max
        if varies(units_per_dose, units_per_dose_max)
        else None,
        started_at=now,
        replaces_id=replaces.id if replaces else None,
        first_day=course.first_day,
        last_day=course.last_day,
        every_days=course.every_days,
        min_gap_hours=min_gap_hours if (as_needed or not times) else None,
    )
    session.add(med)
    await session.flush()
    await repo.materialise(session, med, user, now)
    # Someone who added a medicine before answering the zone question (or never did) is
    # using the bot all the same: their check-in and summary run on the zone in use, as
    # their reminders do, instead of never coming. Planned already, this changes nothing.
    await due_work.schedule_checkin(session, user, now)
    await due_work.schedule_summary(session, user, now)
    return med


async def end_medication(
    session: AsyncSession, med: Medication, now: dt.datetime, at: dt.datetime | None = None
) -> None:
    """Stop a medication version, now or at `at` (a change "from Thursday": it runs, and
    is reminded, until then); its doses before the end stay attributed to it."""
    if at is None or at <= now:
        med.ended_at = now
        await repo.drop_future_occurrences(session, med.id, now)
        return
    med.ended_at = at
    # (its horizon stays: the doses up to the end are still to be made and reminded)
    await repo.drop_occurrences_from(session, med.id, at)


async def still_running_before(
    session: AsyncSession, med: Medication, now: dt.datetime
) -> list[Medication]:
    """The versions `med` replaces that still run until it starts (ended at a time still
    to come), newest first: stopping or pausing the medicine stops them too."""
    out: list[Medication] = []
    current = med
    while current.replaces_id is not None:
        prev = await repo.get_medication(session, med.user_id, current.replaces_id)
        if prev is None or prev.ended_at is None or prev.ended_at <= now or prev in out:
            return out
        out.append(prev)
        current = prev
    return out


async def end_before(
    session: AsyncSession, med: Medication, start: dt.datetime, now: dt.datetime
) -> None:
    """`med` and the versions still running before it end when the new version starts:
    an edit of a change not yet begun, starting sooner, never leaves two running."""
    for prev in await still_running_before(session, med, now):
        if prev.ended_at is not None and prev.ended_at > start:
            await end_medication(session, prev, now, max(start, prev.started_at))
    if med.ended_at is None:
        await end_medication(session, med, now, max(start, med.started_at))


async def set_medication_paused(
    session: AsyncSession,
    user: User,
    med: Medication,
    paused: bool,
    now: dt.datetime,
    reason: PauseReason | None = None,
) -> None:
    """Pause or resume one medication's reminders; a pause keeps its day, and `reason`
    when the person said why, for the report."""
    if paused:
        if not med.paused or med.paused_at is None:
            med.paused_at = now
        med.pause_reason = reason or med.pause_reason
        med.paused = True
        await repo.drop_future_occurrences(session, med.id, now)
        # the dose reminded just before, still unanswered, is not missed either
        await repo.forget_open_doses(session, med.id, now)
        return
    med.paused, med.paused_at, med.pause_reason = False, None, None
    # From now on: the slots of the paused days were never due, and materialising from
    # the pause's moment made them all, past their cutoff, then swept in as missed
    # (Sandbox, London: "Naproxen 2 of 8 (25%) · 6 missed" after three paused days).
    if med.materialised_until is None or med.materialised_until < now:
        med.materialised_until = now
    await repo.materialise(session, med, user, now)


#: How long a medicine can be paused for by one tap (days); 0 is "until I resume".
PAUSE_DAYS = (1, 3, 7)


async def keep_med_pause(
    session: AsyncSession,
    user: User,
    med: Medication,
    label: str,
    paused: bool,
    now: dt.datetime,
    others: Sequence[Medication] = (),
) -> None:
    """Keep one medicine's pause as a dated record (opened on pause, one only however
    often Pause is tapped; ended on resume or removal), so the report says it was paused
    on purpose and when, not that its doses were missed. `others`: the versions paused
    with it (a taper's steps): a pause opened on any of them is this one's."""
    ids = [med.id, *(m.id for m in others)]
    open_one = await records.open_med_pause(session, user.id, ids)
    if paused and open_one is None:
        await records.add_record(
            session,
            user_id=user.id,
            kind=records.PAUSED_MED,
            at=now,
            now=now,
            batch=records.new_batch(),
            data={
                records.UNTIL: None,
                records.MED: med.id,
                records.NAME: label,
                records.ENDS: None,
                records.WHY: med.pause_reason,
            },
            source="pause",
        )
    elif not paused and open_one is not None:
        records.end_pause(open_one, now)
        await due_work.drop_planned(
            session, user.id, WorkKind.MED_RESUME, records.pause_med_id(open_one)
        )


async def pause_for(
    session: AsyncSession, user: User, med: Medication, days: int, now: dt.datetime
) -> dt.datetime | None:
    """Set how long `med`'s pause lasts: `days` from when it began (0: until the person
    resumes it), planning the resume; when it resumes, or None. Nothing when it is no
    longer paused (resumed since the question)."""
    open_one = await records.open_med_pause(session, user.id, [med.id])
    if open_one is None or not med.paused:
        return None
    ref = records.pause_med_id(open_one)
    await due_work.drop_planned(session, user.id, WorkKind.MED_RESUME, ref)
    ends = open_one.at + dt.timedelta(days=days) if days > 0 else None
    records.set_pause_end(open_one, ends)
    if ends is not None:
        day = ends.astimezone(ZoneInfo(user.timezone)).date()
        # (never in the past: a tap long after the pause began resumes it at once)
        due = max(ends, now)
        await due_work.plan_work(
            session, user.id, WorkKind.MED_RESUME, day, due, ref_id=ref, next_action="send"
        )
    return ends


@dataclass(frozen=True, slots=True)
class Resumed:
    """A medicine back on when its set pause ran out: which (its versions now running,
    newest last) and the pause that ended."""

    meds: tuple[Medication, ...]
    pause: MedicinePaused


async def resume_when_due(
    session: AsyncSession, user: User, med_id: int, now: dt.datetime
) -> Resumed | None:
    """Resume the medicine `med_id` whose pause was set to end by now (with the versions
    paused with it: a taper's steps); None when there is nothing to resume (resumed or
    removed since, or its end moved later)."""
    rec = await records.open_med_pause(session, user.id, [med_id])
    ends = records.pause_ends(rec) if rec is not None else None
    if rec is None or ends is None or ends > now:
        return None
    steps = await _steps_of(session, user, med_id, now)
    if not steps:
        records.end_pause(rec, now)  # removed meanwhile: nothing to resume, nor pause
        return None
    for step in steps:
        if step.paused:
            await set_medication_paused(session, user, step, False, now)
    records.end_pause(rec, now)
    return _resumed(rec, steps, now)


async def back_from_pause(
    session: AsyncSession, user: User, med_id: int, now: dt.datetime
) -> Resumed | None:
    """The medicine `med_id` as `resume_when_due` left it (for its "back on" message,
    which may be sent after the resume: held by quiet hours, or retried); None when
    it is paused again or removed since, so that message would be untrue."""
    rec = await records.newest_med_pause(session, user.id, [med_id])
    if rec is None or records.pause_span(rec)[1] is None:
        return None
    steps = await _steps_of(session, user, med_id, now)
    if not steps or any(step.paused for step in steps):
        return None
    return _resumed(rec, steps, now)


async def _steps_of(
    session: AsyncSession, user: User, med_id: int, now: dt.datetime
) -> list[Medication]:
    """The versions of the medicine `med_id` running now, oldest first (a taper's steps;
    one that ended while paused is followed by its next); empty when it was removed."""
    running = await repo.active_medications(session, user.id)
    med = next((m for m in running if m.id == med_id), None) or next(
        (m for m in running if m.replaces_id == med_id), None
    )
    if med is None:
        return []
    return [*await still_running_before(session, med, now), med, *later_steps(running, med)]


def _resumed(rec: Record, steps: Sequence[Medication], now: dt.datetime) -> Resumed:
    """What a medicine's ended pause `rec` says for its "back on" message."""
    said = json.loads(rec.data or "{}")
    name = str(said.get(records.NAME) or steps[0].name)
    start, until = records.pause_span(rec)
    return Resumed(tuple(steps), MedicinePaused(name, start, until or now, records.pause_ends(rec)))


async def rematerialise_user(
    session: AsyncSession, user: User, now: dt.datetime, *, new_zone: bool = False
) -> None:
    """Recompute upcoming doses after a zone change or a resume. After a zone change
    (`new_zone`), a dose still to come by the old clock whose time by the new one has just
    passed is reminded late, not lost; after a resume, a dose due in the pause is not."""
    dropped = await repo.drop_future_for_user(session, user.id, now)
    for med in await repo.running_medications(session, user.id, now):
        med.materialised_until = now
        moved = dropped.get(med.id, set()) if new_zone else set()
        await repo.materialise(session, med, user, now, moved=moved)


async def set_user_paused(
    session: AsyncSession,
    user: User,
    paused: bool,
    now: dt.datetime,
    why: AllPausedReason | None = None,
) -> None:
    """Pause or resume all reminders (e.g. a hospital stay); each pause is kept as a
    dated record, with `why` when said, so the doctor's report says when reminders were
    off and why."""
    user.paused = paused
    await _keep_pause(session, user, paused, now, why)
    if paused:
        await repo.drop_future_for_user(session, user.id, now)
    else:
        await rematerialise_user(session, user, now)
    await due_work.reschedule_checkins(session, user, now)
    await due_work.reschedule_summaries(session, user, now)
    await due_work.reschedule_routines(session, user, now)


async def _keep_pause(
    session: AsyncSession,
    user: User,
    paused: bool,
    now: dt.datetime,
    why: AllPausedReason | None = None,
) -> None:
    """Open a pause record on pause (one only, however often Pause is tapped); end it on
    resume. A reason said while already paused (/pause, then the hospital offer's tap)
    joins the open pause. A pause from before pauses were kept has no record: nothing is
    made up."""
    open_one = await records.open_pause(session, user.id)
    if paused and open_one is None:
        data: dict[str, str | None] = {records.UNTIL: None}
        if why is not None:
            data[records.WHY] = why
        await records.add_record(
            session,
            user_id=user.id,
            kind=records.PAUSED_ALL,
            at=now,
            now=now,
            batch=records.new_batch(),
            data=data,
            source="pause",
        )
    elif paused and open_one is not None and why is not None:
        records.set_pause_why(open_one, why)
    elif not paused and open_one is not None:
        records.end_pause(open_one, now)


def regimen_item(
    name: str,
    generic: str | None,
    amount: float | None,
    unit: str | None,
    times: list[str] | str,
    as_needed: bool,
    max_per_day: int | None,
    strength: str | None = None,
    min_gap_hours: int | None = None,
    units_per_dose: float | None = None,
    units_per_dose_max: float | None = None,
    other_ingredients: str | None = None,
    volume_ml: float | None = None,
) -> RegimenItem:
    """A medication in the shape the safety rules read; a dose that varies ("1-2
    tablets") counts at its most in the day's total."""
    n = len(times) if isinstance(times, list) else len(parse_times(times))
    most = units_per_dose_max if varies(units_per_dose, units_per_dose_max) else None
    scheduled_units = n * (most or units_per_dose or 1)
    return RegimenItem(
        generic=generic,
        name=name,
        amount_per_unit=amount,
        unit=unit,
        units_per_day=float(max_per_day if as_needed and max_per_day else scheduled_units) or None,
        as_needed=as_needed,
        max_per_day=max_per_day,
        strength=strength,
        min_gap_hours=min_gap_hours if as_needed else None,
        units_per_dose=units_per_dose,
        units_per_dose_max=most,
        other_ingredients=parts_of(other_ingredients),
        volume_ml=volume_ml,
    )


def together_warnings(
    meds: Sequence[Medication], medicines: Sequence[str], *, with_all: bool
) -> list[SafetyWarning]:
    """The label's warnings for the medicines asked about taken together: each pair of
    them, or the first with every medicine on the list (`with_all`)."""
    mine = {m.known_as: regimen_item_of(m) for m in meds}

    def item(generic: str) -> RegimenItem:
        return mine.get(generic) or regimen_item(generic, generic, None, None, [], True, None)

    asked = [item(g) for g in medicines]
    pairs = (
        [(asked[0], m) for m in mine.values()]
        if with_all
        else [(a, b) for i, a in enumerate(asked) for b in asked[i + 1 :]]
    )
    return dedupe([w for a, b in pairs for w in warnings_between(a, b)])


def regimen_item_of(m: Medication) -> RegimenItem:
    """A stored medication as the safety rules read it."""
    return regimen_item(
        m.name,
        m.generic,
        m.amount,
        m.unit,
        m.times,
        m.as_needed,
        m.max_per_day,
        m.strength,
        min_gap_hours=m.min_gap_hours,
        units_per_dose=m.units_per_dose,
        units_per_dose_max=m.units_per_dose_max,
        other_ingredients=m.other_ingredients,
        volume_ml=m.volume_ml,
    )


def later_steps(meds: Sequence[Medication], med: Medication) -> list[Medication]:
    """A taper's steps still to come after `med` among the running `meds` (each step
    replaces the one before it while both run); empty for any other medicine."""
    out: list[Medication] = []
    current = med
    while True:
        nxt = next((m for m in meds if m.replaces_id == current.id and m.ended_at is None), None)
        if nxt is None or nxt in out:
            return out
        out.append(nxt)
        current = nxt


async def steps_after_edit(
    session: AsyncSession,
    user: User,
    med: Medication,
    steps: Sequence[Medication],
    now: dt.datetime,
) -> list[Medication]:
    """A taper's later steps follow its edited step: linked to the new version, and, when
    it has a last day, each starting the day after the step before it ends (keeping its
    own length) — "stay on twice a day till Tuesday" moved the current step's end but
    left the next step's start, and both were reminded (five doses a day)."""
    prev = med
    for step in steps:
        step.replaces_id = prev.id
        start = prev.last_day + dt.timedelta(days=1) if prev.last_day is not None else None
        if start is not None and step.first_day is not None and step.first_day != start:
            length = step.last_day - step.first_day if step.last_day is not None else None
            step.first_day = start
            step.last_day = start + length if length is not None else None
            await repo.drop_future_occurrences(session, step.id, now)
            step.materialised_until = now
            await repo.materialise(session, step, user, now)
        prev = step
    return list(steps)
