"""A dose of two tablets is two tablets everywhere: /add keeps it, the reminder says it,
a tap and "took my …" count both, the 24-hour acetaminophen total reaches the label's
line when the tablets really do, and the supply goes down by two — on SQLite and
PostgreSQL. (It was kept as one: every figure the safety checks read came out half.)"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_supply import NO_SEND_LIMIT, settled
from tests.integration.test_waiting_questions import say


async def _log_rows(app: Any) -> list[Any]:
    from bot.app import deps_of
    from bot.storage.models import DoseLog

    async with deps_of(app).sessions() as s:
        return list((await s.scalars(select(DoseLog).order_by(DoseLog.id))).all())


async def test_two_tablets_up_to_four_times_a_day_counts_eight_tablets(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    said = await add(fake, "co-codamol 30/500 2 tablets up to 4 times a day as needed")
    assert "Co-codamol 2 × 30/500 mg · as needed, max 8 a day (4 doses)" in said
    start = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)
    wordings = ("took my co-codamol", "had my co-codamol", "co-codamol taken")
    for i, text in enumerate(wordings):
        clock.set(start + dt.timedelta(hours=5 * i))
        reply = await say(fake, text, "Logged")
        assert "2 × Co-codamol 30/500 mg" in (reply.text or "")
        assert "paracetamol" not in (reply.text or ""), "3,000 mg: no label line passed yet"
    clock.set(start + dt.timedelta(hours=14))
    fourth = (await say(fake, "took my co-codamol again", "Logged")).text or ""
    assert "🛑" not in fourth, "4,000 mg is the labelled maximum, not past it"
    # (UK packs allow 8 × 500 mg: no US over-the-counter line — bot.knowledge.local_packs)
    assert "over-the-counter" not in fourth
    clock.set(start + dt.timedelta(hours=15))
    fifth = (await say(fake, "took co-codamol", "Logged")).text or ""
    assert "🛑" in fifth and "5,000 mg of paracetamol" in fifth
    assert "10 × Co-codamol" in fifth and "your own maximum is 8 a day" in fifth
    assert fifth.rstrip().endswith("talk to your doctor or pharmacist.")
    # One said outright is what was said: "took 1" is one tablet.
    clock.set(start + dt.timedelta(hours=20))
    one = (await say(fake, "took 1 co-codamol", "Logged")).text or ""
    assert "Co-codamol 30/500 mg" in one and "2 ×" not in one
    assert [row.count for row in await _log_rows(bot)] == [2, 2, 2, 2, 2, 1]


async def test_a_reminder_says_both_tablets_and_a_tap_uses_both_from_the_supply(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake, "Europe/London")  # Wednesday 25 November
        n = len(fake.messages_to(UID))
        said = await add(fake, "ibuprofen 200mg 2 tablets 8am 8pm supply 56")
        assert "Ibuprofen 2 × 200 mg · 08:00, 20:00 every day" in said
        counted = await fake.wait_for_message(UID, after=n, contains="📦")
        assert "56 on hand — about 14 days" in (counted.text or "")
        clock.set(dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.UTC))
        await tick(app)
        reminder = await fake.wait_for_message(UID, after=n, contains="Time for your")
        assert "• Ibuprofen 2 × 200 mg" in (reminder.text or "")
        await fake.press(UID, reminder.message_id, "Taken")
        await fake.wait_for_edit(UID, reminder.message_id, contains="Taken")
        await settled(app)
        clock.set(dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC))
        # Free text answering nothing scheduled logs the listed dose: two more.
        await say(fake, "took my ibuprofen", "2 × Ibuprofen 200 mg")
        await settled(app)
        shown = await say(fake, "/meds", "Your medicines")
        assert "52 on hand" in (shown.text or "")


async def _added_then_edited(fake: FakeBotApi, line: str, name: str, new_line: str) -> str:
    """Onboard, /add `line`, then /meds → Edit · `name` → `new_line`; what was saved."""
    await onboard(fake, "Europe/London")
    await add(fake, line)
    meds = await say(fake, "/meds", "Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, f"Edit · {name}")
    await fake.wait_for_message(UID, after=n, contains="What would you like to change")
    return (await say(fake, new_line, "Saved")).text or ""


async def test_changing_the_dose_to_one_tablet_of_a_stronger_strength_drops_the_count(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    saved = await _added_then_edited(
        fake, "ibuprofen 200mg 2 tablets 8am 8pm", "Ibuprofen", "ibuprofen 400mg 8am 8pm"
    )
    assert "Ibuprofen 400 mg · 08:00, 20:00 every day" in saved
    shown = (await say(fake, "/meds", "Your medicines")).text or ""
    assert "Ibuprofen 400 mg · 08:00, 20:00 every day" in shown and "×" not in shown


async def test_new_times_for_a_combination_keep_its_strength_and_tablets(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    saved = await _added_then_edited(
        fake, "co-codamol 30/500 2 tablets 8am 8pm", "Co-codamol", "9am and 9pm"
    )
    assert "Co-codamol 2 × 30/500 mg · 09:00, 21:00 every day" in saved
