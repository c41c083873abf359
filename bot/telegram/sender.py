"""The one way out to Telegram: retries, 429 back-off, and blocked-user detection."""

from __future__ import annotations

import asyncio
import logging
import random
from typing import Any

from telegram import Bot, InlineKeyboardMarkup, Message
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

log = logging.getLogger(__name__)


class Blocked(Exception):
    """The user blocked the bot or deleted their account (HTTP 403)."""


class SendFailed(Exception):
    """Telegram kept failing; the caller should retry later."""


class Sender:
    """Sends and edits messages, retrying what is worth retrying."""

    def __init__(
        self, bot: Bot, *, attempts: int = 4, base_delay: float = 0.5, concurrency: int = 8
    ) -> None:
        self.bot = bot
        self.attempts = attempts
        self.base_delay = base_delay
        # Few requests in flight beat a big gather (ARCHITECTURE.md measurements).
        self._slots = asyncio.Semaphore(concurrency)

    async def _call(self, method: str, **kwargs: Any) -> Any:
        delay = self.base_delay
        for attempt in range(1, self.attempts + 1):
            try:
                async with self._slots:
                    return await getattr(self.bot, method)(**kwargs)
            except RetryAfter as exc:
                wait = exc.retry_after
                seconds = wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait)
                log.warning("Telegram asked us to wait %.0fs (429)", seconds)
                await asyncio.sleep(seconds)
            except Forbidden as exc:
                raise Blocked(str(exc)) from exc
            except BadRequest:
                raise
            except (TimedOut, NetworkError) as exc:
                if attempt == self.attempts:
                    raise SendFailed(type(exc).__name__) from exc
                await asyncio.sleep(delay * (1 + random.random()))
                delay *= 2
        raise SendFailed("retries exhausted")

    async def send(
        self, chat_id: int, text: str, markup: InlineKeyboardMarkup | None = None
    ) -> Message:
        """Send a message; raises Blocked or SendFailed."""
        msg: Message = await self._call(
            "send_message", chat_id=chat_id, text=text, reply_markup=markup
        )
        return msg

    async def edit(
        self, chat_id: int, message_id: int, text: str, markup: InlineKeyboardMarkup | None
    ) -> bool:
        """Edit a message; False when it is gone or unchanged (both harmless)."""
        try:
            await self._call(
                "edit_message_text",
                chat_id=chat_id,
                message_id=message_id,
                text=text,
                reply_markup=markup,
            )
            return True
        except BadRequest as exc:
            # "message to edit not found" / "message is not modified": nothing to do.
            log.debug("edit skipped: %s", exc.message)
            return False
