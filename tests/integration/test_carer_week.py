"""A week of a daughter running her mother's diary ("this is Sarah, her daughter"): the
reminders, their nudges, snoozes and misses, the daily check-in she answers for her
mother, a fever's alarm and two co-codamol told spoke to her as the patient ("Time for
your 08:00 dose", "Did you take your 08:00 dose?", "How is your pain right now?", "🕗 I
took it at 08:00", "If you feel very ill", "more than one dose on your list"). They now
say whose they are ("their 08:00 dose", "How is their pain"), and the patient's own chat
still says "your". Sandbox, Leeds. Through the real Application."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.telegram import texts
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_checkin import checkin_at, tap
from tests.integration.test_dose_loop import UID, add, onboard, reminder_at
from tests.integration.test_waiting_questions import say

#: A whole story, or storage itself: run on PostgreSQL as well.
pytestmark = pytest.mark.both_databases

LEEDS = ZoneInfo("Europe/London")
INTRO = "this is Sarah, her daughter. I'll be typing for mum"
MORNING = dt.datetime(2026, 12, 7, 8, 0, tzinfo=LEEDS)


async def _mums_chat(fake: FakeBotApi, clock: FakeClock, *lines: str) -> None:
    clock.set(dt.datetime(2026, 12, 7, 7, 0, tzinfo=LEEDS))
    await onboard(fake, "Europe/London")
    for line in lines:
        await add(fake, line)
    await say(fake, INTRO, "Thank you for letting me know")


def _no_you(text: str | None) -> None:
    said = text or ""
    for word in ("your ", "you ", "I took"):
        assert word not in said, said


async def test_her_mothers_reminder_nudge_and_late_tap_say_their_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _mums_chat(fake, clock, "naproxen 500mg 08:00 20:00")
    reminder = await reminder_at(fake, bot, clock, MORNING, head="Time for their 08:00 dose")
    _no_you(reminder.text)
    n = len(fake.messages_to(UID))
    clock.set(MORNING + dt.timedelta(minutes=30))
    await tick(bot)
    nudge = await fake.wait_for_message(UID, after=n, contains="nudge")
    assert "Did they take their 08:00 dose?" in (nudge.text or ""), nudge.text
    _no_you(nudge.text)
    # tapped late, well after its time: its due time is one tap away, and not "I took it"
    clock.set(MORNING + dt.timedelta(minutes=50))
    await fake.press(UID, nudge.message_id, "Taken")
    done = await fake.wait_for_edit(UID, nudge.message_id, contains="Taken 08:50")
    assert fake.buttons(done.message) == ["↩️ Undo", "🕗 Taken at 08:00"]
    assert (done.text or "").startswith("💊 Time for their 08:00 dose"), done.text


async def test_a_dose_she_let_pass_is_missed_in_her_words(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _mums_chat(fake, clock, "amitriptyline 10mg 22:00")
    night = dt.datetime(2026, 12, 7, 22, 0, tzinfo=LEEDS)
    reminder = await reminder_at(fake, bot, clock, night, head="Time for their 22:00 dose")
    clock.set(dt.datetime(2026, 12, 8, 7, 0, tzinfo=LEEDS))
    await tick(bot)
    missed = await fake.wait_for_edit(UID, reminder.message_id, contains="Missed")
    assert texts.OUTCOME_MISSED_CARER in (missed.text or ""), missed.text
    _no_you(missed.text)


async def test_a_snooze_and_a_skip_she_taps_speak_of_her_mother(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _mums_chat(fake, clock, "naproxen 500mg 08:00 20:00")
    reminder = await reminder_at(fake, bot, clock, MORNING, head="Time for their")
    await fake.press(UID, reminder.message_id, "Snooze")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Snooze Naproxen")
    await fake.press(UID, reminder.message_id, "10 min")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Snoozed until 08:10")
    n = len(fake.messages_to(UID))
    clock.set(MORNING + dt.timedelta(minutes=10))
    await tick(bot)
    again = await fake.wait_for_message(UID, after=n, contains="Snooze over")
    assert (again.text or "").startswith("⏰ Snooze over — their 08:00 dose"), again.text
    await fake.press(UID, again.message_id, "Skip")
    menu = await fake.wait_for_edit(UID, again.message_id, contains="skipping")
    assert "Why are they skipping Naproxen? (It helps their doctor.)" in (menu.text or "")
    _no_you(menu.text)


async def test_the_checkin_she_answers_asks_of_her_mother(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _mums_chat(fake, clock)
    evening = dt.datetime(2026, 12, 7, 20, 0, tzinfo=LEEDS)
    q = await checkin_at(fake, bot, clock, evening, ask=texts.CHECKIN_ASK_CARER)
    n = len(fake.messages_to(UID))
    clock.set(evening + dt.timedelta(minutes=45))
    await tick(bot)
    await fake.wait_for_message(UID, after=n, contains=texts.CHECKIN_NUDGE_CARER)
    q = await tap(fake, q, "6", "Where does it hurt")
    for label, expect in (("Skip", "run down a leg"), ("Skip", "side effects")):
        q = await tap(fake, q, label, expect)
    sleep = await tap(fake, q, "Skip", texts.CHECKIN_ASK_SLEEP_CARER)
    await fake.press(UID, sleep.message_id, "Skip")
    asked = await fake.wait_for_edit(UID, sleep.message_id, contains="skipped")
    assert asked.text == "How did they sleep last night? — skipped", asked.text


async def test_the_patients_own_chat_still_says_your(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2026, 12, 7, 7, 0, tzinfo=LEEDS))
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg 08:00 20:00")
    # "my husband's back is sore" told of someone else: still the patient's own chat
    await say(fake, "my husband's back is sore today", "diary is for")
    n = len(fake.messages_to(UID))
    await fake.press(UID, fake.messages_to(UID)[-1].message_id, texts.WHOSE_NO)
    await fake.wait_for_edit(UID, fake.messages_to(UID)[n - 1].message_id, contains="left it out")
    reminder = await reminder_at(fake, bot, clock, MORNING, head="Time for your 08:00 dose")
    assert "their" not in (reminder.text or "")
    evening = dt.datetime(2026, 12, 7, 20, 0, tzinfo=LEEDS)
    await checkin_at(fake, bot, clock, evening, ask=texts.CHECKIN_ASK)


async def test_his_fever_told_by_his_wife_is_answered_of_him(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _mums_chat(fake, clock, "naproxen 500mg 08:00 20:00")
    clock.set(dt.datetime(2026, 12, 8, 20, 45, tzinfo=LEEDS))
    reply = await say(
        fake, "my husband's temperature is 38.5 and his back is agony", "medical help"
    )
    said = reply.text or ""
    assert said.startswith(texts.RED_FLAG_HEAD_CARER), said
    assert texts.RED_FLAG_CARER["fever"] in said and "If you feel" not in said, said
    assert "I'm" not in said and "I's" not in said


async def test_two_co_codamol_she_tells_are_over_her_mothers_listed_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _mums_chat(fake, clock, "co-codamol 30/500 as needed")
    clock.set(dt.datetime(2026, 12, 7, 15, 45, tzinfo=LEEDS))
    reply = await say(fake, "mum's had 2 cocodamol at 3", "Logged")
    said = reply.text or ""
    assert "2 × Co-codamol 30/500 mg at 15:00" in said, said
    assert "on their list" in said and "their doctor" in said, said
    assert "your" not in said, said


async def test_a_skip_she_tells_ahead_keeps_remind_you_out(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _mums_chat(fake, clock, "naproxen 500mg 08:00 20:00")
    clock.set(dt.datetime(2026, 12, 7, 19, 0, tzinfo=LEEDS))
    reply = await say(fake, "mum is skipping her naproxen tonight", "skipped")
    said = reply.text or ""
    assert "I won't send its reminder" in said and "remind you" not in said, said


async def test_a_dose_she_says_mum_forgot_before_it_is_due_is_theirs(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _mums_chat(fake, clock, "naproxen 500mg 08:00 20:00")
    clock.set(dt.datetime(2026, 12, 7, 7, 30, tzinfo=LEEDS))
    reply = await say(fake, "she forgot her naproxen this morning", "isn't due until")
    said = reply.text or ""
    assert said.startswith("Their Naproxen 500 mg isn't due until 08:00"), said
    assert "remind you" not in said, said
