"""Random and malformed updates through the real Application (hypothesis).

Two people have a reminder each. Person B sends whatever hypothesis makes up: huge and
odd texts, unknown commands, stickers, photos, edits, messages in a group, random
callback data, and A's own button data replayed (on B's message and on A's). After
every example: no handler raised (nothing logged at ERROR), B got an answer wherever
one is due, A's dose is untouched, and nothing of A's reached B's chat.

The bot runs once for the whole module on its own event loop in a thread, so
hypothesis can drive it from a plain test function.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import threading
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.migrate import upgrade_sync
from bot.storage.models import DoseOccurrence
from bot.telegram import texts
from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi, SentMessage

A, B = 7001, 7002
GROUP = -100555
A_MED = "Duloxetine"
T = TypeVar("T")


class ErrorLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class World:
    """The fake API and the bot on a private loop; `run` executes a coroutine there."""

    def __init__(self, url: str) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.fake = FakeBotApi()
        self.clock = FakeClock(dt.datetime(2026, 11, 25, 6, 0, tzinfo=dt.UTC))
        self.stack = contextlib.AsyncExitStack()
        self.url = url
        self.app: Any = None
        self.reminder: dict[int, SentMessage] = {}
        self.errors = ErrorLog()

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 60) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    async def start(self) -> None:
        await self.fake.start()
        self.app = await self.stack.enter_async_context(
            running_bot(self.fake, self.url, self.clock)
        )
        for uid, line in ((A, f"{A_MED.lower()} 60mg 08:00"), (B, "ibuprofen 400mg 08:00")):
            await self.say(uid, "/start")
            await self.say(uid, "/timezone UTC", contains="pain")
            ask = self.fake.messages_to(uid)[-1]
            n = len(self.fake.messages_to(uid))
            await self.fake.press(uid, ask.message_id, "20:00")
            await self.fake.wait_for_message(uid, after=n, contains="/add")
            await self.say(uid, f"/add {line}", contains="Saved")
        self.clock.set(dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC))
        await tick(self.app)
        for uid in (A, B):
            self.reminder[uid] = await self.fake.wait_for_message(uid, contains="Time for your")
        logging.getLogger().addHandler(self.errors)

    async def stop(self) -> None:
        logging.getLogger().removeHandler(self.errors)
        await self.stack.aclose()
        await self.fake.stop()

    async def say(self, uid: int, text: str, contains: str | None = None) -> SentMessage:
        n = len(self.fake.messages_to(uid))
        await self.fake.send_text(uid, text)
        return await self.fake.wait_for_message(uid, after=n, contains=contains)

    async def a_dose(self) -> tuple[str, Any, Any]:
        async with deps_of(self.app).sessions() as s:
            occ = await s.scalar(select(DoseOccurrence).where(DoseOccurrence.user_id == A))
            assert occ is not None
            return occ.status, occ.answered_at, occ.snooze_count


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    path: Path = tmp_path_factory.mktemp("fuzz") / "bot.db"
    url = f"sqlite+aiosqlite:///{path}"
    upgrade_sync(url)
    w = World(url)
    w.run(w.start())
    try:
        yield w
    finally:
        w.run(w.stop())
        w.loop.call_soon_threadsafe(w.loop.stop)
        w.thread.join(5)


PHRASES = [
    "took it", "snooze 30", "skip, ran out", "skip", "taken", "yes", "no", "8", "10/10",
    "/meds", "/summary", "/help", "/took ibuprofen 400mg", "/took", "/settings", "/checkin",
    "/timezone", "/timezone Mars/Olympus", "/timezone UTC+99", "/add", "/add x 0mg 25:99",
    "/add ibuprofen 400mg 08:00 08:00 08:00", "/nosuchcommand", "/start@backtrack_test_bot",
    "<b>bold</b> & <i>", "'; DROP TABLE users; --", "\u202e\u0000\ufeff", "💊" * 50,
    "took 3 advil at 2 and 3 more at 6", "took the ibuprofen but not the rest, forgot",
    "patch on", "fell off a ladder", "/took CBD oil 10mg at 3pm", "/took my meds",
    "/add tylenol #3 as needed", "/add gabapentin at 8am and at night", "twice a day",
]  # fmt: skip
texts_ = st.one_of(
    st.sampled_from(PHRASES),
    st.text(min_size=1, max_size=300),
    st.text(alphabet="abc /:,.0123456789", min_size=4097, max_size=6000),  # huge
).filter(lambda t: bool(t.strip()) and t.strip() != "/delete")
callback_data = st.one_of(
    st.text(max_size=64),
    st.binary(max_size=48).map(lambda b: b.hex()),
    st.sampled_from(["", ":", "d:1:t", "x" * 64, "0" * 10]),
)
Action = tuple[str, Any]
actions = st.one_of(
    st.tuples(st.just("text"), texts_),
    st.tuples(st.just("group"), texts_),
    st.tuples(st.just("edit"), texts_),
    st.tuples(st.just("sticker"), st.none()),
    st.tuples(st.just("photo"), st.one_of(st.none(), st.text(max_size=50))),
    st.tuples(st.just("press"), callback_data),
    st.tuples(st.just("replay_a"), st.sampled_from(["own", "a_message"])),
)


async def act(w: World, action: Action) -> None:
    kind, arg = action
    fake = w.fake
    n = len(fake.messages_to(B))
    if kind == "text":
        await fake.send_text(B, arg)
        await fake.wait_for_message(B, after=n, timeout=10)  # every message gets an answer
    elif kind == "group":
        g = len(fake.messages_to(GROUP))
        await fake.send_text(B, arg, chat_id=GROUP, chat_type="group")
        if arg.startswith("/"):
            reply = await fake.wait_for_message(GROUP, after=g, timeout=10)
            assert reply.text == texts.PRIVATE_ONLY
    elif kind == "edit":
        await fake.send_edited_text(B, arg)
    elif kind in ("sticker", "photo"):
        if kind == "sticker":
            await fake.send_sticker(B)
        else:
            await fake.send_photo_update(B, arg)
        # (waited for by its words: a late reply to an earlier update of the same batch,
        # e.g. /help's, may arrive between; each update is answered, in no fixed order)
        reply = await fake.wait_for_message(B, after=n, contains=texts.NON_TEXT[:40], timeout=10)
        assert reply.text == texts.NON_TEXT
    elif kind in ("press", "replay_a"):
        if kind == "press":
            cq = await fake.press_data(B, w.reminder[B].message_id, arg)
        else:
            data = next(iter(fake.button_data(w.reminder[A]).values()))
            if arg == "own":
                cq = await fake.press_data(B, w.reminder[B].message_id, data)
            else:
                cq = await fake.press_data(B, w.reminder[A].message_id, data, chat_id=A)
        await fake.wait_for_callback_answer(cq, timeout=10)
    # B's updates are handled in order: once /help is answered, all of the above is done.
    m = len(fake.messages_to(B))
    await fake.send_text(B, "/help")
    await fake.wait_for_message(B, after=m, contains="/add", timeout=10)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(batch=st.lists(actions, min_size=1, max_size=4))
def test_random_updates_never_break_or_leak(world: World, batch: list[Action]) -> None:
    before = world.run(world.a_dose())
    a_sent = len(world.fake.messages_to(A))
    for action in batch:
        world.run(act(world, action))
    errors = [r.getMessage() for r in world.errors.records]
    world.errors.records.clear()
    assert not errors, f"a handler failed on {batch!r}: {errors}"
    assert world.run(world.a_dose()) == before, "B changed A's dose"
    assert len(world.fake.messages_to(A)) == a_sent, "nothing of B's reaches A"
    leaked = [m.text for m in world.fake.messages_to(B) if A_MED.lower() in (m.text or "").lower()]
    assert not leaked, "A's medication shown to B"
