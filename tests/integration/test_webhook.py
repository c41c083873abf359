"""Webhook mode: `backtrack run` with WEBHOOK_URL registers the hook with Telegram (the
fake records setWebhook), refuses requests without the secret token (403, nothing
written or sent) and answers the ones that carry it."""

from __future__ import annotations

import asyncio
import socket
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import func, select

from bot.storage.db import make_engine, make_sessionmaker
from bot.storage.models import User
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
