"""Doses first: while reminders go out, typed messages go through a narrow lane (waiting,
bounded, for a place); taps and red flags never wait."""

from __future__ import annotations

import asyncio

from telegram import Update

from bot.scheduling.priority import DosesFirst
from bot.telegram.updates import PerUserUpdateProcessor
from tests.unit.telegram.test_update_order import message


def tap(user_id: int, n: int) -> Update:
    person = {"id": user_id, "is_bot": False, "first_name": "T"}
    return Update.de_json(
        {
            "update_id": user_id * 10_000 + n,
            "callback_query": {
                "id": f"cq{n}",
                "from": person,
                "chat_instance": "ci",
                "data": "T:1",
                "message": {
                    "message_id": n,
                    "date": 0,
                    "chat": {"id": user_id, "type": "private"},
                    "text": "💊 Time for your 08:00 dose",
                },
            },
        },
        None,
    )


async def run(processor: PerUserUpdateProcessor, update: Update, ran: list[str], tag: str) -> None:
    async def handler() -> None:
        ran.append(tag)

    await processor.process_update(update, handler())


async def test_texts_wait_for_the_burst_taps_and_red_flags_do_not() -> None:
    doses_first = DosesFirst(longest=30, width=0)  # a lane already full
    processor = PerUserUpdateProcessor(8, doses_first=doses_first)
    ran: list[str] = []
    doses_first.begin()
    text = asyncio.create_task(run(processor, message(1, 1, "slept badly"), ran, "text"))
    button = asyncio.create_task(run(processor, tap(2, 1), ran, "tap"))
    alarm = asyncio.create_task(
        run(processor, message(3, 1, "I can't control my bladder"), ran, "red flag")
    )
    await asyncio.wait_for(asyncio.gather(button, alarm), 1.0)
    assert sorted(ran) == ["red flag", "tap"]  # the text still waits
    assert not text.done()
    doses_first.end()
    await asyncio.wait_for(text, 1.0)
    assert ran[-1] == "text"


async def test_no_burst_starves_a_text() -> None:
    doses_first = DosesFirst(longest=0.05, width=0)
    processor = PerUserUpdateProcessor(8, doses_first=doses_first)
    ran: list[str] = []
    doses_first.begin()  # and never ends
    await asyncio.wait_for(run(processor, message(1, 1, "pain 6"), ran, "text"), 1.0)
    assert ran == ["text"]


async def test_between_bursts_nothing_waits() -> None:
    doses_first = DosesFirst(longest=30)
    processor = PerUserUpdateProcessor(8, doses_first=doses_first)
    ran: list[str] = []
    await asyncio.wait_for(run(processor, message(1, 1, "pain 6"), ran, "text"), 0.5)
    assert ran == ["text"] and not doses_first.sending


async def test_a_persons_order_is_kept_through_the_wait_but_a_red_flag_goes_ahead() -> None:
    doses_first = DosesFirst(longest=30, width=0)
    processor = PerUserUpdateProcessor(8, doses_first=doses_first)
    ran: list[str] = []
    doses_first.begin()
    text = asyncio.create_task(run(processor, message(1, 1, "slept badly"), ran, "text"))
    await asyncio.sleep(0)
    button = asyncio.create_task(run(processor, tap(1, 2), ran, "tap"))
    await asyncio.sleep(0.05)
    assert ran == []  # the tap waits behind the same person's text
    alarm = run(processor, message(1, 3, "numb between my legs, can't feel it"), ran, "red flag")
    await asyncio.wait_for(alarm, 1.0)
    assert ran == ["red flag"]
    doses_first.end()
    await asyncio.wait_for(asyncio.gather(text, button), 1.0)
    assert ran == ["red flag", "text", "tap"]


async def test_during_a_burst_texts_take_the_lane_one_place_each_in_order() -> None:
    doses_first = DosesFirst(longest=30, width=1)
    processor = PerUserUpdateProcessor(8, doses_first=doses_first)
    ran: list[str] = []
    first_done = asyncio.Event()

    async def slow() -> None:
        ran.append("first")
        await first_done.wait()  # still waiting on Telegram

    doses_first.begin()
    first = asyncio.create_task(processor.process_update(message(1, 1, "pain 6"), slow()))
    await asyncio.sleep(0)
    others = [
        asyncio.create_task(run(processor, message(uid, 1, "slept badly"), ran, f"text {uid}"))
        for uid in (2, 3)
    ]
    await asyncio.sleep(0.05)
    assert ran == ["first"]  # the one place is taken; the others wait for it
    first_done.set()
    await asyncio.wait_for(asyncio.gather(first, *others), 1.0)
    assert ran == ["first", "text 2", "text 3"]
    assert doses_first._in_lane == 0  # every place given back


async def test_the_end_of_a_burst_lets_everyone_waiting_go() -> None:
    doses_first = DosesFirst(longest=30, width=1)
    processor = PerUserUpdateProcessor(8, doses_first=doses_first)
    ran: list[str] = []
    hold = asyncio.Event()

    async def held() -> None:
        await hold.wait()

    doses_first.begin()
    first = asyncio.create_task(processor.process_update(message(1, 1, "pain 6"), held()))
    await asyncio.sleep(0)
    waiting = [
        asyncio.create_task(run(processor, message(uid, 1, "slept badly"), ran, f"text {uid}"))
        for uid in (2, 3, 4)
    ]
    await asyncio.sleep(0.05)
    assert ran == []
    doses_first.end()
    await asyncio.wait_for(asyncio.gather(*waiting), 1.0)
    assert sorted(ran) == ["text 2", "text 3", "text 4"]  # the first still holds its place
    hold.set()
    await first
    assert doses_first._in_lane == 0


async def test_a_place_is_never_lost_to_a_wait_that_ran_out_or_was_cancelled() -> None:
    doses_first = DosesFirst(longest=0.05, width=1)
    doses_first.begin()
    assert await doses_first.enter()  # the one place
    assert not await doses_first.enter()  # waited 0.05 s, went on without a place
    gone = asyncio.create_task(doses_first.enter())
    await asyncio.sleep(0)
    gone.cancel()
    doses_first.leave()  # hands the place to the cancelled one, which gives it back
    await asyncio.gather(gone, return_exceptions=True)
    assert doses_first._in_lane == 0
    assert await doses_first.enter()  # the place is there for the next one
    doses_first.leave()
    assert doses_first._in_lane == 0
