"""A daughter running her mother's diary ("this is Sarah, her daughter") read the week's
summary, /report, /export, /ask, her goal for her mum and "did mum take her naproxen?"
as if they were hers: "📋 Your week", "Your notes", "ready to show your doctor", "tap Taken
if you did take it" — and "did mum take her naproxen this morning?" was kept as a note for
the doctor, unanswered. In her chat they now say the week, the doctor and the doses are
her mother's; the patient's own chat still says "your" (test_questions, test_patient_story
pin it). Sandbox, Leeds. Through the real Application."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.telegram import texts
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_carer_week import LEEDS, MORNING, _mums_chat
from tests.integration.test_dose_loop import UID, onboard, reminder_at
from tests.integration.test_waiting_questions import say


def _no_your(text: str | None) -> str:
    said = text or ""
    assert "your" not in said.lower(), said
    return said


async def test_her_mothers_week_is_theirs_when_it_comes_and_asked_for(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _mums_chat(fake, clock, "naproxen 500mg 08:00 20:00")
    clock.set(dt.datetime(2026, 12, 7, 9, 0, tzinfo=LEEDS))
    await say(fake, "mum is feeling low today", "mood")
    await say(fake, "she slept badly last night, about 4 hours", "sleep")
    await say(fake, "note: mum says the new mattress helps a bit", "note")
    asked = _no_your(
        (await say(fake, "/ask should mum keep taking naproxen with her tummy?", "Kept")).text
    )
    assert asked.startswith("📝 Kept for their doctor:"), asked
    goal = _no_your((await say(fake, "my goal is to get mum walking to the shop", "goal")).text)
    assert goal.startswith("🎯 Kept as their goal:"), goal

    # Sunday's summary, as the scheduler sends it
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 12, 13, 18, 5, tzinfo=LEEDS))
    await tick(bot)
    sent = _no_your((await fake.wait_for_message(UID, after=n, contains="📋")).text)
    assert sent.startswith("📋 Their week, Mon 7 – Sun 13 Dec"), sent
    for said in (
        "💭 Their mood, as you told me: low (Mon 7 Dec).",
        "🗒 Notes you kept for them:\n• Mon 7 Dec: “she slept badly last night”\n",
        "📝 Worth discussing with their doctor:",
        "❓ Questions for their doctor:",
        "🎯 Their goals:",
        "Thank you for keeping track for them — it helps. 💙",
    ):
        assert said in sent, (said, sent)
    again = _no_your((await say(fake, "/summary", "📋")).text)
    assert again.startswith("📋 Their week, Mon 7 – Sun 13 Dec"), again


async def test_her_report_export_and_what_she_reads_of_them(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _mums_chat(fake, clock, "co-codamol 30/500 as needed max 8 per day")
    empty = _no_your((await say(fake, "/summary", "📋")).text)
    assert empty.startswith("📋 Their week, "), empty
    assert "As you answer their reminders and check-ins, their week will show up here" in empty
    clock.set(dt.datetime(2026, 12, 7, 15, 0, tzinfo=LEEDS))
    await say(fake, "she's a bit constipated", "constipation")
    summary = (await say(fake, "/summary", "📋")).text or ""
    # the opioid's figures are hers; the words the daughter wrote are "you wrote"
    assert "their set maximum comes to about" in summary, summary
    assert "a number their doctor uses" in summary, summary
    assert "— you wrote “she's a bit constipated”" in summary, summary
    assert "your carer" not in summary and "Your" not in summary, summary
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report")
    doc = await fake.wait_for_message(UID, after=n, contains="report for the last")
    assert doc.kind == "document", doc
    caption = _no_your(doc.caption)
    assert caption.startswith(texts.REPORT_CAPTION_CARER.format(days=30)), caption
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/export")
    doc = await fake.wait_for_message(UID, after=n, contains="CSV")
    assert doc.kind == "document" and doc.caption == texts.EXPORT_CAPTION_CARER, doc.caption


@pytest.mark.both_databases
async def test_did_mum_take_her_naproxen_is_answered_from_the_record_of_her(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _mums_chat(fake, clock, "naproxen 500mg 08:00 20:00")
    reminder = await reminder_at(fake, bot, clock, MORNING, head="Time for their 08:00 dose")
    clock.set(MORNING + dt.timedelta(hours=6))
    await tick(bot)
    await fake.wait_for_edit(UID, reminder.message_id, contains="Missed")
    said = _no_your(
        (await say(fake, "did mum take her naproxen this morning?", "Here's what I have")).text
    )
    assert "• 08:00 Naproxen 500 mg — " + texts.OUTCOME_MISSED_CARER in said, said
    assert "Logged" not in said, said
    # asked "has mum taken …", it is the same question: no dose is logged by it
    n = len(fake.messages_to(UID))
    said = _no_your((await say(fake, "has mum taken her naproxen today?", "Here's what I")).text)
    assert texts.OUTCOME_MISSED_CARER in said, said
    assert not [m for m in fake.messages_to(UID)[n:] if "Logged" in (m.text or "")]
    still = fake.current(UID, reminder.message_id).text or ""
    assert texts.OUTCOME_MISSED_CARER in still, still
    none = _no_your((await say(fake, "how many ibuprofen has mum had today?", "nothing")).text)
    assert "If they took it, tell me" in none, none


async def test_the_patients_own_chat_still_speaks_to_them(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2026, 12, 7, 7, 0, tzinfo=LEEDS))
    await onboard(fake, "Europe/London")
    for line in ("naproxen 500mg 08:00 20:00", "paracetamol 500mg as needed"):
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, f"/add {line}")
        await fake.wait_for_message(UID, after=n, contains="Saved")
    reminder = await reminder_at(fake, bot, clock, MORNING, head="Time for your 08:00 dose")
    clock.set(MORNING + dt.timedelta(hours=6))
    await tick(bot)
    await fake.wait_for_edit(UID, reminder.message_id, contains="Missed")
    said = (await say(fake, "did I take my naproxen this morning?", "Here's what I have")).text
    assert texts.OUTCOME_MISSED in (said or ""), said
    none = (await say(fake, "how many paracetamol have I had today?", "nothing")).text or ""
    assert "If you took it, tell me" in none, none
    assert ((await say(fake, "/summary", "📋")).text or "").startswith("📋 Your week, ")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report")
    doc = await fake.wait_for_message(UID, after=n, contains="report for the last")
    assert (doc.caption or "").startswith(texts.REPORT_CAPTION.format(days=30)), doc.caption
