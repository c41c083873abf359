"""The lean JSON client against a raw local HTTP server that frames answers every legal
way (and some illegal ones), drops connections, and stalls."""

from __future__ import annotations

import asyncio
import contextlib
import json
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
import trustme

from bot.telegram import jsonhttp
from bot.telegram.jsonhttp import (
    ConnectionFailed,
    HttpTimeout,
    JsonHttpClient,
    Origin,
    ProtocolError,
)


class Request:
    """One request as the server read it."""

    def __init__(self, line: str, headers: dict[str, str], body: bytes, conn: int) -> None:
        self.line, self.headers, self.body, self.conn = line, headers, body, conn

    @property
    def json(self) -> object:
        return json.loads(self.body)


# answer(request, index of the request on its connection) -> raw bytes to write, or None
# to close the connection without answering.
Answer = Callable[[Request, int], Awaitable[bytes | None]]


def framed(body: bytes, *extra: str, status: str = "200 OK") -> bytes:
    head = [f"HTTP/1.1 {status}", f"Content-Length: {len(body)}", *extra]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


class RawServer:
    """A tiny HTTP/1.1 server whose answers the test writes byte for byte."""

    def __init__(
        self, answer: Answer, *, dribble: bool = False, tls: ssl.SSLContext | None = None
    ) -> None:
        self.answer = answer
        self.tls = tls
        self.dribble = dribble  # write answers one byte at a time
        self.requests: list[Request] = []
        self.connections = 0
        self.open_now = 0
        self.most_open = 0
        self._server: asyncio.Server | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        port = self._server.sockets[0].getsockname()[1]
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{port}/botTOKEN:secret"

    async def __aenter__(self) -> RawServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self.tls)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._server.wait_closed(), 1)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        conn = self.connections
        self.open_now += 1
        self.most_open = max(self.most_open, self.open_now)
        try:
            index = 0
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                line, *rest = head.decode("latin-1").rstrip("\r\n").split("\r\n")
                headers = {k.strip().lower(): v.strip() for k, v in (h.split(":", 1) for h in rest)}
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                request = Request(line, headers, body, conn)
                self.requests.append(request)
                out = await self.answer(request, index)
                index += 1
                if out is None:
                    return
                if self.dribble:
                    for i in range(len(out)):
                        writer.write(out[i : i + 1])
                        await writer.drain()
                else:
                    writer.write(out)
                    await writer.drain()
                if b"Connection: close" in out.split(b"\r\n\r\n", 1)[0]:
                    return
        finally:
            self.open_now -= 1
            writer.close()


def ok(payload: object = None) -> Answer:
    body = json.dumps({"ok": True, "result": payload or {"message_id": 1}}).encode()

    async def answer(request: Request, index: int) -> bytes:
        return framed(body)

    return answer


@contextlib.asynccontextmanager
async def client_for(
    server: RawServer, trust: ssl.SSLContext | None = None, **kw: float
) -> AsyncIterator[JsonHttpClient]:
    client = JsonHttpClient(server.url, ssl_context=trust, **kw)  # type: ignore[arg-type]
    try:
        yield client
    finally:
        await client.close()


async def test_posts_json_to_the_method_path_and_reuses_one_connection() -> None:
    async with RawServer(ok()) as server, client_for(server) as client:
        host = server.url.split("/")[2]
        for n in range(3):
            status, body = await client.post("sendMessage", b'{"chat_id":%d}' % n)
            assert status == 200 and json.loads(body)["result"] == {"message_id": 1}
    assert server.connections == 1, "keep-alive: one connection for three requests"
    first = server.requests[0]
    assert first.line == "POST /botTOKEN:secret/sendMessage HTTP/1.1"
    assert first.headers["host"] == host
    assert first.headers["content-type"] == "application/json"
    assert [r.json for r in server.requests] == [{"chat_id": 0}, {"chat_id": 1}, {"chat_id": 2}]


async def test_answers_dribbled_one_byte_at_a_time() -> None:
    server = RawServer(ok({"message_id": 7, "text": "é ✅"}), dribble=True)
    async with server, client_for(server) as client:
        status, body = await client.post("sendMessage", b"{}")
    assert status == 200 and json.loads(body)["result"]["text"] == "é ✅"


async def test_chunked_answer_with_extensions_and_trailers() -> None:
    async def answer(request: Request, index: int) -> bytes:
        return (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            b'5;ext=1\r\n{"ok"\r\n'
            b'a\r\n:true,"res\r\n'
            b'b\r\nult":[1,2]}\r\n'
            b"0\r\nX-Trailer: yes\r\n\r\n"
        )

    for dribble in (False, True):
        async with RawServer(answer, dribble=dribble) as server, client_for(server) as client:
            assert await client.post("m", b"{}") == (200, b'{"ok":true,"result":[1,2]}')
            assert await client.post("m", b"{}") == (200, b'{"ok":true,"result":[1,2]}')
        assert server.connections == 1


async def test_answer_framed_by_closing_the_connection() -> None:
    class Closing(RawServer):
        async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            self.connections += 1
            await reader.readuntil(b"\r\n\r\n")
            writer.write(b'HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{"ok"')
            await writer.drain()
            writer.write(b":true}")
            await writer.drain()
            writer.close()

    async with Closing(ok()) as server, client_for(server) as client:
        assert await client.post("m", b"{}") == (200, b'{"ok":true}')
        assert await client.post("m", b"{}") == (200, b'{"ok":true}')
    assert server.connections == 2, "an answer framed by the close cannot be followed"


async def test_connection_close_header_is_honoured() -> None:
    async def answer(request: Request, index: int) -> bytes:
        return framed(b"{}", "Connection: close")

    async with RawServer(answer) as server, client_for(server) as client:
        await client.post("m", b"{}")
        await client.post("m", b"{}")
        assert client.open_connections == 0
    assert server.connections == 2


async def test_informational_answer_is_skipped() -> None:
    async def answer(request: Request, index: int) -> bytes:
        return b"HTTP/1.1 100 Continue\r\n\r\n" + framed(b'{"ok":true}')

    async with RawServer(answer) as server, client_for(server) as client:
        assert await client.post("m", b"{}") == (200, b'{"ok":true}')


async def test_error_status_comes_back_with_its_body() -> None:
    async def answer(request: Request, index: int) -> bytes:
        return framed(b'{"ok":false,"error_code":403}', status="403 Forbidden")

    async with RawServer(answer) as server, client_for(server) as client:
        assert await client.post("m", b"{}") == (403, b'{"ok":false,"error_code":403}')
        await client.post("m", b"{}")
    assert server.connections == 1, "an error answer leaves the connection usable"


async def test_idle_connection_dropped_by_the_server_is_replaced_at_once() -> None:
    """The server closes a kept-alive connection as the next request arrives: the client
    goes again on a new connection instead of failing (or waiting for a retry)."""

    async def answer(request: Request, index: int) -> bytes | None:
        return None if index == 1 else framed(b'{"n":1}')

    async with RawServer(answer) as server, client_for(server) as client:
        await client.post("m", b'{"a":1}')
        assert await client.post("m", b'{"a":2}') == (200, b'{"n":1}')
    assert server.connections == 2
    assert [r.conn for r in server.requests] == [1, 1, 2]


async def test_a_new_connection_closed_without_an_answer_fails() -> None:
    async def answer(request: Request, index: int) -> bytes | None:
        return None

    async with RawServer(answer) as server, client_for(server) as client:
        with pytest.raises(ConnectionFailed):
            await client.post("m", b"{}")
    assert server.connections == 1, "no retry loop on fresh connections"


async def test_answer_cut_short_fails() -> None:
    class Short(RawServer):
        async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"ok"')
            await writer.drain()
            writer.close()

    async with Short(ok()) as server, client_for(server) as client:
        with pytest.raises(ConnectionFailed):
            await client.post("m", b"{}")


async def test_no_answer_times_out_and_the_connection_is_not_reused() -> None:
    release = asyncio.Event()

    async def answer(request: Request, index: int) -> bytes:
        if request.conn == 1:
            await release.wait()
        return framed(b'{"late":false}')

    async with RawServer(answer) as server, client_for(server, timeout=0.2) as client:
        loop = asyncio.get_running_loop()
        started = loop.time()
        with pytest.raises(HttpTimeout):
            await client.post("m", b"{}")
        assert 0.15 < loop.time() - started < 1.0
        release.set()  # the stalled answer arrives late, on a connection already dropped
        assert await client.post("m", b"{}") == (200, b'{"late":false}')
    assert server.connections == 2


async def test_pool_limit_bounds_open_connections() -> None:
    async def answer(request: Request, index: int) -> bytes:
        await asyncio.sleep(0.05)
        return framed(b"{}")

    async with RawServer(answer) as server, client_for(server, limit=2) as client:
        results = await asyncio.gather(*(client.post("m", b"{}") for _ in range(8)))
    assert all(status == 200 for status, _ in results)
    assert server.most_open <= 2 and server.connections == 2


async def test_waiting_for_a_free_connection_times_out() -> None:
    async def answer(request: Request, index: int) -> bytes:
        await asyncio.sleep(0.5)
        return framed(b"{}")

    server = RawServer(answer)
    async with server, client_for(server, limit=1, pool_timeout=0.1) as client:
        slow = asyncio.create_task(client.post("m", b"{}"))
        await asyncio.sleep(0.05)
        with pytest.raises(HttpTimeout, match="no free connection"):
            await client.post("m", b"{}")
        assert (await slow)[0] == 200


@pytest.mark.parametrize(
    "raw",
    [
        b"SMTP ready\r\n\r\n",
        b"HTTP/1.1 abc OK\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    ],
)
async def test_garbage_answers_are_protocol_errors(raw: bytes) -> None:
    async def answer(request: Request, index: int) -> bytes:
        return raw

    async with RawServer(answer) as server, client_for(server, timeout=2) as client:
        with pytest.raises(ProtocolError):
            await client.post("m", b"{}")


async def test_endless_head_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonhttp, "MAX_HEAD", 1024)

    async def answer(request: Request, index: int) -> bytes:
        return b"HTTP/1.1 200 OK\r\n" + b"X-Junk: " + b"a" * 4096

    async with RawServer(answer) as server, client_for(server, timeout=2) as client:
        with pytest.raises(ProtocolError, match="too long"):
            await client.post("m", b"{}")


async def test_refused_connection_fails_cleanly() -> None:
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    client = JsonHttpClient(f"http://127.0.0.1:{port}/botX")
    with pytest.raises(ConnectionFailed, match="could not connect"):
        await client.post("m", b"{}")
    assert client.open_connections == 0, "a failed connect does not leak a pool place"


async def test_closed_client_refuses_and_drops_idle_connections() -> None:
    async with RawServer(ok()) as server:
        client = JsonHttpClient(server.url)
        await client.post("m", b"{}")
        assert client.open_connections == 1
        await client.close()
        assert client.open_connections == 0
        with pytest.raises(ConnectionFailed):
            await client.post("m", b"{}")


async def test_https_with_a_verified_certificate_and_keep_alive() -> None:
    """Telegram is HTTPS: the handshake, the hostname check and keep-alive over TLS."""
    ca = trustme.CA()
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_tls)
    trusted = ssl.create_default_context()
    ca.configure_trust(trusted)
    server = RawServer(ok({"message_id": 3}), tls=server_tls)
    async with server, client_for(server, trusted) as client:
        for _ in range(3):
            status, body = await client.post("sendMessage", b'{"chat_id":1}')
            assert status == 200 and json.loads(body)["result"] == {"message_id": 3}
    assert server.connections == 1
    assert server.requests[0].json == {"chat_id": 1}


async def test_https_refuses_a_certificate_it_cannot_verify() -> None:
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    trustme.CA().issue_cert("127.0.0.1").configure_cert(server_tls)
    trusted = ssl.create_default_context()
    trustme.CA().configure_trust(trusted)  # a different authority
    server = RawServer(ok(), tls=server_tls)
    async with server, client_for(server, trusted) as client:
        with pytest.raises(ConnectionFailed, match="could not connect"):
            await client.post("m", b"{}")
    assert not server.requests


def test_origin_parts_and_host_header() -> None:
    o = Origin.parse("https://api.telegram.org/bot123:abc/")
    assert (o.scheme, o.host, o.port, o.path) == ("https", "api.telegram.org", 443, "/bot123:abc")
    assert o.host_header == "api.telegram.org"
    assert Origin.parse("http://[::1]:8081/botX").host_header == "[::1]:8081"
    assert "123:abc" not in repr(o), "the token never shows in a repr"
    with pytest.raises(ValueError):
        Origin.parse("ftp://example.org/x")
