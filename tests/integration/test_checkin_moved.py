"""A night worker in Los Angeles moves the daily check-in to a time none of the buttons
offer (Sandbox: "i work nights, can you move my check in to 4pm" was "didn't catch that",
and a time typed after /settings' Check-in time was too). Through the real Application."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, onboard

LA = ZoneInfo("America/Los_Angeles")


async def _checkin_comes_at(fake: FakeBotApi, bot: Any, clock: FakeClock, at: dt.datetime) -> None:
    """No pain question a minute before `at`; one at `at`."""
    n = len(fake.messages_to(UID))
    clock.set(at - dt.timedelta(minutes=1))
    await tick(bot)
    assert not any("How is your pain" in (m.text or "") for m in fake.messages_to(UID)[n:])
    clock.set(at)
    await tick(bot)
    await fake.wait_for_message(UID, after=n, contains="How is your pain")


async def test_a_move_asked_in_words_is_one_tap_and_the_checkin_comes_then(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2026, 12, 7, 9, 0, tzinfo=LA))
    await onboard(fake, "America/Los_Angeles")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "i work nights, can you move my check in to 4pm")
    offer = await fake.wait_for_message(UID, after=n, contains="Move your daily check-in")
    assert "from 20:00 to 16:00" in (offer.text or ""), offer.text
    assert not any("catch that" in (m.text or "") for m in fake.messages_to(UID)[n:])
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "⏰ Yes, check in at 16:00")
    await fake.wait_for_message(UID, after=n, contains="Daily check-in at 16:00")
    await _checkin_comes_at(fake, bot, clock, dt.datetime(2026, 12, 7, 16, 0, tzinfo=LA))


async def test_a_time_typed_after_the_settings_button_is_set(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2026, 12, 7, 9, 0, tzinfo=LA))
    await onboard(fake, "America/Los_Angeles")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/settings")
    menu = await fake.wait_for_message(UID, after=n, contains="Your settings")
    n = len(fake.messages_to(UID))
    await fake.press(UID, menu.message_id, "⏰ Check-in time")
    ask = await fake.wait_for_message(UID, after=n, contains="When should I ask")
    assert "type any time" in (ask.text or "")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "6am")
    await fake.wait_for_message(UID, after=n, contains="Daily check-in at 06:00")
    await _checkin_comes_at(fake, bot, clock, dt.datetime(2026, 12, 8, 6, 0, tzinfo=LA))


async def test_a_move_said_with_a_report_keeps_the_report_not_the_asking(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2026, 12, 7, 9, 0, tzinfo=LA))
    await onboard(fake, "America/Los_Angeles")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "pain 6 today. also ask me about my pain at 7am instead")
    logged = await fake.wait_for_message(UID, after=n, contains="Logged")
    assert "pain 6" in (logged.text or "") and "note" not in (logged.text or ""), logged.text
    await fake.wait_for_message(UID, after=n, contains="from 20:00 to 07:00")
