"""The fake Bot API works with a real python-telegram-bot Application over HTTP."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, EndPointNotFound, Forbidden, RetryAfter
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from tests.fakebotapi import FakeBotApi, fake_bot_api

Ctx = ContextTypes.DEFAULT_TYPE


async def _start(update: Update, context: Ctx) -> None:
    assert update.effective_message is not None
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("Europe/Berlin", callback_data="tz:Europe/Berlin")],
            [InlineKeyboardButton("Other…", callback_data="tz:other")],
        ]
    )
    await update.effective_message.reply_text(
        "Welcome! Pick a <b>zone</b>", reply_markup=keyboard, parse_mode="HTML"
    )


async def _pressed(update: Update, context: Ctx) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    await query.edit_message_text(f"Zone set: {query.data.removeprefix('tz:')}")
    await query.answer("Saved")


def _build(fake: FakeBotApi) -> Application:  # type: ignore[type-arg]
    app = (
        Application.builder()
        .token(fake.token)
        .base_url(fake.base_url)
        .base_file_url(fake.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", _start))
    app.add_handler(CallbackQueryHandler(_pressed))
    return app


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with fake_bot_api() as f:
        yield f


@pytest.fixture
async def app(fake: FakeBotApi) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    application = _build(fake)
    await application.initialize()
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0, timeout=1)
    try:
        yield application
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()


async def test_start_press_edit_answer(fake: FakeBotApi, app: Application) -> None:  # type: ignore[type-arg]
    await fake.send_text(42, "/start")
    msg = await fake.wait_for_message(42, contains="Welcome")
    assert msg.text == "Welcome! Pick a zone"  # HTML rendered like Telegram does
    assert msg.raw_text == "Welcome! Pick a <b>zone</b>"
    assert fake.buttons(msg) == ["Europe/Berlin", "Other…"]
    assert msg.message_id == 2  # the user's /start was message 1 of this chat

    cq_id = await fake.press(42, msg.message_id, "Berlin")
    edit = await fake.wait_for_edit(42, msg.message_id, contains="Zone set")
    assert edit.text == "Zone set: Europe/Berlin"
    assert fake.current(42, msg.message_id).reply_markup is None
    answer = await fake.wait_for_callback_answer(cq_id)
    assert answer["text"] == "Saved"

    methods = [m for m, _ in fake.request_log]
    assert methods[0] == "getMe"
    assert "deleteWebhook" in methods
    assert "getUpdates" in methods


async def test_listen_reports_sends_edits_and_answers_in_order(
    fake: FakeBotApi,
    app: Application,  # type: ignore[type-arg]
) -> None:
    seen: list[object] = []
    fake.listen(seen.append)
    await fake.send_text(42, "/start")
    msg = await fake.wait_for_message(42, contains="Welcome")
    cq_id = await fake.press(42, msg.message_id, "Berlin")
    await fake.wait_for_callback_answer(cq_id)
    assert seen[0] is fake.sent[0]
    assert seen[1] is fake.edits[0]  # the handler edits first, then answers
    assert seen[2] == fake.callback_answers[0] and len(seen) == 3


async def test_hold_keeps_calls_waiting_until_release(
    fake: FakeBotApi,
    app: Application,  # type: ignore[type-arg]
) -> None:
    fake.hold("sendMessage")
    await fake.send_text(42, "/start")
    await fake.wait_for_request("sendMessage", timeout=10)  # received...
    await asyncio.sleep(0.3)
    assert not fake.sent  # ...but not answered
    fake.release("sendMessage")
    await fake.wait_for_message(42, contains="Welcome")


async def test_long_poll_returns_promptly(fake: FakeBotApi, app: Application) -> None:  # type: ignore[type-arg]
    loop = asyncio.get_running_loop()
    for _ in range(3):
        before = len(fake.messages_to(7))
        t0 = loop.time()
        await fake.send_text(7, "/start")
        await fake.wait_for_message(7, after=before, timeout=2)
        assert loop.time() - t0 < 0.5  # not waiting for the 1 s poll timeout


async def test_group_and_odd_updates_do_not_break(fake: FakeBotApi, app: Application) -> None:  # type: ignore[type-arg]
    await fake.send_sticker(5)
    await fake.send_photo_update(5)
    await fake.send_location(5, 52.52, 13.405)
    await fake.send_edited_text(5, "edited")
    await fake.press_data(5, 999, "tz:forged")  # message that does not exist
    await fake.send_text(
        -100, "/start@backtrack_test_bot", chat_id=-100, chat_type="group", first_name="Ann"
    )
    msg = await fake.wait_for_message(-100, contains="Welcome")
    assert msg.chat_id == -100
    await fake.wait_until_consumed()


async def test_uploads_keep_bytes_and_filename(fake: FakeBotApi, app: Application) -> None:  # type: ignore[type-arg]
    bot = app.bot
    png = b"\x89PNG\r\n\x1a\nfake-image"
    photo_msg = await bot.send_photo(42, photo=png, caption="chart")
    doc_msg = await bot.send_document(
        42, document=io.BytesIO(b"%PDF-1.4 report"), filename="report.pdf", caption="Report"
    )
    photo, doc = fake.messages_to(42)
    assert photo.kind == "photo" and photo.photo == png and photo.caption == "chart"
    assert doc.kind == "document" and doc.document == b"%PDF-1.4 report"
    assert doc.filename == "report.pdf"
    assert photo_msg.photo[-1].file_id == photo.file_id
    assert doc_msg.document is not None and doc_msg.document.file_name == "report.pdf"
    # downloading through base_file_url works too
    tg_file = await bot.get_file(doc_msg.document.file_id)
    assert bytes(await tg_file.download_as_bytearray()) == b"%PDF-1.4 report"


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_injected_errors_map_to_ptb_exceptions(fake: FakeBotApi, app: Application) -> None:  # type: ignore[type-arg]
    bot = app.bot
    fake.inject_error(
        "sendMessage",
        error_code=429,
        description="Too Many Requests: retry after 3",
        retry_after=3,
    )
    with pytest.raises(RetryAfter) as exc_info:
        await bot.send_message(42, "hi")
    assert "Retry in 3 seconds" in str(exc_info.value)

    fake.inject_error(
        "sendMessage",
        error_code=403,
        description="Forbidden: bot was blocked by the user",
        chat_id=43,
    )
    await bot.send_message(42, "other chat is fine")
    with pytest.raises(Forbidden):
        await bot.send_message(43, "hi")
    await bot.send_message(43, "works again")  # times=1

    fake.block(44)
    with pytest.raises(Forbidden, match="blocked"):
        await bot.send_message(44, "hi")

    with pytest.raises(BadRequest, match="(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=42, message_id=12345)

    msg = await bot.send_message(42, "same")
    with pytest.raises(BadRequest, match="(?i)message is not modified"):
        await bot.edit_message_text("same", chat_id=42, message_id=msg.message_id)

    with pytest.raises(BadRequest, match="(?i)can.t parse entities"):
        await bot.send_message(42, "pain < 5 <oops>", parse_mode="HTML")

    # 404 for unknown methods: PTB turns it into InvalidToken, and do_api_request into
    # EndPointNotFound
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("noSuchMethod")

    with pytest.raises(BadRequest, match="(?i)query is too old"):
        await bot.answer_callback_query("unknown-query")


async def test_injected_delay(fake: FakeBotApi, app: Application) -> None:  # type: ignore[type-arg]
    fake.inject_delay("sendMessage", 0.3)
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await app.bot.send_message(42, "slow")
    assert loop.time() - t0 >= 0.3
    t0 = loop.time()
    await app.bot.send_message(42, "fast")
    assert loop.time() - t0 < 0.3


async def test_wait_for_message_timeout_dumps_state(fake: FakeBotApi) -> None:
    with pytest.raises(AssertionError, match="timed out"):
        await fake.wait_for_message(1, contains="never", timeout=0.05)


async def test_press_unknown_button_is_assertion(fake: FakeBotApi, app: Application) -> None:  # type: ignore[type-arg]
    await fake.send_text(42, "/start")
    msg = await fake.wait_for_message(42)
    with pytest.raises(AssertionError, match="no button"):
        await fake.press(42, msg.message_id, "Nope")


async def test_commands_and_webhook_methods(fake: FakeBotApi) -> None:
    app = _build(fake)
    await app.initialize()
    try:
        from telegram import BotCommand

        await app.bot.set_my_commands([BotCommand("start", "Start"), BotCommand("help", "Help")])
        assert [c.command for c in await app.bot.get_my_commands()] == ["start", "help"]
        await app.bot.delete_my_commands()
        assert await app.bot.get_my_commands() == ()
        await app.bot.set_webhook("https://example.invalid/hook")
        assert (await app.bot.get_webhook_info()).url == "https://example.invalid/hook"
        await app.bot.delete_webhook()
        await app.bot.send_chat_action(42, "typing")
        assert fake.requests("sendChatAction")[0]["action"] == "typing"
    finally:
        await app.shutdown()
