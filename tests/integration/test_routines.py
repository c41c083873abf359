"""Routines through the real Application: /routine adds one in a line, its reminder comes
at the local time with Done / Skip, the next day's follows (never twice), a walk told in
words marks it done, Remove stops it, nobody else's button changes it, /delete erases it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.storage import due_work
from bot.storage.models import DueWork, Record, Routine, RoutineLog
from bot.telegram.payloads import RoutineAction, RoutineTap
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_checkin import tap
from tests.integration.test_dose_loop import NY, UID, onboard
from tests.integration.test_regimen import rows, say

REMINDER = "Time for your routine"
WED_18 = dt.datetime(2026, 11, 25, 18, 0, tzinfo=NY)  # 23:00 UTC


def reminders(fake: FakeBotApi, uid: int = UID) -> list[Any]:
    return [m for m in fake.messages_to(uid) if REMINDER in (m.text or "")]


async def at(app: Any, clock: FakeClock, when: dt.datetime) -> None:
    clock.set(when)
    await tick(app)


async def planned(app: Any) -> list[DueWork]:
    async with deps_of(app).sessions() as s:
        query = select(DueWork).where(DueWork.kind == "routine").order_by(DueWork.due_at)
        return list(await s.scalars(query))


async def test_a_routine_reminds_at_local_time_and_keeps_done_and_skip(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    added = await say(fake, "/routine walk 30 min 18:00", "I'll remind you")
    assert "Walk 30 min · 18:00 every day" in (added.text or "")
    (routine,) = await rows(bot, Routine)
    assert (routine.name, routine.minutes, routine.time, routine.weekdays) == (
        "walk",
        30,
        "18:00",
        127,
    )
    (work,) = await planned(bot)
    assert work.due_at == WED_18.astimezone(dt.UTC) and work.ref_id == routine.id

    await at(bot, clock, WED_18 - dt.timedelta(seconds=1))
    assert not reminders(fake), "nothing is due a second early"
    await at(bot, clock, WED_18)
    msg = await fake.wait_for_message(UID, contains=REMINDER)
    assert "Walk 30 min" in (msg.text or "") and fake.buttons(msg) == ["Done", "Skip"]
    done_data = fake.button_data(msg)["Done"]

    answer = await fake.wait_for_callback_answer(await fake.press(UID, msg.message_id, "Done"))
    assert "Well done" in answer.get("text", "")
    edit = await fake.wait_for_edit(UID, msg.message_id, contains="✅ Done")
    assert not fake.buttons(edit.message), "the buttons go once answered"
    (kept,) = await rows(bot, RoutineLog)
    assert (kept.status, kept.source, kept.local_date) == ("done", "tap", dt.date(2026, 11, 25))
    # The same tap again (a double tap) changes nothing and says so.
    again = await fake.press_data(UID, msg.message_id, done_data)
    assert "Already" in (await fake.wait_for_callback_answer(again)).get("text", "")
    assert len(await rows(bot, RoutineLog)) == 1

    # A second tick at the same instant (a restart catching up) sends nothing again.
    await at(bot, clock, WED_18 + dt.timedelta(minutes=1))
    assert len(reminders(fake)) == 1
    # The next day's reminder was chained when this one went out.
    assert [w.local_date for w in await planned(bot)] == [
        dt.date(2026, 11, 25),
        dt.date(2026, 11, 26),
    ]
    thursday = WED_18 + dt.timedelta(days=1)
    n = len(fake.messages_to(UID))
    await at(bot, clock, thursday)
    await at(bot, clock, thursday)
    second = await fake.wait_for_message(UID, contains=REMINDER, after=n)
    assert len(reminders(fake)) == 2
    await fake.wait_for_callback_answer(await fake.press(UID, second.message_id, "Skip"))
    await fake.wait_for_edit(UID, second.message_id, contains="Skipped")
    logs = await rows(bot, RoutineLog)
    assert [(r.local_date.day, r.status) for r in logs] == [(25, "done"), (26, "skipped")]


async def test_a_walk_told_in_words_marks_the_walk_done(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await say(fake, "/routine walk 30 min 18:00", "I'll remind you")
    await say(fake, "/routine stretches 10 min 19:00", "I'll remind you")
    clock.set(dt.datetime(2026, 11, 25, 12, 0, tzinfo=NY))
    # Said, the reply tells what it did; ↩️ Undo takes the routine back with the rest.
    said = await say(fake, "went for a walk", "Logged")
    assert "🧘 Walk 30 min — marked done for today ✅" in (said.text or "")
    await fake.wait_for_callback_answer(await fake.press(UID, said.message_id, "↩️ Undo"))
    await fake.wait_for_edit(UID, said.message_id, contains="Undone")
    assert await rows(bot, RoutineLog) == []
    said = await say(fake, "went for a 30 min walk, too sore for stretches", "Logged")
    assert "Walk 30 min — marked done" in (said.text or "") and "Stretches" not in (said.text or "")
    (walked,) = await rows(bot, RoutineLog)
    walk, stretches = await rows(bot, Routine)
    assert (walked.routine_id, walked.status, walked.source) == (walk.id, "done", "text")
    # Told again: still one answer for the day.
    again = await say(fake, "walked again this afternoon", "Logged")
    assert "marked done" not in (again.text or "")
    assert len(await rows(bot, RoutineLog)) == 1
    # Already done today: no reminder for the walk; the stretches still come.
    await at(bot, clock, WED_18)
    await at(bot, clock, WED_18 + dt.timedelta(hours=1))
    sent = reminders(fake)
    assert len(sent) == 1 and "Stretches" in (sent[0].text or "")
    # And the walk's next day is planned all the same.
    days = {(w.ref_id, w.local_date) for w in await planned(bot)}
    assert (walk.id, dt.date(2026, 11, 26)) in days and (
        stretches.id,
        dt.date(2026, 11, 26),
    ) in days


@pytest.mark.both_databases
async def test_list_remove_and_kind_answers(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    await onboard(fake)
    assert "No routines yet" in ((await say(fake, "/routine", "routine")).text or "")
    await say(fake, "/routine walk", "What time should I remind you")
    await say(fake, "/routine 07:00 mon-fri", "What's the routine called")
    await say(fake, "/routine stretches 07:00 19:00", "add it twice")
    await say(fake, "/routine walk every other day 18:00", "Pick days instead")
    assert await rows(bot, Routine) == []

    await say(fake, "/routine stretches 10 min 07:00 mon-fri", "Stretches 10 min · 07:00 Mon–Fri")
    await say(fake, "/routine walk 30 min 18:00", "I'll remind you")
    await say(fake, "/routine Walk 18:00", "already have")
    listing = await say(fake, "/routine", "Your routines")
    lines = (listing.text or "").splitlines()
    assert lines[1:3] == ["1. Stretches 10 min · 07:00 Mon–Fri", "2. Walk 30 min · 18:00 every day"]
    assert fake.buttons(listing) == ["Remove · Stretches 10 min", "Remove · Walk 30 min"]

    await fake.wait_for_callback_answer(await fake.press(UID, listing.message_id, "Remove · Walk"))
    edit = await fake.wait_for_edit(UID, listing.message_id, contains="Walk removed")
    assert fake.buttons(edit.message) == ["Remove · Stretches 10 min"]
    walk = (await rows(bot, Routine))[1]
    assert walk.ended_at is not None
    assert [w.ref_id for w in await planned(bot)] == [(await rows(bot, Routine))[0].id]
    # No walk reminder at 18:00 any more (the stretches came at 07:00 as planned).
    await at(bot, clock, WED_18.replace(hour=7))
    await at(bot, clock, WED_18)
    assert [m.text for m in reminders(fake)] == ["🧘 Time for your routine: Stretches 10 min."]


async def test_nobody_else_can_answer_or_remove(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await say(fake, "/routine walk 30 min 18:00", "I'll remind you")
    await at(bot, clock, WED_18)
    msg = await fake.wait_for_message(UID, contains=REMINDER)
    (work,) = [w for w in await planned(bot) if w.local_date == dt.date(2026, 11, 25)]
    (routine,) = await rows(bot, Routine)

    other = UID + 1
    await fake.send_text(other, "/start")
    start = await fake.wait_for_message(other, contains="Backtrack")
    codec = deps_of(bot).codec
    # This person's own button, pressed by someone else: refused by its signature.
    pressed = await fake.press_data(other, msg.message_id, fake.button_data(msg)["Done"])
    assert "isn't for you" in (await fake.wait_for_callback_answer(pressed)).get("text", "")
    # Buttons signed for the other person, naming this person's reminder and routine.
    for forged_tap in (
        RoutineTap(RoutineAction.DONE, work.id),
        RoutineTap(RoutineAction.REMOVE, routine.id),
    ):
        forged = await fake.press_data(other, start.message_id, codec.pack(other, forged_tap))
        await fake.wait_for_callback_answer(forged)
    assert await rows(bot, RoutineLog) == []
    assert (await rows(bot, Routine))[0].ended_at is None


@pytest.mark.both_databases
async def test_start_up_repair_plans_a_lost_reminder_and_delete_erases_routines(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await say(fake, "/routine stretches 07:00", "I'll remind you")
    async with deps_of(bot).sessions.begin() as s:
        (routine,) = await s.scalars(select(Routine))
        await due_work.drop_planned(s, UID, "routine", routine.id)
    assert await planned(bot) == []
    async with deps_of(bot).sessions.begin() as s:
        assert await due_work.repair_planned_work(s, clock.now()) >= 1
        assert await due_work.repair_planned_work(s, clock.now()) == 0
    (work,) = await planned(bot)
    assert work.due_at == dt.datetime(2026, 11, 25, 7, 0, tzinfo=NY).astimezone(dt.UTC)

    await at(bot, clock, dt.datetime(2026, 11, 25, 7, 0, tzinfo=NY))
    msg = await fake.wait_for_message(UID, contains=REMINDER)
    await fake.wait_for_callback_answer(await fake.press(UID, msg.message_id, "Done"))
    await fake.wait_for_edit(UID, msg.message_id, contains="✅ Done")
    assert len(await rows(bot, RoutineLog)) == 1

    confirm = await say(fake, "/delete", "can't be undone")
    await fake.press(UID, confirm.message_id, "Delete everything")
    await fake.wait_for_edit(UID, confirm.message_id, contains="erased")
    assert await rows(bot, Routine) == [] and await rows(bot, RoutineLog) == []
    assert await planned(bot) == []


async def test_the_checkins_walk_answer_marks_the_walk_done(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await say(fake, "/routine walk 21:00", "I'll remind you")
    await say(fake, "/routine stretches 21:30", "I'll remind you")
    clock.set(dt.datetime(2026, 11, 25, 12, 0, tzinfo=NY))
    q = await say(fake, "/checkin", "pain")
    q = await tap(fake, q, "3", "?")
    while "Any activity" not in (q.text or ""):
        q = await tap(fake, q, "Skip", "?")
    await tap(fake, q, "Walk", "Anything else")
    (walked,) = await rows(bot, RoutineLog)
    assert (walked.status, walked.source, walked.local_date) == (
        "done",
        "text",
        dt.date(2026, 11, 25),
    )
    assert walked.routine_id == (await rows(bot, Routine))[0].id


async def test_days_down_send_no_stale_routine_and_no_repeated_summary(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await say(fake, "/routine walk 30 min 18:00", "I'll remind you")
    # Down from before Wednesday's walk until the Tuesday twelve days later: two
    # Sundays' summaries and a dozen walks were missed.
    await at(bot, clock, dt.datetime(2026, 12, 8, 12, 0, tzinfo=NY))
    for _ in range(3):  # ticks catching up
        await tick(bot)
    assert not reminders(fake), "a walk reminder days late is not sent"
    summaries = [m for m in fake.messages_to(UID) if "Your week" in (m.text or "")]
    assert len(summaries) == 1, "the missed Sundays give one summary, not one per week"
    # The next walk is the one still to come: Tuesday 18:00.
    tuesday = dt.datetime(2026, 12, 8, 18, 0, tzinfo=NY)
    waiting = [w for w in await planned(bot) if w.status == "pending"]
    assert [w.due_at for w in waiting] == [tuesday.astimezone(dt.UTC)]
    await at(bot, clock, tuesday)
    await fake.wait_for_message(UID, contains=REMINDER)


async def test_a_routine_told_after_a_bare_routine_command_is_kept_not_logged_as_done(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: /routine says "Tell me the name, … one time"; "stretches" was then
    # logged as stretching done today, and "7:30am" got "Sorry, I didn't catch that".
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))
    await say(fake, "/routine", "No routines yet")
    await say(fake, "stretches", "What time should I remind you about stretches?")
    await say(fake, "7:30am", "Stretches · 07:30 every day")
    assert not [r for r in await rows(bot, Record) if r.kind == "activity"]
    assert [r.name for r in await rows(bot, Routine)] == ["stretches"]
    # The list shown is no question: a report after it is only a report.
    await say(fake, "/routine", "Your routines")
    await say(fake, "pain 7", "Logged: pain 7")
    await say(fake, "/help", "")
    assert not [m for m in fake.messages_to(UID) if "Still want a routine" in (m.text or "")]


async def test_a_report_while_the_routine_is_asked_is_kept_and_no_ends_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await say(fake, "/routine", "No routines yet")
    await say(fake, "pain 7", "Logged: pain 7")
    await fake.wait_for_message(UID, contains="Still want a routine reminder?")
    await say(fake, "no", "no routine added")
    assert not await rows(bot, Routine)
