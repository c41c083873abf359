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
    # A week before a visit the list a person brings is long, and some questions are too
    # (each waits for its reply: the chat's replies are a second apart).
    for question in (
        "the duloxetine: I have felt sick most mornings since I started it, usually an hour "
        "after breakfast, and it lasts until lunch. Could it be the duloxetine, and would "
        "taking it at night instead make any difference, or is there something else to try?",
        "the meloxicam: I have been taking it every day for months now and my stomach has "
        "started burning after meals, mostly in the evenings. Is it safe to keep going, and "
        "do I need anything to protect my stomach while I am on it?",
        "driving: I feel slow and foggy in the mornings on the gabapentin and the "
        "cyclobenzaprine together, and I drive forty minutes to work. Is it safe for me to "
        "drive, and is there a way to take them so the mornings are clearer?",
        "the pain clinic: after the MRI showed the bulging disc, would an injection or a "
        "referral to the pain clinic be worth trying now, and how long is the wait usually?",
        "work: my job involves lifting boxes all day and the flare started after a heavy "
        "delivery. Can I have a letter saying I should not lift anything heavy for a few weeks?",
        "the leg: why does the pain shoot down my left leg at night, when I lie on my back, "
        "but much less in the day when I am moving about? Does that mean the nerve is worse?",
        "the norco: it has made me constipated since Thursday. What can I take for that which "
        "is safe with everything else on my list, and should I be taking it every day?",
        "my mood: I have felt low and tired all the time since the flare started, and I am not "
        "sleeping well. Is that the pain, the medicines, or something I should get help for?",
    ):
        await say(fake, f"/ask {question}", "Kept for your doctor")
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
    # (Telegram counts a message's length in UTF-16 units: an emoji is two)
    assert len(parts) > 1 and len(whole.encode("utf-16-le")) // 2 > MESSAGE_MAX
    assert all(len(p.encode("utf-16-le")) // 2 <= MESSAGE_MAX for p in parts)
    for fact in ("4,625 mg", "bladder or bowel", "Worth discussing", "dizziness"):
        assert fact in whole
    # ... and so does /summary, which said "Sorry, something went wrong".
    clock.set(dt.datetime(2026, 12, 13, 19, 0, tzinfo=CHI))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/summary")
    await fake.wait_for_message(UID, after=n, contains="Thank you for keeping track")
    assert not any("went wrong" in (m.text or "") for m in fake.messages_to(UID)[n:])
