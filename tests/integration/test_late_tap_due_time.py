"""A Taken tapped well after its time (before the cutoff) is stored at the tap, and the
reminder then offers "🕗 I took it at 08:00": Dublin's carer tapped the 08:00 paracetamol
at 09:30, and next morning's on-time 1 g read as 5 g in 24 hours, with the poison-line
advice. One tap sets the dose at its due time. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, occurrences, onboard, reminder_at

DAY = dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY)
OFFER = "🕗 I took it at 08:00"


async def _tap(fake: FakeBotApi, msg: Any, label: str, shows: str) -> Any:
    n = len([e for e in fake.edits if e.message_id == msg.message_id])
    cq = await fake.press(UID, msg.message_id, label)
    assert "Recorded" in (await fake.wait_for_callback_answer(cq)).get("text", "")
    edit = await fake.wait_for_edit(UID, msg.message_id, contains=shows, after=n)
    return edit.message


async def _first_dose_tapped_late(fake: FakeBotApi, bot: Any, clock: FakeClock) -> Any:
    """Paracetamol 1 g four times a day; the 08:00 reminder tapped Taken at 09:30."""
    await onboard(fake)
    await add(fake, "paracetamol 1000mg 08:00 12:00 16:00 20:00")
    msg = await reminder_at(fake, bot, clock, DAY)
    clock.set(DAY + dt.timedelta(hours=1, minutes=30))
    return msg, await _tap(fake, msg, "Taken", "✅ Taken 09:30")


async def _rest_of_the_day_and_next_morning(fake: FakeBotApi, bot: Any, clock: FakeClock) -> int:
    """12:00, 16:00, 20:00 and the next 08:00 tapped on time; messages sent since."""
    for due in (12, 16, 20, 32):
        msg = await reminder_at(fake, bot, clock, DAY + dt.timedelta(hours=due - 8))
        n = len(fake.messages_to(UID))
        await _tap(fake, msg, "Taken", "✅ Taken")
        await settled(bot)
    return n


def _warned_since(fake: FakeBotApi, n: int) -> list[str]:
    return [m.text or "" for m in fake.messages_to(UID)[n:] if "pharmacist" in (m.text or "")]


async def test_a_late_tap_offers_its_due_time_and_one_tap_sets_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg, shown = await _first_dose_tapped_late(fake, bot, clock)
    assert fake.buttons(shown) == ["↩️ Undo", OFFER]
    fixed = await _tap(fake, msg, OFFER, "✅ Taken 08:00")
    assert "09:30" not in (fixed.text or "") and "late" not in (fixed.text or "")
    assert fake.buttons(fixed) == ["↩️ Undo"], "set right, the offer goes"
    again = await fake.press_data(UID, msg.message_id, fake.button_data(shown)[OFFER])
    assert "Already recorded" in (await fake.wait_for_callback_answer(again)).get("text", "")
    first = (await occurrences(bot))[0]
    assert (first.status, first.taken_at, first.taken_late) == ("taken", DAY, False)

    n = await _rest_of_the_day_and_next_morning(fake, bot, clock)
    assert _warned_since(fake, n) == [], "four 1 g doses at their times are 4 g, not 5 g"


async def test_left_at_the_tap_time_the_dose_counts_there(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Nothing is assumed: not set right, the 09:30 stands, and 5 g in 24 hours is said."""
    await _first_dose_tapped_late(fake, bot, clock)
    n = await _rest_of_the_day_and_next_morning(fake, bot, clock)
    assert len(_warned_since(fake, n)) == 1


async def test_a_tap_on_time_offers_nothing(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    await onboard(fake)
    await add(fake, "paracetamol 1000mg 08:00 20:00")
    msg = await reminder_at(fake, bot, clock, DAY)
    clock.set(DAY + dt.timedelta(minutes=20))
    shown = await _tap(fake, msg, "Taken", "✅ Taken 08:20")
    assert fake.buttons(shown) == ["↩️ Undo"]
