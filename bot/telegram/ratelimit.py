"""Telegram's sending limits: about 30 messages/s per bot and 1 message/s per chat.

Usage (one limiter per bot, shared by everything that sends)::

    limiter = SendLimiter(settings.send_rate_per_second)
    async with limiter.slot(chat_id):
        await bot.send_message(chat_id, ...)

`slot` waits until the chat's previous message is at least `per_chat_interval` old and
the global leaky bucket (aiolimiter) has room. A rate of 0 turns limiting off (the slot
is free), which benchmarks use to measure the bot's own capacity.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from aiolimiter import AsyncLimiter

DEFAULT_RATE = 30.0
PER_CHAT_INTERVAL = 1.0
_PRUNE_AT = 10_000


class SendLimiter:
    """Global rate plus per-chat spacing; `rate_per_second` <= 0 means unlimited."""

    def __init__(
        self,
        rate_per_second: float = DEFAULT_RATE,
        *,
        per_chat_interval: float = PER_CHAT_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = rate_per_second
        self.per_chat_interval = per_chat_interval
        self._clock = clock
        # A bucket of one message draining at `rate`/s: evenly spaced sends, so no
        # one-second window ever holds more than rate + 1 (a bucket of a second's worth
        # would allow twice the rate in the first second of a burst).
        self._bucket = AsyncLimiter(1, 1.0 / rate_per_second) if rate_per_second > 0 else None
        self._next_for_chat: dict[int, float] = {}

    @property
    def enabled(self) -> bool:
        """False when limiting is off."""
        return self._bucket is not None

    def _reserve_chat(self, chat_id: int) -> float:
        """Book the chat's next free instant; returns how long to wait for it."""
        now = self._clock()
        if len(self._next_for_chat) > _PRUNE_AT:
            self._next_for_chat = {c: t for c, t in self._next_for_chat.items() if t > now}
        at = max(now, self._next_for_chat.get(chat_id, now))
        self._next_for_chat[chat_id] = at + self.per_chat_interval
        return at - now

    async def acquire(self, chat_id: int) -> None:
        """Wait for this chat's turn, then for room in the global bucket."""
        if self._bucket is None:
            return
        wait = self._reserve_chat(chat_id)
        if wait > 0:
            await asyncio.sleep(wait)
        await self._bucket.acquire()

    @asynccontextmanager
    async def slot(self, chat_id: int) -> AsyncIterator[None]:
        """Hold a sending slot for one message to `chat_id`."""
        await self.acquire(chat_id)
        yield


def make_limiter(rate_per_second: float) -> SendLimiter:
    """The limiter for a configured SEND_RATE_PER_SECOND (0 = off)."""
    return SendLimiter(rate_per_second)
