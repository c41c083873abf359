"""A zone change says when each medicine's next reminder comes in the new zone, and a long
wait after the last dose plainly: flying Sydney → Los Angeles repeats a day whose doses were
given by the Sydney clock, so the next reminder is tomorrow's (it was silent: 43 hours with
no word) — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_supply import settled
from tests.integration.test_undo_dose import _texted

SYDNEY_EIGHT = dt.datetime(2026, 12, 9, 21, 0, tzinfo=dt.UTC)  # Thu 10 Dec 08:00 AEDT


async def test_flying_west_says_the_next_reminders_and_the_long_wait(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Australia/Sydney")
    await add(fake, "duloxetine 60mg 8am")
    await add(fake, "pregabalin 75mg 8am 8pm")
    n = len(fake.messages_to(UID))
    clock.set(SYDNEY_EIGHT)
    await tick(bot)
    reminder = await fake.wait_for_message(UID, after=n, contains="Time for your 08:00")
    await fake.press(UID, reminder.message_id, "All taken")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Taken")
    await settled(bot)
    # the evening dose by the Sydney clock, then the flight: landing at 07:17 in LA
    clock.set(SYDNEY_EIGHT + dt.timedelta(hours=12))
    await tick(bot)
    evening = await fake.wait_for_message(UID, contains="Time for your 20:00")
    await fake.press(UID, evening.message_id, "Taken")
    await fake.wait_for_edit(UID, evening.message_id, contains="Taken")
    await settled(bot)
    clock.set(dt.datetime(2026, 12, 10, 15, 17, tzinfo=dt.UTC))
    said = (await _texted(fake, "/timezone America/Los_Angeles", "Time zone set")).text or ""
    assert "Your reminders now follow this time. Next:" in said
    assert "• Duloxetine: tomorrow at 08:00 — 43 hours after your last dose" in said
    assert "• Pregabalin: tomorrow at 08:00 — 31 hours after your last dose" in said
    assert "doctor or pharmacist" in said


@pytest.mark.both_databases
async def test_a_short_hop_lists_the_next_reminders_without_a_wait(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg 8am 8pm")
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC))
    said = (await _texted(fake, "/timezone Europe/Berlin", "Time zone set")).text or ""
    assert "• Naproxen: today at 20:00" in said
    assert "hours after your last dose" not in said and "doctor or pharmacist" not in said
