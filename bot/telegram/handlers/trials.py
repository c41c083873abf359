"""Answers to "is it helping?" (PRODUCT.md §6a): `Helping` / `Not sure` / `Not helping`
keep the person's verdict on their own review (tapping again changes it, never adds a
second), then an optional note — typed, or `Skip`."""

from __future__ import annotations

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot.domain.conversation import Question
from bot.domain.trials import Verdict
from bot.services import trials as svc
from bot.storage import repositories as repo
from bot.storage.models import User
from bot.telegram import texts
from bot.telegram.deps import deps
from bot.telegram.handlers.common import load_user
from bot.telegram.payloads import TrialTap
from bot.telegram.trial_views import VERDICT_WORDS, answered_text, verdict_markup
from bot.telegram.unit import unit

#: Typed instead of tapping Skip.
SKIP_WORDS = frozenset(
    {"skip", "no", "nope", "no thanks", "nothing", "none", "no note", "nah", "-", "n/a"}
)


def _sent_text(update: Update) -> str | None:
    """The text of the message the button is under, as Telegram has it."""
    q = update.callback_query
    message = q.message if q else None
    return message.text if isinstance(message, Message) else None


async def trial_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: TrialTap) -> None:
    """A verdict kept (and a note offered), or Skip: no note."""
    if tap.verdict is None:
        await _skip_note(update, context, tap)
        return
    d = deps(context)
    q = update.callback_query
    assert q and q.message
    now = d.clock.now()
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        review = await svc.answer(s, user.id, tap.review, tap.verdict, now)
        # Offered only when no other question of the bot's waits (a half-added
        # medicine keeps its place); the note then goes to this review.
        offer = review is not None and user.awaiting in (None, Question.TRIAL_NOTE)
        if offer:
            repo.ask_question(user, Question.TRIAL_NOTE, now)
        uid = user.id
    if review is None:
        await q.answer(texts.STALE_BUTTON)
        return
    await q.answer(texts.TRIAL_TAP_KEPT.format(verdict=VERDICT_WORDS[tap.verdict]))
    text = answered_text(_sent_text(update), tap.verdict, offer_note=offer)
    markup = verdict_markup(d.codec, uid, tap.review, skip=offer)
    await d.sender.edit(q.message.chat.id, q.message.message_id, text, markup)


async def _skip_note(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: TrialTap) -> None:
    """Skip under an answered review: no note; the answer stays."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        review = await svc.own_review(s, user.id, tap.review)
        verdict = Verdict(review.verdict) if review is not None and review.verdict else None
        if verdict is not None and user.awaiting == Question.TRIAL_NOTE:
            repo.ask_question(user, None, d.clock.now())
        uid = user.id
    if verdict is None:
        await q.answer(texts.STALE_BUTTON)
        return
    await q.answer(texts.TRIAL_NOTE_SKIPPED)
    text = answered_text(_sent_text(update), verdict, offer_note=False)
    markup = verdict_markup(d.codec, uid, tap.review)
    await d.sender.edit(q.message.chat.id, q.message.message_id, text, markup)


async def note_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> None:
    """A note typed after an answer: kept on the review answered last ("skip" keeps none)."""
    d = deps(context)
    assert update.message
    said = text.strip().lower().rstrip("!. ")
    async with unit(context).begin() as s:
        fresh = await load_user(update, context, s)
        repo.ask_question(fresh, None, d.clock.now())
        kept = None if said in SKIP_WORDS else await svc.add_note(s, fresh.id, text)
    reply = texts.TRIAL_NOTE_SKIPPED if kept is None else texts.TRIAL_NOTE_KEPT.format(note=kept)
    await update.message.reply_text(reply)
