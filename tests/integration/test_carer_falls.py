"""A daughter tells of her mother's fall in her mother's chat ("Mum had a fall this
morning"). The patient's own "I had a fall" gets the same-day advice at once; hers was
held behind "is this about the person this diary is for?" and said nothing of a doctor
today. Now the advice comes at once, worded for her ("Call their doctor"), whoever mum
is; Yes records it as the patient's without saying it twice, No records nothing. Through
the real Application."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.storage.models import DoseOccurrence, Record
from bot.telegram import texts
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say

LONDON = ZoneInfo("Europe/London")
TRAUMA = texts.SAME_DAY["trauma"]


async def _fresh_chat(fake: FakeBotApi, clock: FakeClock) -> None:
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 250mg 08:00 20:00")
    clock.set(dt.datetime(2026, 12, 7, 10, 0, tzinfo=LONDON))


async def _flags(bot: Any) -> list[dict[str, Any]]:
    await settled(bot)
    return [json.loads(r.data) for r in await rows(bot, Record) if r.kind == "red_flag"]


@pytest.mark.parametrize(
    "told",
    [
        "Mum had a fall this morning",
        "dad fell down the stairs last night",
        "my husband was knocked over by a car",
        "mum slipped on the ice outside the shop",
    ],
)
async def test_a_fall_told_of_mum_gets_todays_advice_at_once_for_the_carer(
    fake: FakeBotApi, bot: Any, clock: FakeClock, told: str
) -> None:
    await _fresh_chat(fake, clock)
    n = len(fake.messages_to(UID))
    ask = await say(fake, told, "diary is for")
    advice = await fake.wait_for_message(UID, after=n, contains=TRAUMA)
    said = advice.text or ""
    assert advice.message_id < ask.message_id
    assert texts.SAME_DAY_ACTION_CARER in said and texts.SAME_DAY_ACTION not in said, said
    assert await _flags(bot) == []  # where it belongs waits for the tap


async def test_yes_records_her_fall_without_saying_it_twice(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _fresh_chat(fake, clock)
    ask = await say(fake, "Mum had a fall this morning", "diary is for")
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "Yes")
    await fake.wait_for_edit(UID, ask.message_id, contains="mean the person this diary is for")
    (flag,) = await _flags(bot)
    assert flag["flags"] == ["trauma"] and flag.get("said_by") == "carer"
    assert not any(TRAUMA in (m.text or "") for m in fake.messages_to(UID)[n:])


async def test_no_records_nothing_after_the_advice(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _fresh_chat(fake, clock)
    ask = await say(fake, "my husband had a bad fall today", "diary is for")
    await fake.press(UID, ask.message_id, "No, someone else")
    await fake.wait_for_edit(UID, ask.message_id, contains="left it out")
    assert await _flags(bot) == []


async def test_she_had_a_fall_is_answered_to_the_one_telling(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """ "she's had a fall" was read as a fall, but answered "Call your doctor … if your
    legs get weak"."""
    await _fresh_chat(fake, clock)
    reply = await say(fake, "she's had a fall in the garden", TRAUMA)
    said = reply.text or ""
    assert texts.SAME_DAY_ACTION_CARER in said and texts.SAME_DAY_ACTION not in said, said
    (flag,) = await _flags(bot)
    assert flag.get("said_by") == "carer"


async def test_the_patients_own_fall_still_says_your_doctor(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _fresh_chat(fake, clock)
    reply = await say(fake, "I had a fall this morning", TRAUMA)
    assert texts.SAME_DAY_ACTION in (reply.text or "")
    assert "diary is for" not in (reply.text or "")


async def test_her_evening_pills_refused_just_before_are_skipped(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, London: "she refused her evening pills" at 19:55 got "nothing to skip",
    and the 20:00 doses were then marked missed; the amitriptyline at night is left."""
    # (the day's doses are written when a medicine is added: the day set first)
    clock.set(dt.datetime(2026, 12, 7, 19, 0, tzinfo=LONDON))
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 250mg 08:00 20:00")
    await add(fake, "amitriptyline 10mg 21:00")
    clock.set(dt.datetime(2026, 12, 7, 19, 55, tzinfo=LONDON))
    reply = await say(fake, "she refused her evening pills", "skip")
    said = reply.text or ""
    assert "nothing to skip" not in said and "Naproxen" in said, said
    assert "Amitriptyline" not in said
    await settled(bot)
    occs = {(o.local_date, o.local_time): o.status for o in await rows(bot, DoseOccurrence)}
    assert occs[(dt.date(2026, 12, 7), "20:00")] == "skipped"
    assert occs[(dt.date(2026, 12, 7), "21:00")] == "pending"
