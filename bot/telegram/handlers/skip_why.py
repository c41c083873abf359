"""Why a dose typed as skipped was skipped, asked by one tap under the reply that says so
("skip the naproxen" → Forgot / Side effects / …), as the reminder's own Skip asks it:
the doctor reads the reason beside the skip, and "skip" alone gave none. That question,
and the reminder's own Skip menu while open (its dose skipped at the tap), wait for the
reason typed instead of tapped (``Question.SKIP_WHY``)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import ContextTypes

from bot.domain.conversation import LAPSES, Question, typed_skip_asks
from bot.domain.states import DoseStatus, SkipReason
from bot.domain.summary import reason_label
from bot.parsing import DoseIntent, Intent, RedFlagIntent, SideEffectIntent
from bot.parsing.skip_answer import reason_answered
from bot.storage import repositories as repo
from bot.storage.models import DoseOccurrence, Medication, User
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import Services, deps
from bot.telegram.handlers import supply
from bot.telegram.handlers.common import drop_waiting_question, load_user
from bot.telegram.payloads import SkipWhyTap
from bot.telegram.reminder_views import messages_of, redraw
from bot.telegram.reminders import reason_shown
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
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        given = await _give(s, user.id, tap.doses, tap.reason, d.clock.now())
        menu_closed(user, q.message.message_id, d.clock.now())  # (its typed answer too)
    if not given:
        await q.answer(texts.STALE_BUTTON)
        return
    await q.answer(texts.RECORDED)
    said = texts.SKIP_WHY_GIVEN.format(why=reason_label(tap.reason))
    reply = q.message if isinstance(q.message, Message) else None
    text = _answered(reply.text, said) if reply and reply.text else said
    chat = q.message.chat.id
    await d.sender.edit(chat, q.message.message_id, text, _others(reply))
    await _redraw_if_shown(d, user, chat, tap.reason, given)
    if tap.reason is SkipReason.RAN_OUT:
        for med in {m.id: m for _, m in given}.values():
            await supply.ask_after_ran_out(update, context, med)


async def _give(
    s: AsyncSession, user_id: int, doses: Iterable[int], reason: SkipReason, now: dt.datetime
) -> list[tuple[DoseOccurrence, Medication]]:
    """`reason` kept on each of `doses` still skipped; those it was kept on."""
    given: list[tuple[DoseOccurrence, Medication]] = []
    for occ_id in sorted(doses):
        found = await repo.get_occurrence(s, user_id, occ_id)
        if found is not None and await repo.give_skip_reason(s, user_id, occ_id, reason, now=now):
            given.append(found)
    return given


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
    others = _others_of(markup)
    return others if others.inline_keyboard else None


def _others_of(markup: InlineKeyboardMarkup | None) -> InlineKeyboardMarkup:
    """`markup`'s rows with no reason button in them."""
    if markup is None:
        return InlineKeyboardMarkup([])
    rows = [
        row
        for row in markup.inline_keyboard
        if not any(str(b.callback_data or "").partition(":")[0] in SkipWhyTap.ACTIONS for b in row)
    ]
    return InlineKeyboardMarkup(rows)


#: A row of a reply's buttons kept to be drawn again: (label, callback data) each.
Row = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Asked:
    """The reply to a typed skip that asks why below it: the doses its reasons name
    (skipped already), its text and its other buttons (its Undo), to edit as a tap does."""

    doses: tuple[int, ...]
    text: str
    below: tuple[Row, ...] = ()

    def markup(self) -> InlineKeyboardMarkup | None:
        """The reply's buttons once the reason is given (its Undo)."""
        rows = [[InlineKeyboardButton(t, callback_data=d) for t, d in row] for row in self.below]
        return InlineKeyboardMarkup(rows) if rows else None


@dataclass(frozen=True, slots=True)
class SkipMenu:
    """What waits for a skip's reason: the dose, its medicine and the message asking, a
    reminder's Skip menu left open or (`asked`) a typed skip's reply; kept in
    ``users.draft`` while ``users.awaiting`` is ``Question.SKIP_WHY``."""

    dose: int
    med: int
    message: int
    asked: Asked | None = None
    #: a message came since the question that was not its answer: plain words are no
    #: longer read as the reason (only words that read as one)
    heard: bool = False

    @property
    def doses(self) -> tuple[int, ...]:
        """The doses the question asks about: a typed skip's, or the Skip menu's one."""
        return self.asked.doses if self.asked is not None else (self.dose,)

    def to_json(self) -> str:
        raw: dict[str, object] = {"dose": self.dose, "med": self.med, "message": self.message}
        if self.asked is not None:
            a = self.asked
            raw["asked"] = {"doses": list(a.doses), "text": a.text, "below": a.below}
        if self.heard:
            raw["heard"] = True
        return json.dumps(raw)

    @classmethod
    def of(cls, user: User) -> SkipMenu | None:
        """What the person's next message may answer; None when nothing waits."""
        if user.awaiting != Question.SKIP_WHY or not user.draft:
            return None
        try:
            raw = json.loads(user.draft)
            heard = bool(raw.get("heard", False))
            return cls(int(raw["dose"]), int(raw["med"]), int(raw["message"]), _asked(raw), heard)
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


def _asked(raw: dict[str, object]) -> Asked | None:
    """The typed skip's question kept in a draft (None: a reminder's Skip menu)."""
    a = raw.get("asked")
    if not isinstance(a, dict):
        return None
    below = tuple(tuple((str(t), str(d)) for t, d in row) for row in a["below"])
    return Asked(tuple(int(i) for i in a["doses"]), str(a["text"]), below)


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


async def await_typed_reason(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    message_id: int,
    text: str,
    markup: InlineKeyboardMarkup | None,
) -> None:
    """A typed skip's reply (`message_id`, its `text` and buttons) has just asked why: the
    next message may be the reason, typed instead of tapped, for the doses its reasons
    name. Only when no other question of the bot's waits (the person is mid-way in it)."""
    d = deps(context)
    if markup is None or len(_others_of(markup).inline_keyboard) == len(markup.inline_keyboard):
        return  # no reason asked (checked before any query: every typed skip's reply)
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        doses = _reasons_for(d.codec, user.id, markup)
        if not doses or not typed_skip_asks(user.awaiting):
            return
        found = await repo.get_occurrence(s, user.id, min(doses))
        if found is None:
            return
        below = tuple(
            tuple((b.text, str(b.callback_data)) for b in row)
            for row in _others_of(markup).inline_keyboard
        )
        asked = Asked(tuple(sorted(doses)), text, below)
        repo.ask_question(user, Question.SKIP_WHY, d.clock.now())
        user.draft = SkipMenu(found[0].id, found[1].id, message_id, asked).to_json()


def _reasons_for(
    codec: CallbackCodec, user_id: int, markup: InlineKeyboardMarkup | None
) -> frozenset[int]:
    """The doses the reply's reason buttons give a reason to (exactly what a tap sets)."""
    for row in markup.inline_keyboard if markup is not None else ():
        for button in row:
            data = button.callback_data if isinstance(button.callback_data, str) else None
            cb = codec.decode(user_id, data)
            if cb is not None and cb.action in SkipWhyTap.ACTIONS:
                return SkipWhyTap.parse(cb).doses
    return frozenset()


async def give_typed(
    update: Update, context: ContextTypes.DEFAULT_TYPE, menu: SkipMenu, reason: SkipReason
) -> list[Medication]:
    """A reason typed to a skip's question, kept as its tap would keep it, on each dose
    still skipped: a typed skip's question edited to say it and the reminders redrawn,
    or the reminder whose Skip menu asked redrawn without it; the medicines it was kept
    for (none: all were answered otherwise since)."""
    d = deps(context)
    assert update.effective_chat
    doses = menu.doses
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        given = await _give(s, user.id, doses, reason, d.clock.now())
    if not given:
        return []
    chat = update.effective_chat.id
    if menu.asked is None:
        zone = ZoneInfo(user.timezone)
        shown = messages_of(o for o, _ in given) | {menu.message}
        await redraw(d, user.id, chat, zone, shown, named=[menu.dose])
    else:
        # (typed words filed as "other" are not echoed as that word: "Noted ✅")
        said = texts.SKIP_WHY_NOTED
        if reason_shown(reason):
            said = texts.SKIP_WHY_GIVEN.format(why=reason_label(reason))
        text = _answered(menu.asked.text, said)
        await d.sender.edit(chat, menu.message, text, menu.asked.markup())
        await _redraw_if_shown(d, user, chat, reason, given)
    return list({m.id: m for _, m in given}.values())


async def _redraw_if_shown(
    d: Services,
    user: User,
    chat: int,
    reason: SkipReason,
    given: Sequence[tuple[DoseOccurrence, Medication]],
) -> None:
    """The reminders of doses given `reason` since their skip, redrawn to say it; "other"
    they do not show, so they are left as they are (an edit to the same words: Telegram's
    "message is not modified")."""
    if reason_shown(reason):
        await redraw(d, user.id, chat, ZoneInfo(user.timezone), messages_of(o for o, _ in given))


async def taken_after_all(
    update: Update, context: ContextTypes.DEFAULT_TYPE, intents: Sequence[Intent]
) -> bool:
    """ "took it" while a reminder's Skip menu waits for its reason: the skip its tap
    stored is taken back first, so the words answer the dose as they would have before
    the tap (not "Nothing is due right now", and an extra tablet beside a skip); whether
    it was. Only the Skip menu's own dose, named or not."""
    now = deps(context).clock.now()
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        menu = SkipMenu.of(user)
        left = await unexplained(s, user, now) if menu and menu.asked is None else []
        if not left:
            return False
        occ, med = left[0]
        if not any(_says_taken(i, med) for i in intents):
            return False
        return await repo.reopen_occurrence(s, user.id, occ.id, now) is not None


def _says_taken(intent: Intent, med: Medication) -> bool:
    """Whether `intent` tells `med` taken (or a dose taken, no medicine named)."""
    return isinstance(intent, DoseIntent) and intent.status == "taken" and _of(intent, med)


def _of(intent: DoseIntent, med: Medication | None) -> bool:
    """Whether a dose said is of `med`'s (or names no medicine; any, when `med` is None)."""
    return med is None or intent.medication in (None, med.said_generic, med.name.lower())


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


async def still_waits(s: AsyncSession, user: User, now: dt.datetime) -> bool:
    """Whether a skip's reason is still waited for: the doses it asks about (the one
    whose Skip menu is open, skipped at its tap, or a typed skip's) still skipped with no
    reason (else nothing waits any more)."""
    return bool(await unexplained(s, user, now))


async def unexplained(
    s: AsyncSession, user: User, now: dt.datetime
) -> list[tuple[DoseOccurrence, Medication]]:
    """The doses a skip's question asks about still skipped with no reason; none (a
    reason tapped, "took it", an Undo or Back since) ends the wait."""
    menu = SkipMenu.of(user)
    doses = () if menu is None else menu.doses
    found = [f for i in doses if (f := await repo.get_occurrence(s, user.id, i)) is not None]
    left = [(o, m) for o, m in found if o.status == DoseStatus.SKIPPED and not o.skip_reason]
    if not left and user.awaiting == Question.SKIP_WHY:
        close(user, now)  # (a draft that cannot be read waits for nothing too)
    return left


#: Plain words that read as no reason the parser knows ("at my sister's all day") are
#: the skip's reason only as the first message after the question, this soon, in this
#: many words at most: an hour on, "add more salt" is no reason for a skip.
PLAIN_WITHIN = dt.timedelta(minutes=15)
PLAIN_WORDS = 8


def first_heard(user: User, now: dt.datetime, *, counts: bool) -> bool:
    """Whether this message, arriving `now`, is the first since the skip's question and
    soon after it (plain words may then be its reason); a message that `counts` (not an
    "ok", which is answered and leaves the question as it was) is noted as heard, so the
    next one is not."""
    menu = SkipMenu.of(user)
    if menu is None:
        return False
    since = user.awaiting_since
    first = not menu.heard and since is not None and now - since <= PLAIN_WITHIN
    if counts and not menu.heard:
        user.draft = replace(menu, heard=True).to_json()
    return first


def few_words(text: str) -> bool:
    """Whether `text` is short enough to be a reason said in passing."""
    return len(text.split()) <= PLAIN_WORDS


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
        if i.status != "skipped" or not _of(i, med):
            return False
    return reason_answered(text, effects_of(intents)) is not None
