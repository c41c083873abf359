"""A busy week's summary longer than one Telegram message still reaches the person."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.telegram.message_parts import MESSAGE_MAX
from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say

#: A whole story, or storage itself: run on PostgreSQL as well.
pytestmark = pytest.mark.both_databases

CHI = ZoneInfo("America/Chicago")


async def _busy_week(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    """Sandbox, Chicago: six medicines with their interactions, a flare past the
    acetaminophen label maximum, a red flag and the ER visit after it, side effects."""
    clock.set(dt.datetime(2026, 12, 7, 7, 55, tzinfo=CHI))  # Mon
    await onboard(fake, "America/Chicago")
    await add(fake, "meloxicam 15mg 08:00")
    await add(fake, "gabapentin 300mg 08:00 14:00 20:00")
    await add(fake, "duloxetine 30mg 09:00", warned=True)
    await add(fake, "cyclobenzaprine 10mg 22:00", warned=True)
    await add(fake, "norco 5/325 as needed max 4 per day", warned=True)
    await add(fake, "tylenol extra strength 500mg as needed max 6 per day", warned=True)
    thu = dt.date(2026, 12, 10)
    for hour, what in (
        (7, "2 tylenol extra strength"),
        (10, "2 norco"),
        (15, "2 norco"),
        (18, "2 tylenol extra strength"),
        (21, "1 norco"),
        (23, "2 tylenol extra strength"),
    ):
        clock.set(dt.datetime.combine(thu, dt.time(hour, 30), tzinfo=CHI))
        await say(fake, f"/took {what}", "Logged")
        await settled(bot)
    clock.set(dt.datetime(2026, 12, 11, 21, 0, tzinfo=CHI))
    await say(fake, "cant feel my legs properly and i wet myself", "emergency")
    clock.set(dt.datetime(2026, 12, 12, 11, 0, tzinfo=CHI))
    await say(fake, "home from the ER. MRI showed a bulging disc L4-5, no surgery", "glad")
    clock.set(dt.datetime(2026, 12, 12, 12, 0, tzinfo=CHI))
    await say(fake, "/took 2 advil 200mg", "Logged")
    for day, words in ((8, "too dizzy today"), (9, "constipated and drowsy, dry mouth")):
        clock.set(dt.datetime(2026, 12, day, 19, 0, tzinfo=CHI))
        await say(fake, words, "Logged")
    clock.set(dt.datetime(2026, 12, 12, 16, 0, tzinfo=CHI))
    for question in (
        "can I stop the cyclobenzaprine, it makes me groggy",
        "is the gabapentin dose high enough or should it go up",
        "what do I do if the numbness in my legs comes back",
    ):
        await fake.send_text(UID, f"/ask {question}")
        await settled(bot)
    await settled(bot)


async def test_the_weekly_summary_of_a_busy_week_comes_in_parts(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _busy_week(fake, bot, clock)
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 12, 13, 18, 1, tzinfo=CHI))  # Sunday's summary
    await tick(bot)
    await fake.wait_for_message(UID, after=n, contains="Thank you for keeping track")
    texts = [m.text or "" for m in fake.messages_to(UID)[n:] if m.text]
    start = next(i for i, t in enumerate(texts) if "Your week" in t)
    end = next(i for i, t in enumerate(texts) if "Thank you for keeping track" in t)
    parts = texts[start : end + 1]
    whole = "\n\n".join(parts)
    # Before, Telegram refused the one message of over 4,096 and nothing arrived.
    assert len(parts) > 1 and len(whole) > MESSAGE_MAX
    assert all(len(p.encode("utf-16-le")) // 2 <= MESSAGE_MAX for p in parts)
    for fact in ("4,625 mg", "bladder or bowel", "Worth discussing", "dizziness"):
        assert fact in whole
    # ... and so does /summary, which said "Sorry, something went wrong".
    clock.set(dt.datetime(2026, 12, 13, 19, 0, tzinfo=CHI))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/summary")
    await fake.wait_for_message(UID, after=n, contains="Thank you for keeping track")
    assert not any("went wrong" in (m.text or "") for m in fake.messages_to(UID)[n:])
