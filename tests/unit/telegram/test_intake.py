"""The update queue bounds the updates in the process; the rest wait where they were."""

from __future__ import annotations

import asyncio

from telegram import Chat, Message, Update, User

from bot.telegram.intake import IntakeQueue


def update(n: int) -> Update:
    user = User(id=n, first_name="A", is_bot=False)
    chat = Chat(id=n, type="private")
    return Update(n, message=Message(n, None, chat, from_user=user, text="pain 5"))  # type: ignore[arg-type]


async def test_a_put_waits_while_the_limit_is_in_the_process() -> None:
    queue = IntakeQueue(limit=2)
    await queue.put(update(1))
    await queue.put(update(2))
    third = asyncio.create_task(queue.put(update(3)))
    await asyncio.sleep(0.01)
    assert not third.done() and queue.qsize() == 2

    await queue.get()  # taken off the queue but still being processed: no room yet
    await asyncio.sleep(0.01)
    assert not third.done()

    queue.task_done()  # finished: room for one
    await asyncio.wait_for(third, 1)
    assert queue.in_process == 2 and queue.qsize() == 2


async def test_the_stop_signal_and_offers() -> None:
    queue = IntakeQueue(limit=1)
    assert queue.offer(update(1))
    assert not queue.has_room() and not queue.offer(update(2))
    stop = object()  # PTB's stop signal is no update: it must never wait
    await asyncio.wait_for(queue.put(stop), 1)
    assert queue.qsize() == 2
