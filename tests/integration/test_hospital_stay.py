"""Tomás in Madrid, around a back operation: a night dose written "24:00" on a Spanish
prescription is kept and reminded at midnight (Sandbox, Madrid: it was dropped from the
list without a word); a stay in hospital told in passing offers to pause every
reminder, and nothing is counted missed while he is in."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.app import deps_of
from bot.domain.states import DoseStatus
from bot.storage.models import DoseOccurrence
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard, reminder_at
from tests.integration.test_pause_kept import pauses_rows, report_text

MADRID = ZoneInfo("Europe/Madrid")


async def test_a_24_00_dose_is_saved_and_reminded_at_midnight(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2026, 12, 7, 9, 0, tzinfo=MADRID))
    await onboard(fake, "Europe/Madrid")
    saved = await add(fake, "ibuprofen 600mg 08:00 16:00 24:00")
    assert "00:00, 08:00, 16:00" in saved
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 12, 8, 0, 0, tzinfo=MADRID))
    assert "Ibuprofen 600 mg" in (reminder.text or "")


async def test_a_stay_told_offers_a_pause_and_nothing_is_missed_while_in(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """It was offered as a visit "with going into hospital for the op back"."""
    clock.set(dt.datetime(2026, 12, 7, 9, 0, tzinfo=MADRID))
    await onboard(fake, "Europe/Madrid")
    await add(fake, "omeprazole 20mg 08:00")
    clock.set(dt.datetime(2026, 12, 8, 21, 0, tzinfo=MADRID))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "going into hospital tomorrow for the op, back friday")
    offer = await fake.wait_for_message(UID, after=n, contains="pause all reminders")
    assert not [m for m in fake.messages_to(UID)[n:] if "visit" in (m.text or "")]
    clock.set(dt.datetime(2026, 12, 9, 7, 0, tzinfo=MADRID))
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Pause all reminders")
    await fake.wait_for_message(UID, after=n, contains="paused")
    clock.set(dt.datetime(2026, 12, 11, 20, 0, tzinfo=MADRID))
    await tick(bot)
    went_in = dt.datetime(2026, 12, 9, 7, 0, tzinfo=MADRID)
    async with deps_of(bot).sessions() as s:
        during = [o.status for o in await s.scalars(select(DoseOccurrence)) if o.due_at >= went_in]
    assert DoseStatus.MISSED not in during


async def test_the_stay_tapped_is_named_in_summary_report_and_export(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """The summary dated the pause ("⏸ You paused reminders: Wed 9 Dec – …") but never
    said it was a hospital stay: the doctor read a gap with no why."""
    clock.set(dt.datetime(2026, 12, 7, 9, 0, tzinfo=MADRID))
    await onboard(fake, "Europe/Madrid")
    await add(fake, "omeprazole 20mg 08:00")
    clock.set(dt.datetime(2026, 12, 8, 21, 0, tzinfo=MADRID))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "going into hospital tomorrow for the op, back friday")
    offer = await fake.wait_for_message(UID, after=n, contains="pause all reminders")
    clock.set(dt.datetime(2026, 12, 9, 7, 0, tzinfo=MADRID))
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Pause all reminders")
    saved = await fake.wait_for_message(UID, after=n, contains="Saved")
    assert "paused while you were in hospital" in (saved.text or ""), saved.text
    clock.set(dt.datetime(2026, 12, 11, 18, 0, tzinfo=MADRID))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/resume")
    await fake.wait_for_message(UID, after=n, contains="back on")

    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/summary")
    week = (await fake.wait_for_message(UID, after=n, contains="Your week")).text or ""
    assert "⏸ You paused reminders (in hospital): Wed 9 Dec 07:00 – Fri 11 Dec 18:00" in week
    pdf_text = await report_text(fake)
    assert "Reminders paused by the patient (in hospital): Wed 9 Dec 07:00" in pdf_text, pdf_text
    rows = await pauses_rows(fake)
    assert [r["what"] for r in rows] == ["Reminders paused by the patient (in hospital)"]


async def test_home_from_hospital_unpaused_is_kept_for_the_doctor(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Leeds: with no pause set, "discharged this morning, back is sore" was
    "Sorry, I didn't catch that": the stay never reached the report."""
    clock.set(dt.datetime(2026, 12, 7, 9, 0, tzinfo=MADRID))
    await onboard(fake, "Europe/Madrid")
    await add(fake, "omeprazole 20mg 08:00")
    clock.set(dt.datetime(2026, 12, 10, 12, 0, tzinfo=MADRID))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "discharged this morning, back is sore")
    said = await fake.wait_for_message(UID, after=n, contains="Logged")
    assert "Discharged this morning, back is sore" in (said.text or ""), said.text
    assert "Discharged this morning" in await report_text(fake)
