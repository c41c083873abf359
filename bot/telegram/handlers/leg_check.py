"""After numbness or weakness in both legs (not an alarm on its own): the warning signs of
cauda equina syndrome asked with one tap each, and "is this serious?" answered with them
rather than kept for the next visit (Sandbox, Bengaluru: "both legs numb after long
drive", then "is this serious?", got "I can keep it for your next visit"). A sign tapped
is recorded as its red flag and gets the alarm's reply. NICE CKS "Sciatica (lumbar
radiculopathy)" red flags; bot.domain.leg_symptoms."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.leg_symptoms import in_both_legs, new_in_both_legs
from bot.parsing.leg_signs import asks_if_serious, signs_denied
from bot.parsing.text import normalise
from bot.storage import records
from bot.storage.models import Record, User
from bot.telegram import texts, understood
from bot.telegram.deps import deps
from bot.telegram.handlers.common import load_user
from bot.telegram.payloads import LegCheckTap
from bot.telegram.unit import unit

#: The red flag each sign stands for (bot.parsing.redflags).
SIGN_FLAGS = {"s": "saddle_numbness", "b": "bladder_bowel", "w": "leg_weakness"}
#: Numbness (or weakness) told again within this is not new: asked once.
ASKED_ONCE_WITHIN = dt.timedelta(hours=24)
#: How soon after the legs were told "is this serious?" is about them.
SERIOUS_ASKED_WITHIN = dt.timedelta(hours=2)
#: A "yes" is kept beside the question it answered, once however often it is pressed.
_KEPT_WITHIN = dt.timedelta(days=7)
_FELT_KINDS = ("pain", "pain_place")

Felt = tuple[Sequence[str], Sequence[str]]  # locations, qualities


def _markup(
    context: ContextTypes.DEFAULT_TYPE, user_id: int, signs: Iterable[str]
) -> InlineKeyboardMarkup:
    codec = deps(context).codec
    rows = [
        [
            InlineKeyboardButton(
                texts.LEGS_CHECK_SIGNS[sign], callback_data=codec.pack(user_id, LegCheckTap(sign))
            )
        ]
        for sign in signs
    ]
    rows.append(
        [
            InlineKeyboardButton(
                texts.LEGS_CHECK_NONE, callback_data=codec.pack(user_id, LegCheckTap("n"))
            )
        ]
    )
    return InlineKeyboardMarkup(rows)


def _felt(rec: Record) -> Felt:
    data = json.loads(rec.data or "{}")
    return tuple(data.get("locations") or ()), tuple(data.get("qualities") or ())


async def after_report(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    text: str,
    batch: str,
    told: Sequence[Felt],
) -> bool:
    """Numbness or weakness just told in both legs, new since the day before: the
    screening questions, the signs the same message denied left out ("no numbness down
    there, bladder is fine. legs feel a bit weak though"). Whether they were asked."""
    msg = update.message
    if msg is None or not any(in_both_legs(*t) for t in told):
        return False
    now = deps(context).clock.now()
    async with unit(context).begin() as s:
        earlier = await records.records_between(
            s, user.id, now - ASKED_ONCE_WITHIN, now + dt.timedelta(seconds=1), _FELT_KINDS
        )
    before = [_felt(r) for r in earlier if r.batch != batch]
    if not new_in_both_legs(told, before):
        return False
    denied = signs_denied(normalise(text))
    signs = [sign for sign, flag in SIGN_FLAGS.items() if flag not in denied]
    if not signs:
        return False
    await msg.reply_text(texts.LEGS_CHECK_ASK, reply_markup=_markup(context, user.id, signs))
    return True


async def asked_if_serious(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> bool:
    """ "is this serious?", "should I worry?" just after numbness or weakness in both legs,
    with no alarm since: the signs that mean urgent care now, with one tap each (never
    kept for the next visit). Whether it was answered."""
    msg = update.message
    if msg is None or not asks_if_serious(normalise(text)):
        return False
    now = deps(context).clock.now()
    async with unit(context).begin() as s:
        recent = await records.records_between(
            s,
            user.id,
            now - SERIOUS_ASKED_WITHIN,
            now + dt.timedelta(seconds=1),
            (*_FELT_KINDS, "red_flag"),
        )
    legs = [r.at for r in recent if r.kind in _FELT_KINDS and in_both_legs(*_felt(r))]
    if not legs:
        return False
    if any(r.kind == "red_flag" and r.at >= legs[-1] for r in recent):
        return False  # an alarm since: its own answer (bot.telegram.handlers.router)
    await msg.reply_text(texts.LEGS_SERIOUS, reply_markup=_markup(context, user.id, SIGN_FLAGS))
    return True


async def answered(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: LegCheckTap) -> None:
    """A sign tapped: kept as its red flag (once per question) and answered with the
    alarm; "None of these": thanked, with when to get help. The question shows the answer."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message
    now = d.clock.now()
    asked = q.message.message_id
    flag = SIGN_FLAGS.get(tap.sign)
    said = texts.LEGS_CHECK_SIGNS.get(tap.sign, texts.LEGS_CHECK_NONE)
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        if flag is not None and not await _kept(s, user.id, asked, flag, now):
            await records.add_record(
                s,
                user_id=user.id,
                kind="red_flag",
                at=now,
                now=now,
                batch=records.message_batch(asked),
                source="button",
                data={"kind": "red_flag", "flags": [flag], "asked": asked},
                raw_text=texts.LEGS_CHECK_KEPT.format(sign=said),
            )
    await q.answer(texts.RECORDED)
    question = getattr(q.message, "text", None) or texts.LEGS_CHECK_ASK
    await d.sender.edit(q.message.chat.id, asked, f"{question}\n\n— {said}", None)
    reply = (
        understood.red_flag_reply([flag], zone=user.timezone)
        if flag is not None
        else texts.LEGS_CHECK_NONE_REPLY
    )
    await d.sender.send(q.message.chat.id, reply)


async def _kept(s: AsyncSession, user_id: int, asked: int, flag: str, now: dt.datetime) -> bool:
    told = await records.records_between(
        s, user_id, now - _KEPT_WITHIN, now + dt.timedelta(seconds=1), ["red_flag"]
    )
    for r in told:
        data = json.loads(r.data)
        if data.get("asked") == asked and flag in (data.get("flags") or ()):
            return True
    return False
