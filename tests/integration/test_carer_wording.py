"""A daughter writes in her mother's chat ("this is Sarah, her daughter"): what the bot
answers to her words asks about her mother's doses, not hers ("Why did they skip it?",
"their 08:00 dose"), the check-in ends for both of them, and what she told is kept as
hers, so the doctor's report says whose words it quotes. Through the real Application."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from bot.storage.models import Record
from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_checkin import checkin_at, tap
from tests.integration.test_dose_loop import UID, add, onboard, reminder_at
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say

LEEDS = ZoneInfo("Europe/London")
INTRO = "this is Sarah, her daughter. I'll be typing for mum"


async def _introduced(fake: FakeBotApi, clock: FakeClock, *lines: str) -> None:
    await onboard(fake, "Europe/London")
    for line in lines:
        await add(fake, line)
    clock.set(dt.datetime(2026, 12, 7, 7, 0, tzinfo=LEEDS))
    await say(fake, INTRO, "Thank you for letting me know")


async def test_why_a_dose_she_skipped_was_skipped_is_asked_of_her_mother(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _introduced(fake, clock, "gabapentin 300mg 08:00 14:00 22:00")
    due = dt.datetime(2026, 12, 7, 8, 0, tzinfo=LEEDS)
    await reminder_at(fake, bot, clock, due, head="Time for their")
    clock.set(dt.datetime(2026, 12, 7, 8, 30, tzinfo=LEEDS))
    reply = await say(fake, "she skipped her gabapentin", "skip")
    said = reply.text or ""
    assert "Why did they skip it? One tap — it helps their doctor." in said, said
    assert "did you" not in said and "your doctor" not in said
    # the reason tapped takes the place of the question, as the patient's own does
    await fake.press(UID, reply.message_id, "Forgot")
    edited = await fake.wait_for_edit(UID, reply.message_id, contains="Why: forgot ✅")
    assert "skip it?" not in (edited.text or "")
    assert fake.buttons(edited) == ["↩️ Undo"]


async def test_a_skip_ahead_she_tells_is_asked_about_of_her_mother(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _introduced(fake, clock, "naproxen 500mg 08:00 20:00")
    clock.set(dt.datetime(2026, 12, 7, 19, 0, tzinfo=LEEDS))
    await tick(bot)  # the days jumped, as the sweep would have run them
    reply = await say(fake, "mum is skipping her naproxen tonight", "skipped")
    assert "Why did they skip it?" in (reply.text or ""), reply.text


async def test_a_dose_she_took_is_their_dose_not_yours(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _introduced(fake, clock, "naproxen 500mg 08:00 20:00")
    clock.set(dt.datetime(2026, 12, 7, 7, 55, tzinfo=LEEDS))
    await tick(bot)
    reply = await say(fake, "she took her naproxen", "Logged")
    said = reply.text or ""
    assert "their 08:00 dose" in said and "your" not in said, said


async def test_the_patients_own_words_still_say_your_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # (the day's doses are written when the medicine is added: set the day first, not
    # leave it to a background tick that a loaded machine may not run in time)
    clock.set(dt.datetime(2026, 12, 7, 7, 55, tzinfo=LEEDS))
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg 08:00 20:00")
    reply = await say(fake, "took my naproxen", "Logged")
    assert "your 08:00 dose" in (reply.text or "")
    skipped = await say(fake, "skipping my naproxen tonight", "skipped")
    assert "Why did you skip it?" in (skipped.text or "")


async def test_the_checkin_she_answers_ends_for_them_both(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _introduced(fake, clock)
    due = dt.datetime(2026, 12, 7, 20, 0, tzinfo=LEEDS)
    q = await checkin_at(fake, bot, clock, due, ask="How is their pain")
    q = await say(fake, "she says 6", "Where does it hurt")
    for label, expect in (
        ("Skip", "run down a leg"),
        ("Skip", "side effects"),
        ("Skip", "sleep"),
        ("Skip", "activity"),
        ("Skip", "Anything else"),
    ):
        q = await tap(fake, q, label, expect)
    done = await say(fake, "she says her hip aches when she walks to the shops", "all noted")
    said = done.text or ""
    assert said.endswith("Take care of them, and of yourself, tonight."), said
    await settled(bot)
    (note,) = [json.loads(r.data) for r in await rows(bot, Record) if r.kind == "note"]
    assert note["said_by"] == "carer"


async def test_what_she_told_is_hers_in_the_record_and_the_report(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _introduced(fake, clock, "naproxen 500mg 08:00 20:00")
    clock.set(dt.datetime(2026, 12, 7, 10, 0, tzinfo=LEEDS))
    await say(fake, "she has been very sleepy and fell over in the kitchen", "doctor")
    await say(fake, "she says she feels low today", "Logged")
    await settled(bot)
    told = {r.kind: json.loads(r.data) for r in await rows(bot, Record)}
    for kind in ("red_flag", "side_effect", "mood"):
        assert told[kind].get("said_by") == "carer", kind
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report")
    doc = await fake.wait_for_message(UID, after=n, contains="Their report", timeout=30)
    assert doc.kind == "document", [m.text for m in fake.messages_to(UID)[n:]]
    pages = PdfReader(io.BytesIO(doc.file_bytes or b"")).pages
    pdf = " ".join(" ".join(p.extract_text().split()) for p in pages)
    assert "carer's words: “she has been very sleepy and fell over in the kitchen”" in pdf
    assert "patient's words" not in pdf
    assert "Mood told by their carer: Mon 7 Dec 10:00 low" in pdf
