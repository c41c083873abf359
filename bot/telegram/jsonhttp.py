"""A lean HTTP/1.1 keep-alive client that POSTs JSON to one origin and reads the reply.

Why not aiohttp here: at an 08:00 rush every reminder is one small POST to the same host,
and aiohttp's general machinery (request and response objects, tracing, cookie and
redirect handling, per-request timers) cost more CPU than everything else the bot does
for that reminder (BENCHMARKS.md, Dispatch). This client does only what the Bot API
needs: POST a JSON body, read a status and a body framed by Content-Length, chunked
encoding or the end of the connection, and reuse the connection when the server allows.
Everything else (file uploads, getUpdates, webhooks) still goes through aiohttp.

Failures raise `HttpError` subclasses; `bot.telegram.botapi` maps them to PTB's errors.
"""

from __future__ import annotations

import asyncio
import collections
import ssl
from dataclasses import dataclass, field
from urllib.parse import urlsplit

#: The longest status line plus headers accepted; Telegram's are a few hundred bytes.
MAX_HEAD = 64 * 1024
#: A connection idle this long is closed rather than reused: servers drop idle keep-alive
#: connections (nginx after 75 s by default, aiohttp's server after 15 s), and a request
#: written into a connection the server is closing fails without an answer.
IDLE_REUSE_SECONDS = 10.0


class HttpError(Exception):
    """Base class of this client's transport failures."""


class HttpTimeout(HttpError):
    """No complete answer within the timeout (the request may still have been acted on)."""


class ConnectionFailed(HttpError):
    """Could not connect, or the connection broke before the answer was complete."""


class _Stale(ConnectionFailed):
    """A reused connection closed before a byte of the answer: the server dropped it idle."""


class ProtocolError(HttpError):
    """The server's answer was not HTTP/1.x this client understands."""


@dataclass(frozen=True, slots=True)
class Origin:
    """Scheme, host and port of the server, and the path prefix every request shares."""

    scheme: str
    host: str
    port: int
    path: str = field(repr=False)  # holds the bot token: never in a repr, never in a log

    @classmethod
    def parse(cls, url: str) -> Origin:
        """`https://api.telegram.org/bot123:abc` -> its parts (the path without a trailing /)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("expected an http:// or https:// URL")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        return cls(parts.scheme, parts.hostname, port, parts.path.rstrip("/"))

    @property
    def host_header(self) -> str:
        """The Host header: the port only when it is not the scheme's default."""
        default = 443 if self.scheme == "https" else 80
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == default else f"{host}:{self.port}"


class _Connection(asyncio.Protocol):
    """One keep-alive connection; answers one request at a time."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.closed = False
        self.idle_since = 0.0
        self._buf = bytearray()
        self._answer: asyncio.Future[tuple[int, bytes]] | None = None
        self._reset()

    def _reset(self) -> None:
        self._status: int | None = None
        self._length: int | None = None  # Content-Length, when framed by it
        self._chunked = False
        self._until_close = False
        self._keep_alive = False
        self._body = bytearray()

    # asyncio.Protocol -------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # a stream transport

    def data_received(self, data: bytes) -> None:
        if self._answer is None or self._answer.done():
            # Bytes nobody asked for: the connection is out of step; never reuse it.
            self.close()
            return
        self._buf += data
        try:
            self._parse()
        except ProtocolError as exc:
            self._fail(exc)

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self._answer is None or self._answer.done():
            return
        if self._status is not None and self._until_close:
            self._body += self._buf
            self._finish()
            return
        nothing = self._status is None and not self._buf
        error = _Stale if nothing else ConnectionFailed
        self._answer.set_exception(error("connection closed before the answer"))

    # requests ---------------------------------------------------------------------

    def request(self, head: bytes, body: bytes) -> asyncio.Future[tuple[int, bytes]]:
        """Write one request; the future gets (status, body)."""
        assert self.transport is not None
        self._reset()
        self._buf.clear()
        self._answer = asyncio.get_running_loop().create_future()
        self.transport.write(head + body)
        return self._answer

    def time_out(self, seconds: float) -> None:
        """The answer took too long: fail it and drop the connection (it is out of step)."""
        self._fail(HttpTimeout(f"no answer within {seconds:g}s"))

    def close(self) -> None:
        """Close the connection now (a pending answer fails)."""
        self.closed = True
        if self.transport is not None:
            self.transport.close()

    @property
    def reusable(self) -> bool:
        """Whether the last answer left this connection fit for another request."""
        return self._keep_alive and not self.closed and not self._buf

    def _fail(self, exc: HttpError) -> None:
        if self._answer is not None and not self._answer.done():
            self._answer.set_exception(exc)
        self.close()

    def _finish(self) -> None:
        assert self._answer is not None and self._status is not None
        if not self._answer.done():
            self._answer.set_result((self._status, bytes(self._body)))

    # parsing ----------------------------------------------------------------------

    def _parse(self) -> None:
        if self._status is None and not self._parse_head():
            return
        if self._chunked:
            if self._parse_chunks():
                self._finish()
        elif self._until_close:
            self._body += self._buf
            self._buf.clear()
        else:
            assert self._length is not None
            if len(self._buf) >= self._length:
                self._body = self._buf[: self._length]
                del self._buf[: self._length]
                self._finish()

    def _parse_head(self) -> bool:
        while True:
            end = self._buf.find(b"\r\n\r\n")
            if end < 0:
                if len(self._buf) > MAX_HEAD:
                    raise ProtocolError("response head too long")
                return False
            lines = bytes(self._buf[:end]).decode("latin-1").split("\r\n")
            del self._buf[: end + 4]
            version, _, rest = lines[0].partition(" ")
            code = rest[:3]
            if not version.startswith("HTTP/1.") or not code.isdigit():
                raise ProtocolError("not an HTTP/1.x status line")
            status = int(code)
            if 100 <= status < 200:
                continue  # 100 Continue and friends: the real answer follows
            headers: dict[str, str] = {}
            for line in lines[1:]:
                name, sep, value = line.partition(":")
                if not sep:
                    raise ProtocolError("malformed header line")
                headers[name.strip().lower()] = value.strip()
            break
        self._status = status
        connection = headers.get("connection", "").lower()
        if version == "HTTP/1.1":
            self._keep_alive = "close" not in connection
        else:
            self._keep_alive = "keep-alive" in connection
        if status in (204, 304):
            self._length = 0
        elif "chunked" in headers.get("transfer-encoding", "").lower():
            self._chunked = True
        elif "content-length" in headers:
            value = headers["content-length"]
            if not value.isdigit():
                raise ProtocolError("bad Content-Length")
            self._length = int(value)
        else:
            self._until_close = True
            self._keep_alive = False
        return True

    def _parse_chunks(self) -> bool:
        """Consume whole chunks from the buffer; True once the last one is read."""
        while True:
            line_end = self._buf.find(b"\r\n")
            if line_end < 0:
                if len(self._buf) > MAX_HEAD:
                    raise ProtocolError("chunk size line too long")
                return False
            size_text = bytes(self._buf[:line_end]).split(b";", 1)[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                raise ProtocolError("bad chunk size") from None
            if size == 0:
                # Trailers (rarely any) end with an empty line.
                trailer_end = self._buf.find(b"\r\n\r\n", line_end)
                if trailer_end < 0:
                    return False
                del self._buf[: trailer_end + 4]
                return True
            start = line_end + 2
            if len(self._buf) < start + size + 2:
                return False
            self._body += self._buf[start : start + size]
            del self._buf[: start + size + 2]


class JsonHttpClient:
    """POSTs JSON bodies to paths under one origin over a pool of keep-alive connections.

    `limit` bounds open connections; a request finding none free waits up to
    `pool_timeout` for one. `timeout` bounds connecting plus the whole exchange.
    """

    def __init__(
        self,
        base_url: str,
        *,
        limit: int = 48,
        timeout: float = 10.0,
        pool_timeout: float = 5.0,
        user_agent: str = "backtrack",
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.origin = Origin.parse(base_url)
        self.limit = limit
        self.timeout = timeout
        self.pool_timeout = pool_timeout
        self._ssl: ssl.SSLContext | None = None
        if self.origin.scheme == "https":
            self._ssl = ssl_context or ssl.create_default_context()
        self._idle: collections.deque[_Connection] = collections.deque()
        self._open = 0
        self._waiters: collections.deque[asyncio.Future[None]] = collections.deque()
        self._heads: dict[str, bytes] = {}
        self._prefix = (
            f"Host: {self.origin.host_header}\r\n"
            f"User-Agent: {user_agent}\r\n"
            "Content-Type: application/json\r\n"
            "Accept: application/json\r\n"
            "Content-Length: "
        ).encode("ascii")
        self._closed = False

    @property
    def open_connections(self) -> int:
        """Connections currently open (idle or busy)."""
        return self._open

    async def post(self, path: str, body: bytes) -> tuple[int, bytes]:
        """POST `body` (JSON) to `<base path>/<path>`; returns (HTTP status, body)."""
        if self._closed:
            raise ConnectionFailed("client is closed")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        head = self._head(path) + b"%d\r\n\r\n" % len(body)
        while True:
            conn = await self._acquire(loop)
            reused = conn.transport is not None
            healthy = False
            try:
                if not reused:
                    await self._connect(conn, deadline - loop.time())
                answer = conn.request(head, body)
                # One timer that fails the answer, not a cancelling timeout scope: cheaper
                # per request, and the task is never cancelled mid-bookkeeping.
                timer = loop.call_at(deadline, conn.time_out, self.timeout)
                try:
                    status, payload = await answer
                except _Stale:
                    if reused:
                        # Closed while idle, with no answer begun: the usual case is a
                        # server dropping keep-alive connections, so go again at once on
                        # another one (a rare duplicate beats a lost reminder).
                        continue
                    raise
                finally:
                    timer.cancel()
                healthy = conn.reusable
                return status, payload
            finally:
                self._release(conn, healthy, loop)

    def _head(self, path: str) -> bytes:
        head = self._heads.get(path)
        if head is None:
            target = f"{self.origin.path}/{path.lstrip('/')}"
            head = f"POST {target} HTTP/1.1\r\n".encode("ascii") + self._prefix
            if len(self._heads) < 256:  # a handful of Bot API methods, called over and over
                self._heads[path] = head
        return head

    async def _acquire(self, loop: asyncio.AbstractEventLoop) -> _Connection:
        while True:
            now = loop.time()
            while self._idle:
                conn = self._idle.pop()  # most recently used first: least likely stale
                if conn.closed or now - conn.idle_since > IDLE_REUSE_SECONDS:
                    self._discard(conn)
                    continue
                return conn
            if self._open < self.limit:
                self._open += 1
                return _Connection()
            waiter: asyncio.Future[None] = loop.create_future()
            self._waiters.append(waiter)
            try:
                async with asyncio.timeout(self.pool_timeout):
                    await waiter
            except TimeoutError:
                raise HttpTimeout("no free connection in the pool") from None
            finally:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)

    async def _connect(self, conn: _Connection, budget: float) -> None:
        loop = asyncio.get_running_loop()
        origin = self.origin
        try:
            async with asyncio.timeout(max(budget, 0.0)):
                await loop.create_connection(
                    lambda: conn,
                    origin.host,
                    origin.port,
                    ssl=self._ssl,
                    server_hostname=origin.host if self._ssl else None,
                )
        except TimeoutError:
            raise HttpTimeout("connecting timed out") from None
        except OSError as exc:
            raise ConnectionFailed(f"could not connect: {exc.strerror or exc}") from exc

    def _release(self, conn: _Connection, healthy: bool, loop: asyncio.AbstractEventLoop) -> None:
        if healthy and not self._closed:
            conn.idle_since = loop.time()
            self._idle.append(conn)
        else:
            self._discard(conn)
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def _discard(self, conn: _Connection) -> None:
        conn.close()
        self._open -= 1

    async def close(self) -> None:
        """Close every idle connection; busy ones close when their request ends."""
        self._closed = True
        while self._idle:
            self._discard(self._idle.pop())
