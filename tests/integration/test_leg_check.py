"""Numbness or weakness in both legs (not an alarm on its own) gets the warning signs of
cauda equina syndrome asked with one tap each; "is this serious?" just after is answered
with them, never kept for the next visit; weak legs are weakness, never leg pain; both
reach the summary's "worth discussing" (Sandbox, Bengaluru: "both legs numb after long
drive", "is this serious?" → "I can keep it for your next visit", "legs feel a bit weak
though" → "where it hurts: left leg, right leg")."""

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

BENGALURU = ZoneInfo("Asia/Kolkata")
ASKED = "tap the one that's happening"


async def _records(app: Any, kind: str) -> list[dict[str, Any]]:
    async with deps_of(app).sessions() as s:
        rows = await s.scalars(select(Record).where(Record.kind == kind).order_by(Record.id))
        return [json.loads(r.data) | {"words": r.raw_text} for r in rows]


async def _start(fake: FakeBotApi, clock: FakeClock) -> None:
    await onboard(fake, "Asia/Kolkata")
    clock.set(dt.datetime(2026, 12, 12, 19, 0, tzinfo=BENGALURU))


async def test_both_legs_numb_then_serious_then_weak_then_a_sign_tapped(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _start(fake, clock)
    n = len(fake.messages_to(UID))
    ask = await say(fake, "both legs numb after long drive", ASKED)
    logged = await fake.wait_for_message(UID, after=n, contains="Logged")
    assert "numb, left leg, right leg" in (logged.text or "")
    assert fake.buttons(ask) == [
        "Numb between legs / bottom",
        "Bladder or bowel trouble",
        "Legs getting weaker",
        "None of these",
    ]
    assert "checked by a doctor today" in (ask.text or "")

    n = len(fake.messages_to(UID))
    serious = await say(fake, "is this serious?", "warning signs")
    assert "medical help now" in (serious.text or "")
    assert "Legs getting weaker" in fake.buttons(serious)
    await settled(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "next visit" in (m.text or "")]

    # the signs she denied are not asked again; the weakness is new
    n = len(fake.messages_to(UID))
    again = await say(
        fake, "no numbness down there, bladder is fine. legs feel a bit weak though", ASKED
    )
    logged = await fake.wait_for_message(UID, after=n, contains="Logged")
    assert "weak, left leg, right leg" in (logged.text or "")
    assert "where it hurts" not in (logged.text or "")
    assert fake.buttons(again) == ["Legs getting weaker", "None of these"]
    places = await _records(bot, "pain_place")
    assert places[-1]["qualities"] == ["weak"]
    assert not await _records(bot, "red_flag")  # "a bit weak": no false alarm

    n = len(fake.messages_to(UID))
    await fake.press(UID, again.message_id, "Legs getting weaker")
    alarm = await fake.wait_for_message(UID, after=n, contains="Please get medical help now")
    assert "Leg weakness" in (alarm.text or "")
    await settled(bot)
    assert fake.current(UID, again.message_id).text.endswith("— Legs getting weaker")
    flags = await _records(bot, "red_flag")
    assert [f["flags"] for f in flags] == [["leg_weakness"]]
    assert "Legs getting weaker" in flags[0]["words"]

    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/summary")
    # (the summary draws its chart: slow on a busy machine)
    summary = await fake.wait_for_message(UID, after=n, contains="Your week", timeout=60)
    text = summary.text or ""
    assert "Numbness or tingling in both legs (Sat 12 Dec)" in text
    assert "Weakness in both legs (Sat 12 Dec)" in text


async def test_none_of_these_is_thanked_and_keeps_no_alarm(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _start(fake, clock)
    ask = await say(fake, "my legs are both numb since this morning", ASKED)
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "None of these")
    thanks = await fake.wait_for_message(UID, after=n, contains="Thank you")
    assert "straight away" in (thanks.text or "")
    await settled(bot)
    assert not await _records(bot, "red_flag")


async def test_bladder_tapped_is_the_cauda_equina_alarm(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _start(fake, clock)
    ask = await say(fake, "both legs numb after long drive", ASKED)
    (bladder,) = [
        b["callback_data"]
        for row in ask.reply_markup["inline_keyboard"]
        for b in row
        if b["text"] == "Bladder or bowel trouble"
    ]
    n = len(fake.messages_to(UID))
    await fake.press_data(UID, ask.message_id, bladder)
    alarm = await fake.wait_for_message(UID, after=n, contains="cauda equina")
    assert "Please get medical help now" in (alarm.text or "")
    await settled(bot)
    await fake.press_data(UID, ask.message_id, bladder)  # pressed twice
    await settled(bot)
    assert [f["flags"] for f in await _records(bot, "red_flag")] == [["bladder_bowel"]]


async def test_one_leg_or_numbness_told_again_is_not_asked(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _start(fake, clock)
    n = len(fake.messages_to(UID))
    await say(fake, "numbness in my left foot", "Logged")
    await say(fake, "both legs numb after long drive", ASKED)
    clock.advance(hours=3)
    await say(fake, "both legs still numb", "Logged")  # the same day: not new
    await settled(bot)
    asked = [x for x in fake.messages_to(UID)[n:] if ASKED in (x.text or "")]
    assert len(asked) == 1
    # three hours on, "is this serious?" is no longer about the legs
    clock.advance(hours=3)
    m = len(fake.messages_to(UID))
    unread = await say(fake, "is this serious?", "next visit")
    assert ASKED not in (unread.text or "")
    assert not [x for x in fake.messages_to(UID)[m:] if "warning signs" in (x.text or "")]
