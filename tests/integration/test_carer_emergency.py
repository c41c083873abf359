"""A wife or a son tells of an emergency sign in the patient's chat before the chat knows
someone writes for them ("dad's been vomiting blood", "my husband has chest pain and
can't breathe"). It was held behind "is this about the person this diary is for?": the
emergency answer waited for a tap. Now it comes at once, worded for whoever it is about
("call … for them now"), then whose it is is asked; Yes records it once without the
alarm again, No records nothing. Told as history ("my dad had a heart attack years ago")
or with them in hospital already, nothing is alarmed. Through the real Application."""

from __future__ import annotations

from typing import Any

import pytest

from bot.telegram import texts
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_carer_falls import _flags, _fresh_chat
from tests.integration.test_dose_loop import UID
from tests.integration.test_waiting_questions import say


@pytest.mark.parametrize(
    "told",
    [
        "dad's been vomiting blood",
        "my husband has chest pain and can't breathe",
        "my wife's face is drooping and her speech is slurred",
        "dad is vomiting blood, should I call an ambulance?",
    ],
)
async def test_an_emergency_told_of_family_is_answered_at_once_for_them(
    fake: FakeBotApi, bot: Any, clock: FakeClock, told: str
) -> None:
    await _fresh_chat(fake, clock)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, told)
    alarm = await fake.wait_for_message(UID, after=n, contains=texts.RED_FLAG_HEAD_CARER)
    said = alarm.text or ""
    # (the number said for London: 999)
    assert "emergency number (999) for them now" in said and "your next" not in said, said
    ask = await fake.wait_for_message(UID, after=n, contains="diary is for")
    assert alarm.message_id < ask.message_id
    assert await _flags(bot) == []  # whose it is waits for the tap


@pytest.mark.both_databases
async def test_an_emergency_told_of_family_over_a_checkin_asks_whose_not_the_pain(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, London: on the first day, with the pain question open, the alarm was
    followed by "Sorry, I didn't quite catch that. How is your pain right now?" and whose
    it was never asked, so the sign was never recorded."""
    await _fresh_chat(fake, clock)
    await say(fake, "/checkin", "How is your pain")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "dad's been vomiting blood this morning")
    await fake.wait_for_message(UID, after=n, contains=texts.RED_FLAG_HEAD_CARER)
    ask = await fake.wait_for_message(UID, after=n, contains="diary is for")
    assert not [m for m in fake.messages_to(UID)[n:] if "catch that" in (m.text or "")]
    await fake.press(UID, ask.message_id, "Yes")
    await fake.wait_for_edit(UID, ask.message_id, contains="From now on")
    assert [f["flags"] for f in await _flags(bot)] == [["gi_bleeding"]]


async def test_mum_who_cant_be_woken_is_answered_at_once(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Signs seen in someone ("can't wake up properly") are read as an emergency either
    way: the answer comes at once, never behind a question."""
    await _fresh_chat(fake, clock)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "mum can't wake up properly after her tablets")
    alarm = await fake.wait_for_message(UID, after=n, contains="can't be woken")
    # The late 08:00 reminder may come first: the clock's jump to 10:00 lets the due-work
    # tick send it whenever it runs. Nothing the message itself drew may come first.
    before = [m.text or "" for m in fake.messages_to(UID)[n:] if m.message_id < alarm.message_id]
    assert all(t.startswith("💊 Time for your 08:00") for t in before), before


async def test_yes_records_the_emergency_once_without_the_alarm_again(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _fresh_chat(fake, clock)
    ask = await say(fake, "dad's been vomiting blood", "diary is for")
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "Yes")
    await fake.wait_for_edit(UID, ask.message_id, contains="mean the person this diary is for")
    (flag,) = await _flags(bot)
    assert flag["flags"] == ["gi_bleeding"] and flag.get("said_by") == "carer"
    assert not any("emergency" in (m.text or "") for m in fake.messages_to(UID)[n:])


async def test_no_records_nothing_after_the_alarm(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _fresh_chat(fake, clock)
    ask = await say(fake, "my husband has chest pain and can't breathe", "diary is for")
    await fake.press(UID, ask.message_id, "No, someone else")
    await fake.wait_for_edit(UID, ask.message_id, contains="left it out")
    assert await _flags(bot) == []


@pytest.mark.parametrize(
    "told",
    [
        "my dad had a heart attack years ago",
        "mum died of a stroke",
        "my grandma had a stroke in March, visiting her tomorrow",
        "dad's in hospital with chest pains, I'm a wreck",
    ],
)
async def test_history_or_care_already_given_is_no_alarm(
    fake: FakeBotApi, bot: Any, clock: FakeClock, told: str
) -> None:
    await _fresh_chat(fake, clock)
    n = len(fake.messages_to(UID))
    reply = await say(fake, told, "")
    await settled(bot)
    later = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not any("emergency" in t for t in later), (reply.text, later)
    assert await _flags(bot) == []
