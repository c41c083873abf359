"""A dose answered by mistake is set right by the person: Undo on the reminder, Undo
under a typed answer, and "I never took it" after it was marked taken."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, occurrences, onboard, reminder_at

EIGHT = dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY)


async def _reminder(fake: FakeBotApi, bot: Any, clock: FakeClock, *lines: str) -> Any:
    await onboard(fake)
    for line in lines:
        await add(fake, line)
    return await reminder_at(fake, bot, clock, EIGHT)


def _edits(fake: FakeBotApi, message_id: int) -> int:
    return sum(1 for e in fake.edits if e.message_id == message_id)


async def _press(
    fake: FakeBotApi, message_id: int, label: str, then: str, *, shown: int | None = None
) -> Any:
    """Press `label` and wait for the message `shown` (default: the pressed one) to be
    redrawn to show `then`; returns the callback query's answer."""
    target = message_id if shown is None else shown
    n = _edits(fake, target)
    cq = await fake.press(UID, message_id, label)
    toast = await fake.wait_for_callback_answer(cq)
    await fake.wait_for_edit(UID, target, contains=then, after=n)
    return toast


async def _texted(fake: FakeBotApi, text: str, contains: str) -> Any:
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, text)
    return await fake.wait_for_message(UID, after=n, contains=contains)


async def test_undo_on_the_reminder_brings_its_buttons_back(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await _reminder(fake, bot, clock, "naproxen 500mg 08:00 20:00")
    clock.advance(minutes=2)
    await fake.press(UID, msg.message_id, "Taken")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 08:02")
    assert fake.buttons(fake.current(UID, msg.message_id)) == ["↩️ Undo"]

    clock.advance(minutes=10)
    toast = await _press(fake, msg.message_id, "Undo", "Time for your")
    assert "Undone" in (toast.get("text") or "")
    shown = fake.current(UID, msg.message_id)
    assert "Taken 08:02" not in (shown.text or "")
    assert {"✅ Taken", "⏰ Snooze", "⏭ Skip"} <= set(fake.buttons(shown))
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.taken_at, occ.answered_at) == ("sent", None, None)

    # Answered again, as it really was: skipped, felt fine.
    await fake.press(UID, msg.message_id, "Skip")
    await fake.wait_for_edit(UID, msg.message_id, contains="Why")
    await fake.press(UID, msg.message_id, "Felt fine")
    await fake.wait_for_edit(UID, msg.message_id, contains="Skipped — felt fine")
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.skip_reason, occ.taken_at) == ("skipped", "felt_fine", None)


async def test_undone_dose_is_missed_at_its_cutoff_without_a_nudge(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await _reminder(fake, bot, clock, "naproxen 500mg 08:00 20:00")
    await fake.press(UID, msg.message_id, "Taken")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 08:00")
    await _press(fake, msg.message_id, "Undo", "Time for your")
    n = len(fake.messages_to(UID))
    clock.advance(minutes=45)  # past the follow-up's time: the person has just been here
    await tick(bot)
    assert len(fake.messages_to(UID)) == n
    clock.set(dt.datetime(2026, 11, 25, 11, 0, tzinfo=NY))
    await tick(bot)
    await fake.wait_for_edit(UID, msg.message_id, contains="Missed")
    assert (await occurrences(bot))[0].status == "missed"


async def test_undo_after_the_cutoff_leaves_it_missed_and_takeable(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await _reminder(fake, bot, clock, "naproxen 500mg 08:00 20:00")
    await fake.press(UID, msg.message_id, "Taken")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 08:00")
    clock.set(dt.datetime(2026, 11, 25, 15, 0, tzinfo=NY))
    await _press(fake, msg.message_id, "Undo", "Missed")
    assert fake.buttons(fake.current(UID, msg.message_id)) == ["✅ Taken"]
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.taken_at) == ("missed", None)


async def test_a_dose_over_a_day_old_stays_as_it_is(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await _reminder(fake, bot, clock, "naproxen 500mg 08:00 20:00")
    await fake.press(UID, msg.message_id, "Taken")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 08:00")
    edits = len(fake.edits)
    clock.set(EIGHT + dt.timedelta(days=1, minutes=1))
    cq = await fake.press(UID, msg.message_id, "Undo")
    toast = await fake.wait_for_callback_answer(cq)
    assert "more than a day old" in (toast.get("text") or "")
    assert len(fake.edits) == edits
    assert (await occurrences(bot))[0].status == "taken"


async def test_undo_in_a_grouped_reminder_takes_back_that_dose_only(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await _reminder(
        fake, bot, clock, "ibuprofen 400mg 08:00 20:00", "gabapentin 300 mg at 8am, 2pm and 10pm"
    )
    await fake.press(UID, msg.message_id, "All taken")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 08:00")
    labels = fake.buttons(fake.current(UID, msg.message_id))
    assert labels == ["↩️ Undo · Ibuprofen", "↩️ Undo · Gabapentin"]
    await _press(fake, msg.message_id, "Undo · Gabapentin", "Time for your")
    by_name = {o.medication_id: o.status for o in await occurrences(bot) if o.sent_at}
    assert sorted(by_name.values()) == ["sent", "taken"]
    labels = fake.buttons(fake.current(UID, msg.message_id))
    assert "↩️ Undo · Ibuprofen" in labels and "✅ Taken · Gabapentin" in labels


async def test_a_typed_answer_has_its_own_undo(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await _reminder(fake, bot, clock, "naproxen 500mg 08:00 20:00")
    clock.advance(minutes=4)
    ack = await _texted(fake, "yup took em", "Got it")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 08:04")
    assert fake.buttons(ack) == ["↩️ Undo"]
    undo_data = fake.button_data(ack)["↩️ Undo"]
    n = _edits(fake, msg.message_id)
    await _press(fake, ack.message_id, "Undo", "Undone")
    assert "08:00 Naproxen" in (fake.current(UID, ack.message_id).text or "")
    await fake.wait_for_edit(UID, msg.message_id, contains="Time for your", after=n)
    assert "✅ Taken" in fake.buttons(fake.current(UID, msg.message_id))
    assert (await occurrences(bot))[0].status == "sent"
    # A second press finds nothing left to take back.
    cq = await fake.press_data(UID, ack.message_id, undo_data)
    toast = await fake.wait_for_callback_answer(cq)
    assert "nothing left to undo" in (toast.get("text") or "")


async def test_never_took_it_after_it_was_marked_taken_is_offered_as_a_correction(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await _reminder(fake, bot, clock, "naproxen 500mg 08:00 20:00")
    await _texted(fake, "yup took em", "Got it")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 08:00")

    clock.set(dt.datetime(2026, 11, 25, 13, 30, tzinfo=NY))
    card = await _texted(fake, "never took the naproxen this morning, sorry", "marked as taken")
    assert "08:00 Naproxen" in (card.text or "")
    assert fake.buttons(card) == ["↩️ Not taken", "✅ I did take it"]
    assert (await occurrences(bot))[0].status == "taken", "words alone change nothing"
    n = _edits(fake, msg.message_id)
    await _press(fake, card.message_id, "Not taken", "Undone")
    await fake.wait_for_edit(UID, msg.message_id, contains="Missed", after=n)
    assert (await occurrences(bot))[0].status == "missed"


async def test_i_did_take_it_keeps_the_record(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    msg = await _reminder(fake, bot, clock, "naproxen 500mg 08:00 20:00")
    await fake.press(UID, msg.message_id, "Taken")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 08:00")
    clock.advance(hours=2)
    card = await _texted(fake, "I didn't take my naproxen", "marked as taken")
    await fake.press(UID, card.message_id, "I did take it")
    await fake.wait_for_edit(UID, card.message_id, contains="stays marked as taken")
    assert (await occurrences(bot))[0].status == "taken"


async def test_skipping_a_later_dose_is_not_read_as_a_correction(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await _reminder(fake, bot, clock, "naproxen 500mg 08:00 20:00")
    await fake.press(UID, msg.message_id, "Taken")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 08:00")
    clock.set(dt.datetime(2026, 11, 25, 19, 0, tzinfo=NY))
    said = await _texted(fake, "skipping the naproxen tonight, stomach's off", "Naproxen")
    assert "marked as taken" not in (said.text or "")
    statuses = [o.status for o in await occurrences(bot)][:2]
    assert statuses == ["taken", "skipped"]


async def test_a_missed_dose_said_taken_is_redrawn_on_its_reminder(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found in the sandbox: "took my gabapentin at 8" after the cutoff was recorded, but
    its reminder still said "Missed — tap Taken if you did take it"."""
    msg = await _reminder(fake, bot, clock, "gabapentin 300mg 08:00 14:00 22:00")
    clock.set(dt.datetime(2026, 11, 25, 11, 30, tzinfo=NY))
    await tick(bot)
    await fake.wait_for_edit(UID, msg.message_id, contains="Missed")
    n = _edits(fake, msg.message_id)
    reply = await _texted(fake, "yup took my gabapentin at 8", "08:00 dose")
    # (taken at its time: on time, however late it was told)
    assert "late" not in (reply.text or "") and fake.buttons(reply) == ["↩️ Undo"]
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 08:00", after=n)
    redrawn = fake.current(UID, msg.message_id)
    assert fake.buttons(redrawn) == ["↩️ Undo"] and "(late)" not in (redrawn.text or "")


async def test_forgot_yesterday_of_a_dose_marked_taken_asks_which_is_true(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "forgot the cymbalta yesterday i think" of a dose tapped Taken was
    # answered "No dose of Duloxetine is waiting right now, so there's nothing to skip".
    msg = await _reminder(fake, bot, clock, "duloxetine 60mg 08:00")
    await fake.press(UID, msg.message_id, "Taken")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 08:00")
    clock.set(dt.datetime(2026, 11, 26, 7, 30, tzinfo=NY))
    card = await _texted(fake, "forgot the cymbalta yesterday i think", "marked as taken")
    assert "Your 08:00 Duloxetine 60 mg yesterday is marked as taken" in (card.text or "")
    assert fake.buttons(card) == ["↩️ Not taken", "✅ I did take it"]
    await _press(fake, card.message_id, "Not taken", "Undone")
    assert (await occurrences(bot))[0].status == "missed"
    # Said of a day with no dose of it at all: nothing to change, and it says so.
    await _texted(fake, "missed my duloxetine on monday", "from then that I can still change")


async def test_forgot_yesterday_never_skips_todays_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: at 07:30, "forgot the cymbalta yesterday" recorded today's 08:00
    # dose skipped ("I won't remind you about it") and kept yesterday's as it was.
    msg = await _reminder(fake, bot, clock, "duloxetine 60mg 08:00")
    await fake.press(UID, msg.message_id, "Taken")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 08:00")
    clock.set(dt.datetime(2026, 11, 26, 7, 30, tzinfo=NY))
    await _texted(fake, "forgot the cymbalta yesterday i think", "marked as taken")
    today = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 26, 8, 0, tzinfo=NY))
    assert "Time for your 08:00 dose" in (today.text or "")
    assert [o.status for o in await occurrences(bot)][:2] == ["taken", "sent"]
