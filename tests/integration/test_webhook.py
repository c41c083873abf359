"""Webhook mode: `backtrack run` with WEBHOOK_URL registers the hook with Telegram (the
fake records setWebhook), refuses requests without the secret token (403, nothing
written or sent) and answers the ones that carry it.

Refusals come from the headers alone: the tests send headers, then wait for the answer
before sending a byte of the body (PTB's server waited for the whole body first). What a
person wrote never reaches the log, at DEBUG either, not even from an update the
library cannot read.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import func, select
from telegram import Bot

from bot.storage.db import make_engine, make_sessionmaker
from bot.storage.models import User
from bot.telegram.intake import IntakeQueue
from bot.telegram.webhook import WebhookServer
from tests.fakebotapi import FakeBotApi
from tests.integration.test_crash import clean_env, start_bot, stop_bot

SECRET = "s3cret-Token_for-tests"
UID = 4242


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_update(update_id: int, text: str = "/start") -> dict[str, Any]:
    user = {"id": UID, "is_bot": False, "first_name": "Web"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": int(time.time()),
            "chat": {"id": UID, "type": "private", "first_name": "Web"},
            "from": user,
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text)}],
        },
    }


async def users_in(url: str) -> int:
    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as s:
            return int(await s.scalar(select(func.count()).select_from(User)) or 0)
    finally:
        await engine.dispose()


@pytest.mark.slow
async def test_webhook_needs_the_secret(fake: FakeBotApi, sqlite_url: str, tmp_path: Path) -> None:
    port = free_port()
    hook = f"http://127.0.0.1:{port}/hook"
    env = clean_env(
        TELEGRAM_BOT_TOKEN=fake.token,
        TELEGRAM_API_URL=fake.base_url,
        DATABASE_URL=sqlite_url,
        WEBHOOK_URL=hook,
        WEBHOOK_SECRET=SECRET,
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
    )
    proc = await start_bot(tmp_path, env)
    try:
        registered = await fake.wait_for_request("setWebhook", timeout=30)
        assert registered["url"] == hook and registered["secret_token"] == SECRET
        async with aiohttp.ClientSession() as http:
            for _ in range(200):  # the server starts right after setWebhook
                try:
                    async with http.get(f"http://127.0.0.1:{port}/"):
                        break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.05)
            refused = [
                {},
                {"X-Telegram-Bot-Api-Secret-Token": "wrong"},
                {"X-Telegram-Bot-Api-Secret-Token": SECRET.upper()},
            ]
            for i, headers in enumerate(refused, start=1):
                async with http.post(hook, json=start_update(i), headers=headers) as resp:
                    assert resp.status == 403, headers
            await asyncio.sleep(0.5)  # anything wrongly accepted would be handled by now
            assert not fake.requests("sendMessage"), "a refused request changed nothing"
            assert await users_in(sqlite_url) == 0, "a refused request wrote nothing"

            headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
            async with http.post(hook, json=start_update(10), headers=headers) as resp:
                assert resp.status == 200
        answer = await fake.wait_for_message(UID, contains="not a doctor", timeout=15)
        assert answer is not None
        assert await users_in(sqlite_url) == 1
        assert not fake.requests("getUpdates"), "webhook mode does not poll"
    finally:
        err = await stop_bot(proc)
    assert SECRET not in err and fake.token not in err


BIG = 90 * 1024 * 1024
LIMIT = 1_048_576  # WEBHOOK_MAX_BODY_BYTES's default
TEXT = "pain 9 lost bladder control"
WORDS = ("pain 9", "bladder")


def webhook_env(fake: FakeBotApi, url: str, port: int, **extra: str) -> dict[str, str]:
    return clean_env(
        TELEGRAM_BOT_TOKEN=fake.token,
        TELEGRAM_API_URL=fake.base_url,
        DATABASE_URL=url,
        WEBHOOK_URL=f"http://127.0.0.1:{port}/hook",
        WEBHOOK_SECRET=SECRET,
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
        **extra,
    )


async def started(fake: FakeBotApi, port: int) -> None:
    """Wait until the hook is registered and the server answers."""
    await fake.wait_for_request("setWebhook", timeout=30)
    for _ in range(200):
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return
        except OSError:
            await asyncio.sleep(0.05)
    raise AssertionError("the webhook server never listened")


async def send_headers(
    port: int, headers: dict[str, str]
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """Open a connection and send a POST's request line and headers, no body yet."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    lines = ["POST /hook HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode())
    await writer.drain()
    return reader, writer


async def status_of(reader: asyncio.StreamReader, within: float = 10) -> int:
    line = await asyncio.wait_for(reader.readline(), within)
    return int(line.split()[1])


def blast(port: int, total: int) -> tuple[int, int]:
    """POST `total` bytes without the secret as fast as the connection takes them, while
    another thread waits for the answer; returns (status, bytes handed to the socket).

    Blocking sockets on purpose: asyncio drops what it has received once a write fails,
    and writes do fail here, because the server closes without reading the body.
    """
    head = (
        "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {total}\r\n\r\n"
    )
    sent = 0
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(head.encode())

        def pour() -> None:
            nonlocal sent
            chunk = b" " * 65536
            with contextlib.suppress(OSError):
                while sent < total:
                    sock.sendall(chunk)
                    sent += len(chunk)

        pouring = threading.Thread(target=pour)
        pouring.start()
        answer = sock.recv(64)
        pouring.join(30)
    return int(answer.split()[1]), sent


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


def text_update(update_id: int, text: str) -> dict[str, Any]:
    update = start_update(update_id, text)
    del update["message"]["entities"]
    return update


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads RSS from /proc")
async def test_refusals_come_before_the_body_and_memory_stays_flat(
    fake: FakeBotApi, sqlite_url: str, tmp_path: Path
) -> None:
    port = free_port()
    proc = await start_bot(tmp_path, webhook_env(fake, sqlite_url, port))
    try:
        await started(fake, port)
        big = {"Content-Length": str(BIG)}
        # Headers only: the answer comes while the 90 MB body is still unsent.
        for headers, expected in [
            (big, 403),
            ({**big, "X-Telegram-Bot-Api-Secret-Token": "wrong"}, 403),
            ({**big, "X-Telegram-Bot-Api-Secret-Token": SECRET}, 413),
            ({"Content-Length": str(LIMIT + 1), "X-Telegram-Bot-Api-Secret-Token": SECRET}, 413),
        ]:
            reader, writer = await send_headers(port, headers)
            assert await status_of(reader) == expected, headers
            writer.close()

        # Chunked (no length announced): refused once past the limit, the end never sent.
        reader, writer = await send_headers(
            port, {"Transfer-Encoding": "chunked", "X-Telegram-Bot-Api-Secret-Token": SECRET}
        )
        piece = b" " * 65536
        for _ in range(LIMIT // len(piece) + 2):
            writer.write(b"%x\r\n%s\r\n" % (len(piece), piece))
        await writer.drain()
        assert await status_of(reader) == 413
        writer.close()

        # Three 90 MB posts without the secret, poured at full speed, all at once.
        before = rss_bytes(proc.pid)
        results = await asyncio.gather(*(asyncio.to_thread(blast, port, BIG) for _ in range(3)))
        after = rss_bytes(proc.pid)
        assert [status for status, _ in results] == [403, 403, 403]
        assert all(sent < BIG for _, sent in results), "refused before the body was through"
        assert after - before < 20 * 1024 * 1024, (before, after)

        # The server still serves Telegram.
        async with aiohttp.ClientSession() as http:
            headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
            async with http.post(
                f"http://127.0.0.1:{port}/hook", json=start_update(1), headers=headers
            ) as resp:
                assert resp.status == 200
        await fake.wait_for_message(UID, contains="not a doctor", timeout=15)
    finally:
        await stop_bot(proc)


@pytest.mark.slow
async def test_debug_logs_never_hold_what_was_written(
    fake: FakeBotApi, sqlite_url: str, tmp_path: Path
) -> None:
    port = free_port()
    env = webhook_env(fake, sqlite_url, port, LOG_LEVEL="DEBUG")
    proc = await start_bot(tmp_path, env)
    try:
        await started(fake, port)
        hook = f"http://127.0.0.1:{port}/hook"
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"}
        unreadable = [
            # Not JSON (cut short), then JSON PTB cannot make an update of.
            json.dumps(text_update(2, TEXT))[:-3],
            json.dumps({"update_id": 3, "message": {"text": TEXT}}),
            json.dumps({"update_id": 4, "message": TEXT}),
            json.dumps([TEXT]),
        ]
        async with aiohttp.ClientSession() as http:
            async with http.post(hook, json=start_update(1), headers=headers) as resp:
                assert resp.status == 200
            await fake.wait_for_message(UID, contains="not a doctor", timeout=15)
            for body in unreadable:  # 200: Telegram would only redeliver it, to fail again
                async with http.post(hook, data=body, headers=headers) as resp:
                    assert resp.status == 200, body
            n = len(fake.messages_to(UID))
            async with http.post(hook, json=text_update(5, TEXT), headers=headers) as resp:
                assert resp.status == 200
            await fake.wait_for_message(UID, after=n, timeout=15)  # read and answered
    finally:
        err = await stop_bot(proc)
    assert "Processing update <Update>" in err, "PTB's DEBUG lines were there, scrubbed"
    dropped = [line for line in err.splitlines() if "webhook: dropped" in line]
    assert len(dropped) == 4 and all(" WARNING " in line for line in dropped), dropped
    for word in WORDS:
        assert word not in err, f"{word!r} in the DEBUG log"
    assert SECRET not in err and fake.token not in err


async def test_a_full_process_answers_busy_and_takes_the_update_later(fake: FakeBotApi) -> None:
    """With as many updates in the process as it may hold, a delivery is refused with 503
    (Telegram delivers it again), not parked: accepted once there is room."""
    queue = IntakeQueue(limit=1)
    server = WebhookServer(
        Bot(fake.token, base_url=fake.base_url),
        queue,
        path="/hook",
        secret=SECRET,
        max_body=1 << 20,
        listen="127.0.0.1",
        port=0,
    )
    await server.start()
    url = f"http://127.0.0.1:{server.port}/hook"
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    try:
        async with aiohttp.ClientSession() as http:
            async with http.post(url, json=start_update(1), headers=headers) as first:
                assert first.status == 200
            async with http.post(url, json=start_update(2), headers=headers) as busy:
                assert busy.status == 503 and busy.headers["Retry-After"]
            assert queue.qsize() == 1
            await queue.get()
            queue.task_done()
            async with http.post(url, json=start_update(2), headers=headers) as again:
                assert again.status == 200
        taken = await queue.get()
        assert getattr(taken, "update_id", None) == 2
    finally:
        await server.stop()
