"""/ask: questions for the doctor — kept from `/ask …` or "ask the doctor …", listed
with a ✅ Asked button each, and carried into the report (bot.services.questions)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.conversation import Question
from bot.domain.questions import as_asked, tidy
from bot.domain.voice import OWN, Voice
from bot.parsing.appointment_line import declines
from bot.services import questions as svc
from bot.services import understanding
from bot.storage import records
from bot.storage import repositories as repo
from bot.storage.models import DoctorQuestion, User
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import deps
from bot.telegram.handlers.asked import what_the_labels_say
from bot.telegram.handlers.common import load_user
from bot.telegram.payloads import QuestionTap
from bot.telegram.unit import unit


def _plural(n: int) -> str:
    return f"{n} question" + ("" if n == 1 else "s")


def kept_reply(text: str, kept: bool, waiting: int, v: Voice = OWN) -> str:
    """What the person is told once a question is kept (or the list is full); `v`: said
    of the patient in a chat a carer writes in."""
    if kept:
        said = v.says(texts.QUESTION_KEPT, texts.QUESTION_KEPT_CARER)
        return said.format(text=text, count=_plural(waiting))
    return texts.QUESTIONS_FULL.format(count=waiting)


def questions_view(
    rows: list[DoctorQuestion], codec: CallbackCodec, uid: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The open questions, numbered, with ✅ Asked · N under them."""
    if not rows:
        return texts.QUESTIONS_NONE, None
    lines = [texts.QUESTIONS_HEADER, *(f"{i}. {q.text}" for i, q in enumerate(rows, 1))]
    buttons = [
        InlineKeyboardButton(f"✅ Asked · {i}", callback_data=codec.pack(uid, QuestionTap(q.id)))
        for i, q in enumerate(rows, 1)
    ]
    rows_of_three = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
    return "\n".join(lines), InlineKeyboardMarkup(rows_of_three)


async def keep(update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, said: str) -> None:
    """Keep `said` (already read from the message) for the doctor, and say so."""
    assert update.effective_message
    text = as_asked(said)
    if not text:
        await update.effective_message.reply_text(texts.QUESTION_WHAT)
        return
    async with unit(context).begin() as s:
        kept, waiting = await svc.keep(s, user.id, text, deps(context).clock.now())
        meds = await repo.active_medications(s, user.id)
        v = Voice(await records.carer_writes(s, user.id))
    said = kept_reply(text, kept, waiting, v)
    # "can I take advil with meloxicam?": what the labels say, while it waits for the visit
    names = understanding.regimen_names(meds)
    labels = what_the_labels_say(meds, names, text, user.timezone) if kept else None
    await update.effective_message.reply_text(f"{said}\n\n{labels}" if labels else said)


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ask <question> keeps it; /ask alone lists the open ones."""
    assert update.message and update.message.text and update.effective_user
    rest = update.message.text.replace("\x00", "").partition(" ")[2]
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        rows = [] if rest.strip() else await svc.open_questions(s, user.id)
    if rest.strip():
        await keep(update, context, user, rest)
        return
    if not rows:
        async with unit(context).begin() as s:
            # "Add one like this": the next message may be the question itself
            fresh = await load_user(update, context, s)
            repo.ask_question(fresh, Question.ASK, deps(context).clock.now())
    text, markup = questions_view(rows, deps(context).codec, update.effective_user.id)
    await update.message.reply_text(text, reply_markup=markup)


async def ask_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> None:
    """The answer to /ask alone: the question to keep ("no": nothing kept)."""
    assert update.message
    async with unit(context).begin() as s:
        fresh = await load_user(update, context, s)
        repo.ask_question(fresh, None, deps(context).clock.now())
    if declines(text):
        await update.message.reply_text(texts.QUESTION_NONE_KEPT)
        return
    await keep(update, context, user, text)


async def question_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tap: QuestionTap
) -> None:
    """✅ Asked: ticked off, and the list redrawn without it."""
    q = update.callback_query
    assert q and q.message and update.effective_user
    d = deps(context)
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        ticked = await svc.mark_asked(s, user.id, tap.question, d.clock.now())
        rows = await svc.open_questions(s, user.id)
    await q.answer(texts.QUESTION_TICKED if ticked else texts.STALE_BUTTON)
    text, markup = questions_view(rows, d.codec, update.effective_user.id)
    if not rows:
        text = texts.QUESTIONS_ALL_ASKED
    await d.sender.edit(q.message.chat.id, q.message.message_id, text, markup)


async def keep_goal(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, said: str
) -> None:
    """Keep `said` (read from "my goal is …") as the person's goal, and say so."""
    message = update.effective_message
    assert message
    text = tidy(said)
    if not text:
        await message.reply_text(texts.GOAL_WHAT)
        return
    async with unit(context).begin() as s:
        batch = records.message_batch(message.message_id)
        await svc.keep_goal(s, user.id, text, deps(context).clock.now(), batch)
        v = Voice(await records.carer_writes(s, user.id))
    await message.reply_text(v.says(texts.GOAL_KEPT, texts.GOAL_KEPT_CARER).format(text=text))
