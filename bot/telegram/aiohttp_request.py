"""A python-telegram-bot `BaseRequest` over one aiohttp `ClientSession`.

PTB's default (httpx) tops out near 800 sendMessage/s on this kind of machine; aiohttp
with a small keep-alive pool goes several times faster (ARCHITECTURE.md). Errors map to
PTB's own: timeouts to `TimedOut`, every other transport failure to `NetworkError`, so the
retry logic in `bot.telegram.sender` sees exactly what it sees with the stock request.

It is also where replies survive a Telegram outage. Handlers answer with PTB calls
(`reply_text`, `send_message`, `edit_message_*`, `query.answer`) that all come through
`do_request`; with a `ReplyRetry` policy, a reply method that gets a 5xx, a 429 or no
answer is tried again with capped exponential back-off and jitter until the reply window
closes, then dropped: counted (`backtrack_replies_dropped_total{method}`) and logged at
WARNING with the method only. `deliver` is the one loop; the sender's reply view
(`Sender.for_replies`) runs its sends and edits through it too.

What a retrying reply holds while it waits: it runs inside the person's update, so their
later updates wait behind it (their order is kept: an answer never overtakes the one
before it) and it keeps one of the update processor's shared slots (bot/telegram/updates.py;
while Telegram refuses replies nobody else can be answered either). It holds no database
transaction or connection: handlers never keep a transaction open across a Telegram call
(bot/telegram/unit.py), so a waiting reply blocks no writer. It never holds a dispatcher
lease: the dispatcher's sender has its own bounded retries and marks its calls
(`own_retries`) so this layer tries once. A shutdown waits for handlers in progress, so
a reply being retried can hold `SIGTERM` up to the window (REPLY_RETRY_SECONDS).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
from collections.abc import Awaitable, Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

import aiohttp
import yarl
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.ops.metrics import REPLY_METHODS, Metrics

log = logging.getLogger(__name__)

_JSON = {"Content-Type": "application/json"}
T = TypeVar("T")

#: Default reply window: a reply that Telegram has not taken after this long is dropped.
#: Long enough for the usual Bot API hiccup (a minute or two of 502s), short enough that
#: an answer still makes sense when it arrives and a person's queue is not held forever.
REPLY_WINDOW = 240.0
#: Telegram refuses a button's answer about 15 s after the tap ("query is too old"):
#: answerCallbackQuery is retried for this long at most.
CALLBACK_ANSWER_WINDOW = 10.0
#: Retried for the whole window: a message or an edit still reads right minutes late.
#: getUpdates is never retried here (PTB's updater has its own loop).
LONG_REPLY_METHODS = frozenset(m for m in REPLY_METHODS if m != "answerCallbackQuery")
_REPLIES = frozenset(REPLY_METHODS)


@dataclass(frozen=True, slots=True)
class ReplyRetry:
    """How long and how often a reply is tried again (seconds).

    Back-off doubles from `first_delay` up to `max_delay`, each wait drawn from its upper
    half (jitter, so the replies queued in an outage do not return in one wave); a 429's
    `retry_after` is waited out in full when it is longer.
    """

    window: float = REPLY_WINDOW
    first_delay: float = 0.5
    max_delay: float = 30.0

    @classmethod
    def within(cls, window: float) -> ReplyRetry:
        """The policy for a `window` (REPLY_RETRY_SECONDS): waits capped at 30 s, or at an
        eighth of a short window, so even a short window gets several tries."""
        return cls(window=window, max_delay=max(0.5, min(30.0, window / 8)))

    def window_of(self, method: str) -> float:
        """Seconds `method` may be retried for; 0: one try, as PTB does."""
        if method in LONG_REPLY_METHODS:
            return self.window
        if method == "answerCallbackQuery":
            return min(self.window, CALLBACK_ANSWER_WINDOW)
        return 0.0

    def backoff(self, retry: int) -> float:
        """The wait before try `retry + 2` (the first retry is `retry=0`)."""
        cap = min(self.max_delay, self.first_delay * 2 ** min(retry, 16))
        return random.uniform(cap / 2, cap)


class Transient(Exception):
    """An attempt worth another try: `error` is what the caller sees if none succeeds;
    `wait` the seconds Telegram asked for (429), else 0."""

    def __init__(self, error: BaseException, wait: float = 0.0) -> None:
        # Logged: the status or the error's type, never its text (it may hold a URL).
        what = f"HTTP {error.status}" if isinstance(error, _BadAnswer) else type(error).__name__
        super().__init__(what)
        self.error = error
        self.wait = wait


class _BadAnswer(Exception):
    """A 5xx or 429 answer, kept whole: handed back to PTB to map if the reply is dropped."""

    def __init__(self, status: int, body: bytes) -> None:
        super().__init__(status)
        self.status = status
        self.body = body


#: The update's reply budget: (its task, loop time when its window closes). Set by the
#: first failed reply of an update, shared by the later ones, so one update holds the
#: person's queue for about one window however many replies it sends: once a reply was
#: dropped, the error handler's apology gets one try, not a second window.
_BUDGET: ContextVar[tuple[asyncio.Task[Any] | None, float] | None] = ContextVar(
    "reply_budget", default=None
)
#: True while the sender (which retries on its own terms) calls through this request.
_OWN_RETRIES: ContextVar[bool] = ContextVar("own_retries", default=False)


@contextlib.contextmanager
def own_retries() -> Iterator[None]:
    """Calls made inside retry on the caller's own terms: this layer tries them once
    (the dispatcher must not sit in a minutes-long retry holding a lease)."""
    token = _OWN_RETRIES.set(True)
    try:
        yield
    finally:
        _OWN_RETRIES.reset(token)


def _deadline(now: float, window: float, policy: ReplyRetry) -> float:
    """When this reply's tries stop: its own window, within the update's budget."""
    task = asyncio.current_task()
    budget = _BUDGET.get()
    if budget is None or budget[0] is not task:
        budget = (task, now + policy.window)
        _BUDGET.set(budget)
    return min(now + window, budget[1])


async def deliver(
    policy: ReplyRetry,
    method: str,
    attempt: Callable[[], Awaitable[T]],
    metrics: Metrics | None = None,
) -> T:
    """`attempt()` until it returns, raises anything but `Transient`, or `method`'s
    window closes: then the reply is dropped (counted, one WARNING line without any
    text or id) and the last `Transient.error` raised."""
    loop = asyncio.get_running_loop()
    deadline: float | None = None
    retry = 0
    while True:
        try:
            result = await attempt()
        except Transient as exc:
            now = loop.time()
            if deadline is None:
                deadline = _deadline(now, policy.window_of(method), policy)
            remaining = deadline - now
            if remaining <= 0 or exc.wait > remaining:  # a 429 longer than the window too
                _dropped(method, retry + 1, exc, metrics)
                raise exc.error from None
            if metrics is not None:
                metrics.reply_retried(method)
            if retry == 0:
                log.info("reply not taken by Telegram (%s); retrying %s", exc, method)
            await asyncio.sleep(min(max(exc.wait, policy.backoff(retry)), remaining))
            retry += 1
        else:
            if deadline is not None:
                _BUDGET.set(None)  # delivered: a later failure starts a fresh window
            return result


def _dropped(method: str, tries: int, exc: Transient, metrics: Metrics | None) -> None:
    if metrics is not None:
        metrics.reply_dropped(method)
    # Method and counts only: never the text, the chat or the person.
    log.warning(
        "reply dropped: Telegram did not take %s after %d tries (last: %s)", method, tries, exc
    )


def _retry_after(body: bytes) -> float:
    """`parameters.retry_after` of an error answer, 0 when absent."""
    try:
        data = json.loads(body)
        return float(data["parameters"]["retry_after"])
    except (ValueError, TypeError, KeyError):
        return 0.0


class AiohttpRequest(BaseRequest):
    """Keep-alive connection pool of `pool_size` connections with PTB-style timeouts.

    Timeouts are seconds (None = no limit); `pool_timeout` bounds the wait for a free
    connection. Use one instance for API calls and a separate one with a long
    `read_timeout` for getUpdates, as PTB itself does.

    `metrics`: every round trip feeds Telegram's reachability (an answer below 500 is
    "reached", a 5xx or no answer is not). `reply_retry`: reply methods are retried
    through `deliver` (none without it: one try, as PTB does).
    """

    def __init__(
        self,
        *,
        pool_size: int = 16,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
        metrics: Metrics | None = None,
        reply_retry: ReplyRetry | None = None,
    ) -> None:
        self.metrics = metrics
        self.reply_retry = reply_retry
        self._pool_size = pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """Default read timeout (PTB adds it to getUpdates' long-poll `timeout`)."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (idempotent)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(
                connector=connector,
                headers={"User-Agent": self.USER_AGENT},
                # Telegram always answers JSON; we never want aiohttp to raise on status.
                raise_for_status=False,
                # The Bot API sets no cookies: skip the per-request cookie-jar work.
                cookie_jar=aiohttp.DummyCookieJar(),
            )

    async def shutdown(self) -> None:
        """Close the session and its connections (idempotent)."""
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    @staticmethod
    def _pick(value: ODVInput[float], default: float | None) -> float | None:
        return default if isinstance(value, DefaultValue) else value

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send the request (retrying a reply method under `reply_retry`); returns
        (HTTP status, body) of the last try."""
        timeouts = (read_timeout, write_timeout, connect_timeout, pool_timeout)
        policy = self.reply_retry
        api_method = url.rsplit("/", 1)[-1]
        if policy is None or _OWN_RETRIES.get() or api_method not in _REPLIES:
            return await self._observed(url, method, request_data, timeouts)

        async def attempt() -> tuple[int, bytes]:
            status, body = await self._observed(url, method, request_data, timeouts)
            if status == 429 or status >= 500:
                raise Transient(_BadAnswer(status, body), _retry_after(body))
            return status, body

        try:
            return await deliver(policy, api_method, _transient(attempt), self.metrics)
        except _BadAnswer as exc:  # dropped: PTB maps the last answer as usual
            return exc.status, exc.body

    async def _observed(
        self,
        url: str,
        method: str,
        request_data: RequestData | None,
        timeouts: tuple[ODVInput[float], ...],
    ) -> tuple[int, bytes]:
        """One round trip, its outcome recorded as Telegram's reachability."""
        reach = None if self.metrics is None else self.metrics.reach
        try:
            status, body = await self._once(url, method, request_data, *timeouts)
        except NetworkError:  # TimedOut included
            if reach is not None:
                reach.failed("telegram")
            raise
        if reach is not None:
            if status >= 500:
                reach.failed("telegram")
            else:
                reach.ok("telegram")  # a 4xx is an answer: Telegram is there
        return status, body

    async def _once(
        self,
        url: str,
        method: str,
        request_data: RequestData | None,
        read_timeout: ODVInput[float],
        write_timeout: ODVInput[float],
        connect_timeout: ODVInput[float],
        pool_timeout: ODVInput[float],
    ) -> tuple[int, bytes]:
        """Send one request; returns (HTTP status, body)."""
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        files = request_data.multipart_data if request_data else None
        read = self._pick(read_timeout, self._read_timeout)
        write = self._pick(
            write_timeout, self._media_write_timeout if files else self._write_timeout
        )
        connect = self._pick(connect_timeout, self._connect_timeout)
        pool = self._pick(pool_timeout, self._pool_timeout)
        # aiohttp has no separate write timeout: the socket read covers the wait after the
        # body is written, so the body's write time is folded into `sock_read`.
        sock_read = None if read is None else read + (write or 0.0)
        timeout = aiohttp.ClientTimeout(
            total=None, connect=pool, sock_connect=connect, sock_read=sock_read
        )
        data: Any = None
        headers: dict[str, str] | None = None
        if files:
            assert request_data is not None
            form = aiohttp.FormData(quote_fields=False)
            # Multipart fields are strings, so each parameter goes as its own JSON text;
            # only computed here (it encodes every parameter, the keyboard included).
            for name, value in request_data.json_parameters.items():
                form.add_field(name, value)
            for name, (filename, content, mimetype) in files.items():
                form.add_field(name, content, filename=filename, content_type=mimetype)
            data = form
        elif request_data is not None and request_data.parameters:
            # One JSON body (the Bot API accepts it) instead of a JSON string per field,
            # then URL-encoded: about half the encoding work per call.
            data = json.dumps(request_data.parameters, separators=(",", ":"))
            headers = _JSON
        try:
            async with session.request(
                method, _url(url), data=data, headers=headers, timeout=timeout
            ) as resp:
                return resp.status, await resp.read()
        except TimeoutError as exc:
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc


def _transient(
    attempt: Callable[[], Awaitable[tuple[int, bytes]]],
) -> Callable[[], Awaitable[tuple[int, bytes]]]:
    """`attempt` with no answer at all (timeout, connection refused) marked worth a retry.

    A timed-out reply may have reached Telegram: retrying it can show the person an
    answer twice, the side we choose to err on (README "Talking to Telegram")."""

    async def wrapped() -> tuple[int, bytes]:
        try:
            return await attempt()
        except NetworkError as exc:
            raise Transient(exc) from exc

    return wrapped


@lru_cache(maxsize=256)
def _url(url: str) -> yarl.URL:
    # A handful of endpoints are called over and over: parse each URL once.
    return yarl.URL(url)


def default_requests(
    pool_size: int = 16, *, metrics: Metrics | None = None, reply_retry: ReplyRetry | None = None
) -> tuple[AiohttpRequest, AiohttpRequest]:
    """(API calls, getUpdates): the second with a single connection and a long read.

    Both report Telegram's reachability to `metrics` (getUpdates, always running in a
    polling process, is the steadiest signal); only the first retries replies."""
    return (
        AiohttpRequest(pool_size=pool_size, metrics=metrics, reply_retry=reply_retry),
        AiohttpRequest(pool_size=1, read_timeout=30.0, pool_timeout=5.0, metrics=metrics),
    )
