"""Bot API calls with JSON bodies over `JsonHttpClient`, failing exactly as PTB fails.

The sender's hot path (sendMessage, editMessageText) needs neither PTB's request
building nor its typed result objects, only the JSON answer. Errors are PTB's own
classes with PTB's mapping (`telegram.request.BaseRequest`), so retry logic written
against PTB's errors sees no difference between this and `Bot.do_api_request`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from telegram import TelegramObject
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.telegram.jsonhttp import HttpError, HttpTimeout, JsonHttpClient


class BotApi:
    """`call("sendMessage", {...})` -> the `result` of Telegram's answer."""

    def __init__(self, base_url: str, *, limit: int = 48, timeout: float = 10.0) -> None:
        """`base_url` ends with `/bot<token>`, like PTB's `Bot.base_url`."""
        self.client = JsonHttpClient(base_url, limit=limit, timeout=timeout)

    async def call(self, method: str, params: Mapping[str, Any], *, only_id: bool = False) -> Any:
        """POST `params` (None values dropped, PTB objects as their JSON) to `method`.

        `only_id`: the caller reads nothing but `result["message_id"]`, so a successful
        answer may come back as just that (see `message_id_only`)."""
        body = encode(params)
        try:
            status, payload = await self.client.post(method, body)
        except HttpTimeout as exc:
            raise TimedOut(str(exc)) from exc
        except HttpError as exc:
            raise NetworkError(f"{type(exc).__name__}: {exc}") from exc
        if only_id and status == 200:
            found = message_id_only(payload)
            if found is not None:
                return found
        return answer(status, payload)

    async def close(self) -> None:
        """Close the idle connections."""
        await self.client.close()


def encode(params: Mapping[str, Any]) -> bytes:
    """The JSON body: None means "not given" (as in PTB), objects become their dicts."""
    clean = {
        key: value.to_dict() if isinstance(value, TelegramObject) else value
        for key, value in params.items()
        if value is not None
    }
    return json.dumps(clean, separators=(",", ":"), ensure_ascii=False).encode()


# Telegram answers a sent message as `{"ok":true,"result":{"message_id":N,...` with the
# whole message after it (keyboard included). When that is how the answer begins, the id
# is read from the first bytes instead of decoding all of it; any other shape is decoded.
_OK_MESSAGE_ID = re.compile(
    rb'\{\s*"ok"\s*:\s*true\s*,\s*"result"\s*:\s*\{\s*"message_id"\s*:\s*(\d+)\s*[,}]'
)


def message_id_only(payload: bytes) -> dict[str, int] | None:
    """`{"message_id": N}` when a successful answer begins with its message id, else None."""
    m = _OK_MESSAGE_ID.match(payload)
    return {"message_id": int(m.group(1))} if m else None


def answer(status: int, payload: bytes) -> Any:
    """Telegram's `result`, or the PTB error its status and description mean."""
    try:
        data = json.loads(payload.decode("utf-8", "replace"))
    except ValueError:
        data = None
    if 200 <= status <= 299:
        if not isinstance(data, dict) or "result" not in data:
            raise TelegramError("Invalid server response")
        return data["result"]
    try:
        message = f"{HTTPStatus(status).phrase} ({status})"
    except ValueError:
        message = f"Unknown HTTPError ({status})"
    if isinstance(data, dict):
        message = data.get("description") or message
        parameters = data.get("parameters")
        if parameters:
            if parameters.get("migrate_to_chat_id"):
                raise ChatMigrated(parameters["migrate_to_chat_id"])
            if parameters.get("retry_after"):
                raise RetryAfter(parameters["retry_after"])
    if status == HTTPStatus.FORBIDDEN:
        raise Forbidden(message)
    if status in (HTTPStatus.NOT_FOUND, HTTPStatus.UNAUTHORIZED):
        raise InvalidToken(message)
    if status == HTTPStatus.BAD_REQUEST:
        raise BadRequest(message)
    if status == HTTPStatus.CONFLICT:
        raise Conflict(message)
    raise NetworkError(message)
