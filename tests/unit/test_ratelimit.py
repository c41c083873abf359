"""The send limiter: global rate, per-chat spacing, and off at 0 (short real waits)."""

from __future__ import annotations

import asyncio

from bot.telegram.ratelimit import SendLimiter


async def test_off_never_waits() -> None:
    limiter = SendLimiter(0)
    assert not limiter.enabled
    loop = asyncio.get_running_loop()
    start = loop.time()
    for _ in range(1000):
        async with limiter.slot(5):
            pass
    assert loop.time() - start < 0.5


async def test_global_rate_holds() -> None:
    limiter = SendLimiter(200)
    loop = asyncio.get_running_loop()
    stamps: list[float] = []

    async def send(chat: int) -> None:
        async with limiter.slot(chat):  # different chats: only the global rate applies
            stamps.append(loop.time())

    start = loop.time()
    await asyncio.gather(*(send(chat) for chat in range(100)))
    # Evenly spaced at 200/s: 100 messages take about half a second, never a burst.
    assert 0.4 <= max(stamps) - start <= 2.0
    stamps.sort()
    assert all(stamps[i + 21] - stamps[i] >= 0.09 for i in range(len(stamps) - 21))


async def test_per_chat_spacing() -> None:
    limiter = SendLimiter(1000, per_chat_interval=0.1)
    loop = asyncio.get_running_loop()
    stamps: list[float] = []

    async def send() -> None:
        async with limiter.slot(7):
            stamps.append(loop.time())

    await asyncio.gather(*(send() for _ in range(4)))
    stamps.sort()
    assert all(b - a >= 0.09 for a, b in zip(stamps, stamps[1:], strict=False))
    # Another chat is not held up by chat 7's spacing: asked together, chat 8 goes first.
    # (By order, not by a time bound: a loaded host delays both, not their order.)
    order: list[int] = []

    async def one(chat: int) -> None:
        async with limiter.slot(chat):
            order.append(chat)

    await asyncio.gather(one(7), one(8))
    assert order == [8, 7]
