"""Taken tapped on a dose already marked missed is stored at once, late, at the tap — the
person told us now — with "🕗 I took it at 22:00" offered beside it. It used to ask "When
did you take it?" first and store nothing until answered: a person who tapped Taken and
went on with their day kept a missed dose ("no answer" to the doctor). The offer keeps
what the question was for: the 22:00 pregabalin tapped at 07:45 ("I did take it last
night") is set right in one tap, and the acetaminophen count follows. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from bot.app import deps_of
from bot.storage.models import DoseLog
from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, occurrences, onboard, reminder_at

ASKED = "When did you take"
AT_DUE = "🕗 I took it at 22:00"
NIGHT = dt.datetime(2026, 11, 25, 22, 0, tzinfo=NY)
MORNING = dt.datetime(2026, 11, 26, 7, 45, tzinfo=NY)


async def _missed_overnight(fake: FakeBotApi, bot: Any, clock: FakeClock) -> Any:
    """The 22:00 reminder sent and left unanswered till 07:45 next morning (marked missed
    at its cutoff, 01:00); the reminder message."""
    msg = await reminder_at(fake, bot, clock, NIGHT)
    clock.set(MORNING)
    await tick(bot)
    await fake.wait_for_edit(UID, msg.message_id, contains="Missed")
    return msg


async def _pregabalin_missed(fake: FakeBotApi, bot: Any, clock: FakeClock) -> Any:
    """Bedtime pregabalin's 22:00 reminder, missed overnight."""
    await onboard(fake)
    await add(fake, "pregabalin 75mg 08:00 22:00")
    return await _missed_overnight(fake, bot, clock)


def _edits(fake: FakeBotApi, msg: Any) -> int:
    return len([e for e in fake.edits if (e.chat_id, e.message_id) == (UID, msg.message_id)])


async def _late_taken(fake: FakeBotApi, msg: Any) -> Any:
    """Taken pressed on the missed reminder: recorded at once; the reminder as redrawn."""
    n = _edits(fake, msg)
    cq = await fake.press(UID, msg.message_id, "Taken")
    answer = await fake.wait_for_callback_answer(cq)
    assert "Recorded" in answer.get("text", ""), "the tap itself is stored"
    edit = await fake.wait_for_edit(UID, msg.message_id, contains="✅ Taken", after=n)
    assert ASKED not in (edit.message.text or ""), "no question stands before the answer"
    return edit.message


async def _night_dose(bot: Any) -> Any:
    return next(o for o in await occurrences(bot) if o.due_at == NIGHT)


async def test_a_late_tap_is_stored_at_once_and_one_tap_sets_the_due_time(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await _pregabalin_missed(fake, bot, clock)
    shown = await _late_taken(fake, msg)
    assert "Pregabalin 75 mg — ✅ Taken Thu 26 Nov, 07:45 (late)" in (shown.text or "")
    assert fake.buttons(shown) == ["↩️ Undo", AT_DUE]
    occ = await _night_dose(bot)
    assert (occ.status, occ.taken_at, occ.taken_late) == ("taken", MORNING, True)

    n = _edits(fake, msg)
    cq = await fake.press(UID, msg.message_id, "I took it at 22:00")
    assert "Recorded" in (await fake.wait_for_callback_answer(cq)).get("text", "")
    shown = (await fake.wait_for_edit(UID, msg.message_id, contains="✅ Taken", after=n)).message
    assert "Pregabalin 75 mg — ✅ Taken 22:00\n" in (shown.text or "") + "\n"
    assert "late" not in (shown.text or "")
    occ = await _night_dose(bot)
    assert (occ.status, occ.taken_at, occ.taken_late) == ("taken", NIGHT, False)

    # The Undo after a Taken still takes it back: missed again, and Taken stores it again.
    assert fake.buttons(shown) == ["↩️ Undo"]
    n = _edits(fake, msg)
    cq = await fake.press(UID, msg.message_id, "Undo")
    await fake.wait_for_callback_answer(cq)
    await fake.wait_for_edit(UID, msg.message_id, contains="Missed", after=n)
    assert (await _night_dose(bot)).status == "missed"
    await _late_taken(fake, msg)


async def test_a_late_tap_left_alone_stays_taken_and_is_counted_taken(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # The person taps Taken and goes on with their day: the dose is theirs, taken (late).
    await onboard(fake)
    await add(fake, "cyclobenzaprine 10mg 22:00")
    msg = await _missed_overnight(fake, bot, clock)
    await _late_taken(fake, msg)
    clock.set(MORNING + dt.timedelta(hours=1))
    await tick(bot)
    await settled(bot)
    occ = await _night_dose(bot)
    assert (occ.status, occ.taken_at, occ.taken_late) == ("taken", MORNING, True)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/summary")
    summary = (await fake.wait_for_message(UID, after=n, contains="Your week")).text or ""
    assert "1 of 1 taken" in summary and "missed" not in summary, summary


async def test_took_it_at_a_time_typed_after_a_late_tap_sets_that_time(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await _pregabalin_missed(fake, bot, clock)
    await _late_taken(fake, msg)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "took it at 23:30")
    asked = await fake.wait_for_message(UID, after=n, contains="the same dose")
    await fake.press(UID, asked.message_id, "Same dose")
    await fake.wait_for_edit(UID, asked.message_id, contains="taken at 23:30, not 07:45")
    await fake.wait_for_edit(UID, msg.message_id, contains="✅ Taken 23:30")
    occ = await _night_dose(bot)
    at = NIGHT + dt.timedelta(hours=1, minutes=30)
    assert (occ.status, occ.taken_at, occ.taken_late) == ("taken", at, False)
    async with deps_of(bot).sessions() as s:
        assert await s.scalar(select(func.count()).select_from(DoseLog)) == 0, "no extra dose"


async def test_a_tap_before_the_cutoff_is_stored_at_once_as_before(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "pregabalin 75mg 08:00 22:00")
    msg = await reminder_at(fake, bot, clock, NIGHT)
    clock.set(NIGHT + dt.timedelta(hours=2, minutes=30))  # the cutoff is 01:00
    await tick(bot)
    cq = await fake.press(UID, msg.message_id, "Taken")
    assert "Recorded" in (await fake.wait_for_callback_answer(cq)).get("text", "")
    shown = await fake.wait_for_edit(UID, msg.message_id, contains="✅ Taken")
    assert "✅ Taken Thu 26 Nov, 00:30" in (shown.message.text or "")
    assert ASKED not in (shown.message.text or "")
    occ = await _night_dose(bot)
    assert (occ.taken_at, occ.taken_late) == (NIGHT + dt.timedelta(hours=2, minutes=30), False)


async def test_taken_and_its_correction_pressed_twice_store_one_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await _pregabalin_missed(fake, bot, clock)
    shown = await _late_taken(fake, msg)
    taken = fake.button_data(shown)[AT_DUE]
    # A double tap on a slow phone: the correction twice, then Taken on the old keyboard.
    due = [await fake.press_data(UID, msg.message_id, taken) for _ in range(2)]
    answers = [(await fake.wait_for_callback_answer(t)).get("text", "") for t in due]
    await settled(bot)
    assert answers.count("Recorded ✅") == 1 and "Already recorded" in answers[1], answers
    occ = await _night_dose(bot)
    assert (occ.status, occ.taken_at, occ.taken_late) == ("taken", NIGHT, False)
    assert [o.status for o in await occurrences(bot)].count("taken") == 1
    async with deps_of(bot).sessions() as s:
        assert await s.scalar(select(func.count()).select_from(DoseLog)) == 0, "no extra dose"
    await fake.wait_for_edit(UID, msg.message_id, contains="✅ Taken 22:00")


async def _tap(fake: FakeBotApi, bot: Any, clock: FakeClock, when: dt.datetime) -> int:
    """The reminder of `when` answered Taken on time; messages in the chat before it."""
    msg = await reminder_at(fake, bot, clock, when)
    n = len(fake.messages_to(UID))
    await fake.press(UID, msg.message_id, "Taken")
    await fake.wait_for_edit(UID, msg.message_id, contains="✅ Taken")
    return n


def _alarms(fake: FakeBotApi, n: int) -> list[str]:
    return [m.text or "" for m in fake.messages_to(UID)[n:] if "🛑" in (m.text or "")]


async def _paracetamol_day_with_a_late_tap(
    fake: FakeBotApi, bot: Any, clock: FakeClock, answer: str
) -> int:
    """Acetaminophen 1 g four times a day (the label's 4 g): the first day's 08:00, 12:00
    and 16:00 tapped on time, 22:00 tapped at 07:45 next morning, corrected by `answer`
    if any,
    then the next day's 08:00, 12:00 and 16:00 on time; messages before the first tap."""
    await onboard(fake)
    await add(fake, "acetaminophen 1000mg 08:00 12:00 16:00 22:00")
    first = len(fake.messages_to(UID))
    for hour in (8, 12, 16):
        await _tap(fake, bot, clock, dt.datetime(2026, 11, 25, hour, 0, tzinfo=NY))
    msg = await _missed_overnight(fake, bot, clock)
    await _late_taken(fake, msg)
    if answer:
        n = _edits(fake, msg)
        await fake.press(UID, msg.message_id, answer)
        await fake.wait_for_edit(UID, msg.message_id, contains="✅ Taken 22:00", after=n)
    for hour in (8, 12, 16):
        await _tap(fake, bot, clock, dt.datetime(2026, 11, 26, hour, 0, tzinfo=NY))
    return first


async def test_acetaminophen_taken_at_its_time_is_no_false_overdose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    first = await _paracetamol_day_with_a_late_tap(fake, bot, clock, "I took it at 22:00")
    await _tap(fake, bot, clock, dt.datetime(2026, 11, 26, 22, 0, tzinfo=NY))
    await settled(bot)  # a warning is sent after the tap's edit, in the same update
    assert _alarms(fake, first) == [], "4 g in each 24 hours is the label's maximum"


async def test_acetaminophen_tapped_late_and_left_is_counted_at_the_tap(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # The same day with the tap left as it is: the record holds 1 g at 07:45 and 1 g at
    # 08:00, so by 22:00 that is 5 g in 24 hours — the alarm follows the record.
    first = await _paracetamol_day_with_a_late_tap(fake, bot, clock, "")
    assert _alarms(fake, first) == []
    n = await _tap(fake, bot, clock, dt.datetime(2026, 11, 26, 22, 0, tzinfo=NY))
    warned = await fake.wait_for_message(UID, after=n, contains="🛑")
    assert "5,000 mg of acetaminophen" in (warned.text or "")
