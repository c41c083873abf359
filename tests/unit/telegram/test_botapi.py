"""`BotApi` fails exactly as PTB's own request does, and reads ids the cheap way only when
the answer has Telegram's usual shape."""

from __future__ import annotations

import json
from typing import Any

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import TelegramError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.telegram.botapi import BotApi, answer, encode, message_id_only
from tests.fakebotapi import FakeBotApi


class Canned(BaseRequest):
    """PTB's BaseRequest answering with a fixed (status, body): PTB's mapping is the oracle."""

    def __init__(self, status: int, payload: bytes) -> None:
        self.status, self.payload = status, payload

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None: ...

    async def shutdown(self) -> None: ...

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        return self.status, self.payload


def body(**fields: Any) -> bytes:
    return json.dumps(fields).encode()


CASES = [
    (200, body(ok=True, result={"message_id": 5, "text": "hi"})),
    (200, body(ok=True, result=True)),
    (400, body(ok=False, error_code=400, description="Bad Request: message to edit not found")),
    (400, body(ok=False, error_code=400, description="Bad Request: chat not found")),
    (401, body(ok=False, error_code=401, description="Unauthorized")),
    (403, body(ok=False, error_code=403, description="Forbidden: bot was blocked by the user")),
    (404, body(ok=False, error_code=404, description="Not Found")),
    (409, body(ok=False, error_code=409, description="Conflict: terminated by other getUpdates")),
    (429, body(ok=False, error_code=429, description="Too Many", parameters={"retry_after": 7})),
    (400, body(ok=False, description="migrated", parameters={"migrate_to_chat_id": -100123})),
    (400, body(ok=False, description="odd", parameters={"something": 1})),
    (500, body(ok=False, error_code=500, description="Internal Server Error")),
    (502, b"<html>Bad Gateway</html>"),
    (503, b""),
    (599, b"not json"),
    (418, body(ok=False)),
]


@pytest.mark.parametrize(("status", "payload"), CASES)
async def test_same_outcome_as_ptb(status: int, payload: bytes) -> None:
    try:
        expected: Any = await Canned(status, payload).post("https://x/botT/m", RequestData())
    except TelegramError as exc:
        expected = exc
    try:
        got: Any = answer(status, payload)
    except TelegramError as exc:
        got = exc
    if isinstance(expected, TelegramError):
        assert type(got) is type(expected)
        # PTB appends notes about unparsable bodies; the description itself must agree.
        assert got.message == expected.message or expected.message.startswith(got.message)
        for attr in ("retry_after", "new_chat_id"):
            assert getattr(got, attr, None) == getattr(expected, attr, None)
    else:
        assert got == expected


def test_a_success_without_a_result_is_an_error() -> None:
    with pytest.raises(TelegramError):
        answer(200, b"<html>")


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (b'{"ok":true,"result":{"message_id":42,"date":1}}', 42),
        (b'{ "ok": true, "result": { "message_id": 7 } }', 7),
        (b'{"ok":true,"result":{"message_id":9}}', 9),
        # Any other shape is decoded in full by `answer` (here: None, no shortcut).
        (b'{"ok":true,"result":{"date":1,"message_id":42}}', None),
        (b'{"ok":true,"result":true}', None),
        (b'{"ok":false,"result":{"message_id":42}}', None),
        (b'{"result":{"message_id":42},"ok":true}', None),
        (b'{"ok":true,"result":{"message_id":4x}}', None),
    ],
)
def test_message_id_shortcut(payload: bytes, expected: int | None) -> None:
    got = message_id_only(payload)
    assert (got and got["message_id"]) == expected
    if got is not None:
        assert got["message_id"] == json.loads(payload)["result"]["message_id"]


def test_encode_drops_none_and_serialises_ptb_objects() -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("✅ Taken", callback_data="T:1:sig")]])
    out = json.loads(encode({"chat_id": 5, "text": "héllo", "reply_markup": markup, "x": None}))
    assert out == {
        "chat_id": 5,
        "text": "héllo",
        "reply_markup": {"inline_keyboard": [[{"text": "✅ Taken", "callback_data": "T:1:sig"}]]},
    }


async def test_round_trip_against_the_fake_bot_api(fake: FakeBotApi) -> None:
    api = BotApi(f"{fake.base_url}{fake.token}")
    try:
        keyboard = {"inline_keyboard": [[{"text": "✅ Taken", "callback_data": "T:1:abc"}]]}
        sent = await api.call(
            "sendMessage", {"chat_id": 42, "text": "hi", "reply_markup": keyboard}
        )
        assert sent["chat"]["id"] == 42 and sent["text"] == "hi"
        quick = await api.call("sendMessage", {"chat_id": 42, "text": "again"}, only_id=True)
        assert quick == {"message_id": fake.messages_to(42)[-1].message_id}
        assert fake.buttons(fake.messages_to(42)[0]) == ["✅ Taken"]
        fake.inject_delay("sendMessage", 1.0)
        slow = BotApi(f"{fake.base_url}{fake.token}", timeout=0.2)
        with pytest.raises(TimedOut):
            await slow.call("sendMessage", {"chat_id": 42, "text": "late"})
        await slow.close()
    finally:
        await api.close()
