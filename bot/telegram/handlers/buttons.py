"""One python-telegram-bot handler per button family: the press is verified against the
presser and decoded into its typed payload once, here, before the family's handler runs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from telegram import Update
from telegram.ext import CallbackQueryHandler, ContextTypes

from bot.telegram import texts
from bot.telegram.callbacks import Payload
from bot.telegram.deps import deps
from bot.telegram.payloads import claims

P = TypeVar("P", bound=Payload)


def on(
    family: type[P], handle: Callable[[Update, ContextTypes.DEFAULT_TYPE, P], Awaitable[None]]
) -> CallbackQueryHandler[Any, Any]:
    """The handler for `family`'s buttons: a forged or someone else's button is refused,
    a malformed or messageless one is out of date; the rest reach `handle` typed."""

    async def press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        q = update.callback_query
        assert q and update.effective_user
        cb = deps(context).codec.decode(update.effective_user.id, q.data)
        if cb is None:
            await q.answer(texts.NOT_YOURS)
            return
        try:
            payload = family.parse(cb)
        except (ValueError, IndexError):
            payload = None
        if payload is None or q.message is None:
            await q.answer(texts.STALE_BUTTON)
            return
        await handle(update, context, payload)

    return CallbackQueryHandler(press, pattern=claims(family))


async def unclaimed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button no family claims: an old release's, or a forgery."""
    q = update.callback_query
    assert q and update.effective_user
    known = deps(context).codec.decode(update.effective_user.id, q.data) is not None
    await q.answer(texts.STALE_BUTTON if known else texts.NOT_YOURS)
