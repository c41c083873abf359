"""Answers to the check-back the day after thoughts of suicide (bot.domain.checkback), by
tap or in words: kept beside the episode for the doctor, and answered warmly; "I need
help now" gets the crisis reply with the local line, every time it is said."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from telegram import Update
from telegram.ext import ContextTypes

from bot.domain.checkback import CheckBackAnswer
from bot.domain.states import WorkStatus
from bot.knowledge.poison_lines import poison_lines_locally
from bot.parsing.checkback import checkback_answer, checkback_answer_beside, says_how_unasked
from bot.parsing.text import normalise
from bot.services import checkback as checkback_service
from bot.storage.models import User
from bot.telegram import texts, understood
from bot.telegram.checkback_views import ANSWER_WORDS, answered_text
from bot.telegram.deps import deps
from bot.telegram.handlers.common import load_user
from bot.telegram.payloads import CheckBackTap
from bot.telegram.unit import unit

_REPLIES = {
    CheckBackAnswer.BETTER: texts.CHECKBACK_BETTER_REPLY,
    CheckBackAnswer.SAME: texts.CHECKBACK_SAME_REPLY,
}


def reply_to(answer: CheckBackAnswer, zone: str) -> str:
    """What an answer gets: the crisis reply for help, else a warm word with the line
    left open (said for the person's country)."""
    if answer is CheckBackAnswer.HELP:
        return understood.red_flag_reply(["suicidal"], zone=zone)
    return poison_lines_locally(_REPLIES[answer], zone)


async def plan(context: ContextTypes.DEFAULT_TYPE, user: User, now: dt.datetime) -> None:
    """Plan the check-back after the crisis reply just given (one per episode)."""
    async with unit(context).begin() as s:
        await checkback_service.plan(s, user, now)


async def answered(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: CheckBackTap) -> None:
    """A tapped answer: kept once, the question showing it; help answered every time."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message
    now = d.clock.now()
    words = texts.CHECKBACK_KEPT.format(answer=ANSWER_WORDS[tap.answer])
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        kept = await checkback_service.answer(
            s, user, tap.work, tap.answer, now, words=words, source="button"
        )
    await q.answer(texts.RECORDED if kept else texts.ALREADY_ANSWERED)
    if not kept and tap.answer is not CheckBackAnswer.HELP:
        return
    if kept:
        await d.sender.edit(
            q.message.chat.id, q.message.message_id, answered_text(tap.answer), None
        )
    await d.sender.send(q.message.chat.id, reply_to(tap.answer, user.timezone))


async def in_words(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    text: str,
    now: dt.datetime,
    reports: Callable[[str], bool],
) -> str | None:
    """ "a bit better today", "same really", "i need help now" typed while a check-back
    waits: kept and answered as its tap is. Said beside a report ("meh. bit better i
    guess. pain 5"), the answer is kept in its own words and the rest is returned to be
    read as the report it is (`reports` judges that); "" when the whole message was the
    answer; None when it is no such answer, or none waits (then the message is read as
    any other)."""
    msg = update.message
    if msg is None:
        return None
    whole = checkback_answer(normalise(text))
    reading = (whole, text, "") if whole is not None else checkback_answer_beside(text)
    if reading is None:
        return None
    said, words, rest = reading
    async with unit(context).begin() as s:
        work = await checkback_service.waiting(s, user.id, now)
        if work is None:
            return None  # (asked first: "ok, took my meds" is read once, not twice)
        if rest and not reports(rest):
            return None
        if work.status == WorkStatus.PENDING and not says_how_unasked(normalise(words)):
            return None  # not yet asked: "ok" alone says nothing of how they are
        answer = CheckBackAnswer(said)
        kept = await checkback_service.answer(
            s, user, work.id, answer, now, words=words, source="text"
        )
        message_id = work.message_id
    if not kept and answer is not CheckBackAnswer.HELP:
        return None  # answered already: "better" now is a mood like any other
    if kept and message_id is not None:
        await deps(context).sender.edit(msg.chat.id, message_id, answered_text(answer), None)
    await msg.reply_text(reply_to(answer, user.timezone))
    return rest
