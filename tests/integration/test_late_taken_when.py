"""Taken tapped on a dose already marked missed asks when it was taken, instead of storing
the tap's time: the 22:00 pregabalin tapped at 07:45 was kept as taken at 07:45 ("✅ Taken
Sat 12 Dec, 07:45 (late)") by three sandbox testers who meant "I did take it last night",
which made false acetaminophen overdose alarms and a bedtime muscle relaxant "taken" before
a forklift shift. On SQLite and PostgreSQL."""

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


async def _ask_when(fake: FakeBotApi, msg: Any) -> Any:
    """Taken pressed on the missed reminder; the question it opens (nothing stored yet)."""
    n = _edits(fake, msg)
    cq = await fake.press(UID, msg.message_id, "Taken")
    answer = await fake.wait_for_callback_answer(cq)
    assert "Recorded" not in answer.get("text", ""), "nothing is stored by the first tap"
    edit = await fake.wait_for_edit(UID, msg.message_id, contains=ASKED, after=n)
    return edit.message


async def _night_dose(bot: Any) -> Any:
    return next(o for o in await occurrences(bot) if o.due_at == NIGHT)


async def test_a_late_tap_asks_and_when_it_was_due_stores_the_due_time(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await _pregabalin_missed(fake, bot, clock)
    asked = await _ask_when(fake, msg)
    text = asked.text or ""
    assert "When did you take Pregabalin 75 mg? It was due at 22:00 yesterday." in text
    assert fake.buttons(asked) == [
        "🕙 Around 22:00, when it was due",
        "🕗 Just now (07:45)",
        "↩️ Back",
    ]
    assert (await _night_dose(bot)).status == "missed", "the question stores nothing"

    cq = await fake.press(UID, msg.message_id, "when it was due")
    assert "Recorded" in (await fake.wait_for_callback_answer(cq)).get("text", "")
    shown = await fake.wait_for_edit(UID, msg.message_id, contains="✅ Taken")
    assert "Pregabalin 75 mg — ✅ Taken 22:00\n" in (shown.message.text or "") + "\n"
    assert ASKED not in (shown.message.text or "") and "late" not in (shown.message.text or "")
    occ = await _night_dose(bot)
    assert (occ.status, occ.taken_at, occ.taken_late) == ("taken", NIGHT, False)

    # The Undo after a Taken still takes it back: missed again, and asked again.
    assert fake.buttons(shown.message) == ["↩️ Undo"]
    n = _edits(fake, msg)
    cq = await fake.press(UID, msg.message_id, "Undo")
    await fake.wait_for_callback_answer(cq)
    await fake.wait_for_edit(UID, msg.message_id, contains="Missed", after=n)
    assert (await _night_dose(bot)).status == "missed"
    await _ask_when(fake, msg)


async def test_just_now_stores_the_time_of_the_answer(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await _pregabalin_missed(fake, bot, clock)
    await _ask_when(fake, msg)
    clock.advance(minutes=1)  # the answer's own time, not the first tap's
    await fake.press(UID, msg.message_id, "Just now")
    shown = await fake.wait_for_edit(UID, msg.message_id, contains="✅ Taken")
    assert "✅ Taken Thu 26 Nov, 07:46 (late)" in (shown.message.text or "")
    occ = await _night_dose(bot)
    assert (occ.status, occ.taken_at, occ.taken_late) == ("taken", MORNING.replace(minute=46), True)


async def test_back_leaves_the_dose_missed(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    msg = await _pregabalin_missed(fake, bot, clock)
    await _ask_when(fake, msg)
    n = _edits(fake, msg)
    await fake.press(UID, msg.message_id, "Back")
    back = await fake.wait_for_edit(UID, msg.message_id, contains="Missed", after=n)
    assert ASKED not in (back.message.text or "") and fake.buttons(back.message) == ["✅ Taken"]
    assert (await _night_dose(bot)).status == "missed"


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


async def test_the_answer_pressed_twice_or_both_answers_store_one_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await _pregabalin_missed(fake, bot, clock)
    asked = await _ask_when(fake, msg)
    data = fake.button_data(asked)
    due, now = data["🕙 Around 22:00, when it was due"], data["🕗 Just now (07:45)"]
    # A double tap on a slow phone: the same answer twice, then the other one.
    taps = [await fake.press_data(UID, msg.message_id, d) for d in (due, due, now)]
    answers = [(await fake.wait_for_callback_answer(t)).get("text", "") for t in taps]
    await settled(bot)
    assert answers.count("Recorded ✅") == 1, answers
    assert sum("Already recorded" in a for a in answers) == 2, answers
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
    and 16:00 tapped on time, 22:00 tapped at 07:45 next morning and answered `answer`,
    then the next day's 08:00, 12:00 and 16:00 on time; messages before the first tap."""
    await onboard(fake)
    await add(fake, "acetaminophen 1000mg 08:00 12:00 16:00 22:00")
    first = len(fake.messages_to(UID))
    for hour in (8, 12, 16):
        await _tap(fake, bot, clock, dt.datetime(2026, 11, 25, hour, 0, tzinfo=NY))
    msg = await _missed_overnight(fake, bot, clock)
    await _ask_when(fake, msg)
    await fake.press(UID, msg.message_id, answer)
    await fake.wait_for_edit(UID, msg.message_id, contains="✅ Taken")
    for hour in (8, 12, 16):
        await _tap(fake, bot, clock, dt.datetime(2026, 11, 26, hour, 0, tzinfo=NY))
    return first


async def test_acetaminophen_taken_at_its_time_is_no_false_overdose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    first = await _paracetamol_day_with_a_late_tap(fake, bot, clock, "when it was due")
    await _tap(fake, bot, clock, dt.datetime(2026, 11, 26, 22, 0, tzinfo=NY))
    await settled(bot)  # a warning is sent after the tap's edit, in the same update
    assert _alarms(fake, first) == [], "4 g in each 24 hours is the label's maximum"


async def test_acetaminophen_said_taken_just_now_is_counted_then(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # The same day with "Just now": the record holds 1 g at 07:45 and 1 g at 08:00, so by
    # 22:00 that is 5 g in 24 hours — the alarm follows what the person said.
    first = await _paracetamol_day_with_a_late_tap(fake, bot, clock, "Just now")
    assert _alarms(fake, first) == []
    n = await _tap(fake, bot, clock, dt.datetime(2026, 11, 26, 22, 0, tzinfo=NY))
    warned = await fake.wait_for_message(UID, after=n, contains="🛑")
    assert "5,000 mg of acetaminophen" in (warned.text or "")
