"""Whom a message in the patient's own chat is about, when it says "he" or "she" (Sandbox,
Dublin: his wife typed "he's very drowsy today", "I gave him an extra tram a doll", and
they were lost as someone else's). bot.parsing.carer reads it; here the chat's answer to
"is this about the person this diary is for?" is kept, and asked once with one tap when
the words do not tell."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.parsing import Intent
from bot.parsing.carer import Reading, Whose, carer_writing, choose, whose
from bot.services import understanding
from bot.storage import records
from bot.storage.models import User
from bot.storage.records import UNSORTED
from bot.telegram import texts
from bot.telegram.deps import deps
from bot.telegram.handlers import common
from bot.telegram.payloads import WhoseTap
from bot.telegram.unit import unit


async def reading(
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    names: list[str],
    text: str,
    now: dt.datetime,
    plain: list[Intent],
) -> Reading:
    """The message read as the patient's when "he", "she" or "my husband" in it is them,
    spoken of by someone with them; else as it was read (`plain`). A carer who says who
    is writing ("this is Sarah, her daughter") is kept as the chat's answer."""
    who = whose(text)
    if who not in (Whose.THEM, Whose.KIN):
        return Reading(plain, carer=carer_writing(text))
    preface = carer_writing(text)
    async with unit(context).begin() as s:
        said = await records.writer_said(s, user.id)
        if preface and said.carer is not True:
            # "this is Sarah, her daughter": said as plainly as the button's Yes, and kept
            # so, so "mum", "she" in what follows are the patient without asking
            await records.keep_writer(s, user.id, True, now, source="text")
    theirs = understanding.understand(text, names, now, ZoneInfo(user.timezone), told_of=True)
    return choose(text, plain, theirs, who, carer_here=said.carer, asked=said.asked)


async def ask(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    text: str,
    answered: tuple[str, ...] = (),
) -> None:
    """Keep the words aside and ask, with one tap, whether they are about the patient
    (the red flags in them already `answered`, kept so the Yes does not say them again)."""
    d = deps(context)
    msg = update.message
    assert msg
    batch = records.message_batch(msg.message_id)
    kept = await common.set_aside(context, user, text, batch, answered)
    async with unit(context).begin() as s:
        await records.keep_writer(s, user.id, None, d.clock.now())
    yes = d.codec.pack(user.id, WhoseTap(kept.id, theirs=True))
    no = d.codec.pack(user.id, WhoseTap(kept.id, theirs=False))
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(texts.WHOSE_YES, callback_data=yes),
                InlineKeyboardButton(texts.WHOSE_NO, callback_data=no),
            ]
        ]
    )
    await msg.reply_text(texts.WHOSE_ASK, reply_markup=markup)


async def answered(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tap: WhoseTap
) -> tuple[str, int, frozenset[str]] | None:
    """Keep the chat's answer to "is this about the person this diary is for?". Yes: the
    words set aside, the message they came in and the red flags already answered in it,
    to be read again as the patient's (bot.telegram.handlers.router.whose_button); No:
    left out, and None.

    Read again, not stored here: "Mum took her tablets at 8, she's a bit drowsy" is a dose
    that answers the morning's reminder, and a red flag in it gets its alarm; kept as
    records here, the dose was dropped (only non-dose intents were stored), the reminder
    marked missed, and a flag stored without a word (Sandbox, Sydney)."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message and update.effective_user
    now = d.clock.now()
    async with unit(context).begin() as s:
        user = await common.load_user(update, context, s)
        rec = await records.get_record(s, user.id, tap.record, UNSORTED)
        if rec is None:
            await q.answer(texts.ALREADY_ANSWERED)
            return None
        await records.keep_writer(s, user.id, tap.theirs, now)
        said = rec.raw_text or ""
        batch = rec.batch
        flags = frozenset(json.loads(rec.data or "{}").get("answered") or ())
        await s.delete(rec)
    await q.answer(texts.RECORDED)
    reply = texts.WHOSE_READ if tap.theirs else texts.WHOSE_LEFT_OUT
    await d.sender.edit(q.message.chat.id, q.message.message_id, reply, None)
    if not tap.theirs or not said.strip():
        return None
    return said, _message_of(batch) or q.message.message_id, flags


def _message_of(batch: str) -> int | None:
    """The Telegram message a batch was named after (records.message_batch), so the words
    read again are undone and edited as that message's."""
    digits = batch.removeprefix("m")
    return int(digits) if batch.startswith("m") and digits.isdigit() else None
