"""Why a dose typed as skipped was skipped, asked by one tap under the reply that says so
("skip the naproxen" → Forgot / Side effects / …), as the reminder's own Skip asks it:
the doctor reads the reason beside the skip, and "skip" alone gave none."""

from __future__ import annotations

from collections.abc import Iterable
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import ContextTypes

from bot.domain.states import SkipReason
from bot.domain.summary import reason_label
from bot.storage import repositories as repo
from bot.storage.models import DoseOccurrence, Medication
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import deps
from bot.telegram.handlers import supply
from bot.telegram.handlers.common import load_user
from bot.telegram.payloads import SkipWhyTap
from bot.telegram.reminder_views import messages_of, redraw
from bot.telegram.unit import unit

_PER_ROW = 3


def why_markup(
    codec: CallbackCodec,
    user_id: int,
    doses: Iterable[int],
    below: InlineKeyboardMarkup | None = None,
    *,
    ahead: bool = False,
) -> InlineKeyboardMarkup:
    """The reasons, one tap each, for doses just skipped with none said (`ahead`: still to
    come, so not "Forgot"); `below`: the reply's own buttons (its Undo), kept under them."""
    ids = frozenset(doses)
    reasons = [(SkipReason(k), v) for k, v in texts.SKIP_REASONS.items()]
    buttons = [
        InlineKeyboardButton(label, callback_data=codec.pack(user_id, SkipWhyTap(ids, reason)))
        for reason, label in reasons
        if not (ahead and reason is SkipReason.FORGOT)
    ]
    rows = [buttons[i : i + _PER_ROW] for i in range(0, len(buttons), _PER_ROW)]
    return InlineKeyboardMarkup([*rows, *(below.inline_keyboard if below else ())])


def with_question(text: str, *, carer: bool = False) -> str:
    """A reply that says doses were skipped, asking why below it (of the person a `carer`
    writes for: "Why did they skip it?")."""
    return f"{text}\n{texts.ASK_SKIP_WHY_CARER if carer else texts.ASK_SKIP_WHY}"


async def skip_why_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tap: SkipWhyTap
) -> None:
    """Keep the reason on each dose still skipped; the reply says it in place of the
    question (its other buttons stay), the reminders show it, and "Ran out" asks about a
    refill as the reminder's own Skip does."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message
    given: list[tuple[DoseOccurrence, Medication]] = []
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        for occ_id in sorted(tap.doses):
            found = await repo.get_occurrence(s, user.id, occ_id)
            if found is not None and await repo.give_skip_reason(s, user.id, occ_id, tap.reason):
                given.append(found)
    if not given:
        await q.answer(texts.STALE_BUTTON)
        return
    await q.answer(texts.RECORDED)
    said = texts.SKIP_WHY_GIVEN.format(why=reason_label(tap.reason))
    reply = q.message if isinstance(q.message, Message) else None
    text = _answered(reply.text, said) if reply and reply.text else said
    chat = q.message.chat.id
    await d.sender.edit(chat, q.message.message_id, text, _others(reply))
    await redraw(d, user.id, chat, ZoneInfo(user.timezone), messages_of(o for o, _ in given))
    if tap.reason is SkipReason.RAN_OUT:
        for med in {m.id: m for _, m in given}.values():
            await supply.ask_after_ran_out(update, context, med)


def _answered(text: str, said: str) -> str:
    """The reply with its why-question (either wording) replaced by the reason given."""
    for asked in (texts.ASK_SKIP_WHY, texts.ASK_SKIP_WHY_CARER):
        text = text.replace(asked, said)
    return text


def _others(reply: Message | None) -> InlineKeyboardMarkup | None:
    """The reply's buttons other than the reasons (its Undo)."""
    markup = reply.reply_markup if reply is not None else None
    if markup is None:
        return None
    rows = [
        row
        for row in markup.inline_keyboard
        if not any(str(b.callback_data or "").partition(":")[0] in SkipWhyTap.ACTIONS for b in row)
    ]
    return InlineKeyboardMarkup(rows) if rows else None
