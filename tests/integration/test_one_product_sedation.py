"""One product holding an opioid and a sedating antihistamine is told the fact the pair
of them would be, once, as it is added (Sandbox, Johannesburg: Synap Forte, codeine and
doxylamine in one tablet, got nothing where the two as separate medicines were warned)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, onboard
from tests.integration.test_waiting_questions import say

JOBURG = ZoneInfo("Africa/Johannesburg")
FACT = "holds codeine and doxylamine, which both slow the brain"


@pytest.mark.both_databases
async def test_adding_a_product_holding_both_tells_the_fact_once(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Africa/Johannesburg")
    clock.set(dt.datetime(2026, 12, 7, 9, 55, tzinfo=JOBURG))
    asked = await say(fake, "/add mersyndol forte as needed max 8 a day", "Before I save")
    text = asked.text or ""
    assert text.count(FACT) == 1 and f"Mersyndol Forte {FACT}" in text
    assert text.endswith("talk to your doctor or pharmacist.")
    n = len(fake.messages_to(UID))
    await fake.press(UID, asked.message_id, "Save anyway")
    await fake.wait_for_message(UID, after=n, contains="Saved")

    # Synap Forte, not in the file: told once what is in it, it is checked the same way
    strength = await say(fake, "/add synap forte as needed", "How much is one dose")
    n = len(fake.messages_to(UID))
    await fake.press(UID, strength.message_id, "Skip")
    await fake.wait_for_message(UID, after=n, contains="What medicine is in it")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "paracetamol, codeine, doxylamine and caffeine")
    told = await fake.wait_for_message(UID, after=n, contains=FACT)
    assert (told.text or "").count(FACT) == 1 and "Synap forte" in (told.text or "")
    await settled(bot)
    said = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert sum(FACT in t for t in said) == 1, said
