"""The message when a medicine paused for a set time (`1 day`, `3 days`, `1 week` under
its pause) comes back by itself. It is resumed as the work falls due, quiet hours or not
(`resume_med`); "back on", with its next reminder, is said then or, held by quiet hours,
before its first reminder (`send_med_resume`, retried until sent), so the person is
never left wondering whether it is still off."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.domain.schedule import next_due
from bot.domain.states import MED_BACK_OWED
from bot.domain.summary import pause_length
from bot.scheduling.notifier import MedBack
from bot.services import regimen as svc
from bot.storage import due_work
from bot.storage.models import DueWork, Medication, User
from bot.storage.repositories import schedule_of
from bot.telegram import texts
from bot.telegram.deps import Services
from bot.telegram.next_reminder import reminders_line


async def resume_med(
    d: Services, user: User, work: DueWork, lease: dt.datetime, now: dt.datetime
) -> MedBack | None:
    """Resume the medicine `work` names, its "back on" noted owed in the same commit;
    None when it needs no resuming: resumed, removed or paused longer since."""
    async with d.sessions.begin() as s:
        back = await svc.resume_when_due(s, user, work.ref_id, now)
        if back is None:
            return None
        await due_work.note_stage(s, work.id, lease, MED_BACK_OWED)
    current = _current(back.meds, now)
    first = None
    if not user.paused and not current.as_needed:
        first = next_due(schedule_of(current), ZoneInfo(user.timezone), now)
    return MedBack(first)


async def send_med_resume(d: Services, user: User, work: DueWork, now: dt.datetime) -> int | None:
    """Say the medicine `work` names is back on; None (nothing sent, the work cancelled)
    when that is no longer true: paused again or removed since its resume."""
    async with d.sessions() as s:
        back = await svc.back_from_pause(s, user, work.ref_id, now)
    if back is None:
        return None
    pause = back.pause
    span = pause_length(pause.start, pause.end or now)
    if user.paused:
        said = texts.MED_BACK_ON_ALL_PAUSED.format(name=pause.medicine, span=span)
    else:
        said = texts.MED_BACK_ON.format(name=pause.medicine, span=span)
        coming = reminders_line(_current(back.meds, now), ZoneInfo(user.timezone), now)
        if coming:
            said += "\n" + coming
    return await d.sender.send(user.chat_id, said)


def _current(meds: tuple[Medication, ...], now: dt.datetime) -> Medication:
    """The version running now (a taper's next step may start later)."""
    return next((m for m in meds if m.started_at <= now and (m.ended_at or now) >= now), meds[0])
