"""Dizziness with a near fall on an opioid and pregabalin (Sandbox, Sydney: Margaret, 72,
on Panadeine Forte, Endone and pregabalin, wrote "felt dizzy gettin up this mornin,
nearly went over, Karen caught me" and it was logged as a side effect and a note, with
nothing said): the FDA's 2019 list of signs to get help for names "unusual dizziness or
lightheadedness", so it is answered as extreme sleepiness is. Through the real
Application."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_sedation_signs import _side_effects
from tests.integration.test_waiting_questions import say

SYDNEY = ZoneInfo("Australia/Sydney")


async def test_a_near_fall_from_dizziness_on_codeine_and_pregabalin_is_told_to_get_help(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Australia/Sydney")
    await add(fake, "panadeine forte 2 tablets 08:00 12:00 16:00 20:00")
    await add(fake, "pregabalin 75mg 08:00 20:00", warned=True)
    clock.set(dt.datetime(2026, 12, 11, 7, 10, tzinfo=SYDNEY))
    n = len(fake.messages_to(UID))
    signs = await say(
        fake,
        "felt dizzy gettin up this mornin, nearly went over, Karen caught me",
        "breathing trouble",
    )
    text = signs.text or ""
    assert "dizziness like this" in text and "Pregabalin" in text and "codeine" in text
    assert "000" in text and text.rstrip().endswith("talk to your doctor or pharmacist.")
    await fake.wait_for_message(UID, after=n, contains="Logged")
    await settled(bot)
    assert ["dizziness"] in await _side_effects(bot)
    summary = await say(fake, "/summary", "Your week")
    assert "Dizziness on Panadeine Forte" in (summary.text or "")


@pytest.mark.both_databases
async def test_a_little_dizzy_on_the_same_pair_is_only_logged(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Australia/Sydney")
    await add(fake, "panadeine forte 2 tablets 08:00 12:00 16:00 20:00")
    await add(fake, "pregabalin 75mg 08:00 20:00", warned=True)
    clock.set(dt.datetime(2026, 12, 11, 14, 0, tzinfo=SYDNEY))
    n = len(fake.messages_to(UID))
    await say(fake, "a bit dizzy after lunch", "Logged")
    await settled(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "breathing trouble" in (m.text or "")]
