"""Every reminder button acts on the doses it names, even when it is pressed before the
dispatcher has written down what it sent (issue 13, finding 1).

The fake Bot API delivers the reminder at once but keeps the bot waiting for the answer
of sendMessage (`hold_answers`), so the person taps while the send's bookkeeping has not
committed: the message id is not yet in the database. A tap acknowledged must be a tap
stored, "nothing changed" must only be said when that is true, and the message id must
still be written once the bookkeeping lands.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from bot.app import deps_of
from bot.storage.models import DoseOccurrence
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, occurrences, onboard

Press = Callable[[FakeBotApi, int], Awaitable[None]]


async def _answer(fake: FakeBotApi, cq: str) -> str:
    return str((await fake.wait_for_callback_answer(cq)).get("text") or "")


async def _all_taken(fake: FakeBotApi, mid: int) -> None:
    assert "Recorded" in await _answer(fake, await fake.press(UID, mid, "All taken"))


async def _taken_one(fake: FakeBotApi, mid: int) -> None:
    assert "Recorded" in await _answer(fake, await fake.press(UID, mid, "Taken · Gabapentin"))


async def _snooze(fake: FakeBotApi, mid: int) -> None:
    await _answer(fake, await fake.press(UID, mid, "Snooze · Gabapentin"))
    await fake.wait_for_edit(UID, mid, contains="how long")
    assert "Recorded" in await _answer(fake, await fake.press(UID, mid, "10 min"))


async def _skip(fake: FakeBotApi, mid: int) -> None:
    await _answer(fake, await fake.press(UID, mid, "Skip · Gabapentin"))
    await fake.wait_for_edit(UID, mid, contains="Why")
    assert "Recorded" in await _answer(fake, await fake.press(UID, mid, "Side effects"))


async def _back(fake: FakeBotApi, mid: int) -> None:
    await _answer(fake, await fake.press(UID, mid, "Skip · Gabapentin"))
    await fake.wait_for_edit(UID, mid, contains="Why")
    answer = await _answer(fake, await fake.press(UID, mid, "Back"))
    assert "nothing changed" not in answer


# What each press must leave behind: gabapentin's status, ibuprofen's status.
CASES: dict[str, tuple[Press, str, str]] = {
    "all_taken": (_all_taken, "taken", "taken"),
    "taken": (_taken_one, "taken", "sent"),
    "snooze": (_snooze, "snoozed", "sent"),
    "skip": (_skip, "skipped", "sent"),
    "back": (_back, "sent", "sent"),
}


async def _reminder_with_bookkeeping_held(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> tuple[int, asyncio.Task[None]]:
    """Two medicines at 08:00; the tick sending their reminder, its answer held."""
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    await add(fake, "gabapentin 300 mg at 8am, 2pm and 10pm")
    clock.set(dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    fake.hold_answers("sendMessage")
    return n, asyncio.create_task(tick(bot))


@pytest.mark.parametrize("kind", list(CASES))
async def test_button_pressed_before_the_send_is_recorded(
    fake: FakeBotApi, bot: Any, clock: FakeClock, kind: str
) -> None:
    press, gabapentin_status, ibuprofen_status = CASES[kind]
    n, ticking = await _reminder_with_bookkeeping_held(fake, bot, clock)
    try:
        msg = await fake.wait_for_message(UID, after=n, contains="Time for your")
        assert not ticking.done(), "the bookkeeping must still be waiting for the send"
        first_buttons = dict(fake.button_data(msg))
        await press(fake, msg.message_id)
        # The edited message still lists both doses (it is drawn from what it names).
        shown = fake.current(UID, msg.message_id).text or ""
        assert "Ibuprofen 400 mg" in shown and "Gabapentin 300 mg" in shown
    finally:
        fake.release_answers("sendMessage")
    await ticking

    sent = {o.medication_id: o for o in await occurrences(bot) if o.sent_at is not None}
    assert len(sent) == 2
    by_status = sorted(o.status for o in sent.values())
    assert by_status == sorted([gabapentin_status, ibuprofen_status])
    # The send's own facts are written whatever the person did meanwhile.
    assert all(o.message_id == msg.message_id for o in sent.values())
    if kind == "snooze":
        snoozed = next(o for o in sent.values() if o.status == "snoozed")
        assert snoozed.next_at == dt.datetime(2026, 11, 25, 13, 10, tzinfo=dt.UTC)
    # Pressing the same button again after the bookkeeping: now nothing changes.
    if kind in ("all_taken", "taken"):
        label = "All taken" if kind == "all_taken" else "Taken · Gabapentin"
        old = next(data for text, data in first_buttons.items() if label in text)
        again = await fake.press_data(UID, msg.message_id, old)
        assert "nothing changed" in await _answer(fake, again)


@pytest.mark.both_databases
async def test_all_taken_names_its_doses_in_the_button(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """The button carries the doses it means: pressed on a copy of the message whose id the
    database never learnt (the send's bookkeeping lost), it still records them."""
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    await add(fake, "gabapentin 300 mg at 8am, 2pm and 10pm")
    clock.set(dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await tick(bot)
    msg = await fake.wait_for_message(UID, after=n, contains="Time for your")
    data = next(
        b["callback_data"]
        for row in (msg.reply_markup or {})["inline_keyboard"]
        for b in row
        if "All taken" in b["text"]
    )
    async with deps_of(bot).sessions.begin() as s:
        await s.execute(
            DoseOccurrence.__table__.update()
            .where(DoseOccurrence.message_id == msg.message_id)
            .values(message_id=None)
        )
    cq = await fake.press_data(UID, msg.message_id, data)
    assert "Recorded" in await _answer(fake, cq)
    sent = [o for o in await occurrences(bot) if o.sent_at is not None]
    assert sorted(o.status for o in sent) == ["taken", "taken"]


async def test_took_it_typed_before_the_send_is_recorded(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    n, ticking = await _reminder_with_bookkeeping_held(fake, bot, clock)
    try:
        await fake.wait_for_message(UID, after=n, contains="Time for your")
        m = len(fake.messages_to(UID))
        await fake.send_text(UID, "took them both")
        reply = await fake.wait_for_message(UID, after=m)
        assert "taken" in (reply.text or "").lower()
    finally:
        fake.release_answers("sendMessage")
    await ticking
    sent = [o for o in await occurrences(bot) if o.sent_at is not None]
    assert sorted(o.status for o in sent) == ["taken", "taken"]
