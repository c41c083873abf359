""" "pharmacy hadn't got it in" answering a reminder of two medicines: one of them is out,
and which is asked by a tap; nothing is recorded out until then (Sandbox, London: both
doses were marked ran out, both were asked "Got some now?", and the week's summary
counted both)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, occurrences, onboard, reminder_at
from tests.integration.test_waiting_questions import say

EIGHT = dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY)


async def two_due(fake: FakeBotApi, bot: Any, clock: FakeClock) -> Any:
    """Naproxen and pregabalin, both at 08:00: one reminder of the two, unanswered."""
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    await add(fake, "pregabalin 75mg 08:00 20:00")
    msg = await reminder_at(fake, bot, clock, EIGHT)
    assert "Naproxen" in (msg.text or "") and "Pregabalin" in (msg.text or "")
    clock.advance(minutes=4)
    return msg


def statuses(occs: list[Any]) -> set[tuple[str, str | None]]:
    return {(o.status, o.skip_reason) for o in occs if o.due_at == EIGHT}


async def test_which_one_is_asked_and_only_the_one_tapped_is_out(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    reminder = await two_due(fake, bot, clock)
    question = await say(fake, "pharmacy hadn't got it in", "Which one has run out?")
    assert fake.buttons(question) == [
        "Naproxen 500 mg",
        "Pregabalin 75 mg",
        "Both",
        "None — I have them",
    ]
    await settled(bot)
    assert statuses(await occurrences(bot)) == {("sent", None)}, "nothing out before the tap"
    n = len(fake.messages_to(UID))
    cq = await fake.press(UID, question.message_id, "Pregabalin 75 mg")
    await fake.wait_for_callback_answer(cq)
    await fake.wait_for_edit(
        UID, question.message_id, contains="Pregabalin 75 mg skipped (ran out)"
    )
    await fake.wait_for_message(UID, after=n, contains="Refilled")  # as the reminder's Skip asks
    await settled(bot)
    eight = [o for o in await occurrences(bot) if o.due_at == EIGHT]
    assert sorted((o.status, o.skip_reason) for o in eight) == [
        ("sent", None),
        ("skipped", "ran_out"),
    ]
    # the reminder shows it, its other line still waiting with its buttons
    shown = fake.current(UID, reminder.message_id)
    assert "ran out" in (shown.text or "").lower()
    assert any("Taken" in b for b in fake.buttons(shown))


async def test_both_marks_both_and_none_marks_nothing(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await two_due(fake, bot, clock)
    question = await say(fake, "chemist didn't have any in", "Which one has run out?")
    cq = await fake.press(UID, question.message_id, "Both")
    await fake.wait_for_callback_answer(cq)
    edit = await fake.wait_for_edit(UID, question.message_id, contains="skipped (ran out)")
    assert "Naproxen 500 mg" in (edit.text or "") and "Pregabalin 75 mg" in (edit.text or "")
    await settled(bot)
    assert statuses(await occurrences(bot)) == {("skipped", "ran_out")}


async def test_none_of_them_leaves_the_reminder_open(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await two_due(fake, bot, clock)
    question = await say(fake, "pharmacy hadn't got it in", "Which one has run out?")
    cq = await fake.press(UID, question.message_id, "None — I have them")
    await fake.wait_for_callback_answer(cq)
    await fake.wait_for_edit(UID, question.message_id, contains="nothing noted")
    await settled(bot)
    assert statuses(await occurrences(bot)) == {("sent", None)}


async def test_out_of_both_said_or_one_named_is_not_asked(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await two_due(fake, bot, clock)
    n = len(fake.messages_to(UID))
    await say(fake, "ran out of the naproxen", "ran out")
    await settled(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "Which one has run out" in (m.text or "")]
    eight = [o for o in await occurrences(bot) if o.due_at == EIGHT]
    assert sorted((o.status, o.skip_reason) for o in eight) == [
        ("sent", None),
        ("skipped", "ran_out"),
    ]
    n = len(fake.messages_to(UID))
    await say(fake, "out of both till friday", "ran out")
    await settled(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "Which one has run out" in (m.text or "")]
    assert statuses(await occurrences(bot)) == {("skipped", "ran_out")}
