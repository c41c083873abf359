"""An as-needed opioid run out of before a weekend, told in words, through the real bot
on SQLite and PostgreSQL (Sandbox, Phoenix): "ran out of norco pharmacy wont fill till
monday" is a stock-out kept as one (not a pause offered for a medicine with no
reminders), and the weekly summary and the report say so."""

from __future__ import annotations

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pypdf

from tests.conftest import FakeClock, running_bot, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard

PHX = ZoneInfo("America/Phoenix")


async def test_an_as_needed_opioid_run_out_till_monday_is_in_the_summary_and_report(
    fake: FakeBotApi, database_url: str
) -> None:
    clock = FakeClock(dt.datetime(2026, 12, 11, 9, tzinfo=PHX))  # a Friday
    async with running_bot(fake, database_url, clock, SEND_RATE_PER_SECOND=0) as app:
        await onboard(fake, "America/Phoenix")
        await add(fake, "norco 10/325 as needed every 6 hours max 4 per day")
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "took my last norco at 7am")
        await fake.wait_for_message(UID, after=n, contains="Logged")

        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "ran out of norco pharmacy wont fill till monday")
        told = await fake.wait_for_message(UID, after=n, contains="Out of Norco")
        await settled(app)
        said = [m.text or "" for m in fake.messages_to(UID)[n:]]
        assert told.text and "noted" in told.text
        assert not any("Pause" in t for t in said), said

        clock.set(clock.now() + dt.timedelta(hours=2))
        await tick(app)
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/summary")
        summary = await fake.wait_for_message(UID, after=n, contains="Your week")
        assert "Ran out of Norco (Fri 11 Dec)." in (summary.text or "")

        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/report")
        report = await fake.wait_for_message(UID, after=n, contains="report")
        pages = pypdf.PdfReader(io.BytesIO(report.file_bytes or b"")).pages
        text = " ".join(" ".join(p.extract_text() for p in pages).split())
        assert "Ran out of Norco (Fri 11 Dec)." in text


async def test_a_break_till_a_day_is_still_offered_as_a_pause(
    fake: FakeBotApi, database_url: str
) -> None:
    clock = FakeClock(dt.datetime(2026, 12, 11, 9, tzinfo=PHX))
    async with running_bot(fake, database_url, clock, SEND_RATE_PER_SECOND=0) as app:
        await onboard(fake, "America/Phoenix")
        await add(fake, "meloxicam 15mg 20:00")
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "not taking the meloxicam till monday")
        await fake.wait_for_message(UID, after=n, contains="Pause Meloxicam?")
        await settled(app)


async def test_the_stock_out_reply_of_an_as_needed_medicine_speaks_of_no_reminders(
    fake: FakeBotApi, database_url: str
) -> None:
    """Norco as needed has no scheduled doses and no reminders: its stock-out reply says
    what is true of it, and offers Refilled alone (it said "its doses count as ran out …
    Tap Not yet and its reminders stop": Sandbox, Phoenix)."""
    clock = FakeClock(dt.datetime(2026, 12, 11, 9, tzinfo=PHX))
    async with running_bot(fake, database_url, clock, SEND_RATE_PER_SECOND=0) as app:
        await onboard(fake, "America/Phoenix")
        await add(fake, "norco 10/325 as needed every 6 hours max 4 per day")
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "ran out of norco")
        told = await fake.wait_for_message(UID, after=n, contains="Out of Norco")
        await settled(app)
        text = told.text or ""
        assert "summary and report" in text
        assert "reminders" not in text and "missed" not in text and "doses" not in text
        assert fake.buttons(told) == ["📦 Refilled"]
        await fake.press(UID, told.message_id, "Refilled")
        edited = await fake.wait_for_edit(UID, told.message_id, contains="back in stock")
        assert "reminders" not in (edited.text or "")
