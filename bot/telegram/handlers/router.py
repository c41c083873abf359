"""Where a button press or a free-text message goes."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.parsing.parser import parse
from bot.parsing.timephrases import parse_clock_time
from bot.storage import repositories as repo
from bot.telegram import texts
from bot.telegram.deps import deps
from bot.telegram.handlers import doses, onboarding, regimen
from bot.telegram.handlers.common import load_user
from bot.telegram.reminders import reminder_head, render

REMINDER_ACTIONS = {"T", "A", "z", "s", "Z", "S", "B"}
MED_ACTIONS = {"me", "mp", "mr", "mx", "mX", "mk"}
ADD_ACTIONS = {"ad", "at", "av"}


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Verify the payload belongs to the presser, then hand it to its handler."""
    d = deps(context)
    q = update.callback_query
    assert q and update.effective_user
    cb = d.codec.decode(update.effective_user.id, q.data)
    if cb is None or q.message is None:
        await q.answer(texts.NOT_YOURS if cb is None else texts.STALE_BUTTON)
        return
    try:
        if cb.action in REMINDER_ACTIONS:
            await doses.reminder_button(update, context, cb)
        elif cb.action in MED_ACTIONS:
            await regimen.med_button(update, context, cb)
        elif cb.action in ADD_ACTIONS:
            await regimen.add_button(update, context, cb)
        elif cb.action == "tz":
            await onboarding.zone_button(update, context, cb)
        elif cb.action == "ci":
            await onboarding.checkin_button(update, context, cb)
        elif cb.action == "help":
            await q.answer()
            await context.bot.send_message(q.message.chat.id, texts.HELP)
        else:
            await q.answer(texts.STALE_BUTTON)
    except (ValueError, IndexError):
        await q.answer(texts.STALE_BUTTON)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A pending question gets the text first; otherwise it is parsed as a report."""
    d = deps(context)
    msg = update.message
    assert msg and msg.text is not None and update.effective_user
    text = msg.text.strip()
    async with d.sessions.begin() as s:
        user = await load_user(update, context, s)
        awaiting = user.awaiting
    if awaiting == "timezone":
        await onboarding.answer_zone_text(update, context, text)
        return
    if awaiting == "checkin":
        at = parse_clock_time(text)
        if at is None:
            await msg.reply_text(texts.BAD_TIME)
        else:
            await onboarding.set_checkin(update, context, at)
        return
    if awaiting == "add":
        await regimen.add_text(update, context, user, text)
        return
    if await answer_reminder_by_text(update, context, text):
        return
    if await doses.log_taken_text(update, context, text, require_dose=False):
        return
    uid = update.effective_user.id
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    "❓ What can I say?", callback_data=d.codec.encode(uid, "help")
                ),
            ]
        ]
    )
    await msg.reply_text(texts.DIDNT_UNDERSTAND, reply_markup=markup)


async def answer_reminder_by_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, text: str
) -> bool:
    """ "snooze 30", "skip, ran out" or "took it" about the reminder being answered."""

    d = deps(context)
    msg = update.message
    assert msg
    now = d.clock.now()
    async with d.sessions.begin() as s:
        user = await load_user(update, context, s)
        zone = ZoneInfo(user.timezone)
        meds = await repo.active_medications(s, user.id)
        intents = [
            i
            for i in parse(text, [m.generic or m.name for m in meds], now.astimezone(zone), zone)
            if i.kind == "dose"
        ]
        if not intents:
            return False
        if msg.reply_to_message is not None:
            items = await repo.occurrences_on_message(s, user.id, msg.reply_to_message.message_id)
        else:
            items = [
                (o, m)
                for o, m in await repo.open_occurrences_near(s, user.id, now, dt.timedelta(hours=6))
                if o.status in ("sent", "snoozed")
            ]
        open_items = [
            (o, m) for o, m in items if o.status in ("sent", "snoozed", "pending", "missed")
        ]
        if not open_items:
            return False
        intent = intents[0]
        if intent.medication is not None:
            open_items = [
                (o, m) for o, m in open_items if intent.medication in (m.generic, m.name.lower())
            ]
            if not open_items:
                return False
        done = []
        for occ, med in open_items:
            if intent.status == "taken":
                at = dt.datetime.fromisoformat(intent.at).astimezone(dt.UTC) if intent.at else now
                ok = await repo.answer_occurrence(
                    s, user.id, occ.id, status="taken", now=now, taken_at=at
                )
            elif intent.status == "skipped":
                ok = await repo.answer_occurrence(
                    s, user.id, occ.id, status="skipped", now=now, reason=intent.reason or "other"
                )
            else:
                minutes = intent.minutes or user.snooze_minutes
                ok = await repo.snooze_occurrence(
                    s,
                    user.id,
                    occ.id,
                    now + dt.timedelta(minutes=minutes),
                    dt.timedelta(minutes=user.followup_minutes),
                )
            if ok:
                done.append((occ, med))
        messages = {o.message_id for o, _ in done if o.message_id} | {
            o.followup_message_id for o, _ in done if o.followup_message_id
        }
    if not done:
        return False
    for message_id in sorted(m for m in messages if m):
        async with d.sessions() as s:
            items = await repo.occurrences_on_message(s, user.id, message_id)
        if items:
            t, markup = render(items, zone, d.codec, user.id, head=reminder_head(items, zone))
            await d.sender.edit(msg.chat.id, message_id, t, markup)
    names = ", ".join(m.name for _, m in done)
    word = {"taken": "taken", "skipped": "skipped", "snoozed": "snoozed"}[intent.status]
    await msg.reply_text(f"Got it: {names} {word} ✅")
    if intent.status == "snoozed" and d.ticker:
        d.ticker.wake(60.0 * (intent.minutes or user.snooze_minutes))
    return True
