"""A simulated week through the real Application, then /summary, /report, /export, /delete."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import os
import zipfile
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import Table, func, select

from bot.app import deps_of
from bot.services import drawing
from bot.storage.models import Base
from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard

NY = dt.timezone(dt.timedelta(hours=-5))
PAIN = [5, 6, 7, 4, 6, 8, 3]
# Per day: what happens to the 08:00 and the 20:00 ibuprofen dose.
MORNING = ["taken", "taken", "forgot", "taken", "missed", "taken", "taken"]
EVENING = ["taken", "taken", "taken", "taken", "taken", "side_effects", "taken"]
# Hand-computed: 14 scheduled, 2 skipped, 1 missed → 11 taken → 11/14 = 78.6 % → 79 %.
# Pain: mean of the daily check-ins (5+6+7+4+6+8+3)/7 = 39/7 = 5.57 → 5.6.
ADHERENCE, AVERAGE_PAIN = "79%", "5.6"


async def answer_reminder(fake: FakeBotApi, msg: Any, outcome: str) -> None:
    if outcome == "taken":
        await fake.press(UID, msg.message_id, "Taken")
        await fake.wait_for_edit(UID, msg.message_id, contains="Taken")
    elif outcome != "missed":
        await fake.press(UID, msg.message_id, "Skip")
        await fake.wait_for_edit(UID, msg.message_id, contains="Why")
        label = {"forgot": "Forgot", "side_effects": "Side effects"}[outcome]
        await fake.press(UID, msg.message_id, label)
        await fake.wait_for_edit(UID, msg.message_id, contains="Skipped")


async def simulate_week(fake: FakeBotApi, app: Any, clock: FakeClock) -> None:
    for i in range(7):
        day = dt.date(2026, 11, 25) + dt.timedelta(days=i)
        for hour, outcomes in ((8, MORNING), (20, EVENING)):
            n = len(fake.messages_to(UID))
            clock.set(dt.datetime.combine(day, dt.time(hour), tzinfo=NY))
            await tick(app)
            reminder = await fake.wait_for_message(UID, after=n, contains="Time for your")
            await answer_reminder(fake, reminder, outcomes[i])
            if hour == 20:
                ask = await fake.wait_for_message(UID, after=n, contains="How is your pain")
                await fake.press(UID, ask.message_id, str(PAIN[i]))
                await fake.wait_for_edit(UID, ask.message_id, contains=f"Pain {PAIN[i]}/10")
    clock.set(dt.datetime(2026, 12, 1, 21, 0, tzinfo=NY))


@pytest.mark.both_databases
async def test_week_summary_report_export_and_delete(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    # Without the send limiter: its per-chat spacing (1 s of real time between two
    # messages to one chat) would make each of the 14 ticks wait for the previous one's
    # messages; what is checked here is the week's record, not Telegram's rate limits
    # (tests/unit/test_ratelimit.py and test_reliability.py check those).
    async with running_bot(fake, database_url, clock, SEND_RATE_PER_SECOND=0) as bot:
        await _week_summary_report_export_and_delete(fake, bot, clock)


async def _week_summary_report_export_and_delete(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    await simulate_week(fake, bot, clock)
    # The automatic weekly summary came once, on Sunday evening.
    weekly = [m for m in fake.messages_to(UID) if "Your week" in (m.text or "")]
    assert len(weekly) == 1

    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/summary")
    text = await fake.wait_for_message(UID, after=n, contains="Your week")
    assert ADHERENCE in (text.text or "") and AVERAGE_PAIN in (text.text or "")
    after = fake.messages_to(UID).index(text) + 1
    photo = await fake.wait_for_message(UID, after=after)
    assert photo.kind == "photo", [m.text for m in fake.messages_to(UID)[n:]]
    assert photo.file_bytes and photo.file_bytes[:4] == b"\x89PNG"

    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report")
    doc = await fake.wait_for_message(UID, after=n)
    assert doc.kind == "document" and (doc.filename or "").endswith(".pdf")
    pdf_text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(doc.file_bytes or b"")).pages)
    assert ADHERENCE in pdf_text and AVERAGE_PAIN in pdf_text
    assert "Ibuprofen" in pdf_text

    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/export")
    doc = await fake.wait_for_message(UID, after=n)
    assert (doc.filename or "").endswith(".zip")
    with zipfile.ZipFile(io.BytesIO(doc.file_bytes or b"")) as z:
        rows = list(csv.DictReader(io.StringIO(z.read("doses.csv").decode("utf-8"))))
    scheduled = [r for r in rows if r.get("due at", "").startswith(("2026-11", "2026-12-01"))]
    week = [r for r in scheduled if "2026-11-25" <= r["due at"][:10] <= "2026-12-01"]
    assert len(week) == 14
    assert sorted(r["status"] for r in week).count("taken") == 11
    assert all("-05:00" in r["due at"] for r in week), "ISO 8601 with offset in the user's zone"

    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/delete")
    confirm = await fake.wait_for_message(UID, after=n, contains="can't be undone")
    assert "Delete everything" in fake.buttons(confirm)
    await fake.press(UID, confirm.message_id, "Delete everything")
    await fake.wait_for_edit(UID, confirm.message_id, contains="erased")
    async with deps_of(bot).sessions() as s:
        for table in Base.metadata.sorted_tables:
            column = table.c.get("user_id") if table.name != "users" else table.c.id
            assert isinstance(table, Table) and column is not None
            count = await s.scalar(select(func.count()).select_from(table).where(column == UID))
            assert count == 0, f"{table.name} still holds rows of the deleted user"
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/start")
    await fake.wait_for_message(UID, after=n, contains="not a doctor")


async def test_report_days_argument(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report lots")
    await fake.wait_for_message(UID, after=n, contains="How many days")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report 90")
    doc = await fake.wait_for_message(UID, after=n)
    assert doc.kind == "document" and "90 days" in (doc.caption or doc.text or "")


async def test_the_report_and_export_files_are_named_by_the_persons_own_date(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Late evening in New York is already tomorrow in UTC: the file is named by the
    evening's date, as the report's own "Generated" line says it."""
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 26, 3, 0, tzinfo=dt.UTC))  # Wed 25 Nov, 22:00 EST
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report")
    # (the evening's 20:00 check-in, due by this clock, may come first: wait for the file)
    doc = await fake.wait_for_message(UID, after=n, contains="Your report", timeout=30)
    assert doc.filename == "backtrack-report-2026-11-25.pdf"
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/export")
    doc = await fake.wait_for_message(UID, after=n, contains="CSV files", timeout=30)
    assert doc.filename == "backtrack-export-2026-11-25.zip"


def _busy_until_read(gate: str) -> None:
    """Runs in the drawing child: keeps it busy until the test writes to `gate`."""
    with open(gate, "rb") as f:
        f.read(1)


async def test_the_summary_text_does_not_wait_for_its_chart(
    fake: FakeBotApi, bot: Any, tmp_path: Any
) -> None:
    """The one drawing child is busy (a burst of summaries, or starting up after a
    restart, seconds on a busy host): /summary's text comes at once, its chart after."""
    await onboard(fake)
    gate = tmp_path / "gate"
    os.mkfifo(gate)
    # Held open for writing, so the child's open never blocks and the byte waits for it.
    held = os.open(gate, os.O_RDWR)
    busy = asyncio.ensure_future(drawing.DRAWER.draw(_busy_until_read, str(gate)))
    try:
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/summary")
        text = await fake.wait_for_message(UID, after=n, contains="Your week")
        assert not busy.done() and not fake.requests("sendPhoto"), "the chart came first"
    finally:
        os.write(held, b"x")
        await busy
        os.close(held)
    # Drawn for real in the child once it is free (a cold child: allow it time).
    await fake.wait_for_request("sendPhoto", timeout=60)
    sent = fake.messages_to(UID)[n:]
    photos = [i for i, m in enumerate(sent) if m.kind == "photo"]
    assert len(photos) == 1 and photos[0] > sent.index(text)


async def test_the_report_says_which_doses_are_not_counted_yet(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Chicago: "4 dose(s) still inside their answer window" at 09:05 read as four
    late doses; two of them were tonight's, not yet due."""
    from tests.integration.test_dose_loop import reminder_at
    from tests.integration.test_pause_kept import report_text

    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await answer_reminder(fake, msg, "taken")
    clock.set(dt.datetime(2026, 11, 25, 12, 0, tzinfo=NY))
    text = await report_text(fake)
    assert "1 dose not yet due, or due and still open to answer, is not counted." in text
    assert "answer window" not in text
