"""Scots and UK words for how it is (Sandbox, Glasgow: "sore heid" got "didn't catch
that", "ma back's murder" was asked whose it was). Through the real Application."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

from bot.storage.models import Record
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, onboard
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say

LONDON = ZoneInfo("Europe/London")


async def test_scots_words_for_pain_and_a_headache_are_understood(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    clock.set(dt.datetime(2026, 12, 7, 10, 0, tzinfo=LONDON))
    logged = await say(fake, "sore heid", "Logged")
    assert (logged.text or "") == "Logged: side effects: headache"
    # the pain said without a score: how bad is asked, never whose it is
    ask = await say(fake, "ma back's murder", "How bad is it")
    assert "10" in fake.buttons(ask)
    assert not [m for m in fake.messages_to(UID) if "person this diary" in (m.text or "")]
    await settled(bot)
    recs = await rows(bot, Record)
    effects = [json.loads(r.data)["effects"] for r in recs if r.kind == "side_effect"]
    assert effects == [["headache"]]


async def test_murder_on_the_roads_is_no_pain(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    await onboard(fake, "Europe/London")
    clock.set(dt.datetime(2026, 12, 7, 10, 0, tzinfo=LONDON))
    said = await say(fake, "murder on the roads tonight", "catch that")
    assert "How bad" not in (said.text or "")
    said = await say(fake, "the knee surgery's playing up on the calendar", "catch that")
    assert "Logged" not in (said.text or "")
