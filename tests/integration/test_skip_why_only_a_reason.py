"""While "Why did you skip it?" waits, only words that read as a reason are taken for
it, or plain words said first, soon and short ("at my sister's all day"); an hour on,
"add more salt" or "my daughter is visiting today" is no skip's reason (the record kept
"other" and the message itself was swallowed). Through the real Application."""

from __future__ import annotations

from typing import Any

from bot.domain.conversation import Question
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID
from tests.integration.test_skip_reason_typed import skip_menu_open
from tests.integration.test_skip_why_typed_after_skip import (
    ASKED,
    reason,
    skipped_ahead,
    skipped_at_the_reminder,
)
from tests.integration.test_waiting_questions import say, user_row


def said_since(fake: FakeBotApi, n: int) -> list[str]:
    return [m.text or "" for m in fake.messages_to(UID)[n:]]


async def test_words_an_hour_after_the_skip_menu_are_no_reason(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await skip_menu_open(fake, bot, clock)
    clock.advance(hours=1)
    n = len(fake.messages_to(UID))
    await say(fake, "add more salt", "didn't catch")  # answered as with nothing asked
    await settled(bot)
    assert not [t for t in said_since(fake, n) if "skipped" in t]
    assert await reason(bot) == ("skipped", None), "skipped at the tap, no reason yet"
    assert (await user_row(bot)).awaiting == Question.SKIP_WHY, "the question waits on"
    assert "Why are you skipping" in (fake.current(UID, msg.message_id).text or "")
    await say(fake, "forgot", "skipped (forgot)")  # a reason still reads as one
    assert await reason(bot) == ("skipped", "forgot")


async def test_words_an_hour_after_a_typed_skip_are_no_reason(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    reply = await skipped_ahead(
        fake, bot, clock, "gabapentin 300mg 08:00 20:00", "skipping my gabapentin"
    )
    clock.advance(hours=1)
    n = len(fake.messages_to(UID))
    await say(fake, "my daughter is visiting today", "didn't catch")
    await settled(bot)
    assert not [t for t in said_since(fake, n) if "skipped" in t]
    assert await reason(bot) == ("skipped", None)
    assert (await user_row(bot)).awaiting == Question.SKIP_WHY
    assert ASKED in (fake.current(UID, reply.message_id).text or "")
    await say(fake, "ran out", "skipped (ran out)")
    assert await reason(bot) == ("skipped", "ran_out")


async def test_plain_words_said_first_and_soon_are_the_reason(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await skipped_at_the_reminder(fake, bot, clock)
    clock.advance(minutes=5)
    await say(fake, "at my sister's all day", "skipped ✅")
    assert await reason(bot) == ("skipped", "other")


async def test_plain_words_after_another_message_are_no_reason(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await skipped_at_the_reminder(fake, bot, clock)
    await say(fake, "pain 6", "6")
    n = len(fake.messages_to(UID))
    await say(fake, "at my sister's all day", "didn't catch")
    await settled(bot)
    assert not [t for t in said_since(fake, n) if "skipped" in t]
    assert await reason(bot) == ("skipped", None)
    assert (await user_row(bot)).awaiting == Question.SKIP_WHY


async def test_long_plain_words_are_no_reason_even_first(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await skipped_at_the_reminder(fake, bot, clock)
    n = len(fake.messages_to(UID))
    said = "my daughter and her two kids are coming over for dinner tonight and staying till sunday"
    await say(fake, said, "didn't catch")
    await settled(bot)
    assert not [t for t in said_since(fake, n) if "skipped" in t]
    assert await reason(bot) == ("skipped", None)


async def test_the_wait_is_fifteen_minutes_for_plain_words(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await skipped_at_the_reminder(fake, bot, clock)
    clock.advance(minutes=16)
    await say(fake, "at my sister's all day", "didn't catch")
    await settled(bot)
    assert await reason(bot) == ("skipped", None)
    clock.advance(minutes=1)
    await say(fake, "was busy", "skipped ✅")  # a reason the parser reads
    assert await reason(bot) == ("skipped", "other")
