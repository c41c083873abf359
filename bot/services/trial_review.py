"""What a due trial review shows: the change, which review, and the figures of the two
weeks before it and the time since, as of now."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.trials import WINDOW_DAYS, TrialFigures, TrialRecord, trial_figures
from bot.services.history import load_reports
from bot.services.trials import own_review, trial_record
from bot.storage.models import Trial, User


@dataclass(frozen=True, slots=True)
class ReviewView:
    """What a due review shows: the trial, which review, and the figures as of now."""

    review_id: int
    weeks: int
    trial: TrialRecord
    figures: TrialFigures


async def review_view(
    session: AsyncSession, user: User, review_id: int, now: dt.datetime
) -> ReviewView | None:
    """The review to send now; None when it is gone, not the person's, or answered."""
    review = await own_review(session, user.id, review_id)
    if review is None or review.verdict is not None:
        return None
    trial = await session.get(Trial, review.trial_id)
    if trial is None or trial.user_id != user.id:
        return None
    zone = ZoneInfo(user.timezone)
    first = trial.local_date - dt.timedelta(days=WINDOW_DAYS)
    start = dt.datetime.combine(first, dt.time(0), zone).astimezone(dt.UTC)
    # A day's slack each side: the figures themselves cut at local midnight and `now`.
    history = await load_reports(
        session, user, start - dt.timedelta(days=1), now + dt.timedelta(seconds=1)
    )
    figures = trial_figures(
        trial.local_date, zone, now, history.pain, history.peg, history.side_effects
    )
    return ReviewView(review.id, review.weeks, trial_record(trial, [review]), figures)
