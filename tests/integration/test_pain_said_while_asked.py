"""Pain said in words while the bot waits on a question of its own is heard, never taken
for a try at the answer nor left unkept (Sandbox, Manchester: "my leg is killing me" got
"I couldn't read that time" at setup, and "tap Save anyway or Cancel" alone while a
warning waited; said in chat, the leg was kept and how bad never asked)."""

from __future__ import annotations

import json
from typing import Any

from bot.storage.models import Medication, Record
from tests.conftest import settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_regimen import rows
from tests.integration.test_waiting_questions import say

HOW_BAD = "How bad is it right now?"


async def _places(app: Any) -> list[list[str]]:
    return [
        json.loads(r.data).get("locations", [])
        for r in await rows(app, Record)
        if r.kind == "pain_place"
    ]


async def test_a_leg_killing_me_is_kept_and_how_bad_asked(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake, "Europe/London")
    ask = await say(fake, "my leg is killing me", HOW_BAD)
    said = [m.text for m in fake.messages_to(UID)[-2:]]
    assert said[0] == "Logged: where it hurts: leg", said
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "8")
    await fake.wait_for_edit(UID, ask.message_id, contains="Pain 8/10")
    await fake.wait_for_message(UID, after=n, contains="I'll still check in at your usual time")
    await settled(bot)
    # the leg was said: neither where it hurts nor "down a leg?" is asked after the score
    after = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not [t for t in after if "Where does it hurt" in t or "run down a leg" in t], after
    scores = [r.score for r in await rows(bot, Record) if r.kind == "pain" and r.score]
    assert scores == [8.0]
    assert await _places(bot) == [["leg"]]


async def test_at_setups_time_question_pain_in_words_is_heard(fake: FakeBotApi, bot: Any) -> None:
    await fake.send_text(UID, "/start")
    await fake.wait_for_message(UID, contains="time zone")
    asked = await say(fake, "/timezone Europe/London", "When should I ask")
    await say(fake, "my back is killing me", HOW_BAD)
    assert not [m for m in fake.messages_to(UID) if "couldn't read that time" in (m.text or "")]
    # the time question is still there to tap, and answers
    n = len(fake.messages_to(UID))
    await fake.press(UID, asked.message_id, "20:00")
    await fake.wait_for_message(UID, after=n, contains="Daily check-in at 20:00")


async def test_while_a_warning_waits_other_words_are_told_and_the_warning_still_answers(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake, "Europe/London")
    await add(fake, "co-codamol 30/500 08:00 14:00 22:00")
    warning = await say(fake, "/add amitriptyline 10mg 21:00", "Before I save")
    await say(fake, "my back is killing me", HOW_BAD)
    await fake.wait_for_message(UID, contains="tap Save anyway or Cancel above")
    await say(fake, "feeling a bit peely-wally", "didn't catch that")
    n = len(fake.messages_to(UID))
    await fake.press(UID, warning.message_id, "Save anyway")
    await fake.wait_for_message(UID, after=n, contains="Saved: Amitriptyline 10 mg")
    await settled(bot)
    assert sorted(m.generic for m in await rows(bot, Medication)) == [
        "acetaminophen/codeine",
        "amitriptyline",
    ]
