"""Guards, help, unknown input and the error handler."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
from collections.abc import Callable, Coroutine, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Bot, Update
from telegram.error import RetryAfter, TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.domain.add_draft import AddDraft
from bot.domain.conversation import Question
from bot.domain.regimen import display_name
from bot.logsafe import log_failure
from bot.storage import records
from bot.storage import repositories as repo
from bot.storage.db import is_database_outage
from bot.storage.models import Record, User
from bot.storage.records import UNSORTED
from bot.telegram import texts
from bot.telegram.command_hints import WHAT_IT_DOES, command_meant
from bot.telegram.deps import deps
from bot.telegram.sender import retry_after_seconds
from bot.telegram.unit import unit
from bot.telegram.updates import PerUserUpdateProcessor

log = logging.getLogger(__name__)

MAX_TEXT = 4000
MAX_APOLOGY_WAIT = 5.0


async def guard(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs first: private chats only, allowlist, and a kind word for odd updates."""
    d = deps(context)
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None:
        raise ApplicationHandlerStop
    if chat.type != "private":
        if update.message and update.message.text and update.message.text.startswith("/"):
            await d.sender.send(chat.id, texts.PRIVATE_ONLY)
        elif update.callback_query:
            await update.callback_query.answer(texts.PRIVATE_ONLY)
        raise ApplicationHandlerStop
    allowed = d.settings.allowed_user_ids
    if allowed and user.id not in allowed:
        if update.callback_query:
            await update.callback_query.answer(texts.NOT_ALLOWED)
        else:
            await d.sender.send(chat.id, texts.NOT_ALLOWED)
        raise ApplicationHandlerStop
    msg = update.message
    if msg is not None and msg.text is not None and len(msg.text) > MAX_TEXT:
        await msg.reply_text(texts.TOO_LONG)
        raise ApplicationHandlerStop


async def load_user(
    update: Update, context: ContextTypes.DEFAULT_TYPE, session: AsyncSession
) -> User:
    """The presser's row, created on first contact; read once per update (the update's
    unit of work keeps it)."""
    work = unit(context)
    if session is work.session and work.user is not None:
        return work.user
    d = deps(context)
    assert update.effective_user and update.effective_chat
    user = await repo.get_or_create_user(
        session, update.effective_user.id, update.effective_chat.id, d.clock.now()
    )
    if session is work.session:
        work.user = user
    return user


Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


def new_flow(handler: Handler) -> Handler:
    """A command starts a new flow: the question that was waiting is dropped first, so
    the next message is read in the light of the command (PRODUCT.md §4)."""

    @functools.wraps(handler)
    async def run(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await drop_waiting_question(update, context)
        await handler(update, context)

    return run


async def drop_waiting_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Forget what the last question waited for; a medicine left half-added is named."""
    d = deps(context)
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        if user.awaiting is None:
            return
        note = _unsaved_note(user.draft) if user.awaiting == Question.ADD else None
        repo.ask_question(user, None, d.clock.now())
        user.draft = None
    if note and update.effective_chat:
        await d.sender.send(update.effective_chat.id, note)


def _unsaved_note(raw: str | None) -> str | None:
    """What a dropped add/edit draft leaves undone, in a line (None if it held nothing)."""
    draft = AddDraft.from_json(raw)
    if not draft.name:
        return None
    tmpl = texts.EDIT_DROPPED if draft.edit_of is not None else texts.ADD_DROPPED
    return tmpl.format(name=display_name(draft.name))


def local_now(user: User, now: dt.datetime) -> dt.datetime:
    """Now in the user's zone."""
    return now.astimezone(ZoneInfo(user.timezone))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/help."""
    assert update.message
    await update.message.reply_text(texts.HELP)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any /command we don't have: the one most likely meant, when there is one."""
    assert update.message
    meant = command_meant(update.message.text or "")
    await update.message.reply_text(
        texts.UNKNOWN_COMMAND_MEANT.format(command=meant, what=WHAT_IT_DOES[meant])
        if meant
        else texts.UNKNOWN_COMMAND
    )


async def non_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice…"""
    if update.message:
        await update.message.reply_text(texts.NON_TEXT)


async def answer_shed(bot: Bot, update: Update, first: bool) -> None:
    """An update shed because its sender is far behind: a tap is answered at once (its
    spinner would hang), a message once per backlog (not once per message shed)."""
    if update.callback_query is not None:
        await update.callback_query.answer(texts.CATCHING_UP_TAP)
    elif first and update.effective_chat is not None:
        await bot.send_message(update.effective_chat.id, texts.CATCHING_UP)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log without health data, and never leave the person with silence."""
    log_failure(log, "handler failed", context.error)
    processor = context.application.update_processor
    if isinstance(processor, PerUserUpdateProcessor):  # its log line and counter say "error"
        processor.mark_failed(update)
    if isinstance(update, Update):
        try:
            if isinstance(context.error, RetryAfter):
                # Our reply hit Telegram's flood control: wait it out (briefly) so the
                # apology itself is not refused too.
                wait = retry_after_seconds(context.error)
                await asyncio.sleep(min(wait, MAX_APOLOGY_WAIT))
            # A database that cannot be reached wrote nothing: say so plainly, never
            # "your data is safe", which reads as if the answer was kept.
            unsaved = not isinstance(context.error, TelegramError) and is_database_outage(
                context.error
            )
            if update.callback_query:
                tap = texts.NOT_SAVED_TAP if unsaved else texts.SOMETHING_WRONG
                await update.callback_query.answer(tap, show_alert=unsaved)
            elif update.effective_chat and update.effective_chat.type == "private":
                text = texts.NOT_SAVED if unsaved else texts.SOMETHING_WRONG
                await context.bot.send_message(update.effective_chat.id, text)
        except Exception:
            log.warning("could not tell the user about an error")


async def set_aside(
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    text: str,
    batch: str,
    answered: Sequence[str] = (),
) -> Record:
    """Words kept aside (not in the record) until the person says what they are; the red
    flags in them already `answered`, so reading them again does not say it twice."""
    now = deps(context).clock.now()
    data: dict[str, Any] = {"kind": UNSORTED}
    if answered:
        data["answered"] = list(answered)
    async with unit(context).begin() as s:
        return await records.add_record(
            s,
            user_id=user.id,
            kind=UNSORTED,
            at=now,
            now=now,
            batch=batch,
            data=data,
            raw_text=text[:4000],
        )
