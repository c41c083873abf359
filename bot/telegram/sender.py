"""The one way out to Telegram for due work: rate limits, retries, blocked users.

What each Bot API failure means here:

* **429** (`RetryAfter`): Telegram says how long to wait. The wait applies to the whole
  sender (every request pauses until it is over, not just the one that got the 429),
  then the request is retried. A wait longer than `max_retry_after` is not slept
  through holding a lease: `SendFailed` tells the caller to come back later.
* **Timeouts and 5xx** (`TimedOut`, `NetworkError`; PTB maps 5xx to NetworkError):
  retried `attempts` times with exponential back-off and full jitter, then
  `SendFailed`. A timed-out send may have reached Telegram, so a retry can duplicate
  it: for a medication reminder a rare duplicate beats a silent gap.
* **403** (`Forbidden`: bot blocked, user deactivated, kicked) and 400 "chat not
  found": `Blocked`; the dispatcher marks the person inactive and stops their work.
* **400 on an edit** ("message to edit not found", "message is not modified"):
  harmless, `edit` returns False. Other 400s on a send are bugs in what we send and
  propagate.

An optional `limiter` (anything with an async-context-manager `slot(chat_id)`, e.g.
`bot.telegram.ratelimit.SendLimiter`) spaces new messages to Telegram's global and
per-chat limits; it is entered around every request, retries included. Handlers use
`for_replies()`: the same sender without the per-chat spacing, whose 5xx, timeouts and
429s are retried for the reply window instead of `attempts` times (see there).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import datetime as dt
import logging
import random
import time
import warnings
from collections.abc import Mapping
from typing import Any, Protocol

from telegram import Bot, InlineKeyboardMarkup, InputFile
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.warnings import PTBDeprecationWarning, PTBUserWarning

from bot.ops.metrics import Metrics

# Raised here, declared beside the Notifier the scheduler calls (re-exported for callers).
from bot.scheduling.notifier import Blocked, SendFailed
from bot.telegram.aiohttp_request import ReplyRetry, Transient, deliver, own_retries
from bot.telegram.botapi import BotApi

log = logging.getLogger(__name__)

# Without a lean `api`, sends go through `Bot.do_api_request`, which returns the raw
# JSON: PTB's send_message would rebuild a whole `Message` (keyboard included) from every
# reply, which cost more CPU than the send itself at an 08:00 rush, and the dispatcher
# needs only the id. do_api_request nudges towards the typed method for known endpoints;
# that is the choice made here on purpose.
warnings.filterwarnings(
    "ignore",
    message=r"Please use 'Bot\.(sendMessage|editMessageText|sendPhoto|sendDocument)'",
    category=PTBUserWarning,
)

Markup = InlineKeyboardMarkup | Mapping[str, Any]

#: Sends in flight for due work, and again for replies (each bound is its own).
SEND_SLOTS = 32
#: HTTP connections the bot needs so neither bound waits on the other for a socket:
#: both sets of slots, plus handlers' direct calls such as answerCallbackQuery.
CONNECTIONS = 3 * SEND_SLOTS

_GONE_CHAT = ("chat not found", "user not found", "peer_id_invalid")


class _FloodGate:
    """Shared by a sender and its views: loop time until which a 429 holds every request."""

    until: float = 0.0


class Limiter(Protocol):
    """What Sender needs of a rate limiter."""

    def slot(self, chat_id: int) -> contextlib.AbstractAsyncContextManager[Any]: ...


def retry_after_seconds(value: int | float | dt.timedelta | RetryAfter) -> float:
    """Seconds of a 429: `RetryAfter.retry_after` is an int, or a timedelta with
    PTB_TIMEDELTA set (and reading the int warns about that future change)."""
    if isinstance(value, RetryAfter):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PTBDeprecationWarning)
            value = value.retry_after
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    return float(value)


def _has_upload(kwargs: Mapping[str, Any]) -> bool:
    return any(isinstance(value, InputFile) for value in kwargs.values())


class Sender:
    """Sends and edits messages, retrying what is worth retrying."""

    def __init__(
        self,
        bot: Bot,
        *,
        attempts: int = 4,
        base_delay: float = 0.5,
        max_delay: float = 8.0,
        max_retry_after: float = 30.0,
        concurrency: int = SEND_SLOTS,
        limiter: Limiter | None = None,
        metrics: Metrics | None = None,
        api: BotApi | None = None,
    ) -> None:
        self.bot = bot
        # Messages and edits go through `api` when given (the lean client the running bot
        # uses); otherwise through PTB's own request. Uploads always go through PTB.
        self.api = api
        self.attempts = attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.max_retry_after = max_retry_after
        self.limiter = limiter
        self.metrics = metrics or Metrics()
        # A bounded number in flight beats a big gather (ARCHITECTURE.md measurements);
        # 16 keeps the dispatcher's 32 groups fed (benchmarks/dispatch.py).
        self._slots = asyncio.Semaphore(concurrency)
        # Replies get their own bound: someone tapping Taken during an 08:00 rush must not
        # queue behind thousands of reminders waiting for a slot.
        self._reply_slots = asyncio.Semaphore(concurrency)
        self._flood = _FloodGate()
        #: Set on the reply view only: retry for a window, not `attempts` times.
        self.reply_retry: ReplyRetry | None = None

    def for_replies(self, retry: ReplyRetry | None = None) -> Sender:
        """A view for handlers answering a person: same bot and the same 429 pause, but no
        per-chat spacing and in-flight slots of its own (a reply to someone's own tap must
        not wait behind a rush; the bursts Telegram's limits are about come from due work).

        Its failures are retried under `retry` (default `ReplyRetry()`): a reply survives
        minutes of Telegram outage, then is dropped and counted (aiohttp_request.deliver,
        which also says what a waiting reply holds). Due work keeps `attempts`: the
        dispatcher must not sit on a lease, and it retries the dose a minute later."""
        view = copy.copy(self)
        view.limiter = None
        view._slots = self._reply_slots
        view.reply_retry = retry or ReplyRetry()
        return view

    async def _respect_flood_wait(self) -> None:
        if not self._flood.until:
            return  # no 429 seen yet: the usual case, without a clock read per send
        loop = asyncio.get_running_loop()
        wait = self._flood.until - loop.time()
        while wait > 0:  # a later 429 may have pushed the pause further out
            await asyncio.sleep(wait)
            wait = self._flood.until - loop.time()

    async def _request(self, endpoint: str, chat_id: int, kwargs: dict[str, Any]) -> Any:
        await self._respect_flood_wait()
        if self.limiter is None:
            async with self._slots:
                return await self._timed(endpoint, kwargs)
        async with self.limiter.slot(chat_id), self._slots:
            return await self._timed(endpoint, kwargs)

    async def _timed(self, endpoint: str, kwargs: dict[str, Any]) -> Any:
        # Only the Bot API round trip: waits for the limiter or a 429 pause are not latency.
        started = time.perf_counter()
        reach = self.metrics.reach
        try:
            if self.api is not None and not _has_upload(kwargs):
                # Nothing here reads more of a sent or edited message than its id.
                result = await self.api.call(endpoint, kwargs, only_id=True)
            else:
                # Retried here, on this sender's terms: the request layer tries once.
                with own_retries():
                    result = await self.bot.do_api_request(endpoint, api_kwargs=kwargs)
        except BadRequest:
            reach.ok("telegram")  # a 400 is an answer (BadRequest is a NetworkError in PTB)
            raise
        except NetworkError:  # TimedOut and 5xx: no usable answer
            reach.failed("telegram")
            raise
        except TelegramError:  # 403, 429, ...: Telegram answered
            reach.ok("telegram")
            raise
        finally:
            self.metrics.send_seconds.observe(time.perf_counter() - started)
        reach.ok("telegram")
        return result

    def _pause_all(self, seconds: float) -> None:
        """A 429 pauses every send of this sender and its views, not only the refused one."""
        log.warning("Telegram asked us to wait %.0fs (429); all sends pause", seconds)
        loop = asyncio.get_running_loop()
        self._flood.until = max(self._flood.until, loop.time() + seconds)

    async def _call(self, endpoint: str, chat_id: int, **kwargs: Any) -> Any:
        kwargs["chat_id"] = chat_id
        try:
            if self.reply_retry is not None:
                return await self._reply(self.reply_retry, endpoint, chat_id, kwargs)
            return await self._retrying(endpoint, chat_id, kwargs)
        except Forbidden as exc:
            raise Blocked(exc.message) from exc
        except BadRequest as exc:
            if any(s in exc.message.lower() for s in _GONE_CHAT):
                raise Blocked(exc.message) from exc
            raise

    async def _reply(
        self, policy: ReplyRetry, endpoint: str, chat_id: int, kwargs: dict[str, Any]
    ) -> Any:
        """A reply: 5xx, timeouts and 429s retried until the reply window closes."""

        async def attempt() -> Any:
            try:
                return await self._request(endpoint, chat_id, kwargs)
            except RetryAfter as exc:
                seconds = retry_after_seconds(exc)
                self._pause_all(seconds)
                raise Transient(exc, seconds) from exc
            except BadRequest:  # a NetworkError in PTB, but Telegram's final word
                raise
            except NetworkError as exc:  # TimedOut and 5xx included
                raise Transient(exc) from exc

        try:
            return await deliver(policy, endpoint, attempt, self.metrics)
        except (RetryAfter, NetworkError) as exc:
            if isinstance(exc, BadRequest):
                raise
            raise SendFailed(f"reply dropped ({type(exc).__name__})") from exc

    async def _retrying(self, endpoint: str, chat_id: int, kwargs: dict[str, Any]) -> Any:
        """Due work: `attempts` tries at most, then SendFailed (the dose comes back later)."""
        for attempt in range(1, self.attempts + 1):
            try:
                return await self._request(endpoint, chat_id, kwargs)
            except RetryAfter as exc:
                seconds = retry_after_seconds(exc)
                if seconds > self.max_retry_after or attempt == self.attempts:
                    raise SendFailed(f"flood control: retry after {seconds:.0f}s") from exc
                self._pause_all(seconds)
            except BadRequest:  # a NetworkError in PTB, but never worth a retry
                raise
            except NetworkError as exc:  # TimedOut and 5xx included
                if attempt == self.attempts:
                    raise SendFailed(type(exc).__name__) from exc
                # Exponential back-off with jitter, so retries of many sends spread out.
                cap = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
                log.info("transient Telegram error (%s); retry %d", type(exc).__name__, attempt)
                await asyncio.sleep(random.uniform(cap / 2, cap))
        raise SendFailed("retries exhausted")  # pragma: no cover - the loop always returns

    async def send(self, chat_id: int, text: str, markup: Markup | None = None) -> int:
        """Send a message and return its id; raises Blocked or SendFailed."""
        sent = await self._call("sendMessage", chat_id, text=text, reply_markup=markup)
        return int(sent["message_id"])

    async def send_photo(
        self, chat_id: int, photo: bytes, *, caption: str | None = None, filename: str
    ) -> int:
        """Send an image, with the same retries and limits as a message; returns its id."""
        upload = InputFile(photo, filename=filename)
        sent = await self._call("sendPhoto", chat_id, photo=upload, caption=caption)
        return int(sent["message_id"])

    async def send_document(
        self, chat_id: int, data: bytes, filename: str, caption: str | None = None
    ) -> int:
        """Send a file (a PDF, an .ics), with the same retries and limits as a message;
        returns its id."""
        upload = InputFile(data, filename=filename)
        sent = await self._call("sendDocument", chat_id, document=upload, caption=caption)
        return int(sent["message_id"])

    async def edit(self, chat_id: int, message_id: int, text: str, markup: Markup | None) -> bool:
        """Edit a message; False when it is gone or unchanged (both harmless)."""
        try:
            await self._call(
                "editMessageText",
                chat_id,
                message_id=message_id,
                text=text,
                reply_markup=markup,
            )
            return True
        except BadRequest as exc:
            # "message to edit not found" / "message is not modified": nothing to do.
            log.debug("edit skipped: %s", exc.message)
            return False
