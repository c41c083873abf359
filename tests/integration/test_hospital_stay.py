"""Tomás in Madrid, around a back operation: a night dose written "24:00" on a Spanish
prescription is kept and reminded at midnight (Sandbox, Madrid: it was dropped from the
list without a word)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import add, onboard, reminder_at

MADRID = ZoneInfo("Europe/Madrid")


async def test_a_24_00_dose_is_saved_and_reminded_at_midnight(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2026, 12, 7, 9, 0, tzinfo=MADRID))
    await onboard(fake, "Europe/Madrid")
    saved = await add(fake, "ibuprofen 600mg 08:00 16:00 24:00")
    assert "00:00, 08:00, 16:00" in saved
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 12, 8, 0, 0, tzinfo=MADRID))
    assert "Ibuprofen 600 mg" in (reminder.text or "")
