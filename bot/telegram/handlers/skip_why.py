"""Why a dose typed as skipped was skipped, asked by one tap under the reply that says so
("skip the naproxen" → Forgot / Side effects / …), as the reminder's own Skip asks it:
the doctor reads the reason beside the skip, and "skip" alone gave none. And the
reminder's own Skip menu, while open, waits for the reason typed instead of tapped
(``Question.SKIP_WHY``)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import ContextTypes

from bot.domain.conversation import LAPSES, Question
from bot.domain.states import SkipReason
from bot.domain.summary import reason_label
from bot.parsing import DoseIntent, Intent, RedFlagIntent, SideEffectIntent
from bot.parsing.skip_answer import reason_answered
from bot.storage import repositories as repo
from bot.storage.models import DoseOccurrence, Medication, User
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import deps
from bot.telegram.handlers import supply
from bot.telegram.handlers.common import drop_waiting_question, load_user
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


@dataclass(frozen=True, slots=True)
class SkipMenu:
    """A reminder's Skip menu left open: the dose, its medicine and the message it is on
    (kept in ``users.draft`` while ``users.awaiting`` is ``Question.SKIP_WHY``)."""

    dose: int
    med: int
    message: int

    def to_json(self) -> str:
        return json.dumps({"dose": self.dose, "med": self.med, "message": self.message})

    @classmethod
    def of(cls, user: User) -> SkipMenu | None:
        """The menu the person's next message may answer; None when none waits."""
        if user.awaiting != Question.SKIP_WHY or not user.draft:
            return None
        try:
            raw = json.loads(user.draft)
            return cls(int(raw["dose"]), int(raw["med"]), int(raw["message"]))
        except (ValueError, KeyError, TypeError):
            return None


async def await_reason(
    update: Update, context: ContextTypes.DEFAULT_TYPE, occ: DoseOccurrence, message_id: int
) -> None:
    """The Skip menu just opened on `message_id`: the next message may be its reason. It
    supersedes a question waiting (a medicine half-added is named, as a command does),
    but never onboarding's, which waits however long it takes."""
    async with unit(context).begin() as s:
        waiting = (await load_user(update, context, s)).awaiting
    if waiting is not None and waiting not in LAPSES and waiting != Question.SKIP_WHY:
        return
    await drop_waiting_question(update, context)
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        repo.ask_question(user, Question.SKIP_WHY, deps(context).clock.now())
        user.draft = SkipMenu(occ.id, occ.medication_id, message_id).to_json()


def menu_closed(user: User, message_id: int, now: dt.datetime) -> None:
    """Another tap on the reminder whose Skip menu was open (a reason, Back, Taken…): the
    menu waits no more."""
    menu = SkipMenu.of(user)
    if menu is not None and menu.message == message_id:
        close(user, now)


def close(user: User, now: dt.datetime) -> None:
    """Nothing waits for a skip's reason any more."""
    repo.ask_question(user, None, now)
    user.draft = None


async def open_dose(
    s: AsyncSession, user: User, now: dt.datetime
) -> tuple[DoseOccurrence, Medication] | None:
    """The dose whose Skip menu waits for a reason, while it is still open; a dose
    answered since (a tap, "took it", marked missed) closes the menu."""
    menu = SkipMenu.of(user)
    if menu is None:
        if user.awaiting == Question.SKIP_WHY:
            close(user, now)  # (a draft that cannot be read waits for nothing)
        return None
    found = await repo.get_occurrence(s, user.id, menu.dose)
    if found is None or found[0].status not in repo.OPEN_STATUSES:
        close(user, now)
        return None
    return found


def effects_of(intents: Sequence[Intent]) -> list[str]:
    """The side effects the message tells."""
    return [e for i in intents if isinstance(i, SideEffectIntent) for e in i.effects]


def gives_reason(text: str, intents: Sequence[Intent], med: Medication | None) -> bool:
    """Whether `text` reads as the reason for skipping `med`'s dose: a reason the parser
    knows ("too drowsy", "ran out", "was at a wedding"), in words that tell no red flag
    (answered first, as always), no dose taken or put off, nor another medicine's ("pain 7"
    gives no reason: a report)."""
    for i in intents:
        if isinstance(i, RedFlagIntent):
            return False
        if not isinstance(i, DoseIntent):
            continue
        other = med is not None and i.medication not in (None, med.said_generic, med.name.lower())
        if i.status != "skipped" or other:
            return False
    return reason_answered(text, effects_of(intents)) is not None
