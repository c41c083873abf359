"""While a burst of reminders is being sent, a typed message waits for a place in a narrow
lane (the burst goes out on time under a flood) — but a tap on a reminder does not, nor a
red flag."""

from __future__ import annotations

import asyncio
import datetime as dt

from bot.app import deps_of
from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard

NY = dt.timezone(dt.timedelta(hours=-5))
OTHER = UID + 1  # someone else, writing while the reminders go out


async def test_a_text_waits_for_the_reminders_a_tap_and_a_red_flag_do_not(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock) as app:
        await onboard(fake)
        await add(fake, "ibuprofen 400mg 08:00")
        clock.set(dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
        # One reminder stands for a rush here (RUSH_DOSES is 50: one slow send is no rush).
        deps_of(app).dispatcher.rush_doses = 1
        # A lane with no place: every text waits (the lane itself: tests/unit).
        deps_of(app).dispatcher.doses_first.width = 0
        # The reminder is delivered but Telegram's answer is held: the burst is in flight.
        fake.hold_answers("sendMessage")
        n = len(fake.messages_to(UID))
        burst = asyncio.create_task(tick(app))
        try:
            reminder = await fake.wait_for_message(UID, after=n, contains="Time for your")
            await fake.send_text(OTHER, "slept badly last night")
            await asyncio.sleep(0.5)
            assert not fake.messages_to(OTHER), "a text waits while the reminders go out"

            # The answer to the reminder is not held back by it, nor is a red flag.
            pressed = await fake.press(UID, reminder.message_id, "Taken")
            await fake.wait_for_callback_answer(pressed, timeout=3)
            await fake.wait_for_edit(UID, reminder.message_id, contains="Taken", timeout=3)
            await fake.send_text(OTHER, "I can't control my bladder since this morning")
            await fake.wait_for_message(OTHER, contains="medical help now", timeout=3)
        finally:
            fake.release_answers("sendMessage")
            await burst
        # Once the burst is out, the text is answered.
        said = await fake.wait_for_message(OTHER, after=1, timeout=5)
        assert "medical help" not in (said.text or "")
