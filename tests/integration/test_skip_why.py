"""A dose typed as skipped with no reason is asked why by one tap, as the reminder's own
Skip asks; the tapped reason is kept on the dose and shown on its reminder."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.storage.models import DoseOccurrence
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard, reminder_at, tick
from tests.integration.test_future_doses import due, rows
from tests.integration.test_waiting_questions import say

REASONS = ["Forgot", "Side effects", "Felt fine", "Ran out", "Other"]


async def test_a_typed_skip_is_asked_why_and_the_tap_is_kept(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "skip the naproxen" was kept with no reason, where the Skip button
    # asks one; the doctor read a skip with no why.
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    await add(fake, "gabapentin 300 mg at 8am, 2pm and 10pm")
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 8, 5, tzinfo=NY))
    reply = await say(fake, "skip the naproxen", "skipped")
    assert (reply.text or "").splitlines() == [
        "Got it: Naproxen 500 mg skipped ✅",
        "Why did you skip it? One tap — it helps your doctor.",
    ]
    assert fake.buttons(reply) == [*REASONS, "↩️ Undo"]
    await fake.press(UID, reply.message_id, "Side effects")
    edited = await fake.wait_for_edit(UID, reply.message_id, contains="Why: side effects ✅")
    assert fake.buttons(edited) == ["↩️ Undo"], "the Undo stays, the reasons go"
    skipped = [o for o in await rows(bot, DoseOccurrence) if o.status == "skipped"]
    assert [o.skip_reason for o in skipped] == ["side_effects"]
    await fake.wait_for_edit(UID, reminder.message_id, contains="Skipped — side effects")
    # A reason said in words is kept and echoed; nothing is asked.
    again = await say(fake, "skip the gabapentin, too dizzy", "skipped")
    assert (again.text or "").startswith("Got it: Gabapentin 300 mg skipped (side effects) ✅")
    assert "Why did you skip" not in (again.text or "")
    assert fake.buttons(again) == ["↩️ Undo"]


async def test_a_skip_ahead_is_asked_why_without_forgot_and_ran_out_asks_of_a_refill(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "gabapentin 300 mg at 8am, 2pm and 10pm")
    clock.set(dt.datetime(2026, 11, 25, 7, 30, tzinfo=NY))
    n = len(fake.messages_to(UID))
    reply = await say(fake, "skipping the gabapentin", "skipped")
    assert "Gabapentin 300 mg at 08:00 skipped" in (reply.text or "")
    assert fake.buttons(reply) == [r for r in REASONS if r != "Forgot"]
    await fake.press(UID, reply.message_id, "Ran out")
    await fake.wait_for_edit(UID, reply.message_id, contains="Why: ran out ✅")
    await fake.wait_for_message(UID, after=n, contains="Out of Gabapentin — ")
    assert due(await rows(bot, DoseOccurrence), 8).skip_reason == "ran_out"


async def test_a_reason_tapped_after_the_skip_was_taken_back_changes_nothing(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "gabapentin 300 mg at 8am, 2pm and 10pm")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    reply = await say(fake, "skip", "skipped")
    forgot = first_reason(reply)  # as it was sent, before the Undo's edit
    await fake.press(UID, reply.message_id, "Undo")
    await fake.wait_for_edit(UID, reply.message_id)
    before = [(o.status, o.skip_reason) for o in await rows(bot, DoseOccurrence)]
    pressed = await fake.press_data(UID, reply.message_id, forgot)
    answer = await fake.wait_for_callback_answer(pressed)
    assert "out of date" in (answer.get("text") or "")
    assert [(o.status, o.skip_reason) for o in await rows(bot, DoseOccurrence)] == before


def first_reason(reply: Any) -> str:
    """The data of the reply's first reason button as it was sent (before any edit)."""
    markup = reply.reply_markup or {}
    return str(markup["inline_keyboard"][0][0]["callback_data"])


async def test_a_skip_said_after_its_dose_went_by_untaken_skips_that_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it (Dublin): at 00:40, "skip the lyrica, too groggy" of the 20:00 dose
    # marked missed was "No dose of Pregabalin is waiting right now" — the generic's name
    # for a Lyrica, and the dose left missed with no reason.
    await onboard(fake)
    await add(fake, "lyrica 75mg 08:00 20:00")
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 26, 0, 40, tzinfo=NY))
    await tick(bot)
    await fake.wait_for_edit(UID, msg.message_id, contains="Missed")
    reply = await say(fake, "skip the lyrica, too groggy", "skipped")
    assert (reply.text or "").startswith(
        "Noted: Lyrica 75 mg on Wed 25 Nov at 20:00 skipped (side effects)."
    )
    assert "Why did you skip" not in (reply.text or "")
    await fake.wait_for_edit(UID, msg.message_id, contains="Skipped — side effects")
    evening = [o for o in await rows(bot, DoseOccurrence) if o.status == "skipped"]
    assert [(o.due_at.astimezone(NY).hour, o.skip_reason) for o in evening] == [
        (20, "side_effects")
    ]
    # With nothing of it left to skip, the medicine is named as on the list.
    nothing = await say(fake, "skip the lyrica", "nothing to skip")
    assert "No dose of Lyrica" in (nothing.text or "") and "Pregabalin" not in (nothing.text or "")


async def test_forgot_the_dose_of_a_time_said_skips_that_reminders_doses(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Dublin: "he forgot the 2 oclock one" at 17:00, the 14:00 dose missed,
    asked about the 08:00 one marked taken; the skip and its reason were lost."""
    await onboard(fake)
    await add(fake, "paracetamol 1g 08:00 14:00 18:00 22:00")
    first = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await fake.press(UID, first.message_id, "Taken")
    await fake.wait_for_edit(UID, first.message_id, contains="Taken")
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 17, 0, tzinfo=NY))
    await tick(bot)
    await fake.wait_for_edit(UID, msg.message_id, contains="Missed")
    reply = await say(fake, "I forgot the 2 oclock one", "skipped")
    assert "at 14:00 skipped (forgot)" in (reply.text or "")
    assert "marked as taken" not in (reply.text or "")
    done = {
        o.due_at.astimezone(NY).hour: (o.status, o.skip_reason)
        for o in await rows(bot, DoseOccurrence)
        if o.due_at.astimezone(NY).day == 25
    }
    assert done[8][0] == "taken" and done[14] == ("skipped", "forgot")


async def test_a_once_a_day_dose_told_hours_after_it_went_missed_is_it_taken_late(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Auckland: the 07:00 prednisone went missed; "had my prednisone" at 15:00
    logged an extra 40 mg beside the missed dose instead of that dose, taken late."""
    await onboard(fake)
    await add(fake, "prednisone 40mg 07:00")
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 7, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 11, 0, tzinfo=NY))
    await tick(bot)
    await fake.wait_for_edit(UID, msg.message_id, contains="Missed")
    clock.set(dt.datetime(2026, 11, 25, 15, 0, tzinfo=NY))
    await say(fake, "had my prednisone", "Prednisone")
    day = [o for o in await rows(bot, DoseOccurrence) if o.due_at.astimezone(NY).day == 25]
    assert [(o.status, o.taken_late) for o in day] == [("taken", True)]
    from bot.storage.models import DoseLog

    assert not await rows(bot, DoseLog), "no extra dose beside it"


async def test_forgot_the_weekly_tablet_skips_the_weekly_one_only(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Glasgow: "forgot her weekly bone tablet this morning" marked the open
    08:00 co-codamol and the rest forgotten, and left the weekly tablet missed."""
    await onboard(fake)  # Wednesday 25 November
    await add(fake, "alendronic acid 70mg 07:00 on wednesdays")
    await add(fake, "paracetamol 1g 08:00 20:00")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 7, 0, tzinfo=NY))
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 9, 5, tzinfo=NY))
    reply = await say(fake, "I forgot my weekly bone tablet this morning", "skipped")
    assert "Alendronic acid 70 mg skipped (forgot)" in (reply.text or "")
    day = {
        o.due_at.astimezone(NY).hour: (o.status, o.skip_reason)
        for o in await rows(bot, DoseOccurrence)
        if o.due_at.astimezone(NY).day == 25
    }
    assert day[7] == ("skipped", "forgot")
    assert day[8][0] != "skipped", "the paracetamol was never said to be forgotten"


async def test_forgot_a_dose_not_yet_due_keeps_it_and_its_reminder(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it (Toronto): at 05:35, "forgot the naproxen this am" (due 08:00 and
    # 20:00, last night's taken) recorded the 08:00 dose skipped (forgot) and cancelled
    # its reminder before it was due.
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    evening = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    await fake.press(UID, evening.message_id, "Taken")
    await fake.wait_for_edit(UID, evening.message_id, contains="Taken")
    clock.set(dt.datetime(2026, 11, 26, 5, 35, tzinfo=NY))
    reply = await say(fake, "forgot the naproxen this am", "isn't due until 08:00")
    assert (reply.text or "") == (
        "Your Naproxen 500 mg isn't due until 08:00, so nothing's been missed yet — I've left "
        "it as it is and I'll still remind you at 08:00."
    )
    assert not fake.buttons(reply)
    morning_due = dt.datetime(2026, 11, 26, 8, 0, tzinfo=NY).astimezone(dt.UTC)
    occs = await rows(bot, DoseOccurrence)
    assert next(o for o in occs if o.due_at == morning_due).status == "pending"
    morning = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 26, 8, 0, tzinfo=NY))
    assert "Naproxen 500 mg" in (morning.text or "")
    # Said of the dose gone by, it is that one: "this am" at 10:35 is the 08:00 dose.
    clock.set(dt.datetime(2026, 11, 26, 10, 35, tzinfo=NY))
    await say(fake, "forgot the naproxen this am", "skipped (forgot)")
    occs = await rows(bot, DoseOccurrence)
    assert next(o for o in occs if o.due_at == morning_due).status == "skipped"


async def test_forgot_a_dose_not_yet_due_offers_last_nights_still_open(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 26, 5, 35, tzinfo=NY))
    await tick(bot)  # last night's goes by unanswered
    reply = await say(fake, "forgot the naproxen this am", "isn't due until 08:00")
    assert "Your 20:00 dose of Naproxen 500 mg on Wed 25 Nov has no answer yet." in (
        reply.text or ""
    )
    assert fake.buttons(reply) == ["⏭ The 20:00 one: skipped (forgot)"]
    await fake.press(UID, reply.message_id, "The 20:00 one")
    await fake.wait_for_edit(UID, reply.message_id, contains="Skipped — forgot")
    occs = await rows(bot, DoseOccurrence)
    last_night = due(occs, 20)
    assert (last_night.status, last_night.skip_reason) == ("skipped", "forgot")
    morning = dt.datetime(2026, 11, 26, 8, 0, tzinfo=NY).astimezone(dt.UTC)
    assert next(o for o in occs if o.due_at == morning).status == "pending"
