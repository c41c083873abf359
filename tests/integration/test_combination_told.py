"""A combination product the knowledge file does not name, its ingredients told as
people say them, is counted: its paracetamol in the day's paracetamol total (Sandbox,
Pune: Myospaz, "chlorzoxazone 250 mg paracetamol 300 mg", was saved as "250/300" and
asked "What medicine is in it?" again; its paracetamol never counted. Told at the times
question, the same words were logged as two doses he never took)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseLog, Medication
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say

PUNE = ZoneInfo("Asia/Kolkata")


async def _med(app: Any, name: str) -> Medication:
    async with deps_of(app).sessions() as s:
        return (await s.scalars(select(Medication).where(Medication.name == name))).one()


async def _no_doses(app: Any) -> None:
    await settled(app)
    async with deps_of(app).sessions() as s:
        assert list(await s.scalars(select(DoseLog))) == []


async def test_myospaz_told_as_the_strength_counts_its_paracetamol_beside_dolo(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Wed 9 Dec: Myospaz at 08:00 and 22:00 (2 × 300 mg paracetamol), Dolo 650 two at
    09:00, two at 14:00, one at 19:00 (3,250 mg): 3,850 mg; one more Dolo at 23:00 is
    4,500 mg — past 4,000 mg only because Myospaz's paracetamol is counted."""
    await onboard(fake, "Asia/Kolkata")
    clock.set(dt.datetime(2026, 12, 7, 13, 25, tzinfo=PUNE))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add Myospaz 1-0-1 for 5 days")
    await fake.wait_for_message(UID, after=n, contains="How much is one dose")
    times = await say(fake, "chlorzoxazone 250 mg paracetamol 300 mg", "When do you take")
    assert "Logged" not in (times.text or "")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "8am and 10pm")
    saved = await fake.wait_for_message(UID, after=n, contains="Saved")
    assert "Myospaz 250/300 mg" in (saved.text or "")
    told = await fake.wait_for_message(UID, after=n, contains="I'll count the")
    assert "chlorzoxazone 250 mg and paracetamol 300 mg in Myospaz" in (told.text or "")
    assert not [m for m in fake.messages_to(UID)[n:] if "What medicine is in it" in (m.text or "")]
    await _no_doses(bot)
    med = await _med(bot, "Myospaz")
    assert (med.generic, med.strength, med.other_ingredients) == (
        "acetaminophen/chlorzoxazone",
        "250/300",
        None,
    )
    await add(fake, "Dolo 650 as needed", warned=True)
    day = dt.date(2026, 12, 9)
    for hour, line in ((8, "took myospaz"), (9, "took 2 dolo 650"), (14, "took 2 dolo 650"),
                       (19, "took 1 dolo 650"), (22, "took myospaz")):  # fmt: skip
        clock.set(dt.datetime.combine(day, dt.time(hour, 5), tzinfo=PUNE))
        calm = await say(fake, line, "✅")
        assert "🛑" not in (calm.text or ""), calm.text
    clock.set(dt.datetime.combine(day, dt.time(23), tzinfo=PUNE))
    reply = await say(fake, "took 1 dolo 650", "🛑")
    text = reply.text or ""
    assert "4,500 mg of paracetamol" in text, text
    assert "Myospaz" in text and "Dolo" in text
    assert text.rstrip().endswith("talk to your doctor or pharmacist.")
    asked = await say(fake, "how much paracetamol today", "Paracetamol in those")
    assert "Myospaz" in (asked.text or "") and "4,500 mg" in (asked.text or ""), asked.text


@pytest.mark.both_databases
async def test_whats_in_it_told_at_the_times_question_is_no_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """The strength skipped, the ingredients typed at "When do you take Myospaz?": kept
    as what is in it (never "Chlorzoxazone 250 mg" and "Dolo 300 mg" logged taken)."""
    await onboard(fake, "Asia/Kolkata")
    clock.set(dt.datetime(2026, 12, 7, 13, 25, tzinfo=PUNE))
    await add(fake, "Dolo 650 as needed")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add Myospaz 1-0-1 for 5 days")
    dose = await fake.wait_for_message(UID, after=n, contains="How much is one dose")
    n = len(fake.messages_to(UID))
    await fake.press(UID, dose.message_id, "Skip")
    await fake.wait_for_message(UID, after=n, contains="When do you take")
    noted = await say(fake, "chlorzoxazone 250 paracetamol 300", "Noted")
    assert "Logged" not in (noted.text or "")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "8am and 10pm")
    await fake.wait_for_message(UID, after=n, contains="chlorzoxazone 250 and paracetamol 300")
    await _no_doses(bot)
    med = await _med(bot, "Myospaz")
    assert (med.generic, med.strength) == ("acetaminophen/chlorzoxazone", "250/300")


@pytest.mark.both_databases
async def test_a_strength_then_the_names_read_each_amount_as_its_own(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """ "300/250" as the strength, then "paracetamol and chlorzoxazone" at "What medicine
    is in it?": 300 mg of paracetamol a capsule, never 250."""
    await onboard(fake, "Asia/Kolkata")
    clock.set(dt.datetime(2026, 12, 7, 13, 25, tzinfo=PUNE))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add Relaxo 300/250 mg 08:00 20:00")
    await fake.wait_for_message(UID, after=n, contains="What medicine is in it")
    await say(fake, "paracetamol and chlorzoxazone", "I'll count the")
    asked_day = dt.datetime(2026, 12, 8, 9, 0, tzinfo=PUNE)
    clock.set(asked_day)
    await say(fake, "took relaxo", "✅")
    asked = await say(fake, "how much paracetamol today", "Paracetamol in those")
    assert "about 300 mg" in (asked.text or ""), asked.text
