"""A question whether to get care ("is that normal? do I have to go to the doctor?"),
asked after a red flag's alarm while that episode stands, gets the alarm's answer again:
yes, urgent care now, with the emergency number — never the offer to keep it for the next
visit (Sandbox, Houston: minutes after the cauda equina alarm, "es normal? tengo que ir
al doctor?" was offered to be saved "for your next visit"). Once the episode is seen to,
or a day on, the same question is read as usual."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

from bot.telegram import texts
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, onboard
from tests.integration.test_safe_after_alarm import records
from tests.integration.test_waiting_questions import say

CHICAGO = ZoneInfo("America/Chicago")
QUESTION = "is that normal? do I have to go to the doctor?"


async def _alarm(fake: FakeBotApi, clock: FakeClock) -> None:
    await onboard(fake, "America/Chicago")
    clock.set(dt.datetime(2026, 12, 13, 2, 10, tzinfo=CHICAGO))
    await say(fake, "numb between my legs and I can't pee right", "(911)")


async def test_asked_whether_to_go_minutes_after_the_alarm_is_answered_yes_now(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _alarm(fake, clock)
    clock.advance(minutes=10)
    n = len(fake.messages_to(UID))
    reply = await say(fake, QUESTION, "(911)")
    text = reply.text or ""
    assert text.startswith("Yes") and "emergency department" in text
    await settled(bot)
    later = " ".join(m.text or "" for m in fake.messages_to(UID)[n:])
    assert "next visit" not in later and "Save it" not in later + str(
        [m.reply_markup for m in fake.messages_to(UID)[n:]]
    )
    flags = [json.loads(r.data) for r in await records(bot) if r.kind == "red_flag"]
    assert [bool(f.get("followup")) for f in flags] == [False, True]
    assert not [r for r in await records(bot) if r.kind in ("question", "note")]
    # A day on, with nothing alarming since, the same question is read as usual
    clock.advance(days=1)
    usual = await say(fake, QUESTION, "next visit")
    assert usual.text == texts.ASKED_NOT_UNDERSTOOD


async def test_asked_in_spanish_after_the_alarm(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _alarm(fake, clock)
    clock.advance(minutes=10)
    reply = await say(fake, "es normal? tengo que ir al doctor?", "(911)")
    assert (reply.text or "").startswith("Yes") and "next visit" not in (reply.text or "")


async def test_only_whether_it_is_normal_is_never_answered_yes(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _alarm(fake, clock)
    clock.advance(minutes=5)
    reply = await say(fake, "is that normal??", "(911)")
    text = reply.text or ""
    assert not text.startswith("Yes") and "urgent care now" in text


async def test_hours_on_while_the_alarm_stands_going_is_still_urgent(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _alarm(fake, clock)
    clock.advance(hours=4)
    reply = await say(fake, "should I see a doctor about it?", "(911)")
    assert "next visit" not in (reply.text or "")


async def test_once_seen_to_the_question_is_read_as_usual(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _alarm(fake, clock)
    clock.advance(hours=3)
    await say(fake, "back from the ER, they said it's a disc, MRI on monday", "glad you were seen")
    clock.advance(minutes=30)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "do I have to go to the doctor again?")
    reply = await fake.wait_for_message(UID, after=n)
    assert "(911)" not in (reply.text or "")


async def test_no_alarm_the_question_is_read_as_usual(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "America/Chicago")
    clock.set(dt.datetime(2026, 12, 13, 9, 0, tzinfo=CHICAGO))
    reply = await say(fake, QUESTION, "next visit")
    assert reply.text == texts.ASKED_NOT_UNDERSTOOD


async def test_after_thoughts_of_suicide_asked_whether_to_tell_the_doctor(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "America/Toronto")
    clock.set(dt.datetime(2026, 12, 10, 3, 0, tzinfo=ZoneInfo("America/Toronto")))
    await say(fake, "i wish i wasn't here any more", "9-8-8")
    clock.advance(minutes=10)
    reply = await say(fake, "should i see my doctor about it?", "tell your doctor")
    text = reply.text or ""
    assert "9-8-8" in text and "next visit" not in text
    flags = [json.loads(r.data) for r in await records(bot) if r.kind == "red_flag"]
    assert [f["flags"] for f in flags] == [["suicidal"]] * 2
