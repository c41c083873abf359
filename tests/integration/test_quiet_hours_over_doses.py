"""Quiet hours 01:00–09:00 set by someone with an 08:00 dose: the question says dose
reminders are never held, but saving said only "Saved ✅" — she could not tell whether
her 08:00 reminder would still wake her. Saving now says so when they cover a dose."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard
from tests.integration.test_waiting_questions import say

STILL_COME = "will still come — medicines are never held back"


async def _open_quiet_hours(fake: FakeBotApi) -> Any:
    settings = await say(fake, "/settings", "Your settings")
    n = len(fake.messages_to(UID))
    await fake.press(UID, settings.message_id, "Quiet hours")
    return await fake.wait_for_message(UID, after=n, contains="Type your own")


async def test_typed_hours_over_a_dose_say_its_reminder_still_comes(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    await _open_quiet_hours(fake)
    saved = await say(fake, "01:00-09:00", "Saved")
    assert f"Your 08:00 dose reminders {STILL_COME}" in (saved.text or ""), saved.text
    # and it does come, inside the quiet hours
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 26, 8, 0, tzinfo=NY))
    await tick(bot)
    await fake.wait_for_message(UID, after=n, contains="Time for your 08:00 dose")


@pytest.mark.both_databases
async def test_a_tapped_choice_over_two_doses_names_both(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "gabapentin 300mg 05:00 14:00 22:00")
    await add(fake, "naproxen 500mg 06:00")
    asked = await _open_quiet_hours(fake)
    n = len(fake.messages_to(UID))
    await fake.press(UID, asked.message_id, "21:00–06:00")
    saved = await fake.wait_for_message(UID, after=n, contains="Saved")
    # 06:00 is when they end: that one is not inside them
    assert f"Your 05:00 and 22:00 dose reminders {STILL_COME}" in (saved.text or ""), saved.text
    asked = await _open_quiet_hours(fake)
    n = len(fake.messages_to(UID))
    await fake.press(UID, asked.message_id, "Off")
    saved = await fake.wait_for_message(UID, after=n, contains="Saved")
    assert STILL_COME not in (saved.text or "")


async def test_hours_clear_of_every_dose_say_only_saved(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    await add(fake, "paracetamol 500mg as needed")
    await _open_quiet_hours(fake)
    saved = await say(fake, "22:00-07:00", "Saved")
    assert STILL_COME not in (saved.text or ""), saved.text
