"""Telegram limits and errors, injected into the fake Bot API: 429, 5xx, timeouts, 403,
400 on edits, the rate limiter, and handler replies that fail."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from sqlalchemy import select
from telegram import Bot
from telegram.error import RetryAfter

from bot.app import deps_of
from bot.storage.models import DoseOccurrence, User
from bot.telegram import texts
from bot.telegram.aiohttp_request import AiohttpRequest, ReplyRetry
from bot.telegram.botapi import BotApi
from bot.telegram.ratelimit import SendLimiter
from bot.telegram.sender import Blocked, Sender, SendFailed, retry_after_seconds
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import (
    NY,
    UID,
    add,
    onboard,
    reminder_at,
    reminder_out,
    reminders_since,
)

#: A whole story, or storage itself: run on PostgreSQL as well.
pytestmark = pytest.mark.both_databases

OTHER = 2002


@pytest.fixture(params=["lean", "ptb"])
def transport(request: pytest.FixtureRequest) -> str:
    """Messages and edits over the lean client (as the running bot sends them) or PTB's."""
    return str(request.param)


@contextlib.asynccontextmanager
async def real_bot(
    fake: FakeBotApi, transport: str, read_timeout: float = 5.0
) -> AsyncIterator[Callable[..., Sender]]:
    """Yields `new_sender(**options)`: a Sender over a real Bot and the chosen transport."""
    request = AiohttpRequest(read_timeout=read_timeout, write_timeout=0.0)
    bot = Bot(fake.token, base_url=fake.base_url, request=request)
    api = BotApi(bot.base_url, timeout=read_timeout) if transport == "lean" else None
    await bot.initialize()
    try:
        yield lambda **options: Sender(bot, api=api, **options)
    finally:
        if api is not None:
            await api.close()
        await bot.shutdown()


def calls(fake: FakeBotApi, method: str = "sendMessage") -> int:
    return len(fake.requests(method))


# ---------------------------------------------------------------- the sender alone


async def test_429_waits_retry_after_then_delivers_once(fake: FakeBotApi, transport: str) -> None:
    fake.inject_error(
        "sendMessage", error_code=429, description="Too Many Requests: retry after 1", retry_after=1
    )
    async with real_bot(fake, transport) as new_sender:
        started = time.monotonic()
        await new_sender(base_delay=0.01).send(UID, "hello")
        elapsed = time.monotonic() - started
    assert elapsed >= 0.95, "retry_after is honoured"
    assert calls(fake) == 2
    assert [m.text for m in fake.messages_to(UID)] == ["hello"]


async def test_429_pauses_every_send_not_only_the_refused_one(
    fake: FakeBotApi, transport: str
) -> None:
    fake.inject_error(
        "sendMessage", error_code=429, description="Too Many Requests", retry_after=1, chat_id=UID
    )
    async with real_bot(fake, transport) as new_sender:
        sender = new_sender(base_delay=0.01)
        first = asyncio.create_task(sender.send(UID, "one"))
        await fake.wait_for_request("sendMessage")
        await asyncio.sleep(0.05)  # the 429 has been seen by the sender
        started = time.monotonic()
        await sender.for_replies().send(OTHER, "two")  # a view shares the pause
        assert time.monotonic() - started >= 0.8
        await first
    assert len(fake.messages_to(UID)) == len(fake.messages_to(OTHER)) == 1


async def test_retry_after_as_timedelta_and_int() -> None:
    assert retry_after_seconds(dt.timedelta(seconds=3)) == 3.0
    assert retry_after_seconds(7) == 7.0

    class FloodOnce:
        def __init__(self) -> None:
            self.calls = 0

        async def do_api_request(self, endpoint: str, api_kwargs: dict[str, Any]) -> Any:
            self.calls += 1
            if self.calls == 1:
                raise RetryAfter(dt.timedelta(milliseconds=200))  # type: ignore[arg-type]
            return {"message_id": 77}

    stub = FloodOnce()
    started = time.monotonic()
    assert await Sender(stub, base_delay=0.01).send(1, "x") == 77  # type: ignore[arg-type]
    assert stub.calls == 2 and time.monotonic() - started >= 0.15


async def test_long_retry_after_is_not_slept_through(fake: FakeBotApi, transport: str) -> None:
    """A flood wait longer than a lease is handed back to the dispatcher (retry later)."""
    fake.inject_error("sendMessage", error_code=429, description="Too Many", retry_after=600)
    async with real_bot(fake, transport) as new_sender:
        with pytest.raises(SendFailed):
            await asyncio.wait_for(new_sender().send(UID, "x"), 5)
    assert calls(fake) == 1 and not fake.sent


async def test_5xx_is_retried_with_backoff(fake: FakeBotApi, transport: str) -> None:
    fake.inject_error("sendMessage", error_code=502, description="Bad Gateway", times=2)
    async with real_bot(fake, transport) as new_sender:
        started = time.monotonic()
        await new_sender(base_delay=0.1).send(UID, "hi")
        elapsed = time.monotonic() - started
    assert calls(fake) == 3 and len(fake.messages_to(UID)) == 1
    # back-off with jitter: 0.05-0.1 s, then 0.1-0.2 s
    assert 0.15 <= elapsed < 2


async def test_a_photo_upload_is_retried_like_a_message(fake: FakeBotApi, transport: str) -> None:
    """The weekly chart goes through the sender too: a 5xx does not lose it."""
    fake.inject_error("sendPhoto", error_code=502, description="Bad Gateway", times=1)
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    async with real_bot(fake, transport) as new_sender:
        message_id = await new_sender(base_delay=0.01).send_photo(
            UID, png, caption="Your week", filename="week.png"
        )
    [photo] = fake.messages_to(UID)
    assert photo.message_id == message_id and photo.kind == "photo"
    assert photo.file_bytes == png and photo.text == "Your week"


async def test_5xx_gives_up_after_attempts(fake: FakeBotApi, transport: str) -> None:
    fake.inject_error("sendMessage", error_code=500, description="Internal Server Error", times=9)
    async with real_bot(fake, transport) as new_sender:
        with pytest.raises(SendFailed):
            await new_sender(attempts=3, base_delay=0.01).send(UID, "hi")
    assert calls(fake) == 3 and not fake.sent


async def test_timeout_is_retried_and_the_abandoned_request_is_not_delivered(
    fake: FakeBotApi, transport: str
) -> None:
    fake.inject_delay("sendMessage", 3.0)
    async with real_bot(fake, transport, read_timeout=0.3) as new_sender:
        started = time.monotonic()
        await new_sender(base_delay=0.01).send(UID, "on time")
        assert time.monotonic() - started < 2.5
    await asyncio.sleep(0.1)
    assert calls(fake) == 2
    assert [m.text for m in fake.messages_to(UID)] == ["on time"], "cancelled request not sent"


@pytest.mark.parametrize(
    ("code", "description"),
    [
        (403, "Forbidden: bot was blocked by the user"),
        (403, "Forbidden: user is deactivated"),
        (400, "Bad Request: chat not found"),
    ],
)
async def test_gone_users_raise_blocked_without_retrying(
    fake: FakeBotApi, code: int, description: str, transport: str
) -> None:
    fake.inject_error("sendMessage", error_code=code, description=description)
    async with real_bot(fake, transport) as new_sender:
        with pytest.raises(Blocked):
            await new_sender(base_delay=0.01).send(UID, "x")
    assert calls(fake) == 1


async def test_edit_of_a_vanished_message_is_harmless(fake: FakeBotApi, transport: str) -> None:
    async with real_bot(fake, transport) as new_sender:
        sender = new_sender(base_delay=0.01)
        message_id = await sender.send(UID, "reminder")
        assert await sender.edit(UID, message_id, "edited", None) is True
        assert await sender.edit(UID, message_id, "edited", None) is False  # not modified
        assert await sender.edit(UID, 999, "edited", None) is False  # to edit not found
    assert fake.current(UID, message_id).text == "edited"


async def test_limiter_spaces_one_chat_and_views_skip_it(fake: FakeBotApi, transport: str) -> None:
    entered: list[int] = []

    class Recording:
        def __init__(self) -> None:
            self.inner = SendLimiter(100, per_chat_interval=0.25)

        @contextlib.asynccontextmanager
        async def slot(self, chat_id: int) -> AsyncIterator[None]:
            entered.append(chat_id)
            async with self.inner.slot(chat_id):
                yield

    fake.inject_error("sendMessage", error_code=502, description="Bad Gateway", chat_id=OTHER)
    async with real_bot(fake, transport) as new_sender:
        sender = new_sender(base_delay=0.01, limiter=Recording())
        started = time.monotonic()
        await asyncio.gather(*(sender.send(UID, f"m{i}") for i in range(3)))
        assert time.monotonic() - started >= 0.45, "three to one chat: 0.25 s apart"
        started = time.monotonic()
        await asyncio.gather(*(sender.send(c, "x") for c in (OTHER, 3003, 3004)))
        assert time.monotonic() - started < 0.4, "different chats are not held back"
        await sender.for_replies().send(UID, "a reply")
    assert entered.count(UID) == 3, "replies do not take a slot"
    assert entered.count(OTHER) == 2, "every attempt, retries included, takes a slot"


async def test_the_reply_view_retries_for_its_window_then_drops(
    fake: FakeBotApi, transport: str
) -> None:
    """Handlers' sends and edits (Sender.for_replies) outlast more 5xx than due work
    does, and one Telegram never takes is dropped as SendFailed, counted."""
    fake.inject_error("sendMessage", error_code=502, description="Bad Gateway", times=6)
    async with real_bot(fake, transport) as new_sender:
        sender = new_sender(attempts=2, base_delay=0.01)
        replies = sender.for_replies(ReplyRetry(window=5, first_delay=0.02, max_delay=0.1))
        assert await replies.send(UID, "late but there") > 0
        assert calls(fake) == 7, "six refusals, then delivered"
        fake.inject_error("editMessageText", error_code=502, description="Down", times=10**6)
        quick = sender.for_replies(ReplyRetry(window=0.5, first_delay=0.02, max_delay=0.1))
        with pytest.raises(SendFailed):
            await quick.edit(UID, 1, "never", None)
        dropped = sender.metrics.registry.get_sample_value(
            "backtrack_replies_dropped_total", {"method": "editMessageText"}
        )
        assert dropped == 1
    assert [m.text for m in fake.messages_to(UID)] == ["late but there"]


# ---------------------------------------------------------------- through the running bot


async def _user(app: Any, uid: int = UID) -> User:
    async with deps_of(app).sessions() as s:
        user = await s.get(User, uid)
        assert user is not None
        return user


async def _occurrences(app: Any) -> list[DoseOccurrence]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(DoseOccurrence).order_by(DoseOccurrence.due_at)))


@pytest.mark.parametrize("how", ["blocked", "deactivated"])
async def test_403_marks_user_inactive_and_stops_their_work(
    fake: FakeBotApi, bot: Any, clock: FakeClock, how: str
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    if how == "blocked":
        fake.block(UID)
    else:
        fake.inject_error(
            "sendMessage", error_code=403, description="Forbidden: user is deactivated", times=99
        )
    n, before = len(fake.messages_to(UID)), calls(fake)
    clock.set(dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await tick(bot)
    assert calls(fake) == before + 1, "one attempt, no retries on 403"
    assert not (await _user(bot)).active
    # Nothing more is attempted: not the follow-up, not the 20:00 dose, not tomorrow.
    for hours in (0.6, 3.5, 12, 24):
        clock.set(dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY) + dt.timedelta(hours=hours))
        await tick(bot)
    assert calls(fake) == before + 1
    assert not reminders_since(fake, n)


async def test_429_and_5xx_on_a_reminder_still_deliver_it_once(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    fake.inject_error("sendMessage", error_code=429, description="Too Many", retry_after=1)
    fake.inject_error("sendMessage", error_code=502, description="Bad Gateway", times=1)
    n = len(fake.messages_to(UID))
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await tick(bot)
    assert len(reminders_since(fake, n)) == 1
    assert [o.status for o in await _occurrences(bot)][0] == "sent"


async def test_reminder_deleted_by_the_user_is_still_marked_missed(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await reminder_out(fake, bot, clock, "ibuprofen 400mg 08:00 20:00")
    fake.current(UID, msg.message_id).deleted = True  # "message to edit not found" from now
    clock.set(dt.datetime(2026, 11, 25, 8, 31, tzinfo=NY))
    await tick(bot)  # the follow-up
    clock.set(dt.datetime(2026, 11, 25, 11, 1, tzinfo=NY))
    edits = calls(fake, "editMessageText")
    await tick(bot)  # the cutoff: mark missed, try to edit the (gone) reminder
    assert calls(fake, "editMessageText") > edits
    first = (await _occurrences(bot))[0]
    assert first.status == "missed"


@pytest.mark.parametrize(
    ("code", "retry_after"), [(429, 1), (502, None)], ids=["flood", "bad-gateway"]
)
async def test_a_reply_refused_for_a_moment_is_retried_and_delivered_once(
    fake: FakeBotApi, bot: Any, code: int, retry_after: int | None
) -> None:
    """A 429 or a 5xx on a reply is retried (the reply window): the answer arrives, once,
    with no apology in between."""
    fake.inject_error(
        "sendMessage", error_code=code, description="boom", retry_after=retry_after, chat_id=UID
    )
    await fake.send_text(UID, "/help")
    answer = await fake.wait_for_message(UID, timeout=10)
    assert answer.text != texts.SOMETHING_WRONG
    await asyncio.sleep(0.2)
    assert len(fake.messages_to(UID)) == 1, "delivered once, and no apology"
    assert len(fake.requests("sendMessage")) == 2


async def test_a_reply_telegram_refuses_outright_is_not_silence(fake: FakeBotApi, bot: Any) -> None:
    """A 400 is Telegram's final word: never retried, the error handler apologises."""
    fake.inject_error("sendMessage", error_code=400, description="Bad Request: x", chat_id=UID)
    await fake.send_text(UID, "/help")
    sorry = await fake.wait_for_message(UID, timeout=10)
    assert sorry.text == texts.SOMETHING_WRONG
    assert len(fake.requests("sendMessage")) == 2, "the reply once, then the apology"
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/help")
    again = await fake.wait_for_message(UID, after=n)
    assert again.text != texts.SOMETHING_WRONG, "the bot carries on"
