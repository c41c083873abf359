"""Medication trials kept per person (PRODUCT.md §6a): a change opens a trial and plans
its reviews as due work; the answers and notes are records; the report reads them back
as plain `bot.domain.trials.TrialRecord`s. Nothing here advises anything."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.questions import tidy
from bot.domain.quiet import parse_hhmm
from bot.domain.regimen import limit_text, version_label
from bot.domain.schedule import parse_times
from bot.domain.states import WorkKind
from bot.domain.trials import (
    SETTLING_IN,
    Change,
    ReviewRecord,
    TrialRecord,
    Verdict,
    change_day,
    how_often,
    reviews_due,
)
from bot.storage.due_work import drop_planned, plan_work
from bot.storage.models import DueWork, Medication, Trial, TrialReview, User
from bot.storage.repositories import _insert

__all__ = [
    "add_note",
    "answer",
    "dose_labels",
    "label_of",
    "note_target",
    "open_trial",
    "own_review",
    "replan",
    "trial_record",
    "trials_between",
]

#: When the check-in time cannot be read (it always can; a guard, not a choice).
FALLBACK_CHECKIN = dt.time(20, 0)
#: The longest note kept with an answer (the column holds 500).
MAX_NOTE = 500
#: The longest dose label kept (`trials.before` / `after`, and `name`, hold 120).
LABEL_CHARS = 120


# ------------------------------------------------------------------------ labels
def label_of(med: Medication) -> str:
    """The medicine as the person reads it ("Gabapentin 300 mg")."""
    return version_label(med)


def _per_day(med: Medication) -> int:
    return len(parse_times(med.times))


def dose_labels(old: Medication, new: Medication) -> tuple[str, str]:
    """Before and after of a dose change; how often it is taken is added when the dose
    labels alone would read the same (300 mg twice a day → 300 mg 3 times a day)."""
    before, after = label_of(old), label_of(new)
    if before != after:
        return before, after
    return (
        f"{before} {how_often(old.as_needed, _per_day(old), old.max_per_day, _limit(old))}",
        f"{after} {how_often(new.as_needed, _per_day(new), new.max_per_day, _limit(new))}",
    )


def _limit(med: Medication) -> str | None:
    """A maximum as a liquid's ml and mg, None when it is a plain count."""
    if med.max_per_day is None:
        return None
    return limit_text(med.max_per_day, med.volume_ml, med.amount, med.unit, med.strength)


# ------------------------------------------------------------------------ opening
async def open_trial(
    session: AsyncSession,
    user: User,
    med: Medication,
    change: Change,
    before_label: str | None,
    after_label: str | None,
    now: dt.datetime,
    weeks: Sequence[int],
    stopped_at: dt.datetime | None = None,
) -> Trial | None:
    """Open the trial of `change` on `med` (the version started, stopped or carrying the
    new dose) and plan a review after each of `weeks`; opening it again changes nothing
    (the unique (user, medication, change) key). None on the person's first day. A stop
    takes effect at `stopped_at` when it was said to be earlier ("stopped it on monday")."""
    if now - user.created_at < SETTLING_IN:
        # What is entered on the first day is the regimen they came with, not a change:
        # there is no "before" to compare, and asking about each would be noise.
        return None
    zone = ZoneInfo(user.timezone)
    # A start or a new dose "from monday" takes effect then; a stop takes effect now.
    if change is Change.STOP:
        day = change_day(stopped_at or now, zone)
    else:
        times = () if med.as_needed else parse_times(med.times)
        day = change_day(now, zone, med.first_day, times)
    await session.execute(
        _insert(session, Trial)
        .values(
            user_id=user.id,
            medication_id=med.id,
            change=change.value,
            name=med.name,
            generic=med.generic,
            # The columns hold 120: a long name typed as is, with "3 times a day" added.
            before=before_label[:LABEL_CHARS] if before_label else None,
            after=after_label[:LABEL_CHARS] if after_label else None,
            changed_at=stopped_at or now,
            local_date=day,
        )
        .on_conflict_do_nothing()
    )
    trial = await session.scalar(
        select(Trial).where(
            Trial.user_id == user.id, Trial.medication_id == med.id, Trial.change == change.value
        )
    )
    assert trial is not None  # inserted above, or already there
    await _plan_reviews(session, user, trial, weeks)
    return trial


async def _plan_reviews(
    session: AsyncSession, user: User, trial: Trial, weeks: Sequence[int]
) -> None:
    """A review row and its due work for each of `weeks` (both idempotent)."""
    checkin = parse_hhmm(user.checkin_time) or FALLBACK_CHECKIN
    for due in reviews_due(trial.local_date, ZoneInfo(user.timezone), checkin, weeks):
        await session.execute(
            _insert(session, TrialReview)
            .values(user_id=user.id, trial_id=trial.id, weeks=due.weeks)
            .on_conflict_do_nothing()
        )
        review_id = await session.scalar(
            select(TrialReview.id).where(
                TrialReview.trial_id == trial.id, TrialReview.weeks == due.weeks
            )
        )
        assert review_id is not None
        await plan_work(
            session,
            user.id,
            WorkKind.TRIAL,
            due.day,
            due.due_at,
            ref_id=review_id,
            next_action="send",
        )


async def replan(session: AsyncSession, user: User, now: dt.datetime) -> None:
    """After a new time zone or check-in time: every review not yet asked moves to the
    check-in time as it is now (one already sent stays as it was)."""
    await drop_planned(session, user.id, WorkKind.TRIAL)
    sent = select(DueWork.ref_id).where(DueWork.user_id == user.id, DueWork.kind == WorkKind.TRIAL)
    rows = await session.execute(
        select(TrialReview, Trial)
        .join(Trial, Trial.id == TrialReview.trial_id)
        .where(
            TrialReview.user_id == user.id,
            TrialReview.verdict.is_(None),
            TrialReview.id.not_in(sent.scalar_subquery()),
        )
    )
    checkin = parse_hhmm(user.checkin_time) or FALLBACK_CHECKIN
    for review, trial in rows:
        (due,) = reviews_due(trial.local_date, ZoneInfo(user.timezone), checkin, [review.weeks])
        # Moved earlier than now on its own day: asked at the next tick, not skipped.
        at = max(due.due_at, now)
        await plan_work(
            session, user.id, WorkKind.TRIAL, due.day, at, ref_id=review.id, next_action="send"
        )


# ------------------------------------------------------------------------ answers
async def own_review(session: AsyncSession, user_id: int, review_id: int) -> TrialReview | None:
    """The review if it is the person's own (a button of someone else's finds nothing)."""
    review = await session.get(TrialReview, review_id)
    return review if review is not None and review.user_id == user_id else None


async def answer(
    session: AsyncSession, user_id: int, review_id: int, verdict: Verdict, now: dt.datetime
) -> TrialReview | None:
    """Keep the person's verdict on their own review; a second tap changes it (the one
    row per review holds it). None when the review is not theirs, or gone."""
    review = await own_review(session, user_id, review_id)
    if review is None:
        return None
    review.verdict = verdict.value
    review.answered_at = now
    return review


async def note_target(session: AsyncSession, user_id: int) -> TrialReview | None:
    """The review a typed note belongs to: the one the person answered last (the tap
    that offered the note)."""
    row = await session.scalar(
        select(TrialReview)
        .where(TrialReview.user_id == user_id, TrialReview.answered_at.is_not(None))
        .order_by(TrialReview.answered_at.desc(), TrialReview.id.desc())
        .limit(1)
    )
    return row


async def add_note(session: AsyncSession, user_id: int, note: str) -> str | None:
    """Keep `note` (tidied, at most 500 characters) on the review answered last; the
    note as kept, or None when there is nothing to keep it on."""
    review = await note_target(session, user_id)
    text = tidy(note)[:MAX_NOTE]
    if review is None or not text:
        return None
    review.note = text
    return text


# ------------------------------------------------------------------------ reading
def trial_record(trial: Trial, reviews: Sequence[TrialReview]) -> TrialRecord:
    """A stored trial and its reviews as the plain record the summary reads."""
    return TrialRecord(
        trial_id=trial.id,
        change=Change(trial.change),
        name=trial.name,
        generic=trial.generic,
        before=trial.before,
        after=trial.after,
        changed_at=trial.changed_at,
        local_date=trial.local_date,
        reviews=tuple(
            ReviewRecord(
                weeks=r.weeks,
                verdict=Verdict(r.verdict) if r.verdict else None,
                note=r.note,
                answered_at=r.answered_at,
            )
            for r in sorted(reviews, key=lambda r: r.weeks)
        ),
    )


async def trials_between(
    session: AsyncSession, user_id: int, start: dt.datetime, end: dt.datetime
) -> tuple[TrialRecord, ...]:
    """For a period's summary, report or export: the changes made in [start, end) and
    those with a review answered within it, oldest change first."""
    answered = select(TrialReview.trial_id).where(
        TrialReview.user_id == user_id,
        TrialReview.answered_at >= start,
        TrialReview.answered_at < end,
    )
    trials = list(
        await session.scalars(
            select(Trial)
            .where(
                Trial.user_id == user_id,
                or_(
                    (Trial.changed_at >= start) & (Trial.changed_at < end),
                    Trial.id.in_(answered),
                ),
            )
            .order_by(Trial.changed_at, Trial.id)
        )
    )
    if not trials:
        return ()
    reviews = list(
        await session.scalars(
            select(TrialReview).where(TrialReview.trial_id.in_([t.id for t in trials]))
        )
    )
    return tuple(trial_record(t, [r for r in reviews if r.trial_id == t.id]) for t in trials)
