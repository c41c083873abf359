"""⏭ Skip on a reminder stores the skip at the tap, its reason asked after: a tap
acknowledged is a tap stored. Tapped and left, the dose was nudged about ("Did you take
your 08:00 dose?", against what the person had just said) and then marked missed, "no
answer" to the doctor."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, occurrences, onboard, reminder_at
from tests.integration.test_skip_reason_typed import skip_menu_open
from tests.integration.test_waiting_questions import say

REASONS = ["Forgot", "Side effects", "Felt fine", "Ran out", "Other"]


def edits_of(fake: FakeBotApi, message_id: int) -> int:
    return len([e for e in fake.edits if (e.chat_id, e.message_id) == (UID, message_id)])


def nudges_since(fake: FakeBotApi, n: int) -> list[Any]:
    return [m for m in fake.messages_to(UID)[n:] if "nudge" in (m.text or "")]


async def test_skip_tapped_and_left_is_skipped_never_nudged_nor_missed(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await skip_menu_open(fake, bot, clock)
    assert fake.callback_answers[-1].get("text") == "Recorded ✅"
    menu = fake.current(UID, msg.message_id)
    assert (menu.text or "").splitlines()[2:] == [
        "• Pregabalin 75 mg — ⏭ Skipped",
        "",
        "Why are you skipping Pregabalin? (It helps your doctor.)",
    ]
    assert fake.buttons(menu) == [*REASONS, "↩️ Back"]
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.skip_reason) == ("skipped", None)
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 25, 8, 31, tzinfo=NY))
    await tick(bot)
    clock.set(dt.datetime(2026, 11, 25, 13, 0, tzinfo=NY))  # past the cutoff
    await tick(bot)
    await settled(bot)
    assert not nudges_since(fake, n), "no nudge about a dose said skipped"
    assert fake.messages_to(UID)[n:] == []
    assert (await occurrences(bot))[0].status == "skipped", "never missed"
    # The reason tapped hours on is still the skip's.
    await fake.press(UID, msg.message_id, "Side effects")
    done = await fake.wait_for_edit(UID, msg.message_id, contains="Skipped — side effects")
    assert "Why are you skipping" not in (done.message.text or "")
    assert fake.buttons(done.message) == ["↩️ Undo"]
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.skip_reason) == ("skipped", "side_effects")


async def test_a_skip_with_no_reason_reads_skipped_to_the_doctor(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await skip_menu_open(fake, bot, clock)
    clock.set(dt.datetime(2026, 11, 25, 13, 0, tzinfo=NY))
    await tick(bot)
    text = (await say(fake, "/summary", "Your week")).text or ""
    assert "1 skipped" in text
    assert "missed" not in text and "no answer" not in text


async def test_back_takes_the_skip_back_and_the_dose_is_nudged_and_missed_as_usual(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await skip_menu_open(fake, bot, clock)  # Skip at 08:02
    n_edits = edits_of(fake, msg.message_id)
    cq = await fake.press(UID, msg.message_id, "Back")
    answer = await fake.wait_for_callback_answer(cq)
    assert "Undone" in (answer.get("text") or "")
    await fake.wait_for_edit(UID, msg.message_id, after=n_edits)
    await settled(bot)
    shown = fake.current(UID, msg.message_id)
    assert fake.buttons(shown) == ["✅ Taken", "⏰ Snooze", "⏭ Skip"]
    assert "Skipped" not in (shown.text or "")
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.skip_reason, occ.answered_at) == ("sent", None, None)
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 25, 8, 40, tzinfo=NY))
    await tick(bot)
    await fake.wait_for_message(UID, after=n, contains="nudge")
    clock.set(dt.datetime(2026, 11, 25, 13, 0, tzinfo=NY))
    await tick(bot)
    await fake.wait_for_edit(UID, msg.message_id, contains="Missed")
    assert (await occurrences(bot))[0].status == "missed"


async def test_undo_after_a_reason_opens_the_dose_again(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await skip_menu_open(fake, bot, clock)
    await fake.press(UID, msg.message_id, "Forgot")
    await fake.wait_for_edit(UID, msg.message_id, contains="Skipped — forgot")
    n_edits = edits_of(fake, msg.message_id)
    await fake.press(UID, msg.message_id, "Undo")
    await fake.wait_for_edit(UID, msg.message_id, after=n_edits)
    await settled(bot)
    assert fake.buttons(fake.current(UID, msg.message_id)) == ["✅ Taken", "⏰ Snooze", "⏭ Skip"]
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.skip_reason) == ("sent", None)


async def test_ran_out_still_asks_of_a_refill(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    msg = await skip_menu_open(fake, bot, clock)
    n = len(fake.messages_to(UID))
    await fake.press(UID, msg.message_id, "Ran out")
    await fake.wait_for_edit(UID, msg.message_id, contains="Skipped — ran out")
    ask = await fake.wait_for_message(UID, after=n, contains="Refilled")
    assert "Not yet" in " ".join(fake.buttons(ask))


async def test_grouped_reminder_skip_one_and_the_others_stay_answerable(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    await add(fake, "gabapentin 300 mg at 8am, 2pm and 10pm")
    await add(fake, "pregabalin 75mg 08:00 20:00")
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    clock.advance(minutes=2)
    await fake.press(UID, msg.message_id, "Skip · Gabapentin")
    menu = await fake.wait_for_edit(UID, msg.message_id, contains="Why are you skipping")
    assert "Gabapentin 300 mg — ⏭ Skipped" in (menu.message.text or "")
    # No reason needed to answer the rest: their buttons stay under the menu.
    assert fake.buttons(menu.message) == [
        *REASONS,
        "↩️ Back",
        "✅ Taken · Ibuprofen",
        "⏰ Snooze · Ibuprofen",
        "⏭ Skip · Ibuprofen",
        "✅ Taken · Pregabalin",
        "⏰ Snooze · Pregabalin",
        "⏭ Skip · Pregabalin",
        "✅ All taken",
    ]
    await fake.press(UID, msg.message_id, "All taken")
    done = await fake.wait_for_edit(UID, msg.message_id, contains="Taken 08:02")
    assert "Why are you skipping" not in (done.message.text or "")
    assert fake.buttons(done.message) == [
        "↩️ Undo · Ibuprofen",
        "↩️ Undo · Gabapentin",
        "↩️ Undo · Pregabalin",
    ]
    by_name = {
        o.medication_id: (o.status, o.skip_reason)
        for o in await occurrences(bot)
        if o.sent_at is not None
    }
    assert sorted(by_name.values(), key=str) == [
        ("skipped", None),
        ("taken", None),
        ("taken", None),
    ]
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 25, 13, 0, tzinfo=NY))
    await tick(bot)
    assert not nudges_since(fake, n)


async def test_grouped_reminder_reason_then_all_taken(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    await add(fake, "gabapentin 300 mg at 8am, 2pm and 10pm")
    await add(fake, "pregabalin 75mg 08:00 20:00")
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await fake.press(UID, msg.message_id, "Skip · Pregabalin")
    await fake.wait_for_edit(UID, msg.message_id, contains="Why are you skipping Pregabalin")
    await fake.press(UID, msg.message_id, "Felt fine")
    await fake.wait_for_edit(UID, msg.message_id, contains="Skipped — felt fine")
    await fake.press(UID, msg.message_id, "All taken")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 08:00")
    statuses = sorted((o.status, o.skip_reason) for o in await occurrences(bot) if o.sent_at)
    assert statuses == [("skipped", "felt_fine"), ("taken", None), ("taken", None)]


async def test_back_in_a_grouped_reminder_reopens_only_that_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    await add(fake, "gabapentin 300 mg at 8am, 2pm and 10pm")
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await fake.press(UID, msg.message_id, "Taken · Ibuprofen")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 08:00")
    await fake.press(UID, msg.message_id, "Skip · Gabapentin")
    await fake.wait_for_edit(UID, msg.message_id, contains="Why are you skipping")
    await fake.press(UID, msg.message_id, "Back")
    back = await fake.wait_for_edit(UID, msg.message_id, contains="Time for your")
    await settled(bot)
    shown = fake.current(UID, back.message.message_id)
    assert fake.buttons(shown) == [
        "✅ Taken · Gabapentin",
        "⏰ Snooze · Gabapentin",
        "⏭ Skip · Gabapentin",
        "↩️ Undo · Ibuprofen",
    ]
    statuses = sorted(o.status for o in await occurrences(bot) if o.sent_at is not None)
    assert statuses == ["sent", "taken"]


async def test_a_stale_snooze_menus_back_takes_back_no_skip(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Only the Skip menu's Back takes a skip back (the one its opening stored): the
    Snooze menu's stored nothing."""
    await onboard(fake)
    await add(fake, "pregabalin 75mg 08:00 20:00")
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await fake.press(UID, msg.message_id, "Snooze")
    menu = await fake.wait_for_edit(UID, msg.message_id, contains="how long")
    back = fake.button_data(menu.message)["↩️ Back"]
    n_edits = edits_of(fake, msg.message_id)
    await fake.press(UID, msg.message_id, "Back")
    await fake.wait_for_edit(UID, msg.message_id, after=n_edits)
    await say(fake, "skip", "skipped")  # typed, no reason given
    await fake.wait_for_edit(UID, msg.message_id, contains="Skipped")
    cq = await fake.press_data(UID, msg.message_id, back)
    await fake.wait_for_callback_answer(cq)
    await settled(bot)
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.skip_reason) == ("skipped", None)


async def test_skip_on_a_dose_gone_missed_is_the_skip(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """A Skip still showing on a dose marked missed meanwhile (a stale keyboard): the
    person says it was skipped, which tells the doctor more than "no answer"; its Back
    leaves it missed again."""
    await onboard(fake)
    await add(fake, "pregabalin 75mg 08:00 20:00")
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    skip = fake.button_data(msg)["⏭ Skip"]
    clock.set(dt.datetime(2026, 11, 25, 13, 0, tzinfo=NY))
    await tick(bot)
    await fake.wait_for_edit(UID, msg.message_id, contains="Missed")
    cq = await fake.press_data(UID, msg.message_id, skip)
    assert (await fake.wait_for_callback_answer(cq)).get("text") == "Recorded ✅"
    await fake.wait_for_edit(UID, msg.message_id, contains="Why are you skipping")
    assert (await occurrences(bot))[0].status == "skipped"
    n_edits = edits_of(fake, msg.message_id)
    await fake.press(UID, msg.message_id, "Back")
    back = await fake.wait_for_edit(UID, msg.message_id, after=n_edits)
    assert "Missed" in (back.message.text or "")
    assert fake.buttons(back.message) == ["✅ Taken"]
    await settled(bot)
    assert (await occurrences(bot))[0].status == "missed"


async def test_back_in_a_grouped_reminder_keeps_one_nudge_for_its_doses(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """The dose taken back is nudged about when its reminder would have nudged, with the
    others: one "Did you take your 08:00 doses?", not a second nudge of its own."""
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    await add(fake, "gabapentin 300 mg at 8am, 2pm and 10pm")
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    clock.advance(minutes=3)
    await fake.press(UID, msg.message_id, "Skip · Gabapentin")
    await fake.wait_for_edit(UID, msg.message_id, contains="Why are you skipping")
    n_edits = edits_of(fake, msg.message_id)
    await fake.press(UID, msg.message_id, "Back")
    await fake.wait_for_edit(UID, msg.message_id, after=n_edits)
    await settled(bot)
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 25, 8, 45, tzinfo=NY))
    await tick(bot)
    await tick(bot)
    await fake.wait_for_message(UID, after=n, contains="nudge")
    await settled(bot)
    nudges = nudges_since(fake, n)
    assert len(nudges) == 1
    assert "Did you take your 08:00 doses?" in (nudges[0].text or "")
    assert "Gabapentin" in (nudges[0].text or "") and "Ibuprofen" in (nudges[0].text or "")
