"""Free text through the real Application: records, Undo, red flags, and never silence."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseLog, Record
from bot.telegram import texts
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, occurrences, onboard, reminder_out

ALARM_WORDS = ("emergency", "crisis")


async def rows(app: Any, model: Any) -> list[Any]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(model).order_by(model.id)))


async def say(fake: FakeBotApi, text: str, contains: str | None = None) -> Any:
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, text)
    return await fake.wait_for_message(UID, after=n, contains=contains)


async def test_messy_report_becomes_records_with_undo(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "7, shooting down my left leg, took 2 advil")
    echo = await fake.wait_for_message(UID, after=n, contains="Logged: pain 7")
    assert "shooting" in (echo.text or "") and "left leg" in (echo.text or "")
    logged = await fake.wait_for_message(UID, after=n, contains="Ibuprofen")
    assert logged is not None
    pain = [json.loads(r.data) for r in await rows(bot, Record) if r.kind == "pain"]
    assert pain[0]["score"] == 7 and "leg_left" in pain[0]["locations"]
    stored = [r for r in await rows(bot, Record) if r.kind == "pain"][0]
    assert stored.raw_text == "7, shooting down my left leg, took 2 advil"
    logs = await rows(bot, DoseLog)
    assert len(logs) == 1 and logs[0].generic == "ibuprofen" and logs[0].count == 2

    # Each reply's Undo takes back what that reply says, not the rest of the message.
    await fake.press(UID, echo.message_id, "Undo")
    await fake.wait_for_edit(UID, echo.message_id, contains="Undone")
    assert await rows(bot, Record) == []
    assert len(await rows(bot, DoseLog)) == 1
    await fake.press(UID, logged.message_id, "Undo")
    await fake.wait_for_edit(UID, logged.message_id, contains="Undone")
    assert await rows(bot, DoseLog) == []


async def test_pain_spreading_into_the_buttock_is_not_said_to_run_down_the_leg(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "6 and it's gone into my bum again")
    echo = await fake.wait_for_message(UID, after=n, contains="Logged: pain 6")
    assert "buttock, spreading" in (echo.text or "") and "leg" not in (echo.text or "")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "7 in the lower back, shooting down my right leg")
    echo = await fake.wait_for_message(UID, after=n, contains="Logged: pain 7")
    assert "running down the leg" in (echo.text or "")


async def test_undo_under_one_dose_of_a_message_keeps_the_other(fake: FakeBotApi, bot: Any) -> None:
    # "took another 2 tylenol and a tramadol": two replies, each with its own Undo; the
    # tramadol taken back, the tylenol still counts towards the day's acetaminophen.
    await onboard(fake)
    await add(fake, "tramadol 50mg as needed")
    await add(fake, "tylenol 500mg as needed")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "took another 2 tylenol and a tramadol")
    tylenol = await fake.wait_for_message(UID, after=n, contains="Tylenol")
    tramadol = await fake.wait_for_message(UID, after=n, contains="Tramadol")
    assert len(await rows(bot, DoseLog)) == 2
    await fake.press(UID, tramadol.message_id, "Undo")
    await fake.wait_for_edit(UID, tramadol.message_id, contains="Undone")
    left = await rows(bot, DoseLog)
    assert [log.generic for log in left] == ["acetaminophen"] and left[0].count == 2
    # The Tylenol reply still stands, and its own Undo still works.
    await fake.press(UID, tylenol.message_id, "Undo")
    await fake.wait_for_edit(UID, tylenol.message_id, contains="Undone")
    assert await rows(bot, DoseLog) == []


async def test_undo_of_a_symptom_line_keeps_the_dose_and_the_red_flag(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake)
    await add(fake, "tramadol 50mg as needed")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "couldnt sleep, took an extra tramadol an hour ago")
    dose = await fake.wait_for_message(UID, after=n, contains="Tramadol")
    sleep = await fake.wait_for_message(UID, after=n, contains="sleep")
    await fake.press(UID, sleep.message_id, "Undo")
    await fake.wait_for_edit(UID, sleep.message_id, contains="Undone")
    assert len(await rows(bot, DoseLog)) == 1 and await rows(bot, Record) == []
    assert dose.message_id != sleep.message_id

    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "pain 9, and I can't control my bladder since this morning")
    await fake.wait_for_message(UID, after=n, contains="emergency")
    # beside an alarm, one plain line and no Undo button (test_quiet_after_alarm.py) …
    echo = await fake.wait_for_message(UID, after=n, contains="Also kept for your doctor: pain 9")
    assert not fake.buttons(echo)
    # … and "undo" in words still takes the score back
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "undo")
    await fake.wait_for_message(UID, after=n, contains="Undone")
    kinds = [r.kind for r in await rows(bot, Record)]
    assert kinds == ["red_flag"]  # the alarm's record is not taken back with the score


async def test_red_flag_gets_an_immediate_plain_answer(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    reply = await say(fake, "my back is agony and since this morning I can't control my bladder")
    text = reply.text or ""
    assert "emergency" in text and "crisis" not in text
    # The alarm goes out before the record is written: wait for the record.
    for _ in range(100):
        flags = [json.loads(r.data) for r in await rows(bot, Record) if r.kind == "red_flag"]
        if flags:
            break
        await asyncio.sleep(0.02)
    assert flags and "bladder_bowel" in flags[0]["flags"]


async def test_a_double_dose_told_without_signs_gets_poison_control_not_opioid_signs(
    fake: FakeBotApi, bot: Any
) -> None:
    """Gabapentin doubled by accident, an opioid on the list: the labels' Poison Control
    advice, no opioid note for a medicine not named; the flag is still recorded."""
    await onboard(fake)
    await add(fake, "gabapentin 300mg 08:00 20:00")
    await add(fake, "oxycodone 5mg as needed", warned=True)
    reply = await say(fake, "double dosed by accident on gabapentin", contains="Poison Control")
    text = reply.text or ""
    assert "emergency" in text and "opioid" not in text.lower()
    for _ in range(100):
        flags = [json.loads(r.data) for r in await rows(bot, Record) if r.kind == "red_flag"]
        if flags:
            break
        await asyncio.sleep(0.02)
    assert flags and flags[0]["flags"] == ["overdose_signs"]
    # Doubled on the opioid itself: its label's breathing warning names it.
    reply = await say(fake, "doubled up on my oxycodone by mistake", contains="Poison Control")
    assert "Opioids such as your Oxycodone" in (reply.text or "")
    # Neither label says help is needed with no signs: acetaminophen's alone does.
    assert "even if" not in text and "even if" not in (reply.text or "")


async def test_too_much_acetaminophen_quotes_its_label(fake: FakeBotApi, bot: Any) -> None:
    """Too much of a product holding acetaminophen: its label's own words that quick help
    matters even with no signs, the person's product named."""
    await onboard(fake)
    await add(fake, "percocet 5/325 as needed")
    reply = await say(fake, "took 2 too many percocet by mistake", contains="Poison Control")
    text = reply.text or ""
    assert "The acetaminophen in your Percocet" in text
    assert "even if you do not notice any signs or symptoms" in text
    assert text.count("1-800-222-1222") == 1


async def test_label_danger_signs_get_the_emergency_answer(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    reply = await say(fake, "threw up blood after my ibuprofen, and my poo is black like tar")
    text = reply.text or ""
    assert "emergency" in text and "bleeding in the stomach" in text
    await fake.wait_for_message(UID, contains="Also kept for your doctor: side effects")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "face drooping on one side and my words are coming out wrong")
    reply = await fake.wait_for_message(UID, after=n, contains="stroke")
    assert "emergency" in (reply.text or "")
    for _ in range(100):
        flags = [json.loads(r.data) for r in await rows(bot, Record) if r.kind == "red_flag"]
        if len(flags) == 2:
            break
        await asyncio.sleep(0.02)
    assert sorted(f["flags"][0] for f in flags) == ["gi_bleeding", "stroke_signs"]


async def test_back_pain_after_a_fall_gets_a_see_a_doctor_today_answer(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake)
    reply = await say(fake, "fell down the stairs this morning, back is agony, pain 8")
    text = reply.text or ""
    assert "see a doctor today" in text and "fall" in text
    # Same-day, not an emergency: the alarm words stay reserved for emergencies.
    assert not any(word in text.lower() for word in ALARM_WORDS)
    for _ in range(100):
        flags = [json.loads(r.data) for r in await rows(bot, Record) if r.kind == "red_flag"]
        if flags:
            break
        await asyncio.sleep(0.02)
    assert flags and flags[0]["flags"] == ["trauma"]
    await fake.wait_for_message(UID, contains="Also kept for your doctor: pain 8")


async def test_a_fall_over_a_pet_is_a_fall_and_a_near_slip_is_none(
    fake: FakeBotApi, bot: Any
) -> None:
    # Found living it: "tripped over the cat and fell hard" got no word (the cat was read
    # as the one who fell), while "nearly slipped on the ice" was told to see a doctor.
    await onboard(fake)
    reply = await say(fake, "tripped over the cat and fell hard, back is killing me, 7")
    assert "see a doctor today" in (reply.text or "")
    calm = await say(fake, "nearly slipped on the ice this morning, pain 6", "Logged")
    assert "doctor" not in (calm.text or "")
    await fake.wait_for_message(UID, contains="Logged: pain 6")
    later = [m.text or "" for m in fake.messages_to(UID)]
    assert sum("see a doctor today" in t for t in later) == 1


async def test_suicidal_thoughts_get_the_crisis_line(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    reply = await say(fake, "honestly I just want to end it all")
    assert "crisis" in (reply.text or "") and "emergency" in (reply.text or "")
    assert "988" in (reply.text or "")


async def test_negated_mentions_raise_no_alarm(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    n = len(fake.messages_to(UID))
    await say(fake, "pain 5 today, no numbness, bladder is fine", "Logged")
    await say(fake, "had a fever last month, fine now")
    for msg in fake.messages_to(UID)[n:]:
        assert not any(w in (msg.text or "").lower() for w in ALARM_WORDS)
    assert not [r for r in await rows(bot, Record) if r.kind == "red_flag"]


async def test_red_flag_is_caught_even_mid_conversation(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    await say(fake, "/add", "Which medicine")
    reply = await say(fake, "lips and throat swelling after the new pills")
    assert "emergency" in (reply.text or "")


async def test_a_message_meant_for_another_chat_keeps_nothing(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    reply = await say(fake, "done ✅ — oops wrong chat, ignore that", "haven't saved anything")
    assert fake.buttons(reply) == []
    assert await rows(bot, Record) == [] and await rows(bot, DoseLog) == []


async def test_nothing_understood_asks_with_buttons(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    reply = await say(fake, "purple monkey dishwasher", "didn't catch")
    assert "💊 I took a dose" in fake.buttons(reply)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    text=st.one_of(
        st.text(min_size=1, max_size=300),
        st.just("0"),
        st.just("pain 5 \x00 note"),
        st.text(alphabet="😀💊🔥🤕✅❌ 0123456789/.,-", min_size=1, max_size=50),
        st.text(min_size=4000, max_size=4096),
    )
)
async def test_any_text_gets_an_answer_and_never_an_error(
    fake: FakeBotApi, bot: Any, text: str
) -> None:
    if not text.strip() or text.strip().startswith("/"):
        text = "x" + text
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, text[:4096])
    reply = await fake.wait_for_message(UID, after=n)
    assert "went wrong" not in (reply.text or "")


async def test_a_report_dated_after_a_meal_leaves_the_open_reminder_alone(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await reminder_out(fake, bot, clock, "ibuprofen 400mg 08:00 20:00")
    await say(fake, "dizzy after lunch", "Logged")
    effects = [json.loads(r.data) for r in await rows(bot, Record) if r.kind == "side_effect"]
    assert effects and "dizziness" in effects[0]["effects"]
    assert [o.status for o in await occurrences(bot)][0] == "sent"
    # Said of the dose, the same words still postpone it.
    await say(fake, "I'll take it after lunch", "nooze")
    occ = (await occurrences(bot))[0]
    assert occ.status == "snoozed" and occ.snooze_count == 1


async def test_someone_else_swallowing_the_medicine_is_answered_not_recorded(
    fake: FakeBotApi, bot: Any
) -> None:
    """A child who got into the tramadol gets the poison-control answer at once; the
    writer's record gains no dose and no red flag (PRODUCT.md §5: not the writer's)."""
    await onboard(fake)
    await add(fake, "tramadol 50mg 08:00 20:00")
    reply = await say(fake, "my son swallowed one of my tramadol by mistake, what do I do")
    text = reply.text or ""
    assert "1-800-222-1222" in text and "emergency" in text and "crisis" not in text
    pet = await say(fake, "the dog just ate a gabapentin off the floor")
    assert "vet" in (pet.text or "") and "emergency" not in (pet.text or "")
    assert await rows(bot, DoseLog) == []
    assert not [r for r in await rows(bot, Record) if r.kind in ("red_flag", "dose")]
    own = await say(fake, "my husband gave me one of my tramadol at 9", "Tramadol")
    assert "1-800" not in (own.text or "")


async def test_a_place_said_not_to_hurt_is_never_kept_as_where_it_hurts(
    fake: FakeBotApi, bot: Any
) -> None:
    # "no pain in my legs" was logged "where it hurts: leg" — the opposite of what was said.
    await onboard(fake)
    reply = await say(fake, "no tingling in my leg, just lower back", "Logged")
    assert reply.text == "Logged: where it hurts: lower back"
    reply = await say(fake, "pain 5, nothing down the leg today", "Logged")
    assert reply.text == "Logged: pain 5"
    reply = await say(fake, "no pain in my legs", "Good to hear")
    assert "Keep it as a note" in " ".join(fake.buttons(reply))
    kept = [json.loads(r.data) for r in await rows(bot, Record) if r.kind != "unsorted"]
    assert [k.get("locations") for k in kept] == [["lower_back"], []]
    assert kept[1]["radiating"] is False


async def test_pain_past_the_top_of_the_scale_is_kept_as_ten(fake: FakeBotApi, bot: Any) -> None:
    # Found living it: "pain 11/10" got "Sorry, I didn't catch that".
    await onboard(fake)
    reply = await say(fake, "pain 11/10", "Logged")
    assert (reply.text or "").startswith("Logged: pain 10")


async def test_pain_said_of_yesterday_is_kept_on_yesterday(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "yesterday i took 3 tylenol and pain was 8 all day" kept the 8 as
    # today's pain; "slept badly last night, pain 7" is today's 7.
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 15, 0, tzinfo=dt.UTC))
    reply = await say(fake, "last night pain was a 9, couldnt sleep", "Logged")
    assert (reply.text or "").startswith("Logged: pain 9 (yesterday)")
    reply = await say(fake, "slept badly last night, pain 7", "Logged")
    assert (reply.text or "").startswith("Logged: pain 7 ·")
    reply = await say(fake, "yesterday was a shocker, 6/10 all arvo", "Logged")
    assert (reply.text or "").startswith("Logged: pain 6 (yesterday)")
    pain = sorted(
        (r.score, r.at.replace(tzinfo=dt.UTC)) for r in await rows(bot, Record) if r.kind == "pain"
    )
    assert pain == [
        (6.0, dt.datetime(2026, 11, 24, 15, 0, tzinfo=dt.UTC)),
        (7.0, dt.datetime(2026, 11, 25, 15, 0, tzinfo=dt.UTC)),
        (9.0, dt.datetime(2026, 11, 24, 15, 0, tzinfo=dt.UTC)),
    ]


async def test_yesterdays_score_beside_todays_is_kept_on_its_own_day(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "pain 6 yesterday evening, 4 now" kept the 4 and lost the 6.
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 15, 0, tzinfo=dt.UTC))
    reply = await say(fake, "pain 6 yesterday evening, 4 now", "Logged")
    assert reply.text == "Logged: pain 4 · pain 6 (yesterday)"
    pain = sorted(
        (r.at.replace(tzinfo=dt.UTC).date(), r.score)
        for r in await rows(bot, Record)
        if r.kind == "pain"
    )
    assert pain == [(dt.date(2026, 11, 24), 6.0), (dt.date(2026, 11, 25), 4.0)]


@pytest.mark.both_databases
async def test_pain_said_without_a_number_is_asked_its_score_by_one_tap(
    fake: FakeBotApi, bot: Any
) -> None:
    # Found living it: "im in agony" got "Sorry, I didn't catch that".
    await onboard(fake)
    ask = await say(fake, "im in agony", "How bad is it right now?")
    assert "I'm sorry it's this bad" in (ask.text or "")
    assert fake.buttons(ask)[:3] == ["0", "1", "2"]
    await fake.press(UID, ask.message_id, "8")
    await fake.wait_for_edit(UID, ask.message_id, contains="Pain 8/10")
    pain = [r.score for r in await rows(bot, Record) if r.kind == "pain"]
    assert pain == [8.0]
    # A question about pain is a question, not a rating.
    asked = await say(fake, "what is the pain clinic number?", "question for your doctor")
    assert "How bad" not in (asked.text or "")
    # Found living it: asked without its question mark, "didn't catch that".
    asked = await say(fake, "whats the max tylenol i can take with meloxicam", "question")
    assert asked.text == texts.ASKED_NOT_UNDERSTOOD
    assert "Save it to ask my doctor" in fake.buttons(asked)[0]

    # Found living it: during a check-in under way "my back is killing me" got "didn't
    # catch that". Its own question comes again, the score's in these words.
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/checkin")
    await fake.wait_for_message(UID, after=n, contains="How is your pain")
    ask = await say(fake, "my back is killing me", "How bad is it right now?")
    assert "didn't catch" not in " ".join(m.text or "" for m in fake.messages_to(UID)[n:])
    k = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "7")
    where = await fake.wait_for_message(UID, after=k, contains="Where does it hurt")
    m = len(fake.messages_to(UID))
    await fake.send_text(UID, "its agony tonight")
    again = await fake.wait_for_message(UID, after=m, contains="Where does it hurt")
    assert again.message_id != where.message_id
    said = [msg.text or "" for msg in fake.messages_to(UID)[m:]]
    assert said == ["I'm sorry it's this bad 💙", "Where does it hurt most?"]
    pain = [r.score for r in await rows(bot, Record) if r.kind == "pain"]
    assert pain == [8.0, 7.0]


@pytest.mark.both_databases
async def test_what_is_felt_beside_signs_denied_is_kept(fake: FakeBotApi, bot: Any) -> None:
    """Found living a sandbox week: "pins and needles in my right foot but no numbness down
    below and my waterworks are fine" got "Good to hear 💙" and the foot went unrecorded."""
    await onboard(fake)
    reply = await say(
        fake,
        "I have some pins and needles in my right foot but no numbness down below and my "
        "waterworks are fine",
        "Logged",
    )
    assert reply.text == "Logged: tingling, right leg"
    async with deps_of(bot).sessions() as s:
        kept = [json.loads(r.data) for r in await s.scalars(select(Record))]
    assert [(k["kind"], k["locations"], k["qualities"]) for k in kept] == [
        ("pain_place", ["leg_right"], ["tingling"])
    ]


async def test_a_pain_above_the_scale_is_asked_again_with_its_buttons(
    fake: FakeBotApi, bot: Any
) -> None:
    # Found living it: "pain 12" got "didn't catch that", to someone in the worst pain
    # of their week.
    await onboard(fake)
    ask = await say(fake, "pain 12", "The scale stops at 10")
    assert fake.buttons(ask)[-1] == "10"
    await fake.press(UID, ask.message_id, "10")
    await fake.wait_for_edit(UID, ask.message_id, contains="Pain 10/10")
    assert [r.score for r in await rows(bot, Record) if r.kind == "pain"] == [10.0]


async def test_a_bare_number_above_ten_to_the_pain_question_is_asked_again(
    fake: FakeBotApi, bot: Any
) -> None:
    # Found living it: "11" to the check-in's question got "didn't quite catch that".
    await onboard(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/checkin")
    await fake.wait_for_message(UID, after=n, contains="How is your pain")
    again = await say(fake, "11", "The scale stops at 10")
    assert "didn't" not in " ".join(m.text or "" for m in fake.messages_to(UID)[n:])
    await fake.press(UID, again.message_id, "9")
    await fake.wait_for_message(UID, after=n, contains="Where does it hurt")
    assert [r.score for r in await rows(bot, Record) if r.kind == "pain"] == [9.0]


async def test_a_score_typed_for_where_is_said_kept_beside_the_place(
    fake: FakeBotApi, bot: Any
) -> None:
    """Sandbox, London: "pain 7, shooting down my left leg" typed for "where" after 4 was
    tapped kept the 7 as a report of its own, and the reply named only the place."""
    await onboard(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/checkin")
    ask = await fake.wait_for_message(UID, after=n, contains="How is your pain")
    k = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "4")
    where = await fake.wait_for_message(UID, after=k, contains="Where does it hurt")
    await fake.send_text(UID, "pain 7, shooting down my left leg")
    said = await fake.wait_for_edit(UID, where.message_id, contains="noted too")
    assert said.text == "Where does it hurt most? — Left leg, shooting · pain 7/10 noted too"
    pain = [r.score for r in await rows(bot, Record) if r.kind == "pain"]
    assert pain == [4.0, 7.0]
