"""A bare number typed for /add's strength question is that strength in the unit its
buttons offer: "300" for gabapentin is 300 mg (it was asked again, and again, until
"300mg" was typed — Sandbox, London); "1,000" is a thousand; a patch, whose question
offers no unit, is still asked."""

from __future__ import annotations

from typing import Any

from bot.storage.models import Medication
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, onboard
from tests.integration.test_regimen import rows, say


async def test_a_bare_number_for_the_strength_is_in_the_offered_unit(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake)
    await say(fake, "/add gabapentin", "How much is one dose of gabapentin?")
    times = await say(fake, "300", "When do you take gabapentin?")
    await fake.press(UID, times.message_id, "08:00 · 20:00")
    await fake.wait_for_message(UID, contains="Saved: Gabapentin 300 mg")
    await say(fake, "/add naproxen", "How much is one dose of naproxen?")
    times = await say(fake, "1,000", "When do you take naproxen?")
    await fake.press(UID, times.message_id, "08:00")
    await fake.wait_for_message(UID, contains="Saved: Naproxen 1000 mg")
    saved = [(m.name.lower(), m.amount, m.unit) for m in await rows(bot, Medication)]
    assert saved == [("gabapentin", 300.0, "mg"), ("naproxen", 1000.0, "mg")]


async def test_a_bare_number_for_a_weeks_patch_is_its_rate(fake: FakeBotApi, bot: Any) -> None:
    """ "10" for Butrans was asked again and again, no unit offered nor said: a week's
    patch's strength is micrograms an hour (test_weekly_patch.py saves it)."""
    await onboard(fake)
    await say(fake, "/add butrans", "How much is one dose of butrans?")
    times = await say(fake, "10", "When do you take butrans?")
    assert "7 days" in (times.text or "")
    assert await rows(bot, Medication) == []


async def test_add_said_while_the_check_in_asks_is_an_add_never_a_dose(
    fake: FakeBotApi, bot: Any
) -> None:
    """ "add naproxen 500" while the check-in's pain question waited was logged as 500 mg
    of naproxen taken; it is the add, and the check-in's question still takes its score."""
    from bot.storage.models import DoseLog

    await onboard(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/checkin")
    await fake.wait_for_message(UID, after=n, contains="How is your pain")
    times = await say(fake, "add naproxen 500", "When do you take naproxen?")
    await fake.press(UID, times.message_id, "08:00")
    await fake.wait_for_message(UID, contains="Saved: Naproxen 500 mg")
    assert await rows(bot, DoseLog) == []
    await say(fake, "6", "Where does it hurt")  # (its question, edited "Pain 6/10")
