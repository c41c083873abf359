"""An unnamed typed answer ("skip", "took it") is about the latest reminder, not also an
earlier one still open; "them all" / "both" is about each. Through the real Application."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.storage.models import DoseOccurrence
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard, reminder_at
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say


async def _two_reminders_out(fake: FakeBotApi, bot: Any, clock: FakeClock) -> tuple[Any, Any]:
    await onboard(fake)
    await add(fake, "gabapentin 300mg 20:00")
    await add(fake, "cyclobenzaprine 10mg 22:00")
    first = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    second = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 22, 0, tzinfo=NY))
    return first, second


async def _status(bot: Any) -> dict[str, str]:
    occs: list[DoseOccurrence] = await rows(bot, DoseOccurrence)
    today = dt.date(2026, 11, 25)
    return {o.local_time: o.status for o in occs if o.local_date == today}


async def test_skip_typed_as_the_latest_reminder_arrives_skips_only_that_one(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "skip, too groggy" typed as the 22:00 muscle relaxant's reminder
    # came also skipped the 20:00 gabapentin left open — more than the person meant.
    first, second = await _two_reminders_out(fake, bot, clock)
    clock.set(dt.datetime(2026, 11, 25, 22, 2, tzinfo=NY))
    reply = await say(fake, "skip, too groggy", "Got it")
    text = reply.text or ""
    assert "Cyclobenzaprine 10 mg skipped" in text and "Gabapentin 300 mg skipped" not in text
    assert "Your 20:00 Gabapentin 300 mg is still open" in text
    await fake.wait_for_edit(UID, second.message_id, contains="Skipped")
    assert await _status(bot) == {"20:00": "sent", "22:00": "skipped"}
    # The earlier one is still answerable, by its own button.
    await fake.press(UID, first.message_id, "Taken")
    await fake.wait_for_edit(UID, first.message_id, contains="Taken")
    assert (await _status(bot))["20:00"] == "taken"


async def test_them_both_answers_every_open_reminder(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _two_reminders_out(fake, bot, clock)
    clock.set(dt.datetime(2026, 11, 25, 22, 2, tzinfo=NY))
    reply = await say(fake, "took them both", "Got it")
    assert "still open" not in (reply.text or "")
    assert await _status(bot) == {"20:00": "taken", "22:00": "taken"}
