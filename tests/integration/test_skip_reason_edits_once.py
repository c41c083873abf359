"""A skip's reason given after the skip edits each message once: "other", which the
reminder does not show, leaves it as it was (it was edited again to the same words,
and Telegram answered "message is not modified"). Through the real Application."""

from __future__ import annotations

from typing import Any

from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID
from tests.integration.test_skip_why_typed_after_skip import skipped_at_the_reminder
from tests.integration.test_waiting_questions import say


async def test_a_typed_reason_edits_the_reminder_once(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """ "busy" is "other", which the reminder does not show: it is not edited again."""
    await skipped_at_the_reminder(fake, bot, clock)
    before = len(fake.requests("editMessageText"))
    await say(fake, "busy", "skipped ✅")
    await settled(bot)
    edits = [(p["message_id"], p["text"]) for p in fake.requests("editMessageText")]
    assert len(set(edits)) == len(edits), "an edit repeated to no change"
    assert len(edits) - before == 1, edits[before:]  # the question's reply only
    # its "Why: other ✅" was a word the person never said
    assert edits[-1][1].endswith("Noted ✅"), edits[-1]
    assert "other" not in edits[-1][1]


async def test_other_tapped_after_a_typed_skip_edits_the_reminder_once(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    reply = await skipped_at_the_reminder(fake, bot, clock)
    await fake.press(UID, reply.message_id, "Other")
    await fake.wait_for_edit(UID, reply.message_id, contains="Why: another reason ✅")
    await settled(bot)
    edits = [(p["message_id"], p["text"]) for p in fake.requests("editMessageText")]
    assert len(set(edits)) == len(edits), "an edit repeated to no change"


async def test_a_reason_shown_on_the_reminder_still_redraws_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await skipped_at_the_reminder(fake, bot, clock)
    reminder = next(m for m in fake.messages_to(UID) if "Time for your 08:00" in (m.text or ""))
    await say(fake, "felt sick", "skipped (side effects)")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Skipped — side effects")
