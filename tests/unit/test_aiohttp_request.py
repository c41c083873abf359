"""The aiohttp request against the fake Bot API: a real round trip, errors, a timeout."""

from __future__ import annotations

import pytest
from telegram import Bot
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import Application

from bot.telegram.aiohttp_request import AiohttpRequest, default_requests
from tests.fakebotapi import FakeBotApi


async def test_application_roundtrip(fake: FakeBotApi) -> None:
    api, updates = default_requests()
    app = (
        Application.builder()
        .token(fake.token)
        .base_url(fake.base_url)
        .request(api)
        .get_updates_request(updates)
        .build()
    )
    await app.initialize()
    try:
        msg = await app.bot.send_message(42, "<b>hi</b> there", parse_mode="HTML")
        assert msg.message_id and msg.chat_id == 42
        assert fake.messages_to(42)[-1].text == "hi there"
        await fake.send_text(7, "hello")
        got = await app.bot.get_updates(timeout=1)
        assert got and got[0].message is not None and got[0].message.text == "hello"
        sent = await app.bot.send_document(42, b"a,b\n1,2\n", filename="x.csv", caption="csv")
        assert sent.document is not None
        assert fake.messages_to(42)[-1].document == b"a,b\n1,2\n"
    finally:
        await app.shutdown()


async def test_errors_map_to_ptb_exceptions(fake: FakeBotApi) -> None:
    request = AiohttpRequest()
    bot = Bot(fake.token, base_url=fake.base_url, request=request)
    await bot.initialize()
    try:
        fake.inject_error("sendMessage", error_code=400, description="Bad Request: nope")
        with pytest.raises(BadRequest):
            await bot.send_message(1, "x")
        fake.inject_error("sendMessage", error_code=502, description="Bad Gateway")
        with pytest.raises(NetworkError):
            await bot.send_message(1, "x")
    finally:
        await bot.shutdown()


async def test_timeout_is_timed_out(fake: FakeBotApi) -> None:
    request = AiohttpRequest(read_timeout=0.2, write_timeout=0.0)
    bot = Bot(fake.token, base_url=fake.base_url, request=request)
    await bot.initialize()
    try:
        fake.inject_delay("sendMessage", 1.0)
        with pytest.raises(TimedOut):
            await bot.send_message(1, "slow")
    finally:
        await bot.shutdown()


async def test_unreachable_server_is_network_error() -> None:
    request = AiohttpRequest(connect_timeout=1.0)
    await request.initialize()
    try:
        with pytest.raises(NetworkError):
            await request.post("http://127.0.0.1:9/bot1:x/getMe")
    finally:
        await request.shutdown()
