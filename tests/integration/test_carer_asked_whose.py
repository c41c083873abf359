"""A daughter types in her mother's chat without saying who she is (Sandbox, Sydney):
"Mum took her tablets at 8, she's a bit drowsy" got "Sorry, I didn't catch that", the
morning's doses were marked missed and the drowsiness lost. Now whom it is about is asked
with one tap, and Yes reads the words as the patient's, as if just sent: the dose answers
the reminder, the side effect is kept, and a red flag in them gets its alarm. Through the
real Application."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

from bot.storage.models import DoseOccurrence, Record
from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard, reminder_at
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say

SYDNEY = ZoneInfo("Australia/Sydney")


async def test_mum_took_her_tablets_asked_then_answers_the_reminder(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Australia/Sydney")
    await add(fake, "meloxicam 7.5mg 08:00")
    await add(fake, "pregabalin 75mg 08:00 20:00")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 12, 8, 8, 0, tzinfo=SYDNEY))
    clock.set(dt.datetime(2026, 12, 8, 8, 40, tzinfo=SYDNEY))
    ask = await say(fake, "Mum took her tablets at 8, she's a bit drowsy", "diary is for")
    assert "didn't catch" not in (ask.text or "")
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "Yes")
    await fake.wait_for_edit(UID, ask.message_id, contains="mean the person this diary is for")
    got = await fake.wait_for_message(UID, after=n, contains="taken")
    assert "Meloxicam" in (got.text or "") and "Pregabalin" in (got.text or "")
    await fake.wait_for_message(UID, after=n, contains="drowsy")
    await settled(bot)
    occs = await rows(bot, DoseOccurrence)
    morning = [o for o in occs if (o.local_date, o.local_time) == (dt.date(2026, 12, 8), "08:00")]
    assert len(morning) == 2 and {o.status for o in morning} == {"taken"}
    effects = [json.loads(r.data) for r in await rows(bot, Record) if r.kind == "side_effect"]
    assert [e["effects"] for e in effects] == [["drowsiness"]]
    assert all(r.kind != "unsorted" for r in await rows(bot, Record))
    # from now on "mum", "she" are her: not asked again
    n = len(fake.messages_to(UID))
    await say(fake, "mum says her pain is 6 today", "Logged")
    assert not any("diary is for?" in (m.text or "") for m in fake.messages_to(UID)[n:])


async def test_asked_even_with_last_nights_checkin_question_left_open(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Last night's "where does it hurt?" was left unanswered: the words beside this
    morning's reminder were still never asked about."""
    await onboard(fake, "Australia/Sydney")
    await add(fake, "meloxicam 7.5mg 08:00")
    clock.set(dt.datetime(2026, 12, 7, 20, 0, tzinfo=SYDNEY))
    n = len(fake.messages_to(UID))
    await tick(bot)
    pain = await fake.wait_for_message(UID, after=n, contains="How is your pain")
    await fake.press(UID, pain.message_id, "6")
    await fake.wait_for_message(UID, contains="Where does it hurt")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 12, 8, 8, 0, tzinfo=SYDNEY))
    clock.set(dt.datetime(2026, 12, 8, 8, 30, tzinfo=SYDNEY))
    await say(fake, "Mum took her tablets at 8", "diary is for")


async def test_no_leaves_the_words_out_and_records_nothing(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Australia/Sydney")
    await add(fake, "meloxicam 7.5mg 08:00")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 12, 8, 8, 0, tzinfo=SYDNEY))
    clock.set(dt.datetime(2026, 12, 8, 8, 40, tzinfo=SYDNEY))
    ask = await say(fake, "my husband took his tablets at 8", "diary is for")
    await fake.press(UID, ask.message_id, "No, someone else")
    await fake.wait_for_edit(UID, ask.message_id, contains="left it out")
    await settled(bot)
    assert {o.status for o in await rows(bot, DoseOccurrence)} != {"taken"}
    assert {r.kind for r in await rows(bot, Record)} == {"writer"}  # (the answer, kept)


async def test_his_red_flag_confirmed_as_his_gets_the_alarm(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Kept silently before: a flag confirmed by the tap was stored without a word. Now
    the alarm comes at once, before whose it is is asked (an emergency for whoever it is),
    and the tap records it without saying it twice."""
    await onboard(fake, "Australia/Sydney")
    await add(fake, "meloxicam 7.5mg 08:00")
    clock.set(dt.datetime(2026, 12, 8, 10, 0, tzinfo=SYDNEY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "dad's been vomiting blood this morning")
    alarm = await fake.wait_for_message(UID, after=n, contains="emergency")
    assert "000" in (alarm.text or "")
    ask = await fake.wait_for_message(UID, after=n, contains="diary is for")
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "Yes")
    await fake.wait_for_edit(UID, ask.message_id, contains="From now on")
    await settled(bot)
    assert any(r.kind == "red_flag" for r in await rows(bot, Record))
    assert not [m for m in fake.messages_to(UID)[n:] if "emergency" in (m.text or "")]
