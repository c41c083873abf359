"""Routine messages: the reminder with `Done` / `Skip`, what it shows once answered,
and the one-line description used by /routine."""

from __future__ import annotations

import datetime as dt

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.domain.routines import RoutineEntry, RoutineStatus
from bot.domain.schedule import describe_weekdays
from bot.services import routines as svc
from bot.storage.models import DueWork, User
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import Services
from bot.telegram.payloads import RoutineAction, RoutineTap


def routine_line(entry: RoutineEntry) -> str:
    """`Stretches 10 min · 07:00 Mon–Fri`."""
    return f"{entry.label} · {entry.at:%H:%M} {describe_weekdays(entry.weekdays)}"


def reminder_markup(codec: CallbackCodec, user_id: int, work_id: int) -> InlineKeyboardMarkup:
    """One tap each: `Done`, `Skip` (the words PRODUCT.md fixes)."""
    done = codec.pack(user_id, RoutineTap(RoutineAction.DONE, work_id))
    skip = codec.pack(user_id, RoutineTap(RoutineAction.SKIP, work_id))
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Done", callback_data=done),
                InlineKeyboardButton("Skip", callback_data=skip),
            ]
        ]
    )


def answered_text(entry: RoutineEntry, status: RoutineStatus) -> str:
    """What the reminder shows once answered (its buttons gone)."""
    line = texts.ROUTINE_DONE_LINE if status is RoutineStatus.DONE else texts.ROUTINE_SKIPPED_LINE
    return line.format(label=entry.label)


async def send_routine_reminder(
    d: Services, user: User, work: DueWork, now: dt.datetime
) -> int | None:
    """Send the routine reminder `work` is due for, with `Done` / `Skip`; its message id,
    or None when the routine was removed or the day is already answered."""
    async with d.sessions() as s:
        entry = await svc.reminder_for(s, user, work)
    if entry is None:
        return None  # removed, or already done today: nothing to remind of
    text = texts.ROUTINE_REMINDER.format(label=entry.label)
    return await d.sender.send(user.chat_id, text, reminder_markup(d.codec, user.id, work.id))
