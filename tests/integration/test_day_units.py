"""'3 capsules a day' is the day's tablets, spread over the times chosen — never three
at every time. Through the real Application and the guided /add."""

from __future__ import annotations

from typing import Any

from bot.storage.models import Medication
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, onboard
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say


async def _med(bot: Any, name: str) -> Medication:
    return next(m for m in await rows(bot, Medication) if m.name.lower() == name)


async def test_three_caps_daily_at_three_times_is_one_each(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "gabapentin 300mg, 3 caps daily" then "8am 2pm 10pm" was saved as
    # 3 × 300 mg at each time — 2,700 mg a day, the reminders saying "3 × 300 mg".
    await onboard(fake)
    ask = await say(fake, "/add gabapentin 300mg, 3 caps daily", "When do you take gabapentin?")
    assert (ask.text or "").startswith("3 a day: tap when you take them (one each time)")
    assert "08:00 · 14:00 · 20:00" in fake.button_data(ask)
    saved = await say(fake, "8am 2pm 10pm", "Saved")
    assert "Gabapentin 300 mg · 08:00, 14:00, 22:00" in (saved.text or "")
    med = await _med(bot, "gabapentin")
    assert (med.units_per_dose, med.times) == (None, "08:00,14:00,22:00")


async def test_two_tablets_daily_at_one_time_are_taken_together(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    ask = await say(fake, "/add amitriptyline 10mg 2 tablets daily at night", "When do you take")
    await fake.press(UID, ask.message_id, "22:00")
    await fake.wait_for_message(UID, contains="Saved: Amitriptyline 2 × 10 mg · 22:00")
    assert (await _med(bot, "amitriptyline")).units_per_dose == 2


async def test_a_days_tablets_that_do_not_split_evenly_are_asked_again(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await say(fake, "/add methocarbamol 500mg 3 tablets a day", "When do you take")
    again = await say(fake, "8am 8pm", "doesn't split evenly")
    assert "When do you take methocarbamol?" in (again.text or "")
    assert not [m for m in await rows(bot, Medication) if m.name.lower() == "methocarbamol"]
    await say(fake, "8am", "Saved: Methocarbamol 3 × 500 mg · 08:00")


async def test_a_bare_hour_among_times_is_one_of_them(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "3 times a day with food", then "7am 12 and 6pm" saved 07:00 and
    # 18:00 — the noon dose had no reminder; "7, 12 noon, 6pm" lost the 7.
    await onboard(fake)
    await say(fake, "/add ibuprofen 800 mg 3 times a day with food", "When do you take")
    saved = await say(fake, "7am 12 and 6pm", "Saved")
    assert "07:00, 12:00, 18:00" in (saved.text or "")
    await say(fake, "/add methocarbamol 500mg 3 times a day", "When do you take")
    saved = await say(fake, "7, 12 noon, 6pm", "Saved")
    assert "07:00, 12:00, 18:00" in (saved.text or "")
