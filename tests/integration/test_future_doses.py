"""A "took it" applies only to a dose already due or about to be (issue 13, finding 3):
a time still to come is asked about and never stored as taken."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseLog, DoseOccurrence, Record, User
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard, reminder_at, tick
from tests.integration.test_waiting_questions import say


async def rows(app: Any, model: Any) -> list[Any]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(model).order_by(model.id)))


def due(occs: list[DoseOccurrence], hour: int) -> DoseOccurrence:
    local = dt.datetime(2026, 11, 25, hour, 0, tzinfo=NY).astimezone(dt.UTC)
    return next(o for o in occs if o.due_at == local)


async def test_done_at_eleven_does_not_take_the_two_oclock_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "gabapentin 300 mg at 8am, 2pm and 10pm")
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await fake.press(UID, reminder.message_id, "Taken")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Taken 08:00")
    clock.set(dt.datetime(2026, 11, 25, 11, 0, tzinfo=NY))
    ask = await say(fake, "done", "Which one did you take?")
    assert due(await rows(bot, DoseOccurrence), 14).status == "pending"
    assert not await rows(bot, DoseLog)
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "Gabapentin")
    await fake.wait_for_edit(UID, ask.message_id, contains="Logged")
    assert due(await rows(bot, DoseOccurrence), 14).status == "pending"
    logs = await rows(bot, DoseLog)
    assert [(x.generic, x.taken_at) for x in logs] == [
        ("gabapentin", dt.datetime(2026, 11, 25, 16, 0, tzinfo=dt.UTC))
    ]
    assert not [r for r in await rows(bot, Record) if r.kind == "dose_question"]
    assert len(fake.messages_to(UID)) == n, "the question itself shows the answer"


async def test_a_time_still_to_come_is_asked_about_not_stored(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "meloxicam 15mg 08:00")
    clock.set(dt.datetime(2026, 11, 25, 7, 30, tzinfo=NY))
    ask = await say(fake, "meloxicam 15 mg in the morning", "still to come")
    assert "08:00" in (ask.text or "")
    assert not await rows(bot, DoseLog)
    assert [o.status for o in await rows(bot, DoseOccurrence)][0] == "pending"
    await fake.press(UID, ask.message_id, "Not yet")
    await fake.wait_for_edit(UID, ask.message_id, contains="nothing logged")
    assert not await rows(bot, DoseLog)
    assert [o.status for o in await rows(bot, DoseOccurrence)][0] == "pending"

    ask = await say(fake, "took my meloxicam at 9am", "still to come")
    took_now = fake.button_data(ask)["✅ Took it just now"]
    await fake.press(UID, ask.message_id, "Took it just now")
    await fake.wait_for_edit(UID, ask.message_id, contains="your 08:00 dose")
    occ = (await rows(bot, DoseOccurrence))[0]
    assert (occ.status, occ.taken_at) == ("taken", clock.now())
    # The answered question's button changes nothing now, and says so.
    cq = await fake.press_data(UID, ask.message_id, took_now)
    assert "nothing changed" in str((await fake.wait_for_callback_answer(cq)).get("text"))
    assert len([o for o in await rows(bot, DoseOccurrence) if o.status == "taken"]) == 1
    assert not await rows(bot, DoseLog)


async def test_took_it_a_quarter_of_an_hour_early_answers_the_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "gabapentin 300 mg at 8am, 2pm and 10pm")
    clock.set(dt.datetime(2026, 11, 25, 13, 45, tzinfo=NY))
    await say(fake, "/took gabapentin", "your 14:00 dose")
    assert due(await rows(bot, DoseOccurrence), 14).status == "taken"


async def test_a_skip_said_before_the_reminder_skips_that_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found in the sandbox: "skip the naproxen, stomach's bad" at 07:15 was lost (only
    "stomach's bad" was kept) and the 08:00 naproxen was reminded and missed."""
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    await add(fake, "gabapentin 300 mg at 8am, 2pm and 10pm")
    clock.set(dt.datetime(2026, 11, 25, 7, 15, tzinfo=NY))
    reply = await say(fake, "skip the naproxen, upset stomach", "skipped")
    assert "Naproxen 500 mg at 08:00 skipped (side effects)" in (reply.text or "")
    naproxen = due(await rows(bot, DoseOccurrence), 8)
    occs = [o for o in await rows(bot, DoseOccurrence) if o.due_at == naproxen.due_at]
    assert sorted((o.status, o.skip_reason) for o in occs) == [
        ("pending", None),
        ("skipped", "side_effects"),
    ]
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    assert "Gabapentin" in (msg.text or "") and "Naproxen" not in (msg.text or "")
    # Nothing of it waiting: said so, nothing recorded.
    clock.set(dt.datetime(2026, 11, 25, 11, 0, tzinfo=NY))
    await say(fake, "skipping the naproxen", "nothing to skip")
    # A bare "skip" with no reminder open decides nothing about the 14:00 gabapentin.
    await fake.press(UID, msg.message_id, "Taken")  # (missed: stored late, at the tap)
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 11:00")
    clock.set(dt.datetime(2026, 11, 25, 12, 30, tzinfo=NY))
    await say(fake, "skip", "nothing to skip")
    assert due(await rows(bot, DoseOccurrence), 14).status == "pending"
    # A medicine not in the list is said to be not in it, not "not waiting".
    reply = await say(fake, "skip the flexeril tonight, too groggy", "isn't in your list")
    assert "Cyclobenzaprine" in (reply.text or "") and "waiting" not in (reply.text or "")


async def test_a_skip_of_tonights_dose_said_in_the_afternoon_skips_that_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found in the sandbox: "skipping the naproxen tonight" at 16:25 answered "nothing to
    skip" (the 20:00 dose was more than two hours ahead) and was then reminded."""
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    clock.set(dt.datetime(2026, 11, 25, 16, 25, tzinfo=NY))
    reply = await say(fake, "skipping the naproxen tonight, stomach is off", "skipped")
    assert "Naproxen 500 mg at 20:00 skipped (side effects)" in (reply.text or "")
    assert due(await rows(bot, DoseOccurrence), 20).status == "skipped"
    assert due(await rows(bot, DoseOccurrence), 8).status != "skipped"


async def test_a_dose_taken_an_hour_early_is_asked_about(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "gabapentin 300 mg at 8am, 2pm and 10pm")
    clock.set(dt.datetime(2026, 11, 25, 7, 0, tzinfo=NY))
    ask = await say(fake, "took the gabapentin", "Was that your 08:00 dose")
    assert not await rows(bot, DoseLog)
    await fake.press(UID, ask.message_id, "Yes, my 08:00 dose")
    await fake.wait_for_edit(UID, ask.message_id, contains="taken at 07:00")
    occ = due(await rows(bot, DoseOccurrence), 8)
    assert (occ.status, occ.taken_at) == ("taken", clock.now())
    assert not await rows(bot, DoseLog)
    # The other answer logs an extra dose and leaves the 14:00 one alone.
    clock.set(dt.datetime(2026, 11, 25, 12, 45, tzinfo=NY))
    ask = await say(fake, "took a gabapentin", "Was that your 14:00 dose")
    await fake.press(UID, ask.message_id, "No, an extra one")
    await fake.wait_for_edit(UID, ask.message_id, contains="Logged")
    assert due(await rows(bot, DoseOccurrence), 14).status == "pending"
    assert len(await rows(bot, DoseLog)) == 1


async def test_a_question_answered_after_its_dose_came_keeps_the_time_it_was_said(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "took endep" at 20:10, asked "Was that your 21:00 dose?", the
    # phone put down. The 21:00 reminder came as if nothing had been said (a second
    # dose waiting to happen), and "Yes" tapped at 22:10 recorded it taken at 22:10.
    await onboard(fake)
    await add(fake, "amitriptyline 10mg 21:00")
    clock.set(dt.datetime(2026, 11, 25, 20, 10, tzinfo=NY))
    ask = await say(fake, "took the amitriptyline", "Was that your 21:00 dose")
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 21, 0, tzinfo=NY))
    assert "At 20:10 you told me you took Amitriptyline 10 mg" in (reminder.text or "")
    assert "Taken" in str(reminder.reply_markup), "Taken still answers it as ever"
    clock.set(dt.datetime(2026, 11, 25, 22, 10, tzinfo=NY))
    await fake.press(UID, ask.message_id, "Yes, my 21:00 dose")
    await fake.wait_for_edit(UID, ask.message_id, contains="taken at 20:10")
    occ = due(await rows(bot, DoseOccurrence), 21)
    said = dt.datetime(2026, 11, 25, 20, 10, tzinfo=NY).astimezone(dt.UTC)
    assert (occ.status, occ.taken_at) == ("taken", said)
    assert not await rows(bot, DoseLog)

    # Tomorrow the same, and it was an extra one: logged when it was said, not tapped;
    # tomorrow's reminder, with no question standing, says nothing of it.
    clock.set(dt.datetime(2026, 11, 26, 20, 0, tzinfo=NY))
    ask = await say(fake, "had an amitriptyline", "Was that your 21:00 dose")
    clock.set(dt.datetime(2026, 11, 26, 20, 40, tzinfo=NY))
    await fake.press(UID, ask.message_id, "No, an extra one")
    await fake.wait_for_edit(UID, ask.message_id, contains="Logged")
    logs = await rows(bot, DoseLog)
    said = dt.datetime(2026, 11, 26, 20, 0, tzinfo=NY).astimezone(dt.UTC)
    assert [(x.generic, x.taken_at) for x in logs] == [("amitriptyline", said)]
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 26, 21, 0, tzinfo=NY))
    assert "you told me" not in (reminder.text or "")


async def test_a_dose_told_twice_is_asked_about_not_counted_twice(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "pregabalin 75mg 08:00 20:00")
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await fake.press(UID, reminder.message_id, "Taken")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Taken 08:00")
    clock.set(dt.datetime(2026, 11, 25, 19, 0, tzinfo=NY))
    ask = await say(fake, "had the pregabalin at 8", "already marked taken")
    assert "08:00" in (ask.text or "")
    assert not await rows(bot, DoseLog)
    await fake.press(UID, ask.message_id, "Same dose")
    await fake.wait_for_edit(UID, ask.message_id, contains="recorded once")
    assert not await rows(bot, DoseLog)
    assert [o.status for o in await rows(bot, DoseOccurrence)][:2] == ["taken", "pending"]

    # The same words again, and this time it really was a second dose.
    ask = await say(fake, "took pregabalin at 8:10 this morning", "already marked taken")
    await fake.press(UID, ask.message_id, "Another dose")
    await fake.wait_for_edit(UID, ask.message_id, contains="Logged")
    logs = await rows(bot, DoseLog)
    assert [(x.generic, x.taken_at) for x in logs] == [
        ("pregabalin", dt.datetime(2026, 11, 25, 13, 10, tzinfo=dt.UTC))
    ]
    assert not [r for r in await rows(bot, Record) if r.kind == "dose_question"]
    # No reminder out at 19:00: a snooze is told so, not "didn't catch that", with when
    # the next one comes.
    told = await say(fake, "gimme 15", "No reminder is waiting")
    assert "Pregabalin: next reminder at 20:00" in (told.text or "")
    assert [o.status for o in await rows(bot, DoseOccurrence)][:2] == ["taken", "pending"]


async def test_a_morning_dose_told_by_a_vague_time_is_asked_about_not_counted_twice(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: the 09:00 dose tapped Taken at 10:30, then "today morning i took
    # zerodol after breakfast itself" (read as 08:00, an hour before it was due) was
    # logged as a second dose of the day.
    await onboard(fake)
    await add(fake, "naproxen 500mg 09:00 21:00")
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 10, 30, tzinfo=NY))
    await fake.press(UID, reminder.message_id, "Taken")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Taken 10:30")
    clock.set(dt.datetime(2026, 11, 25, 16, 30, tzinfo=NY))
    ask = await say(fake, "today morning i took naproxen after breakfast itself", "already marked")
    assert "09:00" in (ask.text or "")
    await fake.press(UID, ask.message_id, "Same dose")
    await fake.wait_for_edit(UID, ask.message_id, contains="recorded once")
    assert not await rows(bot, DoseLog)


async def test_a_missed_dose_said_skipped_afterwards_is_recorded_with_its_reason(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "amitriptyline 10mg 22:00")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 22, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 26, 9, 0, tzinfo=NY))
    await tick(bot)
    occ = (await rows(bot, DoseOccurrence))[0]
    assert occ.status == "missed"
    reply = await say(fake, "skipped the amitriptyline last nite, like a zombie", "skipped")
    assert "Amitriptyline 10 mg on Wed 25 Nov at 22:00 skipped (side effects)" in (reply.text or "")
    occ = (await rows(bot, DoseOccurrence))[0]
    assert (occ.status, occ.skip_reason) == ("skipped", "side_effects")


async def test_a_skip_said_for_the_morning_leaves_the_afternoon_reminder_open(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found in the sandbox: "I never took the gabapentin this morning" at 16:05 skipped the
    14:00 dose still waiting, and the morning's stayed missed."""
    await onboard(fake)
    await add(fake, "gabapentin 300 mg at 8am, 2pm and 10pm")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 16, 5, tzinfo=NY))
    await tick(bot)
    await say(fake, "I never took the gabapentin this morning", "08:00")
    occs = await rows(bot, DoseOccurrence)
    assert due(occs, 8).status == "skipped"
    assert due(occs, 14).status == "sent"


async def test_a_dose_said_for_a_clock_time_well_ahead_is_logged_as_yesterdays(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg as needed max 3 per day")
    clock.set(dt.datetime(2026, 11, 25, 19, 30, tzinfo=NY))
    said = await say(fake, "took 1 ibuprofen at 10pm, forgot to tell you", "Logged")
    # The reply names the day: "at 22:00" alone would read as tonight.
    assert "Ibuprofen 400 mg yesterday at 22:00" in (said.text or "")
    logs = await rows(bot, DoseLog)
    assert [x.taken_at for x in logs] == [dt.datetime(2026, 11, 25, 3, 0, tzinfo=dt.UTC)]
    assert not [r for r in await rows(bot, Record) if r.kind == "note"]


@pytest.mark.both_databases
async def test_a_reminder_asked_for_is_answered_with_when_it_comes_and_nothing_logged(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "naproxen 500mg 09:00 21:00")
    await add(fake, "gabapentin 300mg 08:00 14:00 22:00")
    clock.set(dt.datetime(2026, 11, 25, 7, 40, tzinfo=NY))
    told = await say(fake, "remind me to take the aleve at 9", "No reminder is waiting")
    assert "Naproxen: reminders today at 09:00 and 21:00" in (told.text or "")
    told = await say(fake, "need to take my gabapentin at 2", "No reminder is waiting")
    assert "Gabapentin: reminders today at 08:00, 14:00 and 22:00" in (told.text or "")
    assert not await rows(bot, DoseLog)
    assert {o.status for o in await rows(bot, DoseOccurrence)} <= {"pending"}
    await add(fake, "acetaminophen 500mg as needed max 6 per day")
    told = await say(fake, "remind me to take the tylenol at 3", "No reminder is waiting")
    assert "Acetaminophen is taken as needed, so it has no reminders" in (told.text or "")
    # Once the 22:00 dose is due, the same words put it off rather than log it.
    clock.set(dt.datetime(2026, 11, 25, 22, 5, tzinfo=NY))
    await say(fake, "dont let me forget the gabapentin", "Gabapentin 300 mg snoozed")
    assert not await rows(bot, DoseLog)


async def gabapentin_reminder_at_8(fake: FakeBotApi, bot: Any, clock: FakeClock) -> Any:
    """Gabapentin three times a day; its 08:00 reminder out, the clock at 08:05."""
    await onboard(fake)
    await add(fake, "gabapentin 300mg 08:00 14:00 22:00")
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 8, 5, tzinfo=NY))
    return reminder


@pytest.mark.both_databases
async def test_a_due_dose_waits_for_the_clock_time_said_before_its_next_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    reminder = await gabapentin_reminder_at_8(fake, bot, clock)
    await say(fake, "gonna take my gabapentin at 12 with lunch", "snoozed")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Snoozed until 12:00")
    occ = due(await rows(bot, DoseOccurrence), 8)
    assert occ.status == "snoozed"
    assert occ.next_at == dt.datetime(2026, 11, 25, 12, 0, tzinfo=NY).astimezone(dt.UTC)
    assert occ.cutoff_at > occ.next_at, "the wait can still be answered"


async def test_a_time_said_past_the_next_dose_is_an_ordinary_snooze(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    reminder = await gabapentin_reminder_at_8(fake, bot, clock)
    await say(fake, "gonna take the gabapentin at 3", "snoozed")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Snoozed until 08:20")


async def test_a_break_until_a_day_offers_a_pause_and_records_no_skip(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "going into hospital tomorrow for a nerve block, wont be taking
    # anything till friday" was read as a dose skipped last Friday ("no dose … that I can
    # still change"); a hospital stay is what /pause is for.
    await onboard(fake)
    await add(fake, "celecoxib 200mg 08:00")
    clock.set(dt.datetime(2026, 11, 25, 9, 30, tzinfo=NY))
    text = "going into hospital tomorrow for a nerve block, wont be taking anything till friday"
    offer = await say(fake, text, "pause all reminders")
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Pause all reminders")
    await fake.wait_for_message(UID, after=n, contains="Reminders: paused")
    assert (await rows(bot, User))[0].paused
    assert not [o for o in await rows(bot, DoseOccurrence) if o.status == "skipped"]
    # One named medicine: that one's pause is offered.
    await say(fake, "/resume", "back on")
    offer = await say(fake, "no celecoxib until after my surgery on monday", "Pause Celecoxib?")
    assert fake.buttons(offer) == ["⏸ Pause · Celecoxib"]


async def test_a_dose_told_by_its_hour_a_little_early_is_asked_not_logged_last_night(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living it: "took my gabapentin at 10" at 09:55, its 10:00 dose minutes away,
    was logged as an extra dose at 22:00 the night before (a bare hour is the most recent
    past one) and the 10:00 dose was then reminded as if untaken."""
    await onboard(fake)
    await add(fake, "gabapentin 300 mg at 10am and 6pm")
    clock.set(dt.datetime(2026, 11, 25, 9, 55, tzinfo=NY))
    ask = await say(fake, "took my gabapentin at 10", "Was that your 10:00 dose")
    assert "22:00 last night" in (ask.text or "")
    assert fake.buttons(ask) == ["✅ My 10:00 dose, just now", "At 22:00 last night"]
    assert not await rows(bot, DoseLog)
    await fake.press(UID, ask.message_id, "✅ My 10:00 dose, just now")
    await fake.wait_for_edit(UID, ask.message_id, contains="taken at 09:55")
    occ = due(await rows(bot, DoseOccurrence), 10)
    assert (occ.status, occ.taken_at) == ("taken", clock.now())
    assert not await rows(bot, DoseLog)
    # The other answer keeps the hour as it was read, and the 18:00 dose waits.
    clock.set(dt.datetime(2026, 11, 25, 17, 50, tzinfo=NY))
    ask = await say(fake, "had my gabapentin at 6", "Was that your 18:00 dose")
    await fake.press(UID, ask.message_id, "At 06:00 this morning")
    await fake.wait_for_edit(UID, ask.message_id, contains="Logged")
    assert due(await rows(bot, DoseOccurrence), 18).status == "pending"
    [log] = await rows(bot, DoseLog)
    assert log.taken_at.replace(tzinfo=dt.UTC) == dt.datetime(2026, 11, 25, 6, 0, tzinfo=NY)
    # Said with its part of the day, the hour is not asked about.
    clock.set(dt.datetime(2026, 11, 25, 17, 52, tzinfo=NY))
    said = await say(fake, "took a gabapentin at 6 this morning", "Gabapentin")
    assert "Was that" not in (said.text or "")


async def test_a_dose_told_of_last_night_does_not_answer_this_mornings_reminder(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living it: "took my gabapentin at 10pm last night" at 10:05 marked the 10:00
    reminder's dose taken at 22:00 the night before."""
    await onboard(fake)
    await add(fake, "gabapentin 300 mg at 10am and 10pm")
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 10, 5, tzinfo=NY))
    await say(fake, "took my gabapentin at 10pm last night", "Logged")
    assert due(await rows(bot, DoseOccurrence), 10).status in ("pending", "sent")
    [log] = await rows(bot, DoseLog)
    assert log.taken_at.replace(tzinfo=dt.UTC) == dt.datetime(2026, 11, 24, 22, 0, tzinfo=NY)
    # Taken a little before its time, it is still this reminder's dose.
    await say(fake, "took it at 9:30", "taken")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Taken 09:30")


@pytest.mark.both_databases
async def test_a_dose_told_early_and_its_question_left_is_taken_when_told_not_missed(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living a sandbox week (a night-shift worker): "took gaba" at 07:00, asked
    "Was that your 08:00 dose?", asleep before answering: the 08:00 dose ended missed and
    the dose he took was stored nowhere — adherence understated in the doctor's report."""
    await onboard(fake)
    await add(fake, "gabapentin 300 mg at 8am, 2pm and 10pm")
    clock.set(dt.datetime(2026, 11, 25, 7, 0, tzinfo=NY))
    ask = await say(fake, "took gaba", "Was that your 08:00 dose")
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    assert "At 07:00 you told me you took" in (reminder.text or "")
    # past the dose's cutoff (three hours), nothing answered
    for hour in (9, 10, 11, 12):
        clock.set(dt.datetime(2026, 11, 25, hour, 0, tzinfo=NY))
        await tick(bot)
    occ = due(await rows(bot, DoseOccurrence), 8)
    said = dt.datetime(2026, 11, 25, 7, 0, tzinfo=NY).astimezone(dt.UTC)
    assert (occ.status, occ.taken_at, occ.taken_late) == ("taken", said, False)
    assert not await rows(bot, DoseLog), "one dose, not an extra beside it"
    await fake.wait_for_edit(UID, reminder.message_id, contains="Taken 07:00")
    # Answered at last, "an extra one": that dose missed after all, the extra logged
    clock.set(dt.datetime(2026, 11, 25, 15, 0, tzinfo=NY))
    await fake.press(UID, ask.message_id, "No, an extra one")
    await fake.wait_for_edit(UID, ask.message_id, contains="Logged")
    assert due(await rows(bot, DoseOccurrence), 8).status == "missed"
    assert [x.taken_at for x in await rows(bot, DoseLog)] == [said]


async def test_a_dose_left_unanswered_with_no_word_of_it_is_still_missed(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "gabapentin 300 mg at 8am, 2pm and 10pm")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    for hour in (9, 10, 11, 12):
        clock.set(dt.datetime(2026, 11, 25, hour, 0, tzinfo=NY))
        await tick(bot)
    assert due(await rows(bot, DoseOccurrence), 8).status == "missed"


async def test_a_dose_told_by_its_hour_a_little_early_and_left_is_taken_when_told(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living a sandbox week: "had my 4 oclock paracetamol a bit early" at 15:45,
    asked "your 16:00 dose just now, or a dose at 04:00?", gone out: missed, and left out
    of the day's paracetamol total."""
    await onboard(fake)
    await add(fake, "acetaminophen 1000mg 08:00 12:00 16:00 22:00")
    clock.set(dt.datetime(2026, 11, 25, 15, 45, tzinfo=NY))
    await say(fake, "had my 4 oclock paracetamol a bit early", "Was that your 16:00 dose")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 16, 0, tzinfo=NY))
    for hour in (17, 18, 19, 20):
        clock.set(dt.datetime(2026, 11, 25, hour, 0, tzinfo=NY))
        await tick(bot)
    occ = due(await rows(bot, DoseOccurrence), 16)
    said = dt.datetime(2026, 11, 25, 15, 45, tzinfo=NY).astimezone(dt.UTC)
    assert (occ.status, occ.taken_at) == ("taken", said)


async def test_a_skip_chosen_in_the_past_tense_before_its_dose_skips_the_dose_ahead(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Los Angeles night shift: "skipped the cyclo, need to be awake for my kids
    today" at 05:35, the 07:30 dose still to come, was "nothing to skip" and then
    reminded; a forgotten one is still never a dose ahead."""
    await onboard(fake)
    await add(fake, "cyclobenzaprine 10mg 07:30")
    clock.set(dt.datetime(2026, 11, 25, 5, 35, tzinfo=NY))
    reply = await say(fake, "skipped the cyclo, need to be awake for my kids today", "skipped")
    assert "Cyclobenzaprine 10 mg at 07:30 skipped" in (reply.text or ""), reply.text
    at = dt.datetime(2026, 11, 25, 7, 30, tzinfo=NY)
    assert [o.status for o in await rows(bot, DoseOccurrence) if o.due_at == at] == ["skipped"]
    clock.set(dt.datetime(2026, 11, 26, 5, 35, tzinfo=NY))
    await say(fake, "forgot the cyclo this morning", "isn't due until 07:30")
    at += dt.timedelta(days=1)
    assert "skipped" not in [o.status for o in await rows(bot, DoseOccurrence) if o.due_at == at]
