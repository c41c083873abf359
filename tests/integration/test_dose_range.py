"""A dose range of an as-needed medicine ("1-2 tabs") is kept whole, on both databases:
two tablets is one dose of it, three is more (Sandbox: the range was kept as one tablet,
and every dose of two was told as more than the prescribed dose)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import Medication
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard
from tests.integration.test_waiting_questions import say

OVER = "more than one dose on your list"


async def _meds(app: Any) -> list[Medication]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(Medication).order_by(Medication.id)))


async def test_two_tablets_of_a_one_to_two_tablet_dose_is_one_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    saved = await add(fake, "oxycodone 5mg 1-2 tabs every 6 hours as needed")
    assert "Oxycodone 5 mg, 1\u20132 tablets · as needed, at least 6 h apart" in saved
    (med,) = await _meds(bot)
    assert (med.units_per_dose, med.units_per_dose_max) == (None, 2.0)

    clock.set(dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    reply = await say(fake, "took 2 oxy", "Logged: 2 × Oxycodone")
    assert OVER not in (reply.text or "")
    await settled(bot)
    clock.advance(hours=7)
    reply = await say(fake, "took 3 oxy", "Logged: 3 × Oxycodone")
    # the dose written is named, with its range, so the person sees what 3 is set against
    assert f"{OVER} (Oxycodone 5 mg, 1\u20132 tablets)" in (reply.text or "")
    assert "talk to your doctor or pharmacist" in (reply.text or "")

    await settled(bot)
    meds = await say(fake, "/meds", "Your medicines")
    assert "Oxycodone 5 mg, 1\u20132 tablets" in (meds.text or "")


async def test_a_range_answered_to_the_dose_question_is_kept_with_the_strength(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await say(fake, "/add tramadol", "How much is one dose of tramadol")
    await say(fake, "1 to 2 tablets", "1\u20132 tablets at a time, noted")
    asked = await say(fake, "50mg", "When do you take tramadol")
    n = len(fake.messages_to(UID))
    await fake.press(UID, asked.message_id, "As needed")
    saved = await fake.wait_for_message(UID, after=n, contains="Saved")
    assert "Tramadol 50 mg, 1\u20132 tablets · as needed" in (saved.text or "")
    (med,) = await _meds(bot)
    assert (med.amount, med.units_per_dose, med.units_per_dose_max) == (50.0, None, 2.0)

    await settled(bot)
    clock.set(dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    reply = await say(fake, "took two tramadol", "Logged: 2 × Tramadol")
    assert OVER not in (reply.text or "")


async def test_an_edit_keeps_the_range_and_a_plain_dose_is_as_before(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "oxycodone 5mg one or two every 4 hours as needed")
    meds = await say(fake, "/meds", "Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "✏️ Edit · Oxycodone")
    edit = await fake.wait_for_message(UID, after=n, contains="What would you like to change")
    # the example line to send back says the range, so sending it keeps it
    assert "oxycodone 5mg 1-2 tablets as needed every 4 hours" in (edit.text or "")
    await settled(bot)
    saved = await say(fake, "oxycodone 5mg 1-2 tablets as needed every 6 hours", "Saved")
    assert "Oxycodone 5 mg, 1\u20132 tablets · as needed, at least 6 h apart" in (saved.text or "")

    await add(fake, "hydromorphone 2mg every 4 hours as needed", warned=True)  # two opioids
    clock.set(dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    reply = await say(fake, "took 2 hydromorphone", "Logged: 2 × Hydromorphone")
    assert f"{OVER} (Hydromorphone 2 mg)" in (reply.text or "")
