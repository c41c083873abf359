"""A risky pair told in full is said in one line when a dose brings it together again
within a week, and in full again after it (Sandbox, Glasgow: co-codamol as needed and
nightly amitriptyline got the whole serotonin paragraph after every nightly Taken)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard, reminder_at
from tests.integration.test_waiting_questions import say

GLASGOW = ZoneInfo("Europe/London")
#: words of the full serotonin paragraph only
FULL = "Get medical help right away"
SHORT = "Still with"


def at(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, tzinfo=GLASGOW)


def said_since(fake: FakeBotApi, n: int, words: str) -> list[str]:
    """What was said after the doses since the n-th message (the weekly summary, which
    lists every pair of the list, is not about a dose)."""
    texts = [m.text or "" for m in fake.messages_to(UID)[n:]]
    return [t for t in texts if words in t and not t.startswith("📋")]


async def a_day(fake: FakeBotApi, bot: Any, clock: FakeClock, day: int) -> tuple[int, list[str]]:
    """Co-codamol at 14:00 and the nightly amitriptyline tapped Taken at 22:00: the full
    paragraphs said that day, and the short lines."""
    n = len(fake.messages_to(UID))
    clock.set(at(day, 14))
    await say(fake, "/took 2 co-codamol", "Logged")
    await settled(bot)
    msg = await reminder_at(fake, bot, clock, at(day, 22))
    await fake.press(UID, msg.message_id, "Taken")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 22:00")
    await settled(bot)
    lines = [line for text in said_since(fake, n, SHORT) for line in text.split("\n\n")]
    return len(said_since(fake, n, FULL)), [line for line in lines if SHORT in line]


async def test_told_in_full_once_then_one_line_then_in_full_after_the_week(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    clock.set(at(7, 8))
    await onboard(fake, "Europe/London")
    await add(fake, "amitriptyline 10mg 22:00")
    await add(fake, "co-codamol 30/500 as needed every 4 hours max 8 per day", warned=True)
    # Mon: the first time a dose brings them together, the whole paragraph
    full, short = await a_day(fake, bot, clock, 7)
    assert (full, short) == (1, [])
    # Tue and Wed: one line, the fact in a few words and the day it was told
    for day in (8, 9):
        full, short = await a_day(fake, bot, clock, day)
        assert full == 0
        told = "yesterday" if day == 8 else "on Mon 7 Dec"
        assert short == [
            f"⚠️ Still with amitriptyline: the {fact} I told you about {told}. "
            "Please talk to your doctor or pharmacist."
            for fact in (
                "risk of severe drowsiness and breathing problems",
                "rare risk of serotonin syndrome",
            )
        ]
    # A week after it was told in full (no co-codamol meanwhile): in full again
    n = len(fake.messages_to(UID))
    full, short = await a_day(fake, bot, clock, 15)
    assert (full, short) == (1, []), [(m.text or "")[:200] for m in fake.messages_to(UID)[n:]]
