"""Long polling stops fetching while the process holds its limit of updates: the rest
stay at Telegram, unconfirmed, and every one is taken in order once there is room."""

from __future__ import annotations

import asyncio

from telegram import Bot, Update
from telegram.ext import Updater

from bot.telegram.intake import IntakeQueue
from tests.fakebotapi import FakeBotApi


async def test_polling_waits_for_room_and_loses_nothing(fake: FakeBotApi) -> None:
    for n in range(30):
        await fake.send_text(1000 + n, f"pain {n % 10}")
    queue = IntakeQueue(limit=5)
    bot = Bot(fake.token, base_url=fake.base_url)
    updater = Updater(bot, queue)
    async with updater:
        await updater.start_polling(poll_interval=0, timeout=1)
        for _ in range(100):
            if queue.qsize() == 5:
                break
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.2)
        assert queue.in_process == 5 and queue.qsize() == 5
        # Not taken in, so not confirmed: a restart now would fetch them again.
        assert len(fake.pending_updates()) == 30

        seen: list[int] = []
        while len(seen) < 30:
            item = await asyncio.wait_for(queue.get(), 5)
            assert isinstance(item, Update)
            seen.append(item.update_id)
            assert queue.in_process <= 5
            queue.task_done()
        await updater.stop()
    assert seen == sorted(seen) and len(set(seen)) == 30
