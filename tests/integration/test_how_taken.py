"""How a medicine is taken, said at /add ("before breakfast", "with food"), is kept: the
list, the reminder while the dose is open, and an edit carry it (Sandbox, Glasgow: the
words were dropped, and alendronic acid's reminder read like any other). On SQLite and
PostgreSQL (migration 0019)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.storage.models import Medication
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard, reminder_at
from tests.integration.test_regimen import rows, say

MORNING = dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY)


async def test_the_words_are_on_the_list_and_on_the_open_reminder(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    saved = await add(fake, "naproxen 500mg 8am 8pm with food")
    assert "Naproxen 500 mg · 08:00, 20:00 every day · with food" in saved
    listed = await say(fake, "/meds", "Your medicines")
    assert "• Naproxen 500 mg · 08:00, 20:00 every day · with food" in (listed.text or "")

    msg = await reminder_at(fake, bot, clock, MORNING)
    assert "• Naproxen 500 mg · with food" in (msg.text or "").splitlines()
    await fake.press(UID, msg.message_id, "Taken")
    done = await fake.wait_for_edit(UID, msg.message_id, contains="✅ Taken")
    assert "with food" not in (done.message.text or ""), "answered, the dose line is the record"
    (med,) = await rows(bot, Medication)
    assert med.instruction == "with food"


async def test_an_edit_keeps_them_unless_it_says_others(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "naproxen 500mg 8am 8pm with food")
    meds = await say(fake, "/meds", "Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "Edit")
    await fake.wait_for_message(UID, after=n, contains="naproxen 500mg 08:00 20:00 with food")
    await say(fake, "naproxen 500mg 9am 9pm", "Saved: Naproxen 500 mg · 09:00, 21:00")
    meds = await say(fake, "/meds", "Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "Edit")
    await fake.wait_for_message(UID, after=n, contains="with food")
    await say(fake, "naproxen 250mg 9am 9pm after meals", "Saved: Naproxen 250 mg")
    kept = [m.instruction for m in await rows(bot, Medication)]
    assert kept == ["with food", "with food", "after meals"]
