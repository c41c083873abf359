"""A risky pair is told once a day, not again by the other medicine of the pair hours later,
nor twice in one message (Sandbox, Denver: Percocet, nightly amitriptyline and a Tylenol)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard, reminder_at
from tests.integration.test_waiting_questions import say

DENVER = ZoneInfo("America/Denver")
SEROTONIN = "serotonin syndrome"
SHARED = "both contain acetaminophen"


def said_since(fake: FakeBotApi, n: int, words: str) -> int:
    """How many messages since the n-th say `words`."""
    return sum(words in (m.text or "") for m in fake.messages_to(UID)[n:])


def at(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, tzinfo=DENVER)


async def nightly_taken(fake: FakeBotApi, bot: Any, clock: FakeClock, day: int) -> None:
    msg = await reminder_at(fake, bot, clock, at(day, 22))
    await fake.press(UID, msg.message_id, "Taken")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 22:00")
    await settled(bot)


async def test_the_nightly_medicine_does_not_retell_the_pair_told_that_afternoon(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    clock.set(at(7, 8))
    await onboard(fake, "America/Denver")
    await add(fake, "amitriptyline 25mg 22:00")
    await add(fake, "percocet 5/325 as needed every 4 hours max 4 per day", warned=True)
    await nightly_taken(fake, bot, clock, 7)
    # Tue 13:00: the Percocet is told of last night's amitriptyline ...
    clock.set(at(8, 13))
    n = len(fake.messages_to(UID))
    await say(fake, "/took 1 percocet", "Logged")
    await settled(bot)
    assert said_since(fake, n, SEROTONIN) == 1
    # ... and the amitriptyline at 22:00 does not say it again nine hours later.
    n = len(fake.messages_to(UID))
    await nightly_taken(fake, bot, clock, 8)
    assert said_since(fake, n, SEROTONIN) == 0
    # The next day's first Percocet, a day after the last: told again (once a day, never
    # dropped), and a Tylenol in the same message tells the shared ingredient once.
    clock.set(at(9, 16))
    n = len(fake.messages_to(UID))
    await say(fake, "tylenol x2 + 1 perc", "Logged")
    await settled(bot)
    assert said_since(fake, n, SEROTONIN) == 1
    assert said_since(fake, n, SHARED) == 1


async def test_a_missed_night_leaves_the_pair_to_the_nightly_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # No amitriptyline in the 24 hours before the Percocet: it was told nothing of it, so
    # the amitriptyline taken after it tells the pair.
    clock.set(at(7, 8))
    await onboard(fake, "America/Denver")
    await add(fake, "amitriptyline 25mg 22:00")
    await add(fake, "percocet 5/325 as needed every 4 hours max 4 per day", warned=True)
    clock.set(at(8, 13))
    n = len(fake.messages_to(UID))
    await say(fake, "/took 1 percocet", "Logged")
    await settled(bot)
    assert said_since(fake, n, SEROTONIN) == 0
    n = len(fake.messages_to(UID))
    await nightly_taken(fake, bot, clock, 8)
    assert said_since(fake, n, SEROTONIN) == 1
