"""Hopelessness said plainly is asked about directly, one tap for each answer (Sandbox,
Pune: "feeling very low, no point in anything. this pain is never going to end" was
logged as "mood low" and nothing more; the crisis reply came only half an hour later,
after a second, plainer message)."""

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
from tests.integration.test_dose_loop import UID, onboard
from tests.integration.test_waiting_questions import say

PUNE = ZoneInfo("Asia/Kolkata")


async def _flags(app: Any) -> list[dict[str, Any]]:
    async with deps_of(app).sessions() as s:
        rows = await s.scalars(select(Record).where(Record.kind == "red_flag"))
        return [json.loads(r.data) | {"words": r.raw_text} for r in rows]


async def test_a_yes_gets_the_crisis_reply_and_is_kept_once(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Asia/Kolkata")
    clock.set(dt.datetime(2026, 12, 11, 18, 0, tzinfo=PUNE))
    n = len(fake.messages_to(UID))
    ask = await say(
        fake,
        "feeling very low, no point in anything. this pain is never going to end",
        "thoughts of ending your life",
    )
    logged = await fake.wait_for_message(UID, after=n, contains="Logged")
    assert "mood low" in (logged.text or "")
    n = len(fake.messages_to(UID))
    (yes,) = [
        b["callback_data"]
        for row in ask.reply_markup["inline_keyboard"]
        for b in row
        if b["text"] == "Yes, sometimes"
    ]
    await fake.press_data(UID, ask.message_id, yes)
    crisis = await fake.wait_for_message(UID, after=n, contains="crisis line")
    assert "Tele-MANAS, 14416" in (crisis.text or "") and "(112)" in (crisis.text or "")
    await settled(bot)
    await fake.press_data(UID, ask.message_id, yes)  # pressed twice: kept once
    await settled(bot)
    flags = await _flags(bot)
    assert [f["flags"] for f in flags] == [["suicidal"]]
    assert "Yes, sometimes" in flags[0]["words"]
    summary = await say(fake, "/summary", "doctor's attention")
    assert "Yes, sometimes" in (summary.text or "")


async def test_no_im_safe_is_thanked_and_keeps_no_alarm(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Asia/Kolkata")
    clock.set(dt.datetime(2026, 12, 11, 18, 0, tzinfo=PUNE))
    ask = await say(fake, "honestly whats the point of anything any more", "straight out")
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "No, I'm safe")
    thanks = await fake.wait_for_message(UID, after=n, contains="Thank you for telling me")
    assert "Tele-MANAS" in (thanks.text or "")
    await settled(bot)
    assert fake.current(UID, ask.message_id).text.endswith("No, I'm safe")
    assert not await _flags(bot)


async def test_no_point_in_a_medicine_is_not_asked_about(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Asia/Kolkata")
    clock.set(dt.datetime(2026, 12, 11, 18, 0, tzinfo=PUNE))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "no point taking the zerodol, does nothing for me")
    await fake.wait_for_message(UID, after=n)
    await settled(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "straight out" in (m.text or "")]
