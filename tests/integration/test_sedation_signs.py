"""Confusion or extreme sleepiness told by someone on an opioid with a gabapentinoid: the
FDA's signs of breathing trouble, said at once (Sandbox, Dublin: "very drowsy and muddled
now, can't think straight, is that the tablets?" after an extra tramadol, on pregabalin,
was logged as two side effects and nothing more)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import Record
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say

DUBLIN = ZoneInfo("Europe/Dublin")


async def _side_effects(app: Any) -> list[list[str]]:
    async with deps_of(app).sessions() as s:
        rows = await s.scalars(select(Record).where(Record.kind == "side_effect"))
        return [json.loads(r.data)["effects"] for r in rows]


async def test_muddled_on_tramadol_and_pregabalin_is_told_to_get_help(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "tramadol 50mg as needed max 4 per day")
    await add(fake, "pregabalin 75mg 08:00 20:00", warned=True)
    clock.set(dt.datetime(2026, 12, 10, 21, 40, tzinfo=DUBLIN))
    n = len(fake.messages_to(UID))
    signs = await say(
        fake,
        "I feel very drowsy and muddled now, can't think straight, is that the tablets?",
        "breathing trouble",
    )
    text = signs.text or ""
    assert "Tramadol" in text and "Pregabalin" in text
    assert "(112 / 999)" in text and "talk to your doctor or pharmacist" in text
    logged = await fake.wait_for_message(UID, after=n, contains="Logged")
    assert "confusion" in (logged.text or "")
    await settled(bot)
    assert any("confusion" in e for e in await _side_effects(bot)), "still recorded"


async def test_a_little_sleepy_or_on_one_such_medicine_alone_is_only_logged(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "tramadol 50mg as needed max 4 per day")
    clock.set(dt.datetime(2026, 12, 10, 14, 0, tzinfo=DUBLIN))
    n = len(fake.messages_to(UID))
    await say(fake, "feeling muddled this afternoon", "Logged")
    await add(fake, "pregabalin 75mg 08:00 20:00", warned=True)
    await say(fake, "a bit drowsy after lunch", "Logged")
    await settled(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "breathing trouble" in (m.text or "")]
