"""India's "1-0-1" at /add (Sandbox, Pune): "Zerodol-SP 1-0-1 after food" was saved as
"Zerodol-SP 1", and "Pregaba M 75 0-0-1" sent to "Which medicine?" logged pain 0."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import Medication, Record
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, onboard

PUNE = ZoneInfo("Asia/Kolkata")


async def test_one_zero_one_offers_morning_and_night_and_keeps_no_strength_of_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Asia/Kolkata")
    clock.set(dt.datetime(2026, 12, 7, 7, 30, tzinfo=PUNE))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add Zerodol-SP 1-0-1 after food")
    asked = await fake.wait_for_message(UID, after=n, contains="When do you take")
    await fake.press(UID, asked.message_id, "08:00 · 22:00")
    saved = await fake.wait_for_message(UID, after=n, contains="Saved")
    assert "Zerodol-SP 100/325/15 mg" in (saved.text or "")
    assert "Zerodol-SP 1 " not in (saved.text or "")


@pytest.mark.both_databases
async def test_night_only_answer_to_which_medicine_is_no_pain_score(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Asia/Kolkata")
    clock.set(dt.datetime(2026, 12, 7, 7, 30, tzinfo=PUNE))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add")
    await fake.wait_for_message(UID, after=n, contains="Which medicine")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "Pregaba M 75 0-0-1")
    asked = await fake.wait_for_message(UID, after=n, contains="When do you take Pregaba M")
    await fake.press(UID, asked.message_id, "21:00")
    await fake.wait_for_message(UID, after=n, contains="Saved")
    await settled(bot)
    assert not any("pain 0" in (m.text or "") for m in fake.messages_to(UID)[n:])
    async with deps_of(bot).sessions() as s:
        assert list(await s.scalars(select(Record).where(Record.kind == "pain"))) == []
        med = await s.scalar(select(Medication))
    assert med is not None and med.name.startswith("Pregaba M")
