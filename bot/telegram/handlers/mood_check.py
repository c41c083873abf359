"""After hopelessness said plainly ("no point in anything, this pain is never going to
end"): the question clinicians ask outright, with one tap for each answer (Sandbox, Pune:
it was logged as "mood low" and nothing was said until a second, plainer message)."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.knowledge.poison_lines import poison_lines_locally
from bot.services import checkback as checkback_service
from bot.storage import records
from bot.telegram import texts, understood
from bot.telegram.deps import deps
from bot.telegram.handlers.common import load_user
from bot.telegram.payloads import MoodCheckTap
from bot.telegram.unit import unit

#: A "yes" is kept beside the question it answered, once however often it is pressed.
_ASKED_WITHIN = dt.timedelta(days=7)


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE, user_id: int) -> None:
    """Ask whether the hopelessness just told comes with thoughts of suicide."""
    msg = update.message
    assert msg
    codec = deps(context).codec
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    texts.HOPELESS_SAFE, callback_data=codec.pack(user_id, MoodCheckTap(True))
                ),
                InlineKeyboardButton(
                    texts.HOPELESS_YES, callback_data=codec.pack(user_id, MoodCheckTap(False))
                ),
            ]
        ]
    )
    await msg.reply_text(texts.HOPELESS_ASK, reply_markup=markup)


async def answered(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: MoodCheckTap) -> None:
    """ "Yes, sometimes": kept as thoughts of suicide and answered with the crisis reply;
    "No, I'm safe": thanked, with the line left open. The question shows the answer."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message
    now = d.clock.now()
    asked = q.message.message_id
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        if not tap.safe and not await _kept(s, user.id, asked, now):
            await records.add_record(
                s,
                user_id=user.id,
                kind="red_flag",
                at=now,
                now=now,
                batch=records.message_batch(asked),
                source="button",
                data={"kind": "red_flag", "flags": ["suicidal"], "asked": asked},
                raw_text=texts.HOPELESS_ASKED_KEPT,
            )
            # the crisis reply below is checked back on the next day, as a typed one is
            await checkback_service.plan(s, user, now)
    await q.answer(texts.RECORDED)
    said = texts.HOPELESS_SAFE if tap.safe else texts.HOPELESS_YES
    await d.sender.edit(q.message.chat.id, asked, f"{texts.HOPELESS_ASK}\n\n— {said}", None)
    reply = (
        poison_lines_locally(texts.HOPELESS_SAFE_REPLY, user.timezone)
        if tap.safe
        else understood.red_flag_reply(["suicidal"], zone=user.timezone)
    )
    await d.sender.send(q.message.chat.id, reply)


async def _kept(s: AsyncSession, user_id: int, asked: int, now: dt.datetime) -> bool:
    told = await records.records_between(
        s, user_id, now - _ASKED_WITHIN, now + dt.timedelta(seconds=1), ["red_flag"]
    )
    return any(json.loads(r.data).get("asked") == asked for r in told)
