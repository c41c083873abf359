"""Last night's dose taken with this morning's is two doses, the first late; a dose told
again loosely (by a carer, "tonight") is asked about, never counted twice (Sandbox,
Sydney). Through the real Application."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.storage.models import DoseLog, DoseOccurrence
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard, reminder_at
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say


async def test_last_nights_dose_taken_with_the_morning_one_is_taken_late(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # "forgot me lyrica last nite, took it this mornin with the mornin one" at 08:20 was
    # last night's skipped (forgot) and 75 mg taken, when he had 150 mg at once
    await onboard(fake)
    await add(fake, "pregabalin 75mg 08:00 20:00")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 26, 8, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 26, 8, 20, tzinfo=NY))
    text = "forgot me lyrica last nite, took it this mornin with the mornin one"
    await say(fake, text, "taken late")
    await settled(bot)
    days = {dt.date(2026, 11, 25): "20:00", dt.date(2026, 11, 26): "08:00"}
    occs = {
        o.local_time: o
        for o in await rows(bot, DoseOccurrence)
        if days.get(o.local_date) == o.local_time
    }
    assert occs["20:00"].status == "taken" and occs["20:00"].taken_late
    assert occs["20:00"].skip_reason is None
    assert occs["08:00"].status == "taken"
    assert not await rows(bot, DoseLog), "no unlinked extra dose beside them"


async def test_the_same_extra_tablet_told_by_a_carer_is_asked_about(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Gary logged his Endone at 20:30; at 21:30 his wife wrote of "an extra endone
    # tonight" — the same tablet, logged a second time at 21:00 (4 tablets on the report)
    await onboard(fake)
    await add(fake, "oxycodone 5mg as needed max 2 per day")
    clock.set(dt.datetime(2026, 11, 25, 20, 30, tzinfo=NY))
    await say(fake, "took an oxycodone", "Logged: Oxycodone 5 mg")
    await settled(bot)
    clock.set(dt.datetime(2026, 11, 25, 21, 30, tzinfo=NY))
    said = "this is Sharon, Garys wife. he had an extra oxycodone tonight and hes really drowsy"
    ask = await say(fake, said, "logged at 20:30, or another one?")
    assert len(await rows(bot, DoseLog)) == 1, "not counted until answered"
    await fake.press(UID, ask.message_id, "Same one")
    await fake.wait_for_edit(UID, ask.message_id, contains="recorded once")
    assert len(await rows(bot, DoseLog)) == 1

    # Told again, and this time it was another tablet: one tap logs it.
    ask = await say(fake, "he had another oxycodone this evening", "or another one?")
    await fake.press(UID, ask.message_id, "Another one")
    await fake.wait_for_edit(UID, ask.message_id, contains="Logged")
    assert len(await rows(bot, DoseLog)) == 2


async def test_a_dose_told_at_a_clock_time_by_the_patient_is_logged_unasked(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # ("took another one" or a clock time is a dose of its own, as before)
    await onboard(fake)
    await add(fake, "oxycodone 5mg as needed max 4 per day")
    clock.set(dt.datetime(2026, 11, 25, 20, 30, tzinfo=NY))
    await say(fake, "took an oxycodone", "Logged: Oxycodone 5 mg")
    await settled(bot)
    clock.set(dt.datetime(2026, 11, 25, 21, 30, tzinfo=NY))
    await say(fake, "took another oxycodone at 21:15", "Logged: Oxycodone 5 mg at 21:15")
    assert len(await rows(bot, DoseLog)) == 2
