"""The three messages of a visit (PRODUCT.md §6a), sent by the dispatcher as one-shot
due work (bot.services.appointments plans them):

* the day before: when and with whom, the questions for the doctor (or how to add
  one), then the report as a PDF and, when the time is known, an `.ics` file;
* two hours before: a short reminder;
* afterwards: "did anything change?" with `No changes` / `Update my medicines`.

A message about a visit cancelled meanwhile, or one that comes too late to mean
anything (quiet hours held it past the visit, the question was answered already), is
not sent: None tells the dispatcher so.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest

from bot.domain.appointments import Visit, is_upcoming
from bot.domain.course import day_label
from bot.domain.states import WorkKind
from bot.logsafe import log_failure
from bot.reports.ics import appointment_ics, appointment_uid
from bot.scheduling.notifier import SendFailed
from bot.services import appointments as svc
from bot.services import questions, summaries
from bot.storage.models import DueWork, User
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import Services
from bot.telegram.payloads import AppointmentAction, AppointmentTap

log = logging.getLogger(__name__)

#: Days the report sent the day before covers (as `/report` does by default).
REPORT_DAYS = 30


def with_whom(visit: Visit) -> str:
    """` with Dr Patel`, or nothing when they named no one."""
    return texts.APPT_WITH.format(who=visit.with_whom) if visit.with_whom else ""


def when_words(visit: Visit, today: dt.date) -> str:
    """`tomorrow at 14:30`, `today`, `on Tue 15 Dec at 09:00`."""
    if visit.day == today:
        day = texts.APPT_TODAY
    elif visit.day == today + dt.timedelta(days=1):
        day = texts.APPT_TOMORROW
    else:
        day = texts.APPT_ON.format(day=day_label(visit.day))
    return day + (texts.APPT_AT.format(time=visit.at.strftime("%H:%M")) if visit.at else "")


def after_markup(codec: CallbackCodec, uid: int, appointment_id: int) -> InlineKeyboardMarkup:
    """`No changes` / `Update my medicines` (the words are an interface: keep them)."""

    def button(label: str, action: AppointmentAction) -> InlineKeyboardButton:
        tap = AppointmentTap(action, appointment_id)
        return InlineKeyboardButton(label, callback_data=codec.pack(uid, tap))

    return InlineKeyboardMarkup(
        [
            [
                button(texts.APPT_NO_CHANGES, AppointmentAction.NO_CHANGES),
                button(texts.APPT_UPDATE, AppointmentAction.UPDATE),
            ]
        ]
    )


async def _send_file(d: Services, chat_id: int, data: bytes, filename: str, caption: str) -> None:
    """A file after the day-before message: a failure is logged, not retried, so the
    message itself is never sent twice for it (/report gives the report any time)."""
    try:
        await d.sender.send_document(chat_id, data, filename, caption=caption)
    except (SendFailed, BadRequest) as exc:
        log_failure(log, "an appointment file could not be sent", exc)


async def _eve(d: Services, user: User, visit: Visit, now: dt.datetime) -> int | None:
    """The day before: when, the questions, the report and the calendar file."""
    zone = ZoneInfo(user.timezone)
    if not is_upcoming(visit.day, visit.starts_at, zone, now):
        return None  # held past the visit (quiet hours): too late to help
    today = now.astimezone(zone).date()
    async with d.sessions() as s:
        asked = [q.text for q in await questions.open_questions(s, user.id)]
        pdf = await summaries.clinician_pdf(s, user, now, REPORT_DAYS)
    lines = [texts.APPT_EVE.format(who=with_whom(visit), when=when_words(visit, today)), ""]
    if asked:
        lines += [texts.APPT_EVE_QUESTIONS, *(f"{i}. {q}" for i, q in enumerate(asked, 1))]
    else:
        lines.append(texts.APPT_EVE_NO_QUESTIONS)
    lines += ["", texts.APPT_EVE_FILES.format(days=REPORT_DAYS)]
    message_id = await d.sender.send(user.chat_id, "\n".join(lines))
    caption = texts.APPT_REPORT_CAPTION.format(days=REPORT_DAYS)
    await _send_file(d, user.chat_id, pdf, f"backtrack-report-{today.isoformat()}.pdf", caption)
    if visit.at is not None:
        ics = appointment_ics(
            uid=appointment_uid(visit.id, visit.created_at),
            day=visit.day,
            at=visit.at,
            zone=user.timezone,
            with_whom=visit.with_whom,
            stamp=now,
        )
        filename = f"appointment-{visit.day.isoformat()}.ics"
        await _send_file(d, user.chat_id, ics, filename, texts.APPT_ICS_CAPTION)
    return message_id


async def _soon(d: Services, user: User, visit: Visit, now: dt.datetime) -> int | None:
    """Two hours before: a short reminder (not once the visit has begun)."""
    if visit.at is None or visit.starts_at is None or visit.starts_at <= now:
        return None
    text = texts.APPT_SOON.format(who=with_whom(visit), time=visit.at.strftime("%H:%M"))
    return await d.sender.send(user.chat_id, text)


async def _after(d: Services, user: User, visit: Visit, now: dt.datetime) -> int | None:
    """Afterwards: did anything change? (not when they said so already)."""
    if visit.outcome is not None:
        return None
    markup = after_markup(d.codec, user.id, visit.id)
    return await d.sender.send(user.chat_id, texts.APPT_AFTER.format(who=with_whom(visit)), markup)


_VIEWS: dict[str, Callable[[Services, User, Visit, dt.datetime], Awaitable[int | None]]] = {
    WorkKind.APPT_EVE: _eve,
    WorkKind.APPT_SOON: _soon,
    WorkKind.APPT_AFTER: _after,
}


async def send_appointment_message(
    d: Services, user: User, work: DueWork, now: dt.datetime
) -> int | None:
    """Send the due appointment message for `work`; its message id, or None if what it
    refers to is gone (cancelled) or it comes too late to mean anything."""
    view = _VIEWS.get(work.kind)
    if view is None:
        return None
    async with d.sessions() as s:
        visit = await svc.get_visit(s, user.id, work.ref_id)
    if visit is None or visit.cancelled_at is not None:
        return None
    return await view(d, user, visit, now)
