"""Which medicine has run out, asked by one tap when a reminder of several was answered
"pharmacy hadn't got it in": "it" is one of them, and marking every dose of the reminder
out (each then asked "Got some now?" and counted so in the summary) would put in the
record what the person never said. Nothing is stored until the tap."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.states import DoseStatus, SkipReason
from bot.storage import repositories as repo
from bot.storage.models import DoseOccurrence, Medication
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import deps
from bot.telegram.handlers import supply
from bot.telegram.handlers.common import load_user
from bot.telegram.payloads import OutWhichTap
from bot.telegram.reminder_views import messages_of, redraw
from bot.telegram.reminders import med_label
from bot.telegram.unit import unit


def out_which_markup(
    codec: CallbackCodec, user_id: int, doses: Sequence[tuple[DoseOccurrence, Medication]]
) -> InlineKeyboardMarkup:
    """A button for each medicine (its open doses), one for all of them, one for none."""
    by_med: dict[int, tuple[Medication, list[int]]] = {}
    for occ, med in doses:
        by_med.setdefault(med.id, (med, []))[1].append(occ.id)

    def button(label: str, ids: Sequence[int]) -> list[InlineKeyboardButton]:
        tap = OutWhichTap(frozenset(ids))
        return [InlineKeyboardButton(label, callback_data=codec.pack(user_id, tap))]

    rows = [button(med_label(med), ids) for med, ids in by_med.values()]
    every = [i for _, ids in by_med.values() for i in ids]
    rows.append(button(texts.OUT_WHICH_BOTH if len(by_med) == 2 else texts.OUT_WHICH_ALL, every))
    rows.append(button(texts.OUT_WHICH_NONE, ()))
    return InlineKeyboardMarkup(rows)


async def ask(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    doses: Sequence[tuple[DoseOccurrence, Medication]],
) -> None:
    """ "Which one has run out?" under the message, a tap for each medicine."""
    assert update.effective_message and update.effective_user
    markup = out_which_markup(deps(context).codec, update.effective_user.id, doses)
    await update.effective_message.reply_text(texts.OUT_WHICH, reply_markup=markup)


async def _mark_out(
    s: AsyncSession, user_id: int, doses: frozenset[int], now: dt.datetime
) -> list[tuple[DoseOccurrence, Medication]]:
    """Each dose still open recorded skipped for want of it; those it was recorded on."""
    out: list[tuple[DoseOccurrence, Medication]] = []
    for occ_id in sorted(doses):
        found = await repo.get_occurrence(s, user_id, occ_id)
        if found is None:
            continue
        reason = SkipReason.RAN_OUT
        skipped = DoseStatus.SKIPPED
        if await repo.answer_occurrence(s, user_id, occ_id, status=skipped, now=now, reason=reason):
            out.append(found)
    return out


async def out_which_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tap: OutWhichTap
) -> None:
    """The medicine tapped is out: its doses skipped (ran out), the reminder redrawn, and
    "Got some now?" asked as after the reminder's own Skip → Ran out; none: nothing kept."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message
    if not tap.doses:
        await q.answer()
        await d.sender.edit(q.message.chat.id, q.message.message_id, texts.OUT_WHICH_NOTHING, None)
        return
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        out = await _mark_out(s, user.id, tap.doses, d.clock.now())
    if not out:
        await q.answer(texts.ALREADY_ANSWERED)
        return
    await q.answer(texts.RECORDED)
    names = ", ".join(dict.fromkeys(med_label(m) for _, m in out))
    chat = q.message.chat.id
    await d.sender.edit(chat, q.message.message_id, texts.OUT_WHICH_NOTED.format(what=names), None)
    await redraw(d, user.id, chat, ZoneInfo(user.timezone), messages_of(o for o, _ in out))
    for med in {m.id: m for _, m in out}.values():
        await supply.ask_after_ran_out(update, context, med)
