"""A gabapentin stock-out of two days, told in words, lived through the real bot on
SQLite and PostgreSQL (Sandbox, Chicago): "ran out of gabapentin" on Wednesday,
"couldnt get gabapentin anywhere, pharmacy says wednesday" on Thursday, /refill on
Friday. Every dose the stock-out covered reads "ran out" — in the chat, the weekly
summary, both pages of the report and the export — not 1 "ran out" and the rest "no
answer"; the dose left unanswered after the refill is missed as before."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from typing import Any
from zoneinfo import ZoneInfo

import pypdf
import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseOccurrence, Medication
from tests.conftest import FakeClock, running_bot, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard

#: A whole story, or storage itself: run on PostgreSQL as well.
pytestmark = pytest.mark.both_databases

CHI = ZoneInfo("America/Chicago")


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, minute, tzinfo=CHI)


async def _until(app: Any, clock: FakeClock, end: dt.datetime) -> None:
    """Move the clock to `end` a quarter of an hour at a time, running the due work."""
    while clock.now() < end:
        clock.set(min(end, clock.now() + dt.timedelta(minutes=15)))
        await tick(app)
    await settled(app)


async def _doses_of(app: Any, generic: str) -> dict[str, tuple[str, str | None]]:
    """Each dose of `generic`, "9 14:00" -> (status, skip reason)."""
    async with deps_of(app).sessions() as s:
        rows = await s.execute(
            select(DoseOccurrence)
            .join(Medication, Medication.id == DoseOccurrence.medication_id)
            .where(Medication.generic == generic)
        )
        return {f"{o.local_date.day} {o.local_time}": (o.status, o.skip_reason) for (o,) in rows}


async def test_a_stock_out_told_in_words_is_the_reason_for_every_dose_it_covered(
    fake: FakeBotApi, database_url: str
) -> None:
    clock = FakeClock(at(9, 7))
    async with running_bot(fake, database_url, clock, SEND_RATE_PER_SECOND=0) as app:
        await onboard(fake, "America/Chicago")
        await add(fake, "gabapentin 300mg 08:00 14:00 20:00")
        await add(fake, "meloxicam 15mg 08:00")
        await _until(app, clock, at(9, 8))
        n = len(fake.messages_to(UID))
        reminder = await fake.wait_for_message(UID, contains="Time for your")
        await fake.press(UID, reminder.message_id, "All taken")
        await _until(app, clock, at(9, 14, 5))

        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "ran out of gabapentin")
        asked = await fake.wait_for_message(UID, after=n, contains="Out of Gabapentin")
        assert "count as ran out, not missed" in (asked.text or "")

        # Its 20:00 and 08:00 doses go unanswered; the meloxicam is taken.
        await _until(app, clock, at(10, 8))
        morning = await fake.wait_for_message(UID, after=n, contains="08:00 doses")
        await fake.press(UID, morning.message_id, "Taken · Meloxicam")
        await _until(app, clock, at(10, 10))
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "couldnt get gabapentin anywhere, pharmacy says wednesday")
        still = await fake.wait_for_message(UID, after=n, contains="Still out of Gabapentin")
        assert "since Wed 9 Dec" in (still.text or "")
        said = [m.text or "" for m in fake.messages_to(UID)[n:]]
        assert not any("haven't logged" in t for t in said)

        await _until(app, clock, at(11, 10))
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/refill gabapentin 90")
        await fake.wait_for_message(UID, after=n, contains="90 on hand")
        await _until(app, clock, at(11, 19))  # 14:00 after the refill: unanswered

        doses = await _doses_of(app, "gabapentin")
        ran_out = ("skipped", "ran_out")
        for due in ("9 14:00", "9 20:00", "10 08:00", "10 14:00", "10 20:00", "11 08:00"):
            assert doses[due] == ran_out, due
        assert doses["9 08:00"][0] == "taken"
        assert doses["11 14:00"] == ("missed", None)  # had it again: no answer is missed

        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/summary")
        summary = await fake.wait_for_message(UID, after=n, contains="Your week")
        assert "ran out: 6 doses, Wed 9 – Fri 11 Dec · 1 no answer" in (summary.text or "")

        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/report")
        report = await fake.wait_for_message(UID, after=n, contains="report", timeout=30)
        pages = [
            p.extract_text() for p in pypdf.PdfReader(io.BytesIO(report.file_bytes or b"")).pages
        ]
        text = "\n".join(pages)
        assert "not taken: 6 ran out, 1 no answer" in " ".join(pages[0].split())
        assert "Ran out" in text and "6 (Wed 9 – Fri 11 Dec)" in text
        assert "Not taken = Skipped + Ran out + No answer" in " ".join(text.split())

        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/export")
        doc = await fake.wait_for_message(UID, after=n)
        with zipfile.ZipFile(io.BytesIO(doc.file_bytes or b"")) as z:
            rows = list(csv.DictReader(io.StringIO(z.read("doses.csv").decode("utf-8"))))
        out = [r for r in rows if r["generic"] == "gabapentin" and r["skip reason"] == "ran out"]
        assert len(out) == 6


async def test_a_supply_used_up_or_not_to_be_had_is_that_medicine_s_alone(
    fake: FakeBotApi, database_url: str
) -> None:
    # "finished my tramadol, cant get a refill till monday" skipped every dose waiting as
    # ran out and marked the naproxen out too; "couldnt get tramadol anywhere, took a
    # naproxen instead" logged the naproxen and kept the stock-out as a note only.
    clock = FakeClock(at(7, 7))
    async with running_bot(fake, database_url, clock, SEND_RATE_PER_SECOND=0) as app:
        await onboard(fake, "America/Chicago")
        await add(fake, "tramadol 50mg 08:00 20:00")
        await add(fake, "naproxen 500mg 08:00 20:00")
        await _until(app, clock, at(7, 8, 5))
        await fake.wait_for_message(UID, contains="08:00 doses")
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "finished my tramadol, cant get a refill till monday")
        await fake.wait_for_message(UID, after=n, contains="Out of Tramadol")
        await settled(app)
        said = [m.text or "" for m in fake.messages_to(UID)[n:]]
        assert not any("Naproxen" in t and "ran out" in t for t in said), said
        assert (await _doses_of(app, "tramadol"))["7 08:00"] == ("skipped", "ran_out")
        assert (await _doses_of(app, "naproxen"))["7 08:00"][1] is None

        await _until(app, clock, at(7, 19, 55))
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "couldnt get tramadol anywhere, took a naproxen instead")
        await fake.wait_for_message(UID, after=n, contains="Still out of Tramadol")
        await settled(app)
        tramadol = await _doses_of(app, "tramadol")
        assert tramadol["7 20:00"] == ("skipped", "ran_out")
        naproxen = await _doses_of(app, "naproxen")
        assert "taken" in {status for status, _ in naproxen.values()}
