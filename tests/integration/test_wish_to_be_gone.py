"""A wish to be gone, said softly (Sandbox, Toronto, 3 a.m., postpartum): "sometimes i
think about not waking up" is thoughts of suicide alone — it set off the opioid overdose
alarm first, on no opioid; "i want to disappear" is asked about gently, one tap for each
answer, as "I can't do this anymore" is — it got "Sorry, I didn't quite catch that"."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

from bot.telegram import texts
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_safe_after_alarm import records
from tests.integration.test_waiting_questions import say

TORONTO = ZoneInfo("America/Toronto")


async def _night(fake: FakeBotApi, clock: FakeClock) -> None:
    await onboard(fake, "America/Toronto")
    await add(fake, "naproxen 500mg 08:00 20:00")
    clock.set(dt.datetime(2026, 12, 10, 3, 10, tzinfo=TORONTO))


async def test_thinking_about_not_waking_up_is_the_crisis_reply_alone(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _night(fake, clock)
    n = len(fake.messages_to(UID))
    crisis = await say(fake, "sometimes i think about not waking up", "9-8-8")
    await settled(bot)
    said = " ".join(m.text or "" for m in fake.messages_to(UID)[n:])
    assert "opioid" not in said and "can't be woken" not in said
    assert "Please get medical help now" not in said
    flags = [json.loads(r.data)["flags"] for r in await records(bot) if r.kind == "red_flag"]
    assert flags == [["suicidal"]]
    assert "9-8-8" in (crisis.text or "")


async def test_wanting_to_disappear_is_asked_about_gently(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _night(fake, clock)
    n = len(fake.messages_to(UID))
    ask = await say(fake, "i want to disappear", "thoughts of ending your life")
    assert ask.text == texts.HOPELESS_ASK
    buttons = [b["text"] for row in ask.reply_markup["inline_keyboard"] for b in row]
    assert texts.HOPELESS_SAFE in buttons and texts.HOPELESS_YES in buttons
    await settled(bot)
    said = " ".join(m.text or "" for m in fake.messages_to(UID)[n:])
    assert "didn't" not in said and "catch" not in said
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, texts.HOPELESS_YES)
    crisis = await fake.wait_for_message(UID, after=n, contains="crisis")
    assert "9-8-8" in (crisis.text or "")


async def test_the_pain_gone_is_no_wish_to_be_gone(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _night(fake, clock)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "i want the pain to disappear")
    await fake.wait_for_message(UID, after=n)
    await settled(bot)
    said = " ".join(m.text or "" for m in fake.messages_to(UID)[n:])
    assert "thoughts of ending your life" not in said and "crisis" not in said
