"""/pause for a hospital stay, /resume two days later: the summary, the report and the
export say when reminders were off, beside an adherence that counts only the days they
were on (a paused day has no doses due, so 100% read over the gap)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from typing import Any

from pypdf import PdfReader

from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_reports import answer_reminder

NY = dt.timezone(dt.timedelta(hours=-5))
SPAN = "Thu 26 Nov 09:10 – Sat 28 Nov 17:30 (2 days)"


async def _dose_at(fake: FakeBotApi, app: Any, clock: FakeClock, when: dt.datetime) -> None:
    n = len(fake.messages_to(UID))
    clock.set(when)
    await tick(app)
    reminder = await fake.wait_for_message(UID, after=n, contains="Time for your")
    await answer_reminder(fake, reminder, "taken")


async def _command(fake: FakeBotApi, clock: FakeClock, when: dt.datetime, text: str) -> str:
    clock.set(when)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, text)
    while True:
        reply = await fake.wait_for_message(UID, after=n)
        # (a reminder a tick sends late as the clock moves may come first: not the reply)
        if not (reply.text or "").startswith("💊 Time for your"):
            return reply.text or ""
        n = fake.messages_to(UID).index(reply) + 1


async def report_text(fake: FakeBotApi) -> str:
    """/report sent now: its PDF's text, whitespace folded."""
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report")
    doc = await fake.wait_for_message(UID, after=n, contains="Your report", timeout=30)
    pages = PdfReader(io.BytesIO(doc.file_bytes or b"")).pages
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))


async def pauses_rows(fake: FakeBotApi) -> list[dict[str, str]]:
    """/export sent now: the rows of its pauses.csv."""
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/export")
    doc = await fake.wait_for_message(UID, after=n, contains="CSV files", timeout=30)
    with zipfile.ZipFile(io.BytesIO(doc.file_bytes or b"")) as z:
        return list(csv.DictReader(io.StringIO(z.read("pauses.csv").decode("utf-8"))))


async def test_a_pause_and_resume_are_dated_in_summary_report_and_export(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock, SEND_RATE_PER_SECOND=0) as bot:
        await onboard(fake)
        await add(fake, "ibuprofen 400mg 08:00 20:00")
        await _dose_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
        await _dose_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
        await _dose_at(fake, bot, clock, dt.datetime(2026, 11, 26, 8, 0, tzinfo=NY))
        said = await _command(fake, clock, dt.datetime(2026, 11, 26, 9, 10, tzinfo=NY), "/pause")
        assert "paused" in said
        # Two days in hospital: no reminders come.
        n = len(fake.messages_to(UID))
        for day in (27, 28):
            clock.set(dt.datetime(2026, 11, day, 8, 0, tzinfo=NY))
            await tick(bot)
        assert not [m for m in fake.messages_to(UID)[n:] if "Time for your" in (m.text or "")]
        said = await _command(fake, clock, dt.datetime(2026, 11, 28, 17, 30, tzinfo=NY), "/resume")
        await _dose_at(fake, bot, clock, dt.datetime(2026, 11, 28, 20, 0, tzinfo=NY))

        clock.set(dt.datetime(2026, 11, 28, 21, 0, tzinfo=NY))
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/summary")
        week = (await fake.wait_for_message(UID, after=n, contains="Your week")).text or ""
        assert "4 of 4 taken (100%, of the doses due while reminders were on)" in week, week
        assert f"⏸ You paused reminders: {SPAN}" in week, week

        pdf_text = await report_text(fake)
        assert f"Reminders paused by the patient: {SPAN}" in pdf_text, pdf_text
        assert "Counts are of the doses due while reminders were on" in pdf_text

        assert await pauses_rows(fake) == [
            {
                "what": "Reminders paused by the patient",
                "paused at": "2026-11-26T09:10:00-05:00",
                "resumed at": "2026-11-28T17:30:00-05:00",
                "length": "2 days",
            }
        ]


async def test_a_pause_from_settings_tapped_twice_is_one_pause_still_on(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    clock.set(dt.datetime(2026, 11, 26, 9, 10, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/settings")
    shown = await fake.wait_for_message(UID, after=n, contains="Your settings")
    await fake.press(UID, shown.message_id, "⏸ Pause all")
    await fake.wait_for_message(UID, after=n, contains="Saved")
    # The old message's button, tapped again later: still the one pause, from 09:10.
    clock.set(dt.datetime(2026, 11, 26, 10, 0, tzinfo=NY))
    m = len(fake.messages_to(UID))
    await fake.press(UID, shown.message_id, "⏸ Pause all")
    await fake.wait_for_message(UID, after=m, contains="Saved")
    await _command(fake, clock, dt.datetime(2026, 11, 26, 11, 0, tzinfo=NY), "/pause")
    clock.set(dt.datetime(2026, 11, 27, 12, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/summary")
    week = (await fake.wait_for_message(UID, after=n, contains="Your week")).text or ""
    assert "⏸ You paused reminders: since Thu 26 Nov 09:10 (still paused)" in week, week
    assert week.count("⏸") == 1, week


async def test_words_after_pause_say_why_and_the_report_keeps_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """ "/pause in hospital" said only "All reminders paused"; the words were lost."""
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    said = await _command(
        fake, clock, dt.datetime(2026, 11, 26, 9, 10, tzinfo=NY), "/pause in hospital"
    )
    assert "All reminders paused" in said
    assert "paused while you were in hospital" in said, said
    await _command(fake, clock, dt.datetime(2026, 11, 28, 17, 30, tzinfo=NY), "/resume")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/summary")
    week = (await fake.wait_for_message(UID, after=n, contains="Your week")).text or ""
    assert f"⏸ You paused reminders (in hospital): {SPAN}" in week, week
    rows = await pauses_rows(fake)
    assert rows[0]["what"] == "Reminders paused by the patient (in hospital)"


async def test_a_pause_with_no_reason_stays_unnamed(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Words that name no reason we keep make none up."""
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    said = await _command(
        fake, clock, dt.datetime(2026, 11, 26, 9, 10, tzinfo=NY), "/pause for a bit"
    )
    assert said == "⏸ All reminders paused. Send /resume when you want them back."
    clock.set(dt.datetime(2026, 11, 27, 12, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/summary")
    week = (await fake.wait_for_message(UID, after=n, contains="Your week")).text or ""
    assert "⏸ You paused reminders: since Thu 26 Nov 09:10 (still paused)" in week, week
