"""A daughter writes in her mother's chat (Sandbox, Leeds): a visit to A&E told of "she",
"mum" or "him" is met warmly and kept for the doctor, as the patient's own "went to A&E
last night" is — it got "didn't catch that", or "I'm sorry you had to go"; and what the
bot asks or answers right after her words is about her mother, never "your pain".
Through the real Application."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

from bot.storage.models import Record
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_checkin import checkin_at
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say

LEEDS = ZoneInfo("Europe/London")


def _notes(recs: list[Record]) -> list[str]:
    return [json.loads(r.data)["text"] for r in recs if r.kind == "note"]


async def test_a_carer_who_says_who_she_is_is_met_warmly_and_kept(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg as needed max 2 per day")
    clock.set(dt.datetime(2026, 12, 8, 9, 0, tzinfo=LEEDS))
    reply = await say(
        fake,
        "this is Sarah, her daughter. she went to A&E last night with the pain",
        "care they needed",
    )
    said = reply.text or ""
    assert "they had to go" in said and "their doctor" in said, said
    assert "is this about" not in said and "didn't catch" not in said
    await settled(bot)
    assert any("A&E" in n for n in _notes(await rows(bot, Record)))
    # she said who she is: "mum" next is her mother, kept warmly without asking
    later = await say(fake, "took mum to urgent care again this morning", "care they needed")
    assert "you had to go" not in (later.text or "") and "is this about" not in (later.text or "")


async def test_a_visit_told_of_her_while_whose_is_asked_is_not_missed(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg as needed max 2 per day")
    clock.set(dt.datetime(2026, 12, 8, 9, 0, tzinfo=LEEDS))
    await say(fake, "she went to A&E last night with the pain", "is this about")
    reply = await say(fake, "took him to urgent care yesterday", "care they needed")
    said = reply.text or ""
    assert "didn't catch" not in said and "you had to go" not in said
    assert "care they needed" in said and "note" in said


async def test_mum_at_a_and_e_is_never_your_visit(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg as needed max 2 per day")
    clock.set(dt.datetime(2026, 12, 8, 9, 0, tzinfo=LEEDS))
    await say(fake, "himself is grand this morning", "is this about")
    reply = await say(fake, "mum went to a&e, they sent her home", "note")
    assert "you had to go" not in (reply.text or "")


async def test_her_red_flag_beside_a_visit_still_alarms(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg as needed max 2 per day")
    clock.set(dt.datetime(2026, 12, 8, 9, 0, tzinfo=LEEDS))
    alarm = await say(
        fake,
        "this is Sarah, her daughter. she went to A&E last night, now she's wet herself again",
        "emergency",
    )
    assert "999" in (alarm.text or "")


async def test_the_checkin_asked_again_after_her_words_is_about_her_mother(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Leeds: after "she's been really sleepy" the check-in's question came back
    as "How is your pain right now?", to the daughter."""
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg as needed max 2 per day")
    await checkin_at(fake, bot, clock, dt.datetime(2026, 12, 8, 20, 0, tzinfo=LEEDS))
    clock.set(dt.datetime(2026, 12, 8, 20, 5, tzinfo=LEEDS))
    await say(fake, "this is Sarah, her daughter. she's been really sleepy", "their pain")
    n = len(fake.messages_to(UID))
    assert not any("your pain" in (m.text or "") for m in fake.messages_to(UID)[n - 2 :])


async def test_a_carer_introducing_herself_is_thanked_not_kept_as_a_note(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg as needed max 2 per day")
    clock.set(dt.datetime(2026, 12, 8, 9, 0, tzinfo=LEEDS))
    await say(fake, "this is Sarah, her daughter. I'll be typing for mum", "Thank you")
    await settled(bot)
    assert not _notes(await rows(bot, Record))
    # and "she" is her mother from then on, unasked
    later = await say(fake, "she's been really sleepy", "Logged")
    assert "drowsy" in (later.text or "")


async def test_her_score_the_day_after_a_fall_is_no_follow_up_of_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Leeds: "she says 6", half a day after "mum fell over in the kitchen", got
    "I'm glad you were seen" and was kept as the fall's follow-up."""
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg as needed max 2 per day")
    clock.set(dt.datetime(2026, 12, 8, 9, 0, tzinfo=LEEDS))
    await say(fake, "this is Sarah, her daughter. I'll be typing for mum", "Thank you")
    fall = await say(fake, "mum fell over in the kitchen, she's ok", "doctor today")
    assert "If their legs" in (fall.text or "")
    clock.set(dt.datetime(2026, 12, 8, 14, 0, tzinfo=LEEDS))
    reply = await say(fake, "she says pain 6", "6")
    assert "seen" not in (reply.text or "")
    await settled(bot)
    recs = await rows(bot, Record)
    assert not [r for r in recs if r.kind == "red_flag" and json.loads(r.data).get("followup")]
    assert [json.loads(r.data)["score"] for r in recs if r.kind == "pain"] == [6]


async def test_her_visit_after_the_fall_is_thanked_once_and_kept_beside_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Leeds: "she went to A&E last night with the pain, they said it's just
    bruising" after the fall got "I'm glad they were seen" and then "I'm sorry they had
    to go … Logged: note", the same words kept twice for the GP."""
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg as needed max 2 per day")
    clock.set(dt.datetime(2026, 12, 8, 9, 0, tzinfo=LEEDS))
    await say(fake, "this is Sarah, her daughter. I'll be typing for mum", "Thank you")
    await say(fake, "mum fell over in the kitchen, she's ok", "doctor today")
    clock.set(dt.datetime(2026, 12, 9, 9, 0, tzinfo=LEEDS))
    n = len(fake.messages_to(UID))
    await say(fake, "she went to A&E last night, they said it's just bruising", "glad they")
    await settled(bot)
    said = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not any("had to go" in t for t in said), said
    recs = await rows(bot, Record)
    assert not _notes(recs)
    assert [r for r in recs if r.kind == "red_flag" and json.loads(r.data).get("followup")]
