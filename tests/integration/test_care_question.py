"""A question whether to get care, asked beside a red flag ("…, should I ring the doctor"),
is answered by the alarm and never kept as a note (Sandbox: "Logged: note 'should I ring
the doctor'" with an Undo button came right after the crisis reply, and the note sat on
the doctor's summary)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import Record
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, onboard
from tests.integration.test_waiting_questions import say

TORONTO = ZoneInfo("America/Toronto")


async def _kinds(app: Any) -> list[str]:
    async with deps_of(app).sessions() as s:
        return [r.kind for r in await s.scalars(select(Record).order_by(Record.id))]


async def test_thoughts_of_suicide_with_a_question_about_the_doctor(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "America/Toronto")
    clock.set(dt.datetime(2026, 12, 10, 21, 0, tzinfo=TORONTO))
    n = len(fake.messages_to(UID))
    crisis = await say(
        fake,
        "I don't want to be a burden on my family any more, should I ring the doctor",
        "crisis",
    )
    text = crisis.text or ""
    assert "9-8-8" in text and "yes, please tell them too" in text
    await settled(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "Logged" in (m.text or "")]
    assert "note" not in await _kinds(bot) and "red_flag" in await _kinds(bot)


async def test_a_sign_of_the_body_with_a_question_about_going_in(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "America/Toronto")
    clock.set(dt.datetime(2026, 12, 10, 21, 0, tzinfo=TORONTO))
    n = len(fake.messages_to(UID))
    alarm = await say(fake, "pooped black today, do I need to call the doctor?", "emergency")
    assert "tell them too" not in (alarm.text or "")
    await settled(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "note" in (m.text or "")]
    assert "note" not in await _kinds(bot)
