"""Logs at INFO and above never carry what a person wrote, their health data or the token.

The real bot runs against the fake Bot API with the library loggers at the levels
`backtrack run` sets; failures are injected so that the error paths log too.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
import logging
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.app import build_application
from bot.cli import ALLOWED_UPDATES
from bot.logconfig import NOISY_LOGGERS, make_handler
from bot.telegram.webhook import serve_webhook, server_for
from tests.conftest import FakeClock, make_settings, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard
from tests.integration.test_process import clean_env
from tests.integration.test_webhook import SECRET, free_port, start_update

HEALTH_TEXT = "pain 7, took 2 advil"
# Things that must not appear at INFO+: what was typed, what the parser made of it.
FORBIDDEN = (HEALTH_TEXT, "pain 7", "advil", "Advil", "shooting", "left leg", "ran out")


@pytest.fixture
def production_levels() -> Iterator[None]:
    """Library loggers as `backtrack run` sets them (bot/logconfig.py), restored after."""
    saved = {name: logging.getLogger(name).level for name in NOISY_LOGGERS}
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    yield
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)


def rendered(record: logging.LogRecord) -> str:
    """Everything a handler could print for a record: message, traceback, stack, extras."""
    parts = [record.getMessage(), record.exc_text or "", record.stack_info or ""]
    if record.exc_info and record.exc_info[1] is not None:
        parts.append(logging.Formatter().formatException(record.exc_info))
    parts.extend(str(v) for v in vars(record).values() if isinstance(v, str))
    return "\n".join(parts)


async def say(fake: FakeBotApi, text: str, contains: str) -> Any:
    """Send text as the user; wait for a reply containing `contains`."""
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, text)
    return await fake.wait_for_message(UID, after=n, contains=contains, timeout=15)


async def test_info_logs_hold_no_health_text_and_no_token(
    fake: FakeBotApi,
    bot: Any,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
    production_levels: None,
) -> None:
    caplog.set_level(logging.INFO)
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")

    # A reply Telegram refuses (400, never retried): the error handler logs it at ERROR
    # and apologises. (A 5xx is retried and delivered: tests/integration/test_reliability.)
    fake.inject_error("sendMessage", error_code=400, description="Bad Request: x", chat_id=UID)
    await say(fake, "pain 7 earlier, took 2 advil", "went wrong")
    echo = await say(fake, HEALTH_TEXT, "Logged: pain 7")
    await say(fake, "6, shooting down my left leg", "Logged")
    await say(fake, "/took 2 advil an hour ago", "Ibuprofen")
    await fake.press(UID, echo.message_id, "Undo")
    await fake.wait_for_edit(UID, echo.message_id, contains="Undone")

    # Due work: a reminder that fails once (WARNING, retried a minute later), then Skip.
    fake.inject_error("sendMessage", error_code=500, description="Internal", times=5)
    clock.set(dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await tick(bot)
    n = len(fake.messages_to(UID))
    clock.advance(minutes=1)
    await tick(bot)
    reminder = await fake.wait_for_message(UID, after=n - 1, contains="Time for your")
    await fake.press(UID, reminder.message_id, "Skip")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Why")
    await fake.press(UID, reminder.message_id, "Ran out")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Skipped")

    loud = [r for r in caplog.records if r.levelno >= logging.INFO]
    assert loud, "the failures above must have been logged"
    assert any(r.levelno >= logging.ERROR for r in loud), [r.getMessage() for r in loud]
    for record in loud:
        text = rendered(record)
        assert fake.token not in text, f"token in a {record.levelname} record: {text}"
        for phrase in FORBIDDEN:
            assert phrase not in text, f"{phrase!r} in a {record.levelname} record: {text}"


@pytest.mark.slow
async def test_run_with_json_logs_prints_only_json_lines_without_secrets(
    fake: FakeBotApi, tmp_path: Path
) -> None:
    env = clean_env(
        TELEGRAM_BOT_TOKEN=fake.token,
        TELEGRAM_API_URL=fake.base_url,
        DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path}/bot.db",
        LOG_FORMAT="json",
        LOG_LEVEL="INFO",
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=str(tmp_path),
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await fake.wait_for_request("getUpdates", timeout=30)  # migrated and polling
        await onboard(fake)
        await say(fake, HEALTH_TEXT, "pain 7")
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(proc.communicate(), timeout=30)
    assert proc.returncode == 0, err.decode()[-2000:]
    lines = err.decode().splitlines()
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    assert records and all({"ts", "level", "logger", "msg"} <= set(r) for r in records)
    assert any(r["msg"].startswith("starting in polling mode") for r in records)
    # The whole conversation above ran on the loop `backtrack run` chose (uvloop here).
    expected = "uvloop" if sys.platform != "win32" else "asyncio"
    assert any(r["msg"] == f"event loop: {expected}" for r in records)
    # After start-up (the gazetteer included, used by onboarding) the heap was frozen.
    frozen = [r["msg"] for r in records if r["msg"].startswith("start-up heap frozen")]
    assert frozen and int(frozen[0].split()[3]) > 10_000, frozen
    text = err.decode()
    assert fake.token not in text
    for phrase in FORBIDDEN:
        assert phrase not in text, phrase


class Kept(logging.Handler):
    """Keeps every record as the production handler would print it (same filters)."""

    def __init__(self, production: logging.Handler) -> None:
        super().__init__(logging.DEBUG)
        for f in production.filters:
            self.addFilter(f)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def every_logger_at_debug() -> Iterator[None]:
    """Root and the loggers `backtrack run` quietens, all at DEBUG; restored after."""
    names = ["", *NOISY_LOGGERS]
    saved = {name: logging.getLogger(name).level for name in names}
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)


async def test_webhook_debug_records_of_every_logger_hold_no_text(
    fake: FakeBotApi, sqlite_url: str, clock: FakeClock, every_logger_at_debug: None
) -> None:
    """The real application behind our webhook server, every logger at DEBUG: updates
    PTB cannot read and one it can, all saying the same thing; no record keeps it."""
    words = ("pain 9", "bladder")
    text = "pain 9 lost bladder control"
    port = free_port()
    settings = make_settings(
        fake, sqlite_url, WEBHOOK_URL=f"http://127.0.0.1:{port}/hook",
        WEBHOOK_SECRET=SECRET, WEBHOOK_LISTEN="127.0.0.1", WEBHOOK_PORT=port,
    )  # fmt: skip
    stream = io.StringIO()
    production = make_handler("json", fake.token, stream)
    kept = Kept(production)
    root = logging.getLogger()
    root.addHandler(production)
    root.addHandler(kept)
    app = build_application(settings, clock=clock)
    stop = asyncio.Event()
    serving = asyncio.create_task(
        serve_webhook(
            app, server_for(app, settings), webhook_url=settings.webhook_url or "",
            allowed_updates=ALLOWED_UPDATES, stop=stop,
        )
    )  # fmt: skip
    try:
        await fake.wait_for_request("setWebhook", timeout=30)
        await post_until_answered(port, start_update(1), "not a doctor", fake)
        async with aiohttp.ClientSession() as http:
            for body in (
                json.dumps({"update_id": 2, "message": {"text": text}}),
                json.dumps({"update_id": 3, "message": {"text": text}})[:-2],
            ):
                async with http.post(
                    f"http://127.0.0.1:{port}/hook", data=body, headers=hook_headers()
                ) as resp:
                    assert resp.status == 200
        plain = start_update(4, text)
        del plain["message"]["entities"]
        await post_until_answered(port, plain, None, fake)
    finally:
        stop.set()
        await asyncio.wait_for(serving, 60)
        root.removeHandler(production)
        root.removeHandler(kept)
    libraries = {r.name.partition(".")[0] for r in kept.records}
    assert {"telegram", "apscheduler", "bot"} <= libraries, libraries
    assert any(r.getMessage() == "Processing update <Update>" for r in kept.records)
    for record in kept.records:
        shown = rendered(record)
        for word in words:
            assert word not in shown, f"{word!r} in a {record.levelname} record: {shown}"
    out = stream.getvalue()
    assert all(word not in out for word in words) and fake.token not in out


def hook_headers() -> dict[str, str]:
    return {"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"}


async def post_until_answered(
    port: int, update: dict[str, Any], contains: str | None, fake: FakeBotApi
) -> None:
    """POST an update to the hook (200) and wait for the bot's answer."""
    n = len(fake.messages_to(update["message"]["chat"]["id"]))
    async with (
        aiohttp.ClientSession() as http,
        http.post(f"http://127.0.0.1:{port}/hook", json=update, headers=hook_headers()) as resp,
    ):
        assert resp.status == 200
    await fake.wait_for_message(
        update["message"]["chat"]["id"], after=n, contains=contains, timeout=15
    )
