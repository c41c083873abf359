"""The message when a medicine paused for a set time (`1 day`, `3 days`, `1 week` under
its pause) comes back by itself: it is resumed as the work falls due, and told so, with
its next reminder, so the person is never left wondering whether it is still off."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.domain.summary import pause_length
from bot.services import regimen as svc
from bot.storage.models import DueWork, User
from bot.telegram import texts
from bot.telegram.deps import Services
from bot.telegram.next_reminder import reminders_line


async def send_med_resume(d: Services, user: User, work: DueWork, now: dt.datetime) -> int | None:
    """Resume the medicine `work` names and say so; None (nothing sent, the work
    cancelled) when it needs no resuming: resumed, removed or paused longer since."""
    async with d.sessions.begin() as s:
        back = await svc.resume_when_due(s, user, work.ref_id, now)
    if back is None:
        return None
    pause = back.pause
    span = pause_length(pause.start, pause.end or now)
    if user.paused:
        said = texts.MED_BACK_ON_ALL_PAUSED.format(name=pause.medicine, span=span)
    else:
        said = texts.MED_BACK_ON.format(name=pause.medicine, span=span)
        # (the version running now: a taper's next step may start later)
        current = next(
            (m for m in back.meds if m.started_at <= now and (m.ended_at or now) >= now),
            back.meds[0],
        )
        coming = reminders_line(current, ZoneInfo(user.timezone), now)
        if coming:
            said += "\n" + coming
    return await d.sender.send(user.chat_id, said)
