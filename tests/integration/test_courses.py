"""Courses through the chat: `for N days` ends by itself (its last reminder says so, and
it leaves /meds the day after), `every other day` counts from the start, `starting friday`
waits for Friday — in the person's own zone, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections import defaultdict
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseOccurrence, Medication
from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard

BERLIN = ZoneInfo("Europe/Berlin")
#: The send limiter off (SEND_RATE_PER_SECOND=0) where the driven clock moves through
#: days: its per-chat spacing is a second of real time between two messages to one
#: chat, so every tick would wait for the previous one's messages. What is checked
#: here is the course, not Telegram's rate limits (tests/unit/test_ratelimit.py).
NO_SEND_LIMIT: dict[str, Any] = {"SEND_RATE_PER_SECOND": 0}


async def doses_by_medicine(app: Any) -> dict[str, list[tuple[dt.date, str]]]:
    async with deps_of(app).sessions() as s:
        rows = await s.execute(
            select(Medication.name, DoseOccurrence.local_date, DoseOccurrence.local_time)
            .join(Medication, Medication.id == DoseOccurrence.medication_id)
            .order_by(DoseOccurrence.due_at)
        )
        out: dict[str, list[tuple[dt.date, str]]] = defaultdict(list)
        for name, day, at in rows:
            out[name].append((day, at))
        return out


async def test_a_course_an_interval_and_a_later_start(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake, "Europe/Berlin")
        # 2026-11-25 is a Wednesday; it is 07:00 in Berlin.
        said = await add(fake, "naproxen 500mg 08:00 20:00 for 3 days")
        assert "until Fri 27 Nov" in said
        said = await add(fake, "vitamin d 1000 unit 09:00 every other day")
        assert "every other day" in said and "every day" not in said
        said = await add(fake, "gabapentin 300mg 08:00 starting friday")
        assert "from Fri 27 Nov" in said

        n = len(fake.messages_to(UID))
        # Each day at 08:00 and 20:00 in Berlin (the 09:00 dose is set down, then missed).
        for day in range(6):
            for hour in (7, 19):
                clock.set(dt.datetime(2026, 11, 25, hour, tzinfo=dt.UTC) + dt.timedelta(days=day))
                await tick(app)

        doses = {
            name: [(d, t) for d, t in rows if d <= dt.date(2026, 11, 30)]
            for name, rows in (await doses_by_medicine(app)).items()
        }

        def nov(d: int) -> dt.date:
            return dt.date(2026, 11, d)

        assert doses["naproxen"] == [(nov(d), t) for d in (25, 26, 27) for t in ("08:00", "20:00")]
        assert [d for d, _ in doses["vitamin d"]] == [nov(25), nov(27), nov(29)]
        assert [d for d, _ in doses["gabapentin"]] == [nov(27), nov(28), nov(29), nov(30)]

        sent = [m.text or "" for m in fake.messages_to(UID)[n:]]
        naproxen = [t for t in sent if "Time for your" in t and "Naproxen" in t]
        assert len(naproxen) == 6
        assert ["Last dose of this course" in t for t in naproxen] == [False] * 5 + [True]
        assert not any("Last dose" in t for t in sent if "Naproxen" not in t)

        async with deps_of(app).sessions() as s:
            naproxen_row = await s.scalar(select(Medication).where(Medication.name == "naproxen"))
        assert naproxen_row is not None and naproxen_row.ended_at is not None
        ended = naproxen_row.ended_at.astimezone(BERLIN)
        assert ended == dt.datetime(2026, 11, 28, tzinfo=BERLIN)

        m = len(fake.messages_to(UID))
        await fake.send_text(UID, "/meds")
        meds = await fake.wait_for_message(UID, after=m, contains="Gabapentin")
        assert "Naproxen" not in (meds.text or "")
        assert "Vitamin d 1000 unit · 09:00 · every other day" in (meds.text or "")


async def test_a_course_that_ends_before_it_starts_is_not_saved(
    fake: FakeBotApi, sqlite_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, sqlite_url, clock):
        await onboard(fake, "Europe/Berlin")
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/add naproxen 500mg 08:00 from 2026-12-10 until 2026-12-05")
        said = await fake.wait_for_message(UID, after=n)
        assert "end before it starts" in (said.text or "") and "nothing is saved" in (
            said.text or ""
        )
        m = len(fake.messages_to(UID))
        await fake.send_text(UID, "/meds")
        meds = await fake.wait_for_message(UID, after=m)
        assert "Naproxen" not in (meds.text or "")


async def test_a_taper_steps_down_and_says_so_the_day_before(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake, "Europe/Berlin")
        said = await add(
            fake,
            "prednisone 20mg 08:00 for 2 days then 10mg for 2 days then 5mg for 1 day then stop",
        )
        lines = said.splitlines()
        assert "Prednisone 20 mg · 08:00 every day · until Thu 26 Nov" in lines[0]
        assert (
            "then Prednisone 10 mg · 08:00 every day · from Fri 27 Nov, until Sat 28 Nov"
            in lines[1]
        )
        assert "then Prednisone 5 mg · 08:00 · on Sun 29 Nov only" in lines[2]

        n = len(fake.messages_to(UID))
        for day in range(6):
            for hour in (7, 23):
                clock.set(dt.datetime(2026, 11, 25, hour, tzinfo=dt.UTC) + dt.timedelta(days=day))
                await tick(app)
            if day == 1:  # just past midnight in Berlin: the first step is over
                m = len(fake.messages_to(UID))
                await fake.send_text(UID, "/meds")
                meds = (await fake.wait_for_message(UID, after=m, contains="Prednisone")).text
                assert "Prednisone 20 mg" not in (meds or "")
                assert "Prednisone 10 mg · 08:00 every day · until Sat 28 Nov" in (meds or "")
        reminders = [
            m.text or "" for m in fake.messages_to(UID)[n:] if "Time for your" in (m.text or "")
        ]
        assert len(reminders) == 5
        assert ["Prednisone 20 mg" in r for r in reminders] == [True, True, False, False, False]
        assert "From tomorrow your dose changes to Prednisone 10 mg" in reminders[1]
        assert "From tomorrow your dose changes to Prednisone 5 mg" in reminders[3]
        assert "Last dose of this course" in reminders[4]
        assert not any(
            "From tomorrow" in r or "Last dose" in r for r in (reminders[0], reminders[2])
        )
        doses = await doses_by_medicine(app)
        assert [d.day for d, _ in doses["prednisone"]] == [25, 26, 27, 28, 29]

        m = len(fake.messages_to(UID))
        await fake.send_text(UID, "/export")
        doc = await fake.wait_for_message(UID, after=m)
        with zipfile.ZipFile(io.BytesIO(doc.file_bytes or b"")) as z:
            regimen = list(csv.DictReader(io.StringIO(z.read("regimen.csv").decode("utf-8"))))
        steps = [(r["amount"], r["first day"], r["last day"]) for r in regimen]
        assert steps == [
            ("20", "2026-11-25", "2026-11-26"),
            ("10", "2026-11-27", "2026-11-28"),
            ("5", "2026-11-29", "2026-11-29"),
        ]

        m = len(fake.messages_to(UID))
        await fake.send_text(UID, "/meds")
        over = await fake.wait_for_message(UID, after=m)
        assert "Prednisone" not in (over.text or "")  # the taper is over


async def test_as_needed_every_four_hours_is_the_shortest_gap(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    """A dose logged sooner than "every 4 hours" gets the fact of when the gap ends."""
    async with running_bot(fake, database_url, clock):
        await onboard(fake, "Europe/Berlin")
        said = await add(fake, "oxycodone 5mg as needed every 4 hours max 4 per day")
        assert "Oxycodone 5 mg · as needed, at least 4 h apart, max 4 a day" in said

        clock.set(dt.datetime(2026, 11, 25, 9, tzinfo=dt.UTC))  # 10:00 in Berlin
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "took an oxycodone")
        await fake.wait_for_message(UID, after=n, contains="Oxycodone")
        assert not any("Your plan says" in (m.text or "") for m in fake.messages_to(UID)[n:])

        clock.set(dt.datetime(2026, 11, 25, 11, 30, tzinfo=dt.UTC))  # 12:30
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "pain is bad, took another oxycodone")
        fact = await fake.wait_for_message(UID, after=n, contains="Your plan says")
        text = fact.text or ""
        assert "about 2.5 hours before this one" in text
        assert "came about 1.5 hours sooner than the plan" in text
        assert text.rstrip().endswith("talk to your doctor or pharmacist.")


async def test_every_eight_hours_offers_times_eight_hours_apart(
    fake: FakeBotApi, sqlite_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, sqlite_url, clock):
        await onboard(fake, "Europe/Berlin")
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/add tramadol 50mg every 8 hours")
        ask = await fake.wait_for_message(UID, after=n, contains="When do you take tramadol")
        offered = fake.buttons(ask)
        assert offered[:2] == ["06:00 · 14:00 · 22:00", "07:00 · 15:00 · 23:00"]
        assert "As needed" in offered
        await fake.press(UID, ask.message_id, "07:00 · 15:00 · 23:00")
        saved = await fake.wait_for_message(UID, after=n, contains="Saved")
        assert "Tramadol 50 mg · 07:00, 15:00, 23:00 every day" in (saved.text or "")


async def test_a_dose_after_its_course_ended_is_said_so_and_kept(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    """Found living a sandbox week: "took oxy" after its 7-day as-needed course got "isn't
    in your list: … /add it" — an opioid taken past its course, treated as new."""
    from tests.integration.test_waiting_questions import say

    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake, "Europe/Berlin")
        said = await add(fake, "oxycodone 5mg as needed every 6 hours for 2 days")
        assert "until Thu 26 Nov" in said
        for day in range(3):
            clock.set(dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC) + dt.timedelta(days=day))
            await tick(app)
        reply = await say(fake, "took oxy", "Logged")
        text = reply.text or ""
        assert "course ended on Thu 26 Nov" in text and "kept this dose" in text
        assert "isn't in your list" not in text
