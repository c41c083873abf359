"""PerUserUpdateProcessor: each person in order, one person at most one shared slot, and
a person's backlog bounded (shed with one answer; a red flag is always read)."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram import Update

from bot.telegram.updates import PerUserUpdateProcessor

A, B = 1, 2


def message(user_id: int, n: int, text: str = "pain 5") -> Update:
    person = {"id": user_id, "is_bot": False, "first_name": "T"}
    return Update.de_json(
        {
            "update_id": user_id * 10_000 + n,
            "message": {
                "message_id": n,
                "date": 0,
                "chat": {"id": user_id, "type": "private"},
                "from": person,
                "text": text,
            },
        },
        None,
    )


async def test_a_flood_never_holds_the_slot_a_bystander_needs() -> None:
    processor = PerUserUpdateProcessor(4, max_backlog=1000)
    gate = asyncio.Event()
    ran: list[tuple[int, int]] = []

    async def flood(n: int) -> None:
        ran.append((A, n))
        await gate.wait()

    async def bystander() -> None:
        ran.append((B, 0))

    floods = [
        asyncio.create_task(processor.process_update(message(A, n), flood(n))) for n in range(300)
    ]
    await asyncio.sleep(0)
    await asyncio.wait_for(processor.process_update(message(B, 0), bystander()), 1.0)
    assert ran == [(A, 0), (B, 0)]  # A's first still running, B already answered
    gate.set()
    await asyncio.gather(*floods)
    assert [n for who, n in ran if who == A] == list(range(300))  # A's order kept


async def test_a_backlog_past_the_bound_is_shed_and_told_once() -> None:
    processor = PerUserUpdateProcessor(4, max_backlog=5)
    told: list[tuple[int, bool]] = []

    async def on_shed(update: Update, first: bool) -> None:
        told.append((update.message.message_id if update.message else -1, first))

    processor.on_shed = on_shed
    gate = asyncio.Event()
    ran: list[int] = []

    async def work(n: int) -> None:
        ran.append(n)
        await gate.wait()

    texts = {15: "I can't feel my legs and I wet myself"}  # a red flag, past the bound
    tasks: list[asyncio.Task[Any]] = []
    for n in range(20):
        update = message(A, n, texts.get(n, "pain 5"))
        tasks.append(asyncio.create_task(processor.process_update(update, work(n))))
        await asyncio.sleep(0)
    gate.set()
    await asyncio.gather(*tasks)
    # One running and five waiting were read; the red flag too; the rest shed.
    assert ran == [0, 1, 2, 3, 4, 5, 15]
    assert [n for n, _ in told] == [n for n in range(6, 20) if n != 15]
    assert [first for _, first in told] == [True] + [False] * 12
    assert processor.metrics.updates_shed._value.get() == 13


async def test_told_again_after_the_backlog_clears() -> None:
    processor = PerUserUpdateProcessor(4, max_backlog=0)
    told: list[bool] = []

    async def on_shed(_update: Update, first: bool) -> None:
        told.append(first)

    processor.on_shed = on_shed
    for _round in range(2):
        gate = asyncio.Event()

        async def work(g: asyncio.Event = gate) -> None:
            await g.wait()

        first = asyncio.create_task(processor.process_update(message(A, 0), work()))
        await asyncio.sleep(0)

        async def never() -> None:
            raise AssertionError("a shed update must not run")

        await processor.process_update(message(A, 1), never())
        gate.set()
        await first
    assert told == [True, True]
