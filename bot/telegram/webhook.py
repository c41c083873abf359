"""The webhook server: our own small aiohttp server in place of PTB's tornado one.

PTB's `run_webhook` reads a request's whole body before it looks at the secret token,
so anyone who can reach the port can make the process hold any number of large bodies
(three 90 MB posts took it to 531 MB), and it logs an update it cannot parse at CRITICAL
with its full text. Here, in this order, before a byte of the body is read:

1. the secret (`X-Telegram-Bot-Api-Secret-Token`, compared in constant time): 403;
2. the content type (Telegram always sends `application/json`): 415;
3. `Content-Length` over WEBHOOK_MAX_BODY_BYTES: 413.

A chunked body is read only up to the limit (413 past it). A refused request's
connection is closed rather than drained, so its body is never read at all. A body that
is not JSON, or JSON that is not an update, is answered 200 and logged at WARNING by
error type only (see `WebhookServer.handle` for why 200).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlparse

from aiohttp import web
from telegram import Bot, Update
from telegram.ext import Application, ExtBot

from bot.config import Settings
from bot.telegram.intake import IntakeQueue

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
#: Read a chunked body in pieces this big, so the limit is overshot by at most one piece.
CHUNK_BYTES = 64 * 1024
#: PTB's run_webhook stops on these.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGABRT)

AnyApp = Application[Any, Any, Any, Any, Any, Any]


class ListenError(Exception):
    """The webhook server could not bind its address; the message says which and why."""


def _busy() -> web.Response:
    """The answer while the process holds as many updates as it may: Telegram retries."""
    return web.Response(status=503, headers={"Retry-After": "5"})


class WebhookServer:
    """Accepts Telegram's POSTs on `path` and puts each update on `queue`."""

    def __init__(
        self,
        bot: Bot,
        queue: asyncio.Queue[object],
        *,
        path: str,
        secret: str | None,
        max_body: int,
        listen: str,
        port: int,
    ) -> None:
        self.bot = bot
        self.queue = queue
        self.path = "/" + path.lstrip("/")
        # Bytes, because hmac.compare_digest refuses str with non-ASCII characters, and a
        # header can hold any byte.
        self.secret = secret.encode() if secret else None
        self.max_body = max_body
        self.listen = listen
        self.port = port
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Listen on `listen:port` (ListenError when the port cannot be bound)."""
        app = web.Application(client_max_size=self.max_body)
        app.router.add_post(self.path, self.handle, expect_handler=self._expect)
        # lingering_time=0: after a refusal aiohttp would otherwise read (and drop) the
        # rest of the body for up to 10 s; closing at once means it is never read. No
        # access log: it adds nothing the bot's own lines do not say.
        runner = web.AppRunner(app, access_log=None, lingering_time=0)
        await runner.setup()
        try:
            await web.TCPSite(runner, self.listen, self.port).start()
        except OSError as exc:
            await runner.cleanup()
            reason = exc.strerror or type(exc).__name__
            raise ListenError(f"cannot listen on {self.listen}:{self.port} ({reason})") from exc
        self._runner = runner
        # With port 0 (tests) the system picked one: say which.
        for address in runner.addresses:
            if isinstance(address, tuple):
                self.port = int(address[1])
                break

    async def stop(self) -> None:
        """Stop listening; requests in flight finish first (idempotent)."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def refusal(self, request: web.BaseRequest) -> web.Response | None:
        """403/415/413 from the headers alone, or None when the body may be read."""
        if self.secret is not None:
            given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "surrogateescape")
            if not hmac.compare_digest(given, self.secret):
                return web.Response(status=403)
        if request.content_type != "application/json":
            return web.Response(status=415)
        if request.content_length is not None and request.content_length > self.max_body:
            return web.Response(status=413)
        return None

    async def _expect(self, request: web.Request) -> web.StreamResponse | None:
        """`Expect: 100-continue`: refuse before inviting the client to send the body."""
        refused = self.refusal(request)
        if refused is not None:
            return refused
        if request.headers.get("Expect", "").lower() != "100-continue":
            raise web.HTTPExpectationFailed()
        await request.writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        request.writer.output_size = 0  # aiohttp's own handler does this too
        return None

    async def read_body(self, request: web.BaseRequest) -> bytes | None:
        """The body, or None once it passes the limit (a lying or absent Content-Length)."""
        parts: list[bytes] = []
        size = 0
        while chunk := await request.content.read(CHUNK_BYTES):
            size += len(chunk)
            if size > self.max_body:
                return None
            parts.append(chunk)
        return b"".join(parts)

    async def handle(self, request: web.Request) -> web.Response:
        """Check, read, decode, queue.

        A body that is not JSON or not an update is answered 200, not PTB's 400/500:
        Telegram redelivers a refused update again and again (holding the ones behind it)
        and each attempt would fail the same way. Such a body is dropped and logged by
        error type only: it may well hold what someone wrote.
        """
        refused = self.refusal(request)
        if refused is not None:
            return refused
        if isinstance(self.queue, IntakeQueue) and not self.queue.has_room():
            return _busy()  # before reading: Telegram delivers it again later
        body = await self.read_body(request)
        if body is None:
            return web.Response(status=413)
        update = self.decode(body)
        if update is not None:
            if isinstance(self.bot, ExtBot):  # as PTB does, for arbitrary callback data
                self.bot.insert_callback_data(update)
            if not isinstance(self.queue, IntakeQueue):
                await self.queue.put(update)
            elif not self.queue.offer(update):
                return _busy()
        return web.Response(status=200)

    def decode(self, body: bytes) -> Update | None:
        """The update in `body`, or None (logged without content) when there is none."""
        try:
            data = json.loads(body)
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError alike
            log.warning("webhook: dropped a body that is not JSON (%s)", type(exc).__name__)
            return None
        try:
            update = Update.de_json(data, self.bot)
        except Exception as exc:  # whatever the library trips on, say only what it was
            update_id = data.get("update_id") if isinstance(data, dict) else None
            log.warning(
                "webhook: dropped update %s that could not be read (%s)",
                update_id if isinstance(update_id, int) else "without an id",
                type(exc).__name__,
            )
            return None
        return update


def server_for(app: AnyApp, settings: Settings) -> WebhookServer:
    """The webhook server for `app` as the settings describe it (path from WEBHOOK_URL)."""
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    return WebhookServer(
        app.bot,
        app.update_queue,
        path=urlparse(settings.webhook_url or "").path,
        secret=secret,
        max_body=settings.webhook_max_body_bytes,
        listen=settings.webhook_listen,
        port=settings.webhook_port,
    )


def stop_on_signals(signals: Sequence[int] = STOP_SIGNALS) -> asyncio.Event:
    """An event set by the first of `signals` (call inside the running loop)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in signals:
        loop.add_signal_handler(sig, stop.set)
    return stop


async def serve_webhook(
    app: AnyApp,
    server: WebhookServer,
    *,
    webhook_url: str,
    allowed_updates: Sequence[str],
    stop: asyncio.Event | None = None,
) -> None:
    """PTB's `run_webhook` with our server: initialize, post_init, listen, setWebhook,
    start; serve until `stop` (default: SIGINT/SIGTERM/SIGABRT); then stop the server,
    the application, post_stop, shutdown and post_shutdown, in PTB's order."""
    if stop is None:
        stop = stop_on_signals()
    try:
        await app.initialize()
        if app.post_init:
            await app.post_init(app)
        # Listen before setWebhook (PTB does it the other way round): Telegram may
        # deliver at once, and a port that cannot be bound fails before the hook is moved.
        await server.start()
        await app.bot.set_webhook(
            url=webhook_url,
            allowed_updates=allowed_updates,
            secret_token=server.secret.decode() if server.secret else None,
        )
        await app.start()
        log.info("webhook server listening on %s:%s%s", server.listen, server.port, server.path)
        await stop.wait()
    finally:
        # Requests in flight are queued before the application drains the queue.
        await server.stop()
        if app.running:
            await app.stop()
            if app.post_stop:
                await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)
