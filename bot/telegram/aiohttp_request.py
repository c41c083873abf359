"""A python-telegram-bot `BaseRequest` over one aiohttp `ClientSession`.

PTB's default (httpx) tops out near 800 sendMessage/s on this kind of machine; aiohttp
with a small keep-alive pool goes several times faster (ARCHITECTURE.md). Errors map to
PTB's own: timeouts to `TimedOut`, every other transport failure to `NetworkError`, so the
retry logic in `bot.telegram.sender` sees exactly what it sees with the stock request.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import aiohttp
import yarl
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

_JSON = {"Content-Type": "application/json"}


class AiohttpRequest(BaseRequest):
    """Keep-alive connection pool of `pool_size` connections with PTB-style timeouts.

    Timeouts are seconds (None = no limit); `pool_timeout` bounds the wait for a free
    connection. Use one instance for API calls and a separate one with a long
    `read_timeout` for getUpdates, as PTB itself does.
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
    ) -> None:
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


@lru_cache(maxsize=256)
def _url(url: str) -> yarl.URL:
    # A handful of endpoints are called over and over: parse each URL once.
    return yarl.URL(url)


def default_requests(pool_size: int = 16) -> tuple[AiohttpRequest, AiohttpRequest]:
    """(API calls, getUpdates): the second with a single connection and a long read."""
    return (
        AiohttpRequest(pool_size=pool_size),
        AiohttpRequest(pool_size=1, read_timeout=30.0, pool_timeout=5.0),
    )
