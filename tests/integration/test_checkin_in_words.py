"""Check-in questions answered in the person's own words (Sandbox, Sydney and Lagos):
the sleep in hours, "no time for exercise", a closing "e don do", and words the
question cannot place asked again with its buttons, never the general menu."""

from __future__ import annotations

import json
from typing import Any

from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_checkin import records, side_effects_asked, tap, work_rows
from tests.integration.test_dose_loop import UID

MENU = "What would you like to do?"


async def sleep_asked(fake: FakeBotApi, bot: Any, clock: FakeClock) -> Any:
    q = await side_effects_asked(fake, bot, clock, medicine=None)
    return await tap(fake, q, "None", "sleep")


async def say(fake: FakeBotApi, text: str, expect: str) -> list[str]:
    """Send `text`; wait for a message containing `expect`; what the bot said since."""
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, text)
    await fake.wait_for_message(UID, after=n, contains=expect)
    return [m.text or "" for m in fake.messages_to(UID)[n:]]


async def test_hours_and_a_word_typed_to_the_sleep_question_are_last_nights_sleep(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # "shit, bout 4 hours" got "Sorry, I didn't catch that" and the night was lost.
    q = await sleep_asked(fake, bot, clock)
    said = await say(fake, "shit, bout 4 hours", "activity")
    assert not [t for t in said if MENU in t], said
    await fake.wait_for_edit(UID, q.message_id, contains="bout 4 hours")
    sleep = [json.loads(r.data) for r in await records(bot) if r.kind == "sleep"]
    assert [(s["quality"], s["hours"]) for s in sleep] == [("poor", 4.0)]


async def test_a_bare_number_at_the_sleep_question_is_hours_not_a_pain_score(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await sleep_asked(fake, bot, clock)
    said = await say(fake, "maybe 5", "activity")
    assert not [t for t in said if "pain 5" in t.lower()], said
    recs = await records(bot)
    assert [json.loads(r.data)["score"] for r in recs if r.kind == "pain"] == [4]
    assert [json.loads(r.data)["hours"] for r in recs if r.kind == "sleep"] == [5.0]


async def test_no_time_for_exercise_is_not_today_and_e_don_do_ends_the_checkin(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # The activity answer got the general menu, and the note question never came.
    q = await sleep_asked(fake, bot, clock)
    q = await tap(fake, q, "Poor", "activity")
    said = await say(
        fake, "i stand teach for like 5 hours, no time for exercise o", "Anything else"
    )
    assert not [t for t in said if MENU in t], said
    await fake.wait_for_edit(UID, q.message_id, contains="— Not today")
    note = fake.messages_to(UID)[-1]
    said = await say(fake, "e don do", "all noted")
    assert not [t for t in said if MENU in t], said
    await fake.wait_for_edit(UID, note.message_id, contains="— done")
    recs = await records(bot)
    assert not [r for r in recs if r.kind == "activity"]
    notes = [json.loads(r.data)["text"] for r in recs if r.kind == "note"]
    assert notes == ["i stand teach for like 5 hours, no time for exercise o"], notes
    assert (await work_rows(bot))[0].status == "answered"


async def test_words_the_question_cannot_place_ask_it_again_with_its_buttons(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await sleep_asked(fake, bot, clock)
    said = await say(fake, "dunno really", "How did you sleep")
    assert not [t for t in said if MENU in t], said
    again = fake.messages_to(UID)[-1]
    assert "didn't quite catch" in (again.text or "")
    assert "Poor" in [b.split()[-1] for b in fake.buttons(again)]
    await tap(fake, again, fake.buttons(again)[2], "activity")
    sleep = [json.loads(r.data) for r in await records(bot) if r.kind == "sleep"]
    assert [s["quality"] for s in sleep] == ["poor"]
    assert (await work_rows(bot))[0].status == "sent"
