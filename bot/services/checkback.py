"""The check-back the day after thoughts of suicide were told (bot.domain.checkback):
planned when the crisis reply is given, sent only while that alarm still stands, its
answer kept beside the episode as the red-flag follow-ups are (so the summary and the
report show it where they show the alarm)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.checkback import (
    CHECKBACK_FLAG,
    CheckBackAnswer,
    answers_before_asked,
    checkback_alarm,
    checkback_wanted,
)
from bot.domain.episodes import Told
from bot.domain.states import WorkKind
from bot.storage import due_work, records
from bot.storage.models import DueWork, User

#: How far back a check-back looks for the alarm it is about (the alarm is at most a day
#: and a half before it, more when quiet hours held it).
LOOK_BACK = dt.timedelta(days=3)
#: A typed answer counts this long after the check-back was sent.
ANSWER_WITHIN = dt.timedelta(hours=24)


async def plan(session: AsyncSession, user: User, now: dt.datetime) -> None:
    """Plan the check-back after thoughts of suicide just told (one per episode)."""
    await due_work.plan_checkback(session, user, now)


async def replan(session: AsyncSession, user: User, now: dt.datetime) -> None:
    """After a new time zone or new quiet hours: the check-back not yet sent moves to
    10:00 of the person's day as it now is (past their quiet hours as they now are),
    counted from the thoughts it follows, as other planned work moves (one already sent
    stays as it was)."""
    planned = await due_work.checkback_planned(session, user.id)
    if planned is None:
        return
    alarm_at = checkback_alarm(await _told_since_last(session, user.id, planned, now))
    if alarm_at is None:
        return  # (nothing to count from: left where it was)
    await due_work.drop_planned(session, user.id, WorkKind.CHECKBACK)
    await due_work.plan_checkback(session, user, alarm_at, not_before=now)


async def wanted(session: AsyncSession, user_id: int, work: DueWork, now: dt.datetime) -> bool:
    """Whether the check-back `work` should go now: an alarm for thoughts of suicide
    still stands (nothing since said the person is safe or had been seen to)."""
    told = await records.told_between(
        session, user_id, work.due_at - LOOK_BACK, now + dt.timedelta(seconds=1)
    )
    return checkback_wanted(told)


async def waiting(session: AsyncSession, user_id: int, now: dt.datetime) -> DueWork | None:
    """The check-back a typed answer may be answering now, if any: the one sent lately,
    or the one planned, not yet sent, once the thoughts it follows were told long
    enough ago (bot.domain.checkback.answers_before_asked) and still stand — how they
    are, said first, is its answer, and it is then not asked."""
    asked = await due_work.checkback_asked(session, user_id, now - ANSWER_WITHIN)
    if asked is not None:
        return asked
    planned = await due_work.checkback_planned(session, user_id)
    if planned is None:
        return None
    told = await _told_since_last(session, user_id, planned, now)
    alarm_at = checkback_alarm(told)
    if alarm_at is None or not answers_before_asked(alarm_at, now):
        return None
    return planned if checkback_wanted(told) else None


async def _told_since_last(
    session: AsyncSession, user_id: int, planned: DueWork, now: dt.datetime
) -> list[Told]:
    """The red flags told since the last check-back went (or LOOK_BACK before the
    `planned` one, when none has): the episode the planned check-back follows."""
    since = await due_work.checkback_last_gone(session, user_id)
    start = since if since is not None else min(planned.due_at, now) - LOOK_BACK
    return await records.told_between(session, user_id, start, now + dt.timedelta(seconds=1))


async def answer(
    session: AsyncSession,
    user: User,
    work_id: int,
    said: CheckBackAnswer,
    now: dt.datetime,
    *,
    words: str,
    source: str,
) -> bool:
    """Keep the answer to a check-back beside its episode, once (one not yet sent is then
    never sent); False when it was already answered so. "I need help now" is the
    thoughts told again: kept as an alarm of its own, whose check-back follows the next
    day; "better" or "the same" is what came after, which neither ends the alarm nor
    raises a new one."""
    if not await due_work.answer_checkback(session, user.id, work_id, said, now):
        return False
    help_now = said is CheckBackAnswer.HELP
    await records.add_record(
        session,
        user_id=user.id,
        kind="red_flag",
        at=now,
        now=now,
        batch=records.new_batch(),
        source=source,
        data={
            "kind": "red_flag",
            "flags": [CHECKBACK_FLAG],
            "handled": not help_now,
            "followup": True,
            "then": said.value,
            "checkback": work_id,
        },
        raw_text=words[:4000],
    )
    if help_now:
        await plan(session, user, now)
    return True
