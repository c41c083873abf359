# ruff: noqa: ASYNC109  (the public test API deliberately takes ``timeout=`` arguments)
"""A fake Telegram Bot API server for end-to-end tests.

:class:`FakeBotApi` is a small aiohttp app on ``127.0.0.1`` that speaks enough of the
Bot API that a *real* python-telegram-bot ``Application`` runs against it over HTTP
(long polling)::

    async with fake_bot_api() as fake:
        app = (
            Application.builder()
            .token(fake.token)
            .base_url(fake.base_url)
            .base_file_url(fake.base_file_url)
            .build()
        )
        ...
        await fake.send_text(42, "/start")
        msg = await fake.wait_for_message(42, contains="Welcome")
        await fake.press(42, msg.message_id, "Berlin")

Wire format notes (python-telegram-bot 22.x):

* PTB POSTs ``{base_url}{token}/{method}`` as ``application/x-www-form-urlencoded``, or as
  ``multipart/form-data`` when files are uploaded. Every form value is a string: plain
  strings are sent as-is, everything else (ints, bools, dicts such as ``reply_markup``,
  lists) is JSON-encoded. The server therefore JSON-decodes every field except a known set
  of string fields (``text``, ``caption``, ...). A ``application/json`` body is accepted too.
* Uploaded files arrive as multipart parts named after the parameter (``photo``,
  ``document``); ``attach://name`` references are resolved as well.
* The HTTP status must equal ``error_code``: PTB maps 400 -> ``BadRequest``,
  403 -> ``Forbidden``, 401/404 -> ``InvalidToken``, 409 -> ``Conflict``, anything else ->
  ``NetworkError``; a ``parameters.retry_after`` gives ``RetryAfter`` regardless of status.

Realistic behaviour reproduced on purpose, so that bugs surface in tests rather than in
production: per-chat message ids shared by user and bot messages, "message is not
modified", "message to edit not found", HTML ``parse_mode`` validation ("can't parse
entities"), 4096/1024 length limits, 64-byte ``callback_data`` limit, single answer per
callback query, 409 for ``getUpdates`` while a webhook is set or when a newer
``getUpdates`` supersedes a waiting one.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import html
import itertools
import json
import re
import socket
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

JSONDict = dict[str, Any]

#: Parameters that PTB sends as raw strings (never JSON-encoded). All others are JSON-decoded.
_STRING_FIELDS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "inline_message_id",
        "url",
        "secret_token",
        "ip_address",
        "language_code",
        "action",
        "photo",
        "document",
        "thumbnail",
        "file_id",
        "business_connection_id",
        "message_effect_id",
        "emoji",
    }
)

_MAX_TEXT = 4096
_MAX_CAPTION = 1024
_MAX_CALLBACK_DATA = 64

_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
_QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"

_HTML_TAGS = frozenset(
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
        "a", "code", "pre", "blockquote", "tg-emoji",
    }
)  # fmt: skip
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*)?)\s*>")
_ENTITY_RE = re.compile(r"&(lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);")


class BotApiError(Exception):
    """A Bot API error response (``{"ok": false, ...}``) raised inside a method handler."""

    def __init__(self, error_code: int, description: str, retry_after: int | None = None):
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.retry_after = retry_after

    def payload(self) -> JSONDict:
        """The JSON body Telegram would send."""
        body: JSONDict = {
            "ok": False,
            "error_code": self.error_code,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


@dataclass
class SentMessage:
    """A message in the fake's store (normally one the bot sent).

    ``text`` is the *rendered* text (HTML tags stripped and entities decoded, as Telegram
    returns it) or the caption for photos/documents; ``raw_text`` is what the bot sent.
    """

    chat_id: int
    message_id: int
    kind: str  # "message" | "photo" | "document" | "user" (a message from a user)
    text: str
    raw_text: str
    parse_mode: str | None
    reply_markup: JSONDict | None
    date: int
    file_bytes: bytes | None = None
    filename: str | None = None
    mime_type: str | None = None
    file_id: str | None = None
    reply_to_message_id: int | None = None
    from_bot: bool = True
    params: JSONDict = field(default_factory=dict)
    edit_count: int = 0
    deleted: bool = False

    @property
    def caption(self) -> str | None:
        """The caption of a photo/document, else ``None``."""
        return self.text if self.kind in ("photo", "document") else None

    @property
    def document(self) -> bytes | None:
        """Uploaded bytes of a document message."""
        return self.file_bytes if self.kind == "document" else None

    @property
    def photo(self) -> bytes | None:
        """Uploaded bytes of a photo message."""
        return self.file_bytes if self.kind == "photo" else None


@dataclass
class EditRecord:
    """One successful edit (editMessageText / editMessageReplyMarkup / editMessageCaption)."""

    chat_id: int
    message_id: int
    method: str
    text: str | None  # new rendered text/caption, None for markup-only edits
    reply_markup: JSONDict | None
    date: int
    message: SentMessage  # snapshot of the message after this edit


#: What `FakeBotApi.listen` reports: a message sent, an edit, or a button's answer
#: (the answerCallbackQuery parameters).
FakeEvent = SentMessage | EditRecord | JSONDict


@dataclass
class _Fault:
    method: str
    chat_id: int | None
    times: int
    error: BotApiError | None = None
    delay: float = 0.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def render_html(text: str) -> str:
    """Validate Telegram-flavoured HTML and return the plain text, like Telegram does.

    Raises :class:`BotApiError` (400 "can't parse entities") for unsupported or unbalanced
    tags and for a ``<`` that does not start a tag (unescaped user input).
    """
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "<":
            m = _TAG_RE.match(text, i)
            offset = len(text[:i].encode())
            if not m:
                raise BotApiError(
                    400,
                    "Bad Request: can't parse entities: Unexpected end of name token at byte "
                    f"offset {offset}",
                )
            closing, tag = m.group(1) == "/", m.group(2).lower()
            if tag not in _HTML_TAGS:
                kind = "end" if closing else "start"
                raise BotApiError(
                    400,
                    f'Bad Request: can\'t parse entities: Unsupported {kind} tag "{tag}" at '
                    f"byte offset {offset}",
                )
            if closing:
                if not stack or stack[-1] != tag:
                    expected = f'"</{stack[-1]}>"' if stack else "no end tag"
                    raise BotApiError(
                        400,
                        "Bad Request: can't parse entities: Unmatched end tag at byte offset "
                        f'{offset}, expected {expected}, found "</{tag}>"',
                    )
                stack.pop()
            else:
                stack.append(tag)
            i = m.end()
        elif ch == "&":
            m = _ENTITY_RE.match(text, i)
            if m:
                out.append(html.unescape(m.group(0)))
                i = m.end()
            else:
                out.append(ch)
                i += 1
        else:
            out.append(ch)
            i += 1
    if stack:
        raise BotApiError(
            400,
            "Bad Request: can't parse entities: Can't find end tag corresponding to start tag "
            f'"{stack[-1]}"',
        )
    return "".join(out)


def _render(text: str, parse_mode: str | None) -> str:
    if parse_mode and parse_mode.upper() == "HTML":
        return render_html(text)
    return text  # Markdown/MarkdownV2 are stored verbatim (not validated)


def _flat_buttons(markup: JSONDict | None) -> list[JSONDict]:
    if not markup:
        return []
    rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
    return [b if isinstance(b, dict) else {"text": b} for row in rows for b in row]


def _validate_markup(markup: Any) -> JSONDict | None:
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise BotApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if not button.get("text"):
                raise BotApiError(
                    400, "Bad Request: text buttons are unallowed in the inline keyboard"
                )
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= _MAX_CALLBACK_DATA:
                raise BotApiError(400, "Bad Request: BUTTON_DATA_INVALID")
            kinds = {
                "callback_data",
                "url",
                "switch_inline_query",
                "web_app",
                "login_url",
                "switch_inline_query_current_chat",
                "switch_inline_query_chosen_chat",
                "callback_game",
                "pay",
                "copy_text",
            }
            if not kinds & button.keys():
                raise BotApiError(400, 'Bad Request: can\'t find field "callback_data"')
    return markup


class FakeBotApi:
    """In-process fake of the Telegram Bot API (see module docstring)."""

    def __init__(
        self,
        token: str = "123456:TEST",
        *,
        bot_username: str = "backtrack_test_bot",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_username = bot_username
        self.clock = clock
        self.port = 0
        self.sent: list[SentMessage] = []
        self.edits: list[EditRecord] = []
        self.callback_answers: list[JSONDict] = []
        self.request_log: list[tuple[str, JSONDict]] = []
        self.deleted: list[tuple[int, int]] = []
        self.commands: dict[str, list[JSONDict]] = {}
        self.webhook_url = ""
        self.blocked: set[int] = set()
        self._store: dict[tuple[int, int], SentMessage] = {}
        self._next_msg_id: dict[int, int] = {}
        self._chats: dict[int, JSONDict] = {}
        self._users: dict[int, JSONDict] = {}
        self._updates: list[JSONDict] = []
        self._update_ids = itertools.count(1)
        self._cq_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._open_queries: dict[str, tuple[int, int]] = {}
        self._files: dict[str, tuple[bytes, str | None]] = {}
        self._faults: list[_Fault] = []
        self._held: dict[str, asyncio.Event] = {}
        self._held_answers: dict[str, asyncio.Event] = {}
        self._listeners: list[Callable[[FakeEvent], None]] = []
        self._poll_generation = 0
        self._closing = False
        self._cond: asyncio.Condition | None = None
        self._runner: web.AppRunner | None = None

    # ------------------------------------------------------------------ lifecycle
    @property
    def base_url(self) -> str:
        """Pass to ``ApplicationBuilder.base_url``; PTB appends the token."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """Pass to ``ApplicationBuilder.base_file_url``."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    async def start(self) -> None:
        """Start listening on a free port of 127.0.0.1."""
        self._cond = asyncio.Condition()
        self._closing = False
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.*}", self._handle_file)
        self._runner = web.AppRunner(
            app, handler_cancellation=True, access_log=None, shutdown_timeout=0.5
        )
        await self._runner.setup()
        for _attempt in range(5):
            self.port = _free_port()
            site = web.TCPSite(self._runner, "127.0.0.1", self.port)
            try:
                await site.start()
                return
            except OSError:
                continue
        raise RuntimeError("FakeBotApi: no free port")

    async def stop(self) -> None:
        """Release waiting long polls and shut the server down."""
        self._closing = True
        for method in list(self._held):
            self.release(method)
        for method in list(self._held_answers):
            self.release_answers(method)
        await self._notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotApi:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ------------------------------------------------------------------ helpers
    @property
    def _condition(self) -> asyncio.Condition:
        if self._cond is None:
            raise RuntimeError("FakeBotApi not started")
        return self._cond

    async def _notify(self) -> None:
        if self._cond is None:
            return
        async with self._cond:
            self._cond.notify_all()

    def _now(self) -> int:
        return int(self.clock())

    def _new_msg_id(self, chat_id: int) -> int:
        n = self._next_msg_id.get(chat_id, 1)
        self._next_msg_id[chat_id] = n + 1
        return n

    def _user(self, user_id: int, first_name: str = "Test") -> JSONDict:
        if user_id not in self._users:
            self._users[user_id] = {
                "id": user_id,
                "is_bot": False,
                "first_name": first_name,
                "language_code": "en",
            }
        return self._users[user_id]

    def _chat(
        self, chat_id: int, chat_type: str | None = None, user: JSONDict | None = None
    ) -> JSONDict:
        if chat_id not in self._chats or chat_type is not None:
            ctype = chat_type or ("private" if chat_id > 0 else "group")
            chat: JSONDict = {"id": chat_id, "type": ctype}
            if ctype == "private":
                chat["first_name"] = (user or {}).get("first_name", "Test")
            else:
                chat["title"] = f"Test {ctype} {chat_id}"
            self._chats[chat_id] = chat
        return self._chats[chat_id]

    def _bot_user(self) -> JSONDict:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Backtrack Test",
            "username": self.bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _message_json(self, msg: SentMessage) -> JSONDict:
        """The Bot API ``Message`` object for a stored message."""
        chat = self._chat(msg.chat_id)
        sender = self._bot_user() if msg.from_bot else self._user(msg.chat_id)
        if not msg.from_bot and "from_user" in msg.params:
            sender = msg.params["from_user"]
        out: JSONDict = {
            "message_id": msg.message_id,
            "date": msg.date,
            "chat": chat,
            "from": sender,
        }
        if msg.edit_count:
            out["edit_date"] = self._now()
        if msg.kind in ("message", "user"):
            if msg.text:
                out["text"] = msg.text
        else:
            if msg.text:
                out["caption"] = msg.text
            if msg.kind == "photo":
                out["photo"] = [
                    {
                        "file_id": msg.file_id,
                        "file_unique_id": f"u{msg.file_id}",
                        "width": 800,
                        "height": 600,
                        "file_size": len(msg.file_bytes or b""),
                    }
                ]
            else:
                out["document"] = {
                    "file_id": msg.file_id,
                    "file_unique_id": f"u{msg.file_id}",
                    "file_name": msg.filename,
                    "mime_type": msg.mime_type,
                    "file_size": len(msg.file_bytes or b""),
                }
        if msg.reply_markup and "inline_keyboard" in msg.reply_markup:
            out["reply_markup"] = msg.reply_markup
        if msg.reply_to_message_id is not None:
            target = self._store.get((msg.chat_id, msg.reply_to_message_id))
            if target is not None and target.reply_to_message_id is None:
                out["reply_to_message"] = self._message_json(target)
        return out

    async def _queue_update(self, update: JSONDict) -> int:
        update_id = next(self._update_ids)
        self._updates.append({"update_id": update_id, **update})
        await self._notify()
        return update_id

    async def _queue_user_message(
        self,
        user_id: int,
        extra: JSONDict,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        first_name: str = "Test",
        reply_to_message_id: int | None = None,
        deliver: bool = True,
    ) -> int:
        user = self._user(user_id, first_name)
        cid = user_id if chat_id is None else chat_id
        chat = self._chat(cid, chat_type if chat_id is not None else "private", user)
        message_id = self._new_msg_id(cid)
        now = self._now()
        stored = SentMessage(
            chat_id=cid,
            message_id=message_id,
            kind="user",
            text=str(extra.get("text", "")),
            raw_text=str(extra.get("text", "")),
            parse_mode=None,
            reply_markup=None,
            date=now,
            from_bot=False,
            reply_to_message_id=reply_to_message_id,
            params={"from_user": user, **extra},
        )
        self._store[(cid, message_id)] = stored
        message: JSONDict = {
            "message_id": message_id,
            "date": now,
            "chat": chat,
            "from": user,
            **extra,
        }
        if reply_to_message_id is not None:
            target = self._store.get((cid, reply_to_message_id))
            if target is None:
                raise AssertionError(f"no message {reply_to_message_id} in chat {cid}")
            message["reply_to_message"] = self._message_json(target)
        if deliver:
            await self._queue_update({"message": message})
        return message_id

    # ------------------------------------------------------------------ acting as a user
    async def send_text(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        first_name: str = "Test",
        reply_to_message_id: int | None = None,
    ) -> int:
        """Queue a text message from ``user_id``; returns its message_id.

        A leading ``/command`` gets a ``bot_command`` entity (PTB's CommandHandler needs it).
        ``chat_id`` defaults to the user's private chat.
        """
        extra: JSONDict = {"text": text}
        m = re.match(r"/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?", text)
        if m:
            extra["entities"] = [
                {"type": "bot_command", "offset": 0, "length": _utf16_len(m.group(0))}
            ]
        return await self._queue_user_message(
            user_id,
            extra,
            chat_id=chat_id,
            chat_type=chat_type,
            first_name=first_name,
            reply_to_message_id=reply_to_message_id,
        )

    async def send_location(self, user_id: int, latitude: float, longitude: float) -> int:
        """Queue a shared location from ``user_id`` (private chat); returns its message_id."""
        return await self._queue_user_message(
            user_id, {"location": {"latitude": latitude, "longitude": longitude}}
        )

    async def send_sticker(self, user_id: int) -> int:
        """Queue a sticker message (for robustness tests)."""
        fid = f"sticker{next(self._file_ids)}"
        sticker = {
            "file_id": fid,
            "file_unique_id": f"u{fid}",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": "\U0001f44d",
        }
        return await self._queue_user_message(user_id, {"sticker": sticker})

    async def send_photo_update(self, user_id: int, caption: str | None = None) -> int:
        """Queue a photo sent by the user (for robustness tests)."""
        fid = f"userphoto{next(self._file_ids)}"
        extra: JSONDict = {
            "photo": [{"file_id": fid, "file_unique_id": f"u{fid}", "width": 90, "height": 90}]
        }
        if caption is not None:
            extra["caption"] = caption
        return await self._queue_user_message(user_id, extra)

    async def send_edited_text(
        self, user_id: int, text: str, *, message_id: int | None = None
    ) -> int:
        """Queue an ``edited_message`` update: the user edits one of their messages
        (default: their latest text message in the private chat). Returns the message_id."""
        if message_id is None:
            mine = [m for (c, _), m in self._store.items() if c == user_id and not m.from_bot]
            if not mine:
                # an earlier message the bot never saw; only the edit is delivered
                message_id = await self._queue_user_message(
                    user_id, {"text": "original"}, deliver=False
                )
            else:
                message_id = mine[-1].message_id
        stored = self._store[(user_id, message_id)]
        stored.text = stored.raw_text = text
        stored.edit_count += 1
        message: JSONDict = {
            "message_id": message_id,
            "date": stored.date,
            "edit_date": self._now(),
            "chat": self._chat(user_id),
            "from": self._user(user_id),
            "text": text,
        }
        await self._queue_update({"edited_message": message})
        return message_id

    async def queue_raw_update(self, update: JSONDict) -> int:
        """Queue an arbitrary update dict (``update_id`` is added); returns the update_id."""
        return await self._queue_update(update)

    async def press(
        self,
        user_id: int,
        message_id: int,
        button_text_contains: str,
        *,
        chat_id: int | None = None,
    ) -> str:
        """Press the inline button whose text contains ``button_text_contains`` on a bot
        message; queues a ``callback_query`` and returns its id."""
        cid = user_id if chat_id is None else chat_id
        msg = self.current(cid, message_id)
        matches = [b for b in _flat_buttons(msg.reply_markup) if button_text_contains in b["text"]]
        if not matches:
            raise AssertionError(
                f"no button containing {button_text_contains!r} on message {message_id} in "
                f"chat {cid}; buttons: {self.buttons(msg)}; text: {msg.text!r}"
            )
        data = matches[0].get("callback_data")
        if data is None:
            raise AssertionError(f"button {matches[0]!r} has no callback_data")
        return await self.press_data(user_id, message_id, data, chat_id=chat_id)

    async def press_data(
        self, user_id: int, message_id: int, data: str, *, chat_id: int | None = None
    ) -> str:
        """Queue a callback query with raw ``data`` (may be forged) on a message."""
        cid = user_id if chat_id is None else chat_id
        cq_id = f"cq{next(self._cq_ids)}"
        stored = self._store.get((cid, message_id))
        query: JSONDict = {
            "id": cq_id,
            "from": self._user(user_id),
            "chat_instance": f"ci{cid}",
            "data": data,
        }
        if stored is not None and not stored.deleted:
            query["message"] = self._message_json(stored)
        else:
            query["message"] = {"chat": self._chat(cid), "message_id": message_id, "date": 0}
        self._open_queries[cq_id] = (cid, message_id)
        await self._queue_update({"callback_query": query})
        return cq_id

    def block(self, user_id: int) -> None:
        """Simulate the user blocking the bot: sends to that chat fail with 403."""
        self.blocked.add(user_id)

    def unblock(self, user_id: int) -> None:
        """Undo :meth:`block`."""
        self.blocked.discard(user_id)

    # ------------------------------------------------------------------ reading state
    def messages_to(self, chat_id: int) -> list[SentMessage]:
        """Bot messages sent to ``chat_id`` in order (original state, see :meth:`current`)."""
        return [m for m in self.sent if m.chat_id == chat_id]

    def current(self, chat_id: int, message_id: int) -> SentMessage:
        """Latest state of a message after edits."""
        try:
            return self._store[(chat_id, message_id)]
        except KeyError:
            raise AssertionError(
                f"no message {message_id} in chat {chat_id}; {self._dump(chat_id)}"
            ) from None

    def pending_updates(self) -> list[JSONDict]:
        """Updates not yet confirmed by the bot (via ``getUpdates`` offset)."""
        return list(self._updates)

    def requests(self, method: str) -> list[JSONDict]:
        """Parameters of every call of ``method``."""
        return [p for m, p in self.request_log if m.lower() == method.lower()]

    @staticmethod
    def buttons(msg: SentMessage) -> list[str]:
        """Flat list of the (inline or reply keyboard) button texts of a message."""
        return [b["text"] for b in _flat_buttons(msg.reply_markup)]

    @staticmethod
    def button_data(msg: SentMessage) -> dict[str, str]:
        """Map of inline button text -> callback_data."""
        return {
            b["text"]: b["callback_data"]
            for b in _flat_buttons(msg.reply_markup)
            if "callback_data" in b
        }

    def _dump(self, chat_id: int) -> str:
        lines = [f"bot messages to chat {chat_id}:"]
        for i, m in enumerate(self.messages_to(chat_id)):
            cur = self._store.get((m.chat_id, m.message_id), m)
            lines.append(
                f"  [{i}] id={m.message_id} {m.kind}: {cur.text!r} buttons={self.buttons(cur)}"
            )
        lines.append(f"last requests: {[m for m, _ in self.request_log[-10:]]}")
        return "\n".join(lines)

    async def _wait(
        self, predicate: Callable[[], Any], timeout: float, what: str, chat_id: int | None
    ) -> Any:
        cond = self._condition
        result: list[Any] = []

        def check() -> bool:
            value = predicate()
            if value is not None:
                result.append(value)
                return True
            return False

        try:
            async with cond:
                await asyncio.wait_for(cond.wait_for(check), timeout)
        except TimeoutError:
            dump = self._dump(chat_id) if chat_id is not None else ""
            raise AssertionError(f"timed out after {timeout}s waiting for {what}\n{dump}") from None
        return result[0]

    async def wait_for_message(
        self,
        chat_id: int,
        *,
        after: int = 0,
        contains: str | None = None,
        timeout: float = 5.0,
    ) -> SentMessage:
        """Wait for a bot message to ``chat_id`` whose index in :meth:`messages_to` is
        ``>= after`` (use ``after=len(fake.messages_to(chat))`` to wait for a *new* one),
        optionally containing ``contains`` in its text/caption. Returns its current state."""

        def find() -> SentMessage | None:
            for m in self.messages_to(chat_id)[after:]:
                cur = self._store.get((m.chat_id, m.message_id), m)
                if contains is None or contains in m.text or contains in cur.text:
                    return cur
            return None

        what = f"a message to {chat_id} (index >= {after}" + (
            f", containing {contains!r})" if contains else ")"
        )
        result: SentMessage = await self._wait(find, timeout, what, chat_id)
        return result

    async def wait_for_edit(
        self,
        chat_id: int,
        message_id: int,
        *,
        contains: str | None = None,
        after: int = 0,
        timeout: float = 5.0,
    ) -> EditRecord:
        """Wait for an edit of that message (the ``after``-th or later edit of it, counting
        from 0), optionally whose resulting text contains ``contains``."""

        def find() -> EditRecord | None:
            mine = [e for e in self.edits if (e.chat_id, e.message_id) == (chat_id, message_id)]
            for e in mine[after:]:
                if contains is None or contains in e.message.text:
                    return e
            return None

        what = f"an edit of message {message_id} in chat {chat_id}" + (
            f" containing {contains!r}" if contains else ""
        )
        result: EditRecord = await self._wait(find, timeout, what, chat_id)
        return result

    async def wait_for_callback_answer(
        self, callback_query_id: str, timeout: float = 5.0
    ) -> JSONDict:
        """Wait until the bot answered that callback query; returns the payload."""

        def find() -> JSONDict | None:
            for a in self.callback_answers:
                if a.get("callback_query_id") == callback_query_id:
                    return a
            return None

        result: JSONDict = await self._wait(
            find, timeout, f"answerCallbackQuery({callback_query_id})", None
        )
        return result

    async def wait_for_request(
        self, method: str, *, after: int = 0, timeout: float = 5.0
    ) -> JSONDict:
        """Wait for the ``after``-th or later call of ``method``; returns its params."""

        def find() -> JSONDict | None:
            calls = self.requests(method)
            return calls[after] if len(calls) > after else None

        result: JSONDict = await self._wait(find, timeout, f"a {method} request", None)
        return result

    async def wait_until_consumed(self, timeout: float = 5.0) -> None:
        """Wait until the bot has confirmed all queued updates (fetched and moved on)."""
        await self._wait(
            lambda: True if not self._updates else None, timeout, "updates to be consumed", None
        )

    # ------------------------------------------------------------------ fault injection
    def inject_error(
        self,
        method: str,
        *,
        error_code: int,
        description: str,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: int | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``method`` (optionally only for ``chat_id``)
        fail with that Bot API error. The call is still recorded in ``request_log``."""
        self._faults.append(
            _Fault(
                method.lower(),
                chat_id,
                times,
                error=BotApiError(error_code, description, retry_after),
            )
        )

    def inject_delay(self, method: str, seconds: float, times: int = 1) -> None:
        """Delay the next ``times`` calls of ``method`` by ``seconds`` before answering."""
        self._faults.append(_Fault(method.lower(), None, times, delay=seconds))

    def listen(self, listener: Callable[[FakeEvent], None]) -> None:
        """Call `listener` with every message sent, every edit, and the parameters of
        every answered button press, in the order they happen (the sandbox's screen)."""
        self._listeners.append(listener)

    def _emit(self, event: FakeEvent) -> None:
        for listener in self._listeners:
            listener(event)

    def hold(self, method: str) -> None:
        """Keep every later call of ``method`` waiting (received, unanswered) until
        :meth:`release`: a deterministic "the rush is still going" for crash tests."""
        self._held.setdefault(method.lower(), asyncio.Event())

    def release(self, method: str) -> None:
        """Let the held calls of ``method`` (and later ones) through."""
        gate = self._held.pop(method.lower(), None)
        if gate is not None:
            gate.set()

    def hold_answers(self, method: str) -> None:
        """Carry out every later call of ``method`` (the message is delivered and can be
        pressed) but keep the bot waiting for the answer until :meth:`release_answers`:
        "the person tapped before the bot had noted what it sent"."""
        self._held_answers.setdefault(method.lower(), asyncio.Event())

    def release_answers(self, method: str) -> None:
        """Answer the calls :meth:`hold_answers` kept waiting (and later ones at once)."""
        gate = self._held_answers.pop(method.lower(), None)
        if gate is not None:
            gate.set()

    def _take_faults(self, method: str, params: JSONDict) -> tuple[float, BotApiError | None]:
        """Consume (at most) one matching delay and one matching error fault."""
        delay: float = 0.0
        error: BotApiError | None = None
        for f in list(self._faults):
            if f.method != method.lower():
                continue
            if f.chat_id is not None and params.get("chat_id") != f.chat_id:
                continue
            if f.error is not None:
                if error is not None:
                    continue
                error = f.error
            else:
                if delay:
                    continue
                delay = f.delay
            f.times -= 1
            if f.times <= 0:
                self._faults.remove(f)
        return delay, error

    # ------------------------------------------------------------------ HTTP
    async def _parse_params(self, request: web.Request) -> JSONDict:
        params: JSONDict = dict(request.query)
        files: dict[str, tuple[bytes, str | None, str | None]] = {}
        if request.can_read_body:
            if request.content_type == "application/json":
                body = await request.json()
                if isinstance(body, dict):
                    params.update(body)
                return params
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    files[key] = (value.file.read(), value.filename, value.content_type)
                else:
                    params[key] = value
        for key, value in list(params.items()):
            if isinstance(value, str) and key not in _STRING_FIELDS:
                with contextlib.suppress(ValueError):
                    params[key] = json.loads(value)
        for key, value in list(params.items()):
            if isinstance(value, str) and value.startswith("attach://"):
                name = value.removeprefix("attach://")
                if name in files:
                    files[key] = files.pop(name)
        for key, upload in files.items():
            params[key] = upload  # tuple (bytes, filename, content type)
        return params

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.Response(status=401, text="Unauthorized")
        path = request.match_info["path"]
        for fid, (data, _name) in self._files.items():
            if path == f"files/{fid}":
                return web.Response(body=data)
        return web.Response(status=404, text="Not Found")

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        params = await self._parse_params(request)
        log_params = {
            k: (v if not isinstance(v, tuple) else {"filename": v[1], "size": len(v[0])})
            for k, v in params.items()
        }
        self.request_log.append((method, log_params))
        await self._notify()
        gate = self._held.get(method.lower())
        if gate is not None:
            await gate.wait()
        try:
            delay, error = self._take_faults(method, params)
            if delay:
                await asyncio.sleep(delay)
            if error is not None:
                raise error
            handler = getattr(self, f"_m_{method.lower()}", None)
            if handler is None:
                raise BotApiError(404, "Not Found: method not found")
            result = await handler(params)
        except BotApiError as exc:
            return web.json_response(exc.payload(), status=exc.error_code)
        await self._notify()
        answer_gate = self._held_answers.get(method.lower())
        if answer_gate is not None:
            await answer_gate.wait()
        return web.json_response({"ok": True, "result": result})

    # ------------------------------------------------------------------ methods
    def _target_chat(self, params: JSONDict) -> int:
        chat_id = params.get("chat_id")
        if not isinstance(chat_id, int):
            raise BotApiError(400, "Bad Request: chat not found")
        if chat_id in self.blocked:
            raise BotApiError(403, "Forbidden: bot was blocked by the user")
        return chat_id

    @staticmethod
    def _reply_to(params: JSONDict) -> int | None:
        rp = params.get("reply_parameters")
        if isinstance(rp, dict) and isinstance(rp.get("message_id"), int):
            return int(rp["message_id"])
        rt = params.get("reply_to_message_id")
        return rt if isinstance(rt, int) else None

    async def _m_getme(self, params: JSONDict) -> JSONDict:
        return self._bot_user()

    async def _m_getupdates(self, params: JSONDict) -> list[JSONDict]:
        if self.webhook_url:
            raise BotApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use "
                "deleteWebhook to delete the webhook first",
            )
        offset = params.get("offset")
        if isinstance(offset, int):
            if offset < 0:
                self._updates = self._updates[offset:]
            else:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
        limit = params.get("limit")
        limit = limit if isinstance(limit, int) and 1 <= limit <= 100 else 100
        timeout = params.get("timeout")
        timeout = float(timeout) if isinstance(timeout, (int, float)) else 0.0
        self._poll_generation += 1
        generation = self._poll_generation
        await self._notify()  # wake (and supersede) an older waiting poll
        if not self._updates and timeout > 0 and not self._closing:
            cond = self._condition

            def ready() -> bool:
                return bool(self._updates) or self._closing or (self._poll_generation != generation)

            with contextlib.suppress(TimeoutError):
                async with cond:
                    await asyncio.wait_for(cond.wait_for(ready), timeout)
            if self._poll_generation != generation:
                raise BotApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; make sure that only "
                    "one bot instance is running",
                )
        return copy.deepcopy(self._updates[:limit])

    async def _m_deletewebhook(self, params: JSONDict) -> bool:
        self.webhook_url = ""
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    async def _m_setwebhook(self, params: JSONDict) -> bool:
        self.webhook_url = str(params.get("url", ""))
        if params.get("drop_pending_updates"):
            self._updates.clear()
        await self._notify()
        return True

    async def _m_getwebhookinfo(self, params: JSONDict) -> JSONDict:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    @staticmethod
    def _commands_key(params: JSONDict) -> str:
        scope = params.get("scope") or {"type": "default"}
        return f"{json.dumps(scope, sort_keys=True)}|{params.get('language_code') or ''}"

    async def _m_setmycommands(self, params: JSONDict) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise BotApiError(400, "Bad Request: can't parse commands JSON object")
        for c in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(c.get("command", ""))):
                raise BotApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(c.get("description", ""))) <= 256:
                raise BotApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[self._commands_key(params)] = commands
        return True

    async def _m_getmycommands(self, params: JSONDict) -> list[JSONDict]:
        return self.commands.get(self._commands_key(params), [])

    async def _m_deletemycommands(self, params: JSONDict) -> bool:
        self.commands.pop(self._commands_key(params), None)
        return True

    async def _m_sendchataction(self, params: JSONDict) -> bool:
        self._target_chat(params)
        return True

    async def _m_sendmessage(self, params: JSONDict) -> JSONDict:
        chat_id = self._target_chat(params)
        raw = params.get("text")
        if not isinstance(raw, str) or not raw.strip():
            raise BotApiError(400, "Bad Request: message text is empty")
        parse_mode = params.get("parse_mode")
        text = _render(raw, parse_mode)
        if not text.strip():
            raise BotApiError(400, "Bad Request: message text is empty")
        if _utf16_len(text) > _MAX_TEXT:
            raise BotApiError(400, "Bad Request: message is too long")
        markup = _validate_markup(params.get("reply_markup"))
        msg = SentMessage(
            chat_id=chat_id,
            message_id=self._new_msg_id(chat_id),
            kind="message",
            text=text,
            raw_text=raw,
            parse_mode=parse_mode,
            reply_markup=markup,
            date=self._now(),
            reply_to_message_id=self._reply_to(params),
            params={k: v for k, v in params.items() if not isinstance(v, tuple)},
        )
        return self._record_sent(msg)

    def _record_sent(self, msg: SentMessage) -> JSONDict:
        self.sent.append(msg)
        self._store[(msg.chat_id, msg.message_id)] = copy.copy(msg)
        self._emit(msg)
        return self._message_json(msg)

    async def _send_file(self, params: JSONDict, kind: str) -> JSONDict:
        chat_id = self._target_chat(params)
        upload = params.get(kind)
        data: bytes | None
        if isinstance(upload, tuple):
            data, filename, mime = upload
            file_id = f"{kind}{next(self._file_ids)}"
            self._files[file_id] = (data, filename)
        elif isinstance(upload, str) and upload in self._files:
            file_id = upload
            data, filename = self._files[upload]
            mime = None
        elif isinstance(upload, str) and upload:
            file_id, data, filename, mime = upload, None, None, None
        else:
            raise BotApiError(400, f"Bad Request: there is no {kind} in the request")
        raw = params.get("caption") or ""
        parse_mode = params.get("parse_mode")
        caption = _render(raw, parse_mode)
        if _utf16_len(caption) > _MAX_CAPTION:
            raise BotApiError(400, "Bad Request: message caption is too long")
        msg = SentMessage(
            chat_id=chat_id,
            message_id=self._new_msg_id(chat_id),
            kind=kind,
            text=caption,
            raw_text=raw,
            parse_mode=parse_mode,
            reply_markup=_validate_markup(params.get("reply_markup")),
            date=self._now(),
            file_bytes=data,
            filename=filename,
            mime_type=mime,
            file_id=file_id,
            reply_to_message_id=self._reply_to(params),
            params={k: v for k, v in params.items() if not isinstance(v, tuple)},
        )
        return self._record_sent(msg)

    async def _m_sendphoto(self, params: JSONDict) -> JSONDict:
        return await self._send_file(params, "photo")

    async def _m_senddocument(self, params: JSONDict) -> JSONDict:
        return await self._send_file(params, "document")

    async def _m_getfile(self, params: JSONDict) -> JSONDict:
        file_id = params.get("file_id")
        if not isinstance(file_id, str) or file_id not in self._files:
            raise BotApiError(400, "Bad Request: invalid file_id")
        data, _name = self._files[file_id]
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": len(data),
            "file_path": f"files/{file_id}",
        }

    def _editable(self, params: JSONDict) -> SentMessage:
        if params.get("inline_message_id"):
            raise BotApiError(400, "Bad Request: MESSAGE_ID_INVALID")
        chat_id = self._target_chat(params)
        message_id = params.get("message_id")
        msg = self._store.get((chat_id, message_id)) if isinstance(message_id, int) else None
        if msg is None or msg.deleted:
            raise BotApiError(400, "Bad Request: message to edit not found")
        if not msg.from_bot:
            raise BotApiError(400, "Bad Request: message can't be edited")
        return msg

    def _record_edit(self, msg: SentMessage, method: str, text: str | None) -> JSONDict:
        msg.edit_count += 1
        self.edits.append(
            EditRecord(
                chat_id=msg.chat_id,
                message_id=msg.message_id,
                method=method,
                text=text,
                reply_markup=msg.reply_markup,
                date=self._now(),
                message=copy.copy(msg),
            )
        )
        self._emit(self.edits[-1])
        return self._message_json(msg)

    async def _m_editmessagetext(self, params: JSONDict) -> JSONDict:
        msg = self._editable(params)
        if msg.kind != "message":
            raise BotApiError(400, "Bad Request: there is no text in the message to edit")
        raw = params.get("text")
        if not isinstance(raw, str) or not raw.strip():
            raise BotApiError(400, "Bad Request: message text is empty")
        parse_mode = params.get("parse_mode")
        text = _render(raw, parse_mode)
        if _utf16_len(text) > _MAX_TEXT:
            raise BotApiError(400, "Bad Request: message is too long")
        markup = _validate_markup(params.get("reply_markup"))
        if text == msg.text and raw == msg.raw_text and markup == msg.reply_markup:
            raise BotApiError(400, _NOT_MODIFIED)
        msg.text, msg.raw_text, msg.parse_mode, msg.reply_markup = text, raw, parse_mode, markup
        return self._record_edit(msg, "editMessageText", text)

    async def _m_editmessagecaption(self, params: JSONDict) -> JSONDict:
        msg = self._editable(params)
        if msg.kind == "message":
            raise BotApiError(400, "Bad Request: there is no caption in the message to edit")
        raw = params.get("caption") or ""
        text = _render(raw, params.get("parse_mode"))
        markup = _validate_markup(params.get("reply_markup"))
        if text == msg.text and markup == msg.reply_markup:
            raise BotApiError(400, _NOT_MODIFIED)
        msg.text, msg.raw_text, msg.reply_markup = text, raw, markup
        return self._record_edit(msg, "editMessageCaption", text)

    async def _m_editmessagereplymarkup(self, params: JSONDict) -> JSONDict:
        msg = self._editable(params)
        markup = _validate_markup(params.get("reply_markup"))
        if markup == msg.reply_markup or (not markup and not msg.reply_markup):
            raise BotApiError(400, _NOT_MODIFIED)
        msg.reply_markup = markup
        return self._record_edit(msg, "editMessageReplyMarkup", None)

    async def _m_deletemessage(self, params: JSONDict) -> bool:
        chat_id = self._target_chat(params)
        message_id = params.get("message_id")
        msg = self._store.get((chat_id, message_id)) if isinstance(message_id, int) else None
        if msg is None or msg.deleted:
            raise BotApiError(400, "Bad Request: message to delete not found")
        msg.deleted = True
        self.deleted.append((chat_id, msg.message_id))
        return True

    async def _m_answercallbackquery(self, params: JSONDict) -> bool:
        cq_id = params.get("callback_query_id")
        if not isinstance(cq_id, str) or cq_id not in self._open_queries:
            raise BotApiError(400, _QUERY_TOO_OLD)
        text = params.get("text")
        if isinstance(text, str) and len(text) > 200:
            raise BotApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        del self._open_queries[cq_id]  # a query can be answered only once
        self.callback_answers.append(params)
        self._emit(params)
        return True

    async def _m_close(self, params: JSONDict) -> bool:
        return True

    async def _m_logout(self, params: JSONDict) -> bool:
        return True


@contextlib.asynccontextmanager
async def fake_bot_api(token: str = "123456:TEST") -> AsyncIterator[FakeBotApi]:
    """Run a :class:`FakeBotApi` for the duration of the ``async with`` block."""
    fake = FakeBotApi(token)
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()
