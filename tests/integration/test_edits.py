"""Edited messages: what a message noted is replaced by what its edit says; a red flag
added by an edit is answered at once; an edit that cannot be re-read safely says how to
correct it."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from bot.telegram import texts
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_checkin import records
from tests.integration.test_dose_loop import NY, UID, add, onboard
from tests.integration.test_waiting_questions import say


async def edit(fake: FakeBotApi, message_id: int, text: str, expect: str) -> Any:
    n = len(fake.messages_to(UID))
    await fake.send_edited_text(UID, text, message_id=message_id)
    return await fake.wait_for_message(UID, after=n, contains=expect)


def mine(fake: FakeBotApi) -> int:
    """The id of the person's latest message."""
    return max(m.message_id for (c, _), m in fake._store.items() if c == UID and not m.from_bot)


@pytest.mark.both_databases
async def test_an_edit_replaces_what_the_message_noted(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 13, 0, tzinfo=NY))
    await say(fake, "pain 6, stiff lower back", "Logged")
    first = mine(fake)
    await edit(fake, first, "pain 4, stiff lower back", "replaced")
    await fake.wait_for_message(UID, contains="Logged", after=len(fake.messages_to(UID)) - 1)
    pains = [json.loads(r.data) for r in await records(bot) if r.kind == "pain"]
    assert [p.get("score") for p in pains] == [4]


async def test_a_red_flag_added_by_an_edit_is_answered_at_once(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00")
    clock.set(dt.datetime(2026, 11, 26, 8, 0, tzinfo=NY))
    await tick(bot)
    await fake.wait_for_message(UID, contains="Time for your")
    await say(fake, "took it", "taken")
    answered = mine(fake)
    reply = await edit(
        fake, answered, "took it, but I can't feel my groin and can't pee", "medical help now"
    )
    assert "cauda equina" in reply.text
    kinds = [r.kind for r in await records(bot)]
    assert kinds.count("red_flag") == 1
    # The reminder's answer is not read twice: still one dose taken, no extra logged.
    n = len(fake.messages_to(UID))
    await fake.send_edited_text(UID, "took it!!", message_id=answered)
    said = await fake.wait_for_message(UID, after=n)
    assert said.text == texts.EDIT_NOT_REREAD
