"""Pain said without a number in Nigerian Pidgin or Australian slang is asked about with
one tap (Sandbox, Lagos: "my back dey pain me well well" got "Sorry, I didn't catch that";
Sydney: "backs rooted today mate"); filler words are no note for the doctor."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import Record
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say


@pytest.mark.parametrize(
    ("zone", "text"),
    [
        ("Africa/Lagos", "my back dey pain me well well for school today"),
        ("Australia/Sydney", "backs rooted today mate"),
    ],
)
async def test_pain_in_other_words_is_asked_how_bad(
    fake: FakeBotApi, bot: Any, clock: FakeClock, zone: str, text: str
) -> None:
    await onboard(fake, zone)
    clock.set(dt.datetime(2026, 12, 8, 13, 0, tzinfo=ZoneInfo(zone)))
    asked = await say(fake, text, "How bad is it right now?")
    assert "didn't catch" not in (asked.text or "")


async def test_a_filler_word_is_no_note(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    await onboard(fake, "Africa/Lagos")
    await add(fake, "diclofenac 50mg as needed max 3 per day")
    clock.set(dt.datetime(2026, 12, 8, 6, 50, tzinfo=ZoneInfo("Africa/Lagos")))
    logged = await say(fake, "I don take the diclofenac with my bread and tea, abeg", "Logged")
    assert "note" not in (logged.text or "")
    await settled(bot)
    async with deps_of(bot).sessions() as s:
        kinds = [r.kind for r in await s.scalars(select(Record).where(Record.user_id == UID))]
    assert "note" not in kinds
