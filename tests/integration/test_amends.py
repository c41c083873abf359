"""A number just told, corrected in the chat: the entry changed in place, through the real
Application (found living it: "sorry i meant 6 not 8" kept both 8 and 6, and "oops it was
only 1" after "took 2 panadol osteo" recorded pain 1)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseLog, DoseOccurrence, Medication, Record
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard, reminder_at
from tests.integration.test_waiting_questions import say


async def rows(app: Any, model: Any) -> list[Any]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(model).order_by(model.id)))


async def pain_scores(app: Any) -> list[float | None]:
    """Each pain record's score, as its column and as the words the summary, the report
    and the export read (found in the sandbox: a correction had changed only the column)."""
    pains = [r for r in await rows(app, Record) if r.kind == "pain"]
    assert [r.score for r in pains] == [json.loads(r.data)["score"] for r in pains]
    return [r.score for r in pains]


@pytest.mark.both_databases
async def test_a_pain_score_and_a_tablet_count_corrected_are_changed_in_place(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "acetaminophen 500mg as needed")
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))
    await say(fake, "pain 8", "Logged: pain 8")
    clock.advance(minutes=1)
    reply = await say(fake, "sorry i meant 6 not 8", "Changed")
    assert reply.text == "Changed: pain 6 (was 8) ✅"
    assert await pain_scores(bot) == [6.0]
    clock.advance(minutes=2)
    await say(fake, "took 2 tylenol", "Logged")
    clock.advance(minutes=1)
    reply = await say(fake, "oops it was only 1", "Changed")
    assert "(was 2)" in (reply.text or "")
    assert [log.count for log in await rows(bot, DoseLog)] == [1.0]
    assert await pain_scores(bot) == [6.0], "no pain 1 from a tablet count"
    # More tablets than told are told again, so the day's totals are checked.
    clock.advance(minutes=1)
    reply = await say(fake, "make that 3", "tap Undo")
    assert [log.count for log in await rows(bot, DoseLog)] == [1.0]


async def test_a_correction_of_one_message_with_two_numbers_asks_which(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "acetaminophen 500mg as needed")
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))
    await say(fake, "pain 7, took 2 tylenol", "Logged")
    clock.advance(minutes=1)
    await say(fake, "oops it was only 1", "not sure which entry")
    assert await pain_scores(bot) == [7.0]
    reply = await say(fake, "sorry, 1 not 2", "Changed")
    assert "(was 2)" in (reply.text or "") and await pain_scores(bot) == [7.0]
    assert [log.count for log in await rows(bot, DoseLog)] == [1.0]


async def test_long_after_an_entry_the_words_are_read_as_any_message(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))
    await say(fake, "pain 8", "Logged: pain 8")
    clock.advance(hours=2)
    reply = await say(fake, "actually 6 not 8", "")
    assert "Changed" not in (reply.text or "")
    assert 8.0 in await pain_scores(bot)


@pytest.mark.both_databases
async def test_undo_thanks_ok_and_hello_in_words(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living it: "ignore that", "undo", "thanks", "ok" and "hello?" each got "Sorry,
    I didn't catch that" (and "hello?" was kept as a question for the doctor); a thumbs-up
    with nothing due was asked which medicine it was."""
    await onboard(fake)
    await add(fake, "acetaminophen 500mg as needed")
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))
    await say(fake, "pain 7, slept badly", "Logged")
    clock.advance(minutes=1)
    await say(fake, "ignore that", "Undone")
    assert await rows(bot, Record) == []
    await say(fake, "took 2 tylenol", "Logged")
    await say(fake, "undo", "Undone")
    assert await rows(bot, DoseLog) == []
    await say(fake, "undo", "nothing left to undo")
    assert (await say(fake, "thanks!", "welcome")).text == "You're welcome 💙"
    assert (await say(fake, "👍", "👍")).text == "👍"
    assert (await say(fake, "ok", "👍")).text == "👍"
    assert "I'm here" in ((await say(fake, "hello?", "Hi")).text or "")
    # A red flag's record is never taken back by words.
    await say(fake, "pain 9 and i cant control my bladder", "emergency")
    clock.advance(minutes=1)
    await say(fake, "ignore that", "Undone")
    assert [r.kind for r in await rows(bot, Record)] == ["red_flag"]


async def test_a_thumbs_up_to_a_waiting_reminder_still_takes_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    clock.advance(minutes=2)
    await say(fake, "👍", "taken")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Taken")


@pytest.mark.both_databases
async def test_that_was_yesterday_moves_the_last_message_a_day_back_once(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "that was yesterday" after "pain 7" got "didn't catch that".
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))
    await say(fake, "pain 7, slept badly", "Logged")
    clock.advance(minutes=1)
    await say(fake, "took 2 advil", "Logged")
    clock.advance(minutes=1)
    await say(fake, "oops that was last night", "Moved to yesterday")
    await say(fake, "that was yesterday", "already on yesterday")
    [log] = await rows(bot, DoseLog)
    assert log.taken_at.astimezone(NY).date() == dt.date(2026, 11, 24)
    assert all(r.at.astimezone(NY).date() == dt.date(2026, 11, 25) for r in await rows(bot, Record))


async def test_commands_asked_for_in_words(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    """Found living it: "show my meds", "what's my pain been like this week", "send my
    report for the doctor", "stop reminding me about the naproxen", "what did i take
    today" and "worst day ever" each got "Sorry, I didn't catch that"."""
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await fake.press(UID, reminder.message_id, "Taken")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Taken")
    clock.advance(minutes=30)
    taken = await say(fake, "what did i take today", "Here's what I have")
    assert "08:00 Naproxen 500 mg — ✅ Taken" in (taken.text or "")
    listed = await say(fake, "show my meds", "Your medicines")
    assert "Naproxen 500 mg" in (listed.text or "")
    await say(fake, "what's my pain been like this week", "Your week")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "send my report for the doctor")
    # The first drawing starts the drawing process: more time than a reply.
    doc = await fake.wait_for_message(UID, after=n, contains="report", timeout=30)
    assert doc.file_bytes
    offer = await say(fake, "stop reminding me about the naproxen", "Pause Naproxen?")
    await fake.press(UID, offer.message_id, "⏸ Pause · Naproxen")
    await fake.wait_for_edit(UID, offer.message_id)
    async with deps_of(bot).sessions() as s:
        [med] = list(await s.scalars(select(Medication)))
    assert med.paused
    ask = await say(fake, "worst day ever", "How bad is it right now?")
    assert fake.buttons(ask)[:2] == ["0", "1"]


async def test_a_correction_after_a_taken_tap_is_not_of_the_pain_before_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    clock.set(dt.datetime(2026, 11, 25, 7, 55, tzinfo=NY))
    await say(fake, "pain 6", "Logged: pain 6")
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await fake.press(UID, reminder.message_id, "Taken")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Taken")
    clock.advance(minutes=1)
    await say(fake, "oops it was only 1", "tap ↩️ Undo")
    assert await pain_scores(bot) == [6.0]


@pytest.mark.both_databases
async def test_undo_typed_after_a_tap_takes_back_that_tap(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living it: "undo" typed just after tapping Taken was told to tap the button
    instead, and typed while the check-in's next question waited was not understood."""
    await onboard(fake)
    await add(fake, "meloxicam 15mg 08:00")
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await fake.press(UID, reminder.message_id, "Taken")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Taken")
    clock.advance(minutes=1)
    reply = await say(fake, "undo", "Undone")
    assert "08:00 Meloxicam 15 mg" in (reply.text or "")
    (occ,) = await _this_morning(bot)
    assert (occ.status, occ.taken_at) == ("sent", None)
    # The reminder answers again, and the Taken stands.
    await fake.press(UID, reminder.message_id, "Taken")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Taken", after=2)
    (occ,) = await _this_morning(bot)
    assert occ.status == "taken"
    # Typed while a question of the check-in waits: the pain just tapped is taken back.
    clock.set(dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await tick(bot)
    ask = await fake.wait_for_message(UID, after=n, contains="How is your pain")
    await fake.press(UID, ask.message_id, "5")
    await fake.wait_for_message(UID, after=n, contains="Where does it hurt")
    assert [r.kind for r in await rows(bot, Record)] == ["pain"]
    await say(fake, "undo", "Undone")
    assert await rows(bot, Record) == []


async def _this_morning(bot: Any) -> list[DoseOccurrence]:
    day = dt.date(2026, 11, 25)
    return [
        o for o in await rows(bot, DoseOccurrence) if (o.local_date, o.local_time) == (day, "08:00")
    ]


async def test_the_medicine_meant_replaces_the_one_told(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living it: "sorry I meant the paracetamol not the naproxen" was read as two
    skips of doses not waiting, and the naproxen stayed on the record."""
    await onboard(fake)
    await add(fake, "naproxen 500mg as needed max 2 per day")
    await add(fake, "paracetamol 1g as needed max 4 per day")
    clock.set(dt.datetime(2026, 11, 25, 10, 55, tzinfo=NY))
    await say(fake, "took my naproxen", "Logged")
    clock.advance(minutes=2)
    await say(fake, "sorry I meant the paracetamol not the naproxen", "not Naproxen")
    reply = await fake.wait_for_message(UID, contains="Logged: Paracetamol")
    assert "10:55" in (reply.text or "")
    (log,) = await rows(bot, DoseLog)
    assert (log.generic, log.taken_at.astimezone(NY).strftime("%H:%M")) == (
        "acetaminophen",
        "10:55",
    )


async def test_the_medicine_meant_replaces_a_tapped_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "meloxicam 15mg 08:00")
    await add(fake, "paracetamol 1g as needed max 4 per day")
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await fake.press(UID, reminder.message_id, "Taken")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Taken")
    clock.advance(minutes=3)
    await say(fake, "oops it was the paracetamol", "not Meloxicam")
    await fake.wait_for_message(UID, contains="Logged: Paracetamol")
    (occ,) = await _this_morning(bot)
    assert occ.status == "sent", "the meloxicam reminder is open again"
    (log,) = await rows(bot, DoseLog)
    assert log.generic == "acetaminophen"


async def test_the_undo_command_does_what_undo_typed_does(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living sandbox weeks (Phoenix, Pune): /undo after a dose sent twice got "I
    don't know that command"."""
    await onboard(fake)
    await add(fake, "acetaminophen 500mg as needed")
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))
    await say(fake, "took 1 tylenol", "Logged")
    await say(fake, "took 1 tylenol", "Logged")
    await say(fake, "/undo", "Undone")
    assert len(await rows(bot, DoseLog)) == 1
    clock.advance(minutes=30)
    nothing = await say(fake, "/undo", "Nothing from the last 15 minutes")
    assert "tap ↩️ Undo under it" in (nothing.text or "")
    assert len(await rows(bot, DoseLog)) == 1
