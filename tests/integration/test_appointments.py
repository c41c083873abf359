"""Appointments through the real Application: /appointment in one line or guided, the
day-before message with the questions, the report (PDF) and an .ics file, the two-hour
reminder, "did anything change?" with `No changes` / `Update my medicines` (never sent
twice), Cancel dropping a visit's messages, nobody else's button changing anything, a
new time zone moving the messages, and /delete erasing it all."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
from typing import Any

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import Appointment, DueWork, User
from bot.telegram import texts
from bot.telegram.payloads import AppointmentAction, AppointmentTap
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard
from tests.integration.test_regimen import rows, say

EVE = "Your visit with"
AFTER = "did anything change in your medicines?"
PDF_WAIT = 30.0  # the first report renders its fonts and chart


async def planned(app: Any, ref: int | None = None) -> list[DueWork]:
    async with deps_of(app).sessions() as s:
        query = select(DueWork).where(DueWork.kind.like("appt_%")).order_by(DueWork.due_at)
        if ref is not None:
            query = query.where(DueWork.ref_id == ref)
        return list(await s.scalars(query))


async def at(app: Any, clock: FakeClock, when: dt.datetime) -> None:
    clock.set(when)
    await tick(app)


def texts_since(fake: FakeBotApi, n: int, contains: str, uid: int = UID) -> list[Any]:
    return [m for m in fake.messages_to(uid)[n:] if contains in (m.text or "")]


def documents_since(fake: FakeBotApi, n: int, suffix: str) -> list[Any]:
    return [
        m
        for m in fake.messages_to(UID)[n:]
        if m.kind == "document" and (m.filename or "").endswith(suffix)
    ]


def pdf_text(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


async def test_a_visit_from_booking_to_afterwards(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    await say(fake, "/ask will the numbness go away?", "Kept")
    booked = await say(fake, "/appointment tomorrow 14:30 Dr Patel", "📅")
    assert booked.text == (
        "📅 Thu 26 Nov, 14:30 with Dr Patel. I'll send your report and questions the day before."
    )
    (visit,) = await rows(bot, Appointment)
    start = dt.datetime(2026, 11, 26, 14, 30, tzinfo=NY)
    assert (visit.local_date, visit.local_time, visit.with_whom) == (
        dt.date(2026, 11, 26),
        "14:30",
        "Dr Patel",
    )
    assert visit.starts_at == start.astimezone(dt.UTC)
    eve = dt.datetime(2026, 11, 25, 18, 0, tzinfo=NY)
    assert [(w.kind, w.due_at) for w in await planned(bot)] == [
        ("appt_eve", eve.astimezone(dt.UTC)),
        ("appt_soon", (start - dt.timedelta(hours=2)).astimezone(dt.UTC)),
        ("appt_after", (start + dt.timedelta(hours=3)).astimezone(dt.UTC)),
    ]

    # The day before, at 18:00: when, the questions, then the report and the .ics.
    n = len(fake.messages_to(UID))
    await at(bot, clock, eve - dt.timedelta(seconds=1))
    assert not texts_since(fake, n, EVE), "nothing is due a second early"
    await at(bot, clock, eve)
    head = await fake.wait_for_message(UID, after=n, contains=EVE)
    lines = (head.text or "").splitlines()
    assert lines[0] == "📅 Your visit with Dr Patel is tomorrow at 14:30."
    assert "1. Will the numbness go away?" in lines
    await fake.wait_for_message(UID, after=n, contains=texts.APPT_ICS_CAPTION, timeout=PDF_WAIT)
    (report,) = documents_since(fake, n, ".pdf")
    assert "Will the numbness go away?" in pdf_text(report.file_bytes or b"")
    (ics,) = documents_since(fake, n, ".ics")
    (event,) = Calendar.from_ical(ics.file_bytes or b"").walk("VEVENT")
    begins = event.decoded("dtstart")
    assert begins.replace(tzinfo=None) == dt.datetime(2026, 11, 26, 14, 30)
    assert event["dtstart"].params["TZID"] == "America/New_York"
    assert str(event["summary"]) == "Doctor's appointment — Dr Patel"
    # A second tick sends none of it again.
    await at(bot, clock, eve + dt.timedelta(minutes=1))
    assert len(texts_since(fake, n, EVE)) == 1 and len(documents_since(fake, n, ".pdf")) == 1

    # Two hours before: a short reminder.
    n = len(fake.messages_to(UID))
    await at(bot, clock, start - dt.timedelta(hours=2))
    soon = await fake.wait_for_message(UID, after=n, contains="⏰ Your visit")
    assert "today at 14:30" in (soon.text or "")

    # Afterwards: did anything change? `Update my medicines` leads to the list.
    n = len(fake.messages_to(UID))
    await at(bot, clock, start + dt.timedelta(hours=3))
    asked = await fake.wait_for_message(UID, after=n, contains=AFTER)
    assert fake.buttons(asked) == ["No changes", "Update my medicines"]
    await at(bot, clock, start + dt.timedelta(hours=3, minutes=5))
    assert len(texts_since(fake, n, AFTER)) == 1, "the question is asked once"
    n = len(fake.messages_to(UID))
    await fake.wait_for_callback_answer(
        await fake.press(UID, asked.message_id, "Update my medicines")
    )
    await fake.wait_for_edit(UID, asked.message_id, contains="let's update your medicines")
    meds = await fake.wait_for_message(UID, after=n, contains="Ibuprofen 400 mg")
    assert any("Edit" in b for b in fake.buttons(meds))
    (visit,) = await rows(bot, Appointment)
    assert visit.outcome == "update" and visit.answered_at is not None
    assert {w.status for w in await planned(bot)} == {"sent"}


@pytest.mark.both_databases
async def test_guided_booking_cancel_no_changes_and_someone_elses_button(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    listing = await say(fake, "/appointment", "When is your next visit?")
    assert (listing.text or "").startswith(texts.APPT_NONE)
    said = await say(fake, "tomorrow 9am physio", "📅")
    assert (said.text or "").startswith("📅 Thu 26 Nov, 09:00 with physio.")
    assert (await rows(bot, User))[0].awaiting is None
    said = await say(fake, "/appointment dec 3 Dr Okafor", "📅")
    assert "Thu 3 Dec with Dr Okafor" in (said.text or "")
    assert "/appointment 2026-12-03 14:30" in (said.text or ""), "how to add the time"
    # The same day again with its time completes that visit, no second one.
    said = await say(fake, "/appointment dec 3 11:15", "📅 Updated")
    assert "Thu 3 Dec, 11:15 with Dr Okafor" in (said.text or "")
    physio, okafor = await rows(bot, Appointment)
    assert okafor.local_time == "11:15" and len(await planned(bot, okafor.id)) == 3

    # A line that cannot be read says so and keeps waiting; "no" stops waiting.
    await say(fake, "/appointment", "When is your next visit?")
    said = await say(fake, "someday soon", "couldn't find the day")
    assert texts.APPT_EXAMPLE in (said.text or "")
    await say(fake, "2020-01-01 9am", "already passed")
    await say(fake, "no", "no visit added")
    assert (await rows(bot, User))[0].awaiting is None

    # Cancel drops the visit's messages and redraws the list.
    listing = await say(fake, "/appointment", "Your upcoming visits")
    assert (listing.text or "").splitlines()[1:3] == [
        "1. Thu 26 Nov, 09:00 with physio",
        "2. Thu 3 Dec, 11:15 with Dr Okafor",
    ]
    assert fake.buttons(listing) == ["Cancel · 1", "Cancel · 2"]
    pressed = await fake.press(UID, listing.message_id, "Cancel · 2")
    assert (await fake.wait_for_callback_answer(pressed)).get("text") == texts.APPT_CANCELLED
    edited = await fake.wait_for_edit(UID, listing.message_id, contains="1. Thu 26 Nov")
    assert "Okafor" not in (edited.text or "")
    assert await planned(bot, okafor.id) == []
    await say(fake, "/start", "Backtrack")  # a command drops the waiting question

    # Held past the visit (the clock jumps): the day-before and two-hour messages are
    # too late and are not sent; the question afterwards is.
    n = len(fake.messages_to(UID))
    await at(bot, clock, dt.datetime(2026, 11, 26, 12, 0, tzinfo=NY))
    asked = await fake.wait_for_message(UID, after=n, contains=AFTER)
    assert "How did your visit with physio go" in (asked.text or "")
    assert not texts_since(fake, n, EVE) and not texts_since(fake, n, "⏰ Your visit")
    assert not documents_since(fake, n, ".pdf")
    pressed = await fake.press(UID, asked.message_id, "No changes")
    await fake.wait_for_callback_answer(pressed)
    await fake.wait_for_edit(UID, asked.message_id, contains=texts.APPT_NOTED_NO_CHANGES)
    assert (await rows(bot, Appointment))[0].outcome == "no_changes"

    # Someone else's buttons for these visits (signed for them) change nothing here.
    other = UID + 1
    start = await say(fake, "/start", "Backtrack", uid=other)
    codec = deps_of(bot).codec
    for tap in (
        AppointmentTap(AppointmentAction.UPDATE, physio.id),
        AppointmentTap(AppointmentAction.CANCEL, physio.id),
    ):
        forged = codec.pack(other, tap)
        answer = await fake.wait_for_callback_answer(
            await fake.press_data(other, start.message_id, forged)
        )
        assert answer.get("text") == texts.STALE_BUTTON
    # …and this person's own button pressed by someone else is refused outright.
    mine = codec.pack(UID, AppointmentTap(AppointmentAction.UPDATE, physio.id))
    answer = await fake.wait_for_callback_answer(
        await fake.press_data(other, start.message_id, mine)
    )
    assert answer.get("text") == texts.NOT_YOURS
    physio, okafor = await rows(bot, Appointment)
    assert physio.outcome == "no_changes" and physio.cancelled_at is None

    # The cancelled visit's day comes and goes in silence.
    n = len(fake.messages_to(UID))
    await at(bot, clock, dt.datetime(2026, 12, 4, 12, 0, tzinfo=NY))
    assert not [m for m in fake.messages_to(UID)[n:] if "Okafor" in (m.text or "")]

    confirm = await say(fake, "/delete", "can't be undone")
    await fake.press(UID, confirm.message_id, "Delete everything")
    await fake.wait_for_edit(UID, confirm.message_id, contains="erased")
    async with deps_of(bot).sessions() as s:
        left = await s.scalars(select(Appointment).where(Appointment.user_id == UID))
        assert list(left) == []
    assert [w for w in await planned(bot) if w.user_id == UID] == []


async def test_booked_late_the_evening_before_the_package_comes_at_once(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 21, 0, tzinfo=NY))
    said = await say(fake, "/appointment tomorrow GP", "📅")
    assert "Thu 26 Nov with GP. Your report and questions are on their way." in (said.text or "")
    n = len(fake.messages_to(UID))
    await tick(bot)
    head = await fake.wait_for_message(UID, after=n, contains=EVE)
    assert (head.text or "").startswith("📅 Your visit with GP is tomorrow.")
    assert texts.APPT_EVE_NO_QUESTIONS in (head.text or "")
    await fake.wait_for_message(UID, after=n, contains=texts.APPT_REPORT_CAPTION[:12])
    await fake.wait_for_message(UID, after=n, contains="report", timeout=PDF_WAIT)
    assert len(documents_since(fake, n, ".pdf")) == 1
    assert documents_since(fake, n, ".ics") == [], "no calendar file without a time"


@pytest.mark.both_databases
async def test_a_new_time_zone_moves_the_messages_but_sends_none_twice(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await say(fake, "/appointment 2026-12-15 14:30 Dr Patel", "📅 Tue 15 Dec, 14:30")
    await say(fake, "/timezone Europe/London", "Time zone set")
    (visit,) = await rows(bot, Appointment)
    london = dt.datetime(2026, 12, 15, 14, 30, tzinfo=dt.UTC)  # GMT in December
    assert visit.starts_at == london
    assert [(w.kind, w.due_at) for w in await planned(bot)] == [
        ("appt_eve", dt.datetime(2026, 12, 14, 18, 0, tzinfo=dt.UTC)),
        ("appt_soon", london - dt.timedelta(hours=2)),
        ("appt_after", london + dt.timedelta(hours=3)),
    ]


async def test_a_second_visit_on_the_same_day_is_kept_beside_the_first(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake)
    await say(fake, "/appointment 2026-12-15 14:30 Dr Patel", "📅 Tue 15 Dec, 14:30")
    await say(fake, "/appointment 2026-12-15 9am physio", "📅 Tue 15 Dec, 09:00 with physio")
    # Without a time but naming Dr Patel: that visit again, not a third.
    await say(fake, "/appointment 15 dec dr patel", "📅 Updated: Tue 15 Dec, 14:30")
    listing = await say(fake, "/appointment", "Your upcoming visits")
    assert (listing.text or "").splitlines()[1:3] == [
        "1. Tue 15 Dec, 09:00 with physio",
        "2. Tue 15 Dec, 14:30 with Dr Patel",
    ]
    assert len(await planned(bot)) == 6


@pytest.mark.both_databases
async def test_a_visit_said_to_have_moved_moves_with_its_messages(
    fake: FakeBotApi, bot: Any
) -> None:
    """Found in the sandbox: "my appointment got moved to thursday at 2" kept a second
    visit "with got moved to" beside the first."""
    await onboard(fake)
    await say(fake, "/appointment 2026-12-15 14:30 Dr Patel", "📅 Tue 15 Dec, 14:30")
    before = len(await planned(bot))
    await say(fake, "/appointment", "Your upcoming visits")
    moved = await say(fake, "it got moved to 17 dec at 2", "Updated")
    assert "Thu 17 Dec, 14:00 with Dr Patel" in (moved.text or "")
    listing = await say(fake, "/appointment", "Your upcoming visits")
    assert (listing.text or "").splitlines()[1:2] == ["1. Thu 17 Dec, 14:00 with Dr Patel"]
    assert len(await planned(bot)) == before
    # With two visits kept, the one named moves; the other stays.
    await say(fake, "/appointment 2026-12-20 9am physio", "📅 Sun 20 Dec, 09:00")
    await say(fake, "/appointment physio rescheduled to 21 dec 10am", "Updated")
    listing = await say(fake, "/appointment", "Your upcoming visits")
    assert (listing.text or "").splitlines()[1:3] == [
        "1. Thu 17 Dec, 14:00 with Dr Patel",
        "2. Mon 21 Dec, 10:00 with physio",
    ]


async def test_a_visit_told_in_passing_is_offered_and_kept_on_a_tap(
    fake: FakeBotApi, bot: Any
) -> None:
    """Found in the sandbox: "I have a doctors appointment on friday" got "I didn't catch
    that". A visit told in passing is offered, kept only on the tap; a report beside it
    is still recorded; a visit that was, or a wait for one, offers nothing."""
    await onboard(fake)
    offer = await say(fake, "I've got a GP appointment on 15 dec at 11", "shall I keep it")
    assert "Tue 15 Dec, 11:00 with GP" in (offer.text or "")
    assert len(await planned(bot)) == 0, "nothing kept before the tap"
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Keep this visit")
    await fake.wait_for_message(UID, after=n, contains="📅 Tue 15 Dec, 11:00 with GP.")
    assert len(await planned(bot)) > 0
    # The offer's button is gone once used: nothing is kept twice.
    assert fake.buttons(fake.current(UID, offer.message_id)) == []
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "physio 17 dec at 4pm, pain 6 today")
    logged = await fake.wait_for_message(UID, after=n, contains="Logged: pain 6")
    assert "note" not in (logged.text or ""), "the visit is offered, not kept as a note too"
    await fake.wait_for_message(UID, after=n, contains="Thu 17 Dec, 16:00 with physio")
    for said in ("saw the physio yesterday, exhausting", "GP won't do a repeat til friday"):
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, said)
        await fake.wait_for_message(UID, after=n)
        await asyncio.sleep(0.3)
        assert not [m for m in fake.messages_to(UID)[n:] if "shall I keep it" in (m.text or "")]
    listing = await say(fake, "/appointment", "Your upcoming visits")
    assert (listing.text or "").splitlines()[1:3] == ["1. Tue 15 Dec, 11:00 with GP", ""]
