"""The scheduler's Notifier (bot.scheduling.notifier) in Telegram messages: reminders,
check-in questions, summaries, redraws and caregivers' notes, worded with `texts` (a
caregiver's note by bot.domain.caregiving)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import replace
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.domain.caregiving import missed_message
from bot.domain.states import DoseStatus, WorkKind
from bot.scheduling.notifier import CaregiverNote, MedBack, Reminder
from bot.storage.models import DueWork, User
from bot.telegram import texts
from bot.telegram.appointment_views import send_appointment_message
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.checkback_views import send_checkback
from bot.telegram.deps import Services
from bot.telegram.handlers.checkin import ask
from bot.telegram.pause_views import resume_med, send_med_resume
from bot.telegram.reminder_views import redraw
from bot.telegram.reminders import Dose, Med, dose_time, head_template, hhmm, med_label, render
from bot.telegram.routine_views import send_routine_reminder
from bot.telegram.sender import Sender
from bot.telegram.summary_views import send_summary
from bot.telegram.trial_views import send_trial_review

WorkView = Callable[[Services, User, DueWork, dt.datetime], Awaitable[int | None]]
#: Who words each one-shot piece of due work (bot.domain.states.ONE_SHOT_WORK).
WORK_VIEWS: dict[str, WorkView] = {
    WorkKind.TRIAL: send_trial_review,
    WorkKind.ROUTINE: send_routine_reminder,
    WorkKind.APPT_EVE: send_appointment_message,
    WorkKind.APPT_SOON: send_appointment_message,
    WorkKind.APPT_AFTER: send_appointment_message,
    WorkKind.CHECKBACK: send_checkback,
    WorkKind.MED_RESUME: send_med_resume,
}


class TelegramNotifier:
    """Sends through the dispatcher's sender (per-chat spacing, retries, rate limit)."""

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], sender: Sender, codec: CallbackCodec
    ) -> None:
        self.sessions = sessions
        self.sender = sender
        self.codec = codec

    async def remind(self, reminder: Reminder) -> int:
        """One grouped reminder: its head says follow-up, snoozed, late or plain."""
        zone = reminder.zone
        due_local = dose_time(reminder.doses[0][0])
        many = len(reminder.doses) > 1
        kind = "followup" if reminder.followup else "snoozed" if reminder.snoozed else "plain"
        head = head_template(kind, many=many, carer=reminder.carer).format(time=due_local)
        if reminder.late:
            late = texts.REMINDER_LATE_MOVED if reminder.moved else texts.REMINDER_LATE
            head += late.format(time=due_local)
        # Going out now, so open again: a snoozed dose must not read "Snoozed until" here.
        items: list[tuple[Dose, Med]] = [
            (replace(occ, status=DoseStatus.SENT) if occ.status == DoseStatus.SNOOZED else occ, med)
            for occ, med in reminder.doses
        ]
        text, markup = render(
            items, zone, self.codec, reminder.user_id, head=head, carer=reminder.carer
        )
        told_tmpl = texts.REMINDER_TOLD_TAKEN_CARER if reminder.carer else texts.REMINDER_TOLD_TAKEN
        told = [
            told_tmpl.format(time=hhmm(reminder.told[occ.id], zone), what=med_label(med))
            for occ, med in reminder.doses
            if occ.id in reminder.told
        ]
        if told:
            # Said before we knew it was this dose: a reminder alone could read as "take it".
            text = "\n\n".join([text, *told])
        return await self.sender.send(reminder.chat_id, text, markup)

    async def ask_checkin(self, user: User, work: DueWork, *, nudge: bool) -> int:
        """The check-in's pain question, or its nudge."""
        return await ask(self, user, work, "pain", nudge=nudge)

    async def send_summary(self, user: User, now: dt.datetime) -> None:
        """The weekly summary text, then its chart."""
        await send_summary(self, user, now)

    async def send_work(self, user: User, work: DueWork, now: dt.datetime) -> int | None:
        """A trial review, an appointment message or a routine reminder."""
        view = WORK_VIEWS.get(work.kind)
        return None if view is None else await view(self, user, work, now)

    async def resume_med(
        self, user: User, work: DueWork, lease: dt.datetime, now: dt.datetime
    ) -> MedBack | None:
        """A medicine back on from its set pause (bot.telegram.pause_views)."""
        return await resume_med(self, user, work, lease, now)

    async def tell_caregiver(self, note: CaregiverNote) -> None:
        """A patient's missed doses, told to one of their caregivers in one message."""
        text = missed_message(
            note.patient, note.misses, note.zone, note.now, their_time=note.their_time
        )
        await self.sender.send(note.chat_id, text)

    async def redraw(
        self, user_id: int, chat_id: int, zone: ZoneInfo, message_ids: Iterable[int]
    ) -> None:
        """Reminder messages redrawn from the database."""
        await redraw(self, user_id, chat_id, zone, message_ids)
