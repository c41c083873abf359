"""Doses told as gone by ("forgot my morning pills") are skipped with the reason, and a
dose told as taken twice is one dose and one more. Through the real Application."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.storage.models import DoseLog, DoseOccurrence, Medication
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard, reminder_at
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say


async def _today(bot: Any) -> dict[tuple[str, str], tuple[str, str | None]]:
    occs: list[DoseOccurrence] = await rows(bot, DoseOccurrence)
    day = dt.date(2026, 11, 25)
    names = {m.id: m.name.capitalize() for m in await rows(bot, Medication)}
    return {
        (names[o.medication_id], o.local_time): (o.status, o.skip_reason)
        for o in occs
        if o.local_date == day
    }


async def test_forgot_my_morning_pills_skips_those_and_no_other(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: late in the day "forgot my morning pills" was "No dose of any
    # medicine is waiting right now" — the doctor's page then read "no answer" for a known
    # reason; and with the 14:00 reminder out, an unnamed skip would take that one.
    await onboard(fake)
    await add(fake, "meloxicam 15mg 08:00")
    await add(fake, "gabapentin 300mg 08:00 14:00")
    morning = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 14, 30, tzinfo=NY))
    reply = await say(fake, "forgot my morning pills", "skipped")
    assert "Meloxicam 15 mg, Gabapentin 300 mg on Wed 25 Nov at 08:00 skipped (forgot)" in (
        reply.text or ""
    )
    await fake.wait_for_edit(UID, morning.message_id, contains="Skipped — forgot")
    state = await _today(bot)
    assert state[("Meloxicam", "08:00")] == ("skipped", "forgot")
    assert state[("Gabapentin", "08:00")] == ("skipped", "forgot")
    assert state[("Gabapentin", "14:00")][0] == "sent", "the afternoon's reminder is untouched"


async def test_forgot_with_the_morning_reminder_still_open_answers_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "meloxicam 15mg 08:00")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 11, 0, tzinfo=NY))
    await say(fake, "forgot my morning pills", "Meloxicam 15 mg skipped")
    assert (await _today(bot))[("Meloxicam", "08:00")] == ("skipped", "forgot")


async def test_twice_this_morning_is_the_dose_and_one_more(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "oops i took my gabapentin twice this morning" answered the 08:00
    # dose and the second capsule was lost from the day's total.
    await onboard(fake)
    await add(fake, "gabapentin 300mg 08:00 20:00")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 11, 0, tzinfo=NY))
    reply = await say(fake, "oops i took my gabapentin twice this morning", "extra dose")
    text = reply.text or ""
    assert "Gabapentin 300 mg taken" in text
    assert "+ Gabapentin 300 mg more at 08:00, as an extra dose" in text
    assert set(fake.button_data(reply)) == {"↩️ Undo", "↩️ Undo the extra dose"}
    (log,) = await rows(bot, DoseLog)
    assert (log.generic, log.count) == ("gabapentin", 1)
    state = await _today(bot)
    assert state[("Gabapentin", "08:00")][0] == "taken"
    # The extra is taken back on its own; the dose stays taken.
    await fake.press(UID, reply.message_id, "Undo the extra dose")
    await fake.wait_for_edit(UID, reply.message_id, contains="Undone")
    assert not await rows(bot, DoseLog)
    assert (await _today(bot))[("Gabapentin", "08:00")][0] == "taken"


async def test_took_them_all_after_the_reminder_went_by_answers_the_whole_group(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: at 13:00 "took everything" for the 08:00 ibuprofen and gabapentin,
    # both gone by, marked the ibuprofen only; the gabapentin stayed "missed".
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    await add(fake, "gabapentin 300mg 08:00 14:00 22:00")
    morning = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 13, 0, tzinfo=NY))
    await tick(bot)
    await fake.wait_for_edit(UID, morning.message_id, contains="Missed")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "took everything")
    await fake.wait_for_message(UID, after=n, contains="Gabapentin 300 mg — your 08:00 dose")
    replies = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert any("Ibuprofen 400 mg — your 08:00 dose, taken late" in r for r in replies)
    assert not any("Was that your 14:00 dose" in r for r in replies), "never asked"
    state = await _today(bot)
    assert state[("Ibuprofen", "08:00")][0] == "taken"
    assert state[("Gabapentin", "08:00")][0] == "taken"
    assert state[("Gabapentin", "14:00")][0] == "pending"


async def test_my_8pm_ones_told_at_10_are_the_8pm_doses_not_the_10pm_one(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "took both my 8pm ones at 10", sent as the 22:00 reminder came,
    # answered that reminder and left the 20:00 doses "no answer".
    await onboard(fake)
    await add(fake, "gabapentin 300mg 20:00")
    await add(fake, "cyclobenzaprine 10mg 20:00")
    await add(fake, "naproxen 500mg 22:00")
    evening = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 22, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 22, 10, tzinfo=NY))
    reply = await say(fake, "took both my 8pm ones at 10", "taken")
    text = reply.text or ""
    assert "Gabapentin" in text and "Cyclobenzaprine" in text and "Naproxen" not in text, text
    await fake.wait_for_edit(UID, evening.message_id, contains="Taken")
    state = await _today(bot)
    assert state[("Gabapentin", "20:00")][0] == "taken"
    assert state[("Cyclobenzaprine", "20:00")][0] == "taken"
    assert state[("Naproxen", "22:00")][0] == "sent", "the 22:00 reminder is still open"
    assert not await rows(bot, DoseLog), "no extra dose"
    taken = [o for o in await rows(bot, DoseOccurrence) if o.status == "taken"]
    assert len(taken) == 2
    assert all(o.taken_at and o.taken_at.astimezone(NY).hour == 22 for o in taken)


async def test_the_tablets_told_beside_the_patch_are_the_reminders_other_doses(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "I changed the patch this morning. And I took the tablets." kept
    # the patch and dropped the tablets, as if the unnamed half only qualified it.
    await onboard(fake)
    await add(fake, "baclofen 10mg 07:00")
    await add(fake, "lidocaine 5% patch 08:00")
    await add(fake, "paracetamol 1g 08:00 14:00")
    await add(fake, "celecoxib 200mg 08:00")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 7, 0, tzinfo=NY))
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 10, 30, tzinfo=NY))
    reply = await say(fake, "I changed the patch this morning. And I took the tablets.", "taken")
    text = reply.text or ""
    assert "Paracetamol" in text and "Celecoxib" in text, text
    state = await _today(bot)
    assert state[("Lidocaine patch", "08:00")][0] == "taken"
    assert state[("Paracetamol", "08:00")][0] == "taken"
    assert state[("Celecoxib", "08:00")][0] == "taken"
    assert state[("Baclofen", "07:00")][0] == "sent", "another reminder's dose is untouched"


async def test_an_unnamed_word_beside_a_named_dose_still_only_qualifies_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "paracetamol 1g 08:00")
    await add(fake, "celecoxib 200mg 08:00")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 8, 20, tzinfo=NY))
    await say(fake, "took the celecoxib, took it with breakfast", "taken")
    state = await _today(bot)
    assert state[("Celecoxib", "08:00")][0] == "taken"
    assert state[("Paracetamol", "08:00")][0] == "sent"


async def test_a_dose_forgotten_and_taken_after_midnight_is_that_dose_late(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it (a night-shift nurse): "shit forgot my lyrica at 2100, just took it
    # now" at 04:10 recorded the 21:00 dose skipped (forgot) and an extra dose beside it
    await onboard(fake)
    await add(fake, "pregabalin 75mg 09:00 21:00")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 21, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 26, 4, 10, tzinfo=NY))
    await tick(bot)
    reply = await say(fake, "shit forgot my lyrica at 2100, just took it now", "taken late")
    assert "21:00" in (reply.text or "")
    assert (await _today(bot))[("Pregabalin", "21:00")][0] == "taken"
    assert not await rows(bot, DoseLog), "no extra dose beside it"
