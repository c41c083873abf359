"""Issue 19's story through the real Application: a patient checks in for two weeks,
starts duloxetine, checks in two more weeks, answers the two-week question, keeps two
questions, books a visit, does her stretches on four of seven days — and the day before
the visit gets her questions, the report (timeline, change table, routine, questions)
and the calendar file. Every figure below is worked out by hand in its comment."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from bot.reports.first_page import SECTIONS
from bot.storage.models import RoutineLog, TrialReview
from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_patient_story import keep_file
from tests.integration.test_regimen import rows, say

#: A whole story, or storage itself: run on PostgreSQL as well.
pytestmark = pytest.mark.both_databases

EST = dt.timezone(dt.timedelta(hours=-5))  # New York all through (no DST change)
PDF_WAIT = 30.0  # the first report renders its fonts and chart


def ny(month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=EST)


def days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


async def at(app: Any, clock: FakeClock, when: dt.datetime) -> None:
    clock.set(when)
    await tick(app)


def newest(fake: FakeBotApi, n: int, contains: str) -> Any:
    found = [m for m in fake.messages_to(UID)[n:] if contains in (m.text or "")]
    assert found, f"no message containing {contains!r}"
    return found[-1]


async def check_in(fake: FakeBotApi, app: Any, clock: FakeClock, day: dt.date, score: int) -> None:
    """The 20:00 check-in of `day`, answered with one tap (the rest left, as people do)."""
    n = len(fake.messages_to(UID))
    await at(app, clock, ny(day.month, day.day, 20))
    ask = await fake.wait_for_message(UID, after=n, contains="How is your pain")
    await fake.press(UID, ask.message_id, str(score))
    await fake.wait_for_edit(UID, ask.message_id, contains=f"Pain {score}/10")


async def take_duloxetine(fake: FakeBotApi, app: Any, clock: FakeClock, day: dt.date) -> None:
    n = len(fake.messages_to(UID))
    await at(app, clock, ny(day.month, day.day, 9))
    reminder = await fake.wait_for_message(UID, after=n, contains="Duloxetine")
    await fake.press(UID, reminder.message_id, "✅ Taken")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Taken")


async def stretches(fake: FakeBotApi, app: Any, clock: FakeClock, day: dt.date) -> Any:
    n = len(fake.messages_to(UID))
    await at(app, clock, ny(day.month, day.day, 7))
    return await fake.wait_for_message(UID, after=n, contains="Time for your routine")


def page_one(data: bytes) -> str:
    return " ".join((PdfReader(io.BytesIO(data)).pages[0].extract_text() or "").split())


def pdf_text(data: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    return text, sum(len(p.images) for p in reader.pages)


async def test_a_change_its_review_a_visit_questions_and_a_routine(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    # The send limiter's per-chat second of real time would add up over five weeks of
    # driven clock (see tests/integration/test_courses.py).
    async with running_bot(fake, database_url, clock, SEND_RATE_PER_SECOND=0) as bot:
        await _story(fake, bot, clock)


async def _story(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    await onboard(fake)  # Wed 25 Nov, New York, check-in at 20:00
    # What she already takes, entered on her first day, is no change: no trial.
    await add(fake, "ibuprofen 400mg as needed max 3 per day")

    # Two weeks before (25 Nov – 8 Dec): 7 every evening but 6 on Tue 1 Dec.
    for day in days(dt.date(2026, 11, 25), dt.date(2026, 12, 8)):
        await check_in(fake, bot, clock, day, 6 if day == dt.date(2026, 12, 1) else 7)

    clock.set(ny(12, 9, 8))  # Wed 9 Dec: her doctor starts duloxetine, from this morning
    await add(fake, "duloxetine 30mg 09:00", warned=True)  # with ibuprofen: bleeding
    for day in days(dt.date(2026, 12, 9), dt.date(2026, 12, 22)):
        if day >= dt.date(2026, 12, 22):
            reminder = await stretches(fake, bot, clock, day)
            await fake.press(UID, reminder.message_id, "Done")
            await fake.wait_for_edit(UID, reminder.message_id, contains="✅ Done")
        await take_duloxetine(fake, bot, clock, day)
        if day in (dt.date(2026, 12, 10), dt.date(2026, 12, 12)):
            clock.set(ny(day.month, day.day, 12))
            await say(fake, "feeling dizzy this morning", "dizz")
        if day == dt.date(2026, 12, 21):  # Mon: her physio's stretches, from tomorrow
            clock.set(ny(12, 21, 19))
            await say(fake, "/routine stretches 10 min 07:00", "I'll remind you")
        await check_in(fake, bot, clock, day, 5)

    # Wed 23 Dec, 20:00 (two weeks on, at her check-in time): the question comes once.
    day = dt.date(2026, 12, 23)
    reminder = await stretches(fake, bot, clock, day)
    await fake.press(UID, reminder.message_id, "Done")
    await fake.wait_for_edit(UID, reminder.message_id, contains="✅ Done")
    await take_duloxetine(fake, bot, clock, day)
    n = len(fake.messages_to(UID))
    await at(bot, clock, ny(12, 23, 20))
    review = await fake.wait_for_message(UID, after=n, contains="2 weeks since you started")
    assert (review.text or "").splitlines()[:3] == [
        "💊 It's 2 weeks since you started Duloxetine 30 mg (Wed 9 Dec).",
        # Before: (13 × 7 + 6) / 14 = 6.93 → 6.9. Since (9–22 Dec): 14 × 5 / 14 = 5.0.
        "Pain: 6.9 on average in the 2 weeks before → 5.0 since (0 = no pain, 10 = worst)",
        "Days with side effects: 0 → 2",  # dizzy on 10 and 12 Dec
    ]
    await fake.press(UID, review.message_id, "Helping")
    await fake.wait_for_edit(UID, review.message_id, contains="Your answer: Helping")
    ask = newest(fake, n, "How is your pain")
    await fake.press(UID, ask.message_id, "4")
    await fake.wait_for_edit(UID, ask.message_id, contains="Pain 4/10")

    clock.set(ny(12, 23, 21))
    await say(fake, "/ask could the dizziness be the duloxetine?", "Kept")
    await say(fake, "question for my doctor: how long do I keep up the stretches", "2 questions")
    clock.set(ny(12, 23, 21, 30))
    await say(fake, "/appointment 2026-12-29 14:30 Dr Patel", "📅 Tue 29 Dec, 14:30 with Dr Patel")

    # 24–27 Dec: stretches skipped on Thu, done Fri, not answered Sat, done Sun; pain 4.
    for day in days(dt.date(2026, 12, 24), dt.date(2026, 12, 27)):
        reminder = await stretches(fake, bot, clock, day)
        answer = {24: "Skip", 25: "Done", 27: "Done"}.get(day.day)
        if answer:
            await fake.press(UID, reminder.message_id, answer)
            await fake.wait_for_edit(UID, reminder.message_id, contains="—")
        await take_duloxetine(fake, bot, clock, day)
        if day.day == 27:  # Sunday 18:00: the weekly summary tells the change once
            n = len(fake.messages_to(UID))
            await at(bot, clock, ny(12, 27, 18))
            summary = await fake.wait_for_message(UID, after=n, contains="Your week")
            text = summary.text or ""
            assert "🧘 Routines:\n• Stretches 10 min: done 4 of 6 days (1 skipped)" in text
            assert (
                "📈 Two weeks since you started Duloxetine 30 mg (Wed 9 Dec):\n"
                # Since (9–26 Dec): (14 × 5 + 4 × 4) / 18 = 4.78 → 4.8.
                "• Pain (0–10, higher = worse): 6.9 before → 4.8 since, on average\n"
                "• Days with side effects: 0 before → 2 since\n"
                "• You said about Duloxetine 30 mg: helping at 2 weeks"
            ) in text
            assert "📅 Next visit: Tue 29 Dec, 14:30 with Dr Patel." in text
        await check_in(fake, bot, clock, day, 4)

    # Mon 28 Dec: stretches not answered; 18:00, the evening before the visit.
    await stretches(fake, bot, clock, dt.date(2026, 12, 28))
    await take_duloxetine(fake, bot, clock, dt.date(2026, 12, 28))
    n = len(fake.messages_to(UID))
    await at(bot, clock, ny(12, 28, 18))
    head = await fake.wait_for_message(UID, after=n, contains="Your visit with Dr Patel")
    lines = (head.text or "").splitlines()
    assert lines[0] == "📅 Your visit with Dr Patel is tomorrow at 14:30."
    assert "1. Could the dizziness be the duloxetine?" in lines
    assert "2. How long do I keep up the stretches" in lines
    await fake.wait_for_message(UID, after=n, contains="calendar", timeout=PDF_WAIT)
    docs = [m for m in fake.messages_to(UID)[n:] if m.kind == "document"]
    (report,) = [m for m in docs if (m.filename or "").endswith(".pdf")]
    (ics,) = [m for m in docs if (m.filename or "").endswith(".ics")]
    (event,) = Calendar.from_ical(ics.file_bytes or b"").walk("VEVENT")
    assert event.decoded("dtstart").replace(tzinfo=None) == dt.datetime(2026, 12, 29, 14, 30)
    assert event["dtstart"].params["TZID"] == "America/New_York"

    keep_file("visit-report.pdf", report.file_bytes)
    keep_file("visit.ics", ics.file_bytes)
    text, images = pdf_text(report.file_bytes or b"")
    assert images >= 1, "the timeline above the daily pain line"
    first = page_one(report.file_bytes or b"")
    places = [first.index(title) for title in SECTIONS]
    assert places == sorted(places), "page one's sections in the order a doctor acts on them"
    assert "Next appointment Tue 29 Dec, 14:30 with Dr Patel" in first
    assert "Routines (non-drug) done / due: Stretches 10 min 4/7 (1 skipped)" in first
    assert (
        "Wed 9 Dec: started Duloxetine 30 mg; pain 6.9 in the 14 days before (14 days rated) "
        "→ 4.7 since (19 days rated)"
    ) in first
    assert "patient: helping at 2 wk" in first
    # Routines beside adherence: due 22–28 Dec (7), done 22, 23, 25, 27; skipped 24.
    assert "Routines (non-drug treatment)" in text
    assert "Stretches 10 min 4 / 7 57% 1 2" in text
    assert "Medication changes and what followed" in text
    # Since (9–27 Dec) as of the 28th, 18:00: (14 × 5 + 5 × 4) / 19 = 4.74 → 4.7.
    assert "Wed 9 Dec Started Duloxetine 30 mg 6.9 → 4.7" in text
    assert "helping at 2 weeks" in text
    assert "Could the dizziness be the duloxetine?" in text
    assert text.index("Adherence") < text.index("Routines") < text.index("Pain (NRS")
    assert text.index("Pain (NRS") < text.index("Medication changes and what followed")

    reviews = await rows(bot, TrialReview)
    assert [(r.weeks, r.verdict) for r in reviews] == [(2, "helping"), (6, None)]
    logs = sorted((g.local_date.day, g.status) for g in await rows(bot, RoutineLog))
    assert logs == [(22, "done"), (23, "done"), (24, "skipped"), (25, "done"), (27, "done")]
