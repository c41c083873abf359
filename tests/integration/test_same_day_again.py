"""A fall told twice while its same-day advice stands ("I had a fall this morning", then
"fell on the stairs this morning, back's killing me") was answered "It still needs urgent
care … call your local emergency number or go to the emergency department now": the
emergency's words for a sign that needs a doctor today (SAME_DAY, never emergency
words). Now the short repeat says the same day's words. Through the real Application."""

from __future__ import annotations

from typing import Any

from bot.telegram import texts
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_carer_falls import TRAUMA, _flags, _fresh_chat
from tests.integration.test_dose_loop import UID
from tests.integration.test_waiting_questions import say


async def test_a_fall_told_again_gets_the_same_days_words_not_an_emergencys(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _fresh_chat(fake, clock)
    await say(fake, "I had a fall this morning", TRAUMA)
    await settled(bot)
    clock.advance(minutes=20)
    again = await say(fake, "I fell on the stairs this morning, back's killing me", "noted this")
    said = again.text or ""
    assert "emergency" not in said and "urgent care:" not in said, said
    assert "doctor today" in said, said
    await settled(bot)
    assert len(await _flags(bot)) == 2  # both kept, side by side


async def test_a_fall_told_again_with_care_put_off_is_not_sent_to_the_emergency_department(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _fresh_chat(fake, clock)
    await say(fake, "I had a fall this morning", TRAUMA)
    await settled(bot)
    clock.advance(minutes=20)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "I had a fall this morning but I'll wait for my GP on monday")
    reply = await fake.wait_for_message(UID, after=n, contains="later appointment")
    said = reply.text or ""
    assert "emergency" not in said and "doctor today" in said, said


async def test_an_emergency_told_again_still_says_urgent_care(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _fresh_chat(fake, clock)
    await say(fake, "I'm vomiting blood", texts.RED_FLAG_HEAD)
    await settled(bot)
    clock.advance(minutes=20)
    again = await say(fake, "still vomiting blood", "noted this")
    assert "urgent care" in (again.text or "") and "emergency" in (again.text or "")
