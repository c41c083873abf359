"""'Did I take my gabapentin this morning?' answered from the record: today's doses of it,
each with what became of it. Facts only — never a suggestion to take one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import ContextTypes

from bot.domain.regimen import display_name
from bot.domain.schedule import local_to_utc
from bot.domain.summary import short_date
from bot.parsing.taken_question import TakenQuestion
from bot.storage import records
from bot.storage.models import DoseLog, DoseOccurrence, Medication, User
from bot.telegram import texts
from bot.telegram.deps import deps
from bot.telegram.reminders import hhmm, med_label, outcome
from bot.telegram.unit import unit


async def answer(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, question: TakenQuestion
) -> None:
    """Reply with today's record of the medicine asked about (or of every one)."""
    msg = update.message
    assert msg
    now = deps(context).clock.now()
    zone = ZoneInfo(user.timezone)
    today = now.astimezone(zone).date()
    start = local_to_utc(today, dt.time(0, 0), zone)
    end = local_to_utc(today + dt.timedelta(days=1), dt.time(0, 0), zone)
    async with unit(context).begin() as s:
        scheduled = await records.doses_due_between(s, user.id, start, end)
        extras = await records.dose_logs_between(s, user.id, start, end)
    asked = set(question.medicines)
    lines = _lines(scheduled, extras, asked, now, zone)
    what = ", ".join(sorted(display_name(g) for g in asked)) if asked else texts.TAKEN_ALL
    if not lines:
        await msg.reply_text(texts.TAKEN_TODAY_NONE.format(what=what))
        return
    head = texts.TAKEN_TODAY.format(what=what, day=short_date(today))
    await msg.reply_text(head + "\n" + "\n".join(lines))


def _lines(
    scheduled: Sequence[tuple[DoseOccurrence, Medication]],
    extras: Sequence[DoseLog],
    asked: set[str],
    now: dt.datetime,
    zone: ZoneInfo,
) -> list[str]:
    out: list[tuple[dt.datetime, str]] = []
    for occ, med in scheduled:
        if asked and (med.generic or med.name.lower()) not in asked:
            continue
        state = outcome(occ, zone)
        if state is None:
            state = texts.TAKEN_NOT_YET if occ.due_at > now else texts.TAKEN_UNANSWERED
        out.append((occ.due_at, f"• {hhmm(occ.due_at, zone)} {med_label(med)} — {state}"))
    for log in extras:
        if asked and (log.generic or log.name.lower()) not in asked:
            continue
        line = texts.TAKEN_EXTRA.format(time=hhmm(log.taken_at, zone), what=display_name(log.name))
        out.append((log.taken_at, line))
    return [line for _, line in sorted(out, key=lambda pair: pair[0])]
