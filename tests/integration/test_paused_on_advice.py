"""A medicine paused on a clinician's word, through the real Application: the pause is
offered after the alarm's episode was seen to, and the doctor's report then says when and
why (Sandbox, Dublin: "(paused)" alone); the dose reminded before the pause and never
answered is not counted missed."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from bot.app import deps_of
from bot.domain.states import DoseStatus
from bot.storage.models import DoseOccurrence, Medication
from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say

DUBLIN = ZoneInfo("Europe/Dublin")
SAID = "paused Sat 12 Dec (told to stop for now by the out-of-hours doctor)"


async def _rows(app: Any, model: Any) -> list[Any]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(model)))


async def test_a_pause_told_by_the_out_of_hours_doctor_is_on_the_report_with_its_day(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    clock.set(dt.datetime(2026, 12, 11, 7, 50, tzinfo=DUBLIN))
    await add(fake, "diclofenac 50mg 08:00 18:00")
    for hour in (8, 18):  # the day before: both taken
        clock.set(dt.datetime(2026, 12, 11, hour, 0, tzinfo=DUBLIN))
        n = len(fake.messages_to(UID))
        await tick(bot)
        reminder = await fake.wait_for_message(UID, after=n, contains="Time for your")
        await fake.press(UID, reminder.message_id, "Taken")
        await fake.wait_for_edit(UID, reminder.message_id, contains="Taken")
    clock.set(dt.datetime(2026, 12, 12, 8, 0, tzinfo=DUBLIN))
    n = len(fake.messages_to(UID))
    await tick(bot)
    await fake.wait_for_message(UID, after=n, contains="Time for your")  # left unanswered
    clock.set(dt.datetime(2026, 12, 12, 9, 30, tzinfo=DUBLIN))
    await say(fake, "my poo is black and sticky like tar this morning", "emergency")
    clock.advance(minutes=60)
    n = len(fake.messages_to(UID))
    await fake.send_text(
        UID,
        "Aoife drove me to the out of hours doctor about the black poo, they took bloods and "
        "said to stop the diclofenac for now and come back if it happens again",
    )
    offer = await fake.wait_for_message(UID, after=n, contains="Pause Diclofenac?")
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Pause · Diclofenac")
    done = await fake.wait_for_message(UID, after=n, contains="paused")
    assert "told to stop for now by the out-of-hours doctor" in (done.text or "")
    await settled(bot)
    (med,) = await _rows(bot, Medication)
    assert med.paused and med.paused_at == dt.datetime(2026, 12, 12, 10, 30, tzinfo=DUBLIN)
    assert med.pause_reason == "told_ooh"

    # past the morning dose's cutoff and on to the next day: nothing is marked missed
    clock.set(dt.datetime(2026, 12, 13, 12, 0, tzinfo=DUBLIN))
    await tick(bot)
    statuses = [o.status for o in await _rows(bot, DoseOccurrence)]
    assert statuses == [DoseStatus.TAKEN, DoseStatus.TAKEN]

    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report 7")
    doc = await fake.wait_for_message(UID, after=n, contains="report", timeout=30)
    assert doc.kind == "document"
    pages = PdfReader(io.BytesIO(doc.file_bytes or b"")).pages
    pdf = " ".join(" ".join(p.extract_text() for p in pages).split())
    assert SAID in pdf, pdf
    assert "Diclofenac 50 mg (from Fri 11 Dec, paused Sat 12 Dec): 2/2 (100%)" in pdf
    assert "not taken:" not in pdf, pdf


@pytest.mark.both_databases
async def test_told_to_stop_for_a_while_with_no_alarm_offers_a_pause_with_who_said_so(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """ "the GP told me to stop the naproxen for now" was "I haven't logged a dose"; "the
    doctor wants me to stop it for a week" offered Remove."""
    await onboard(fake, "Europe/Dublin")
    await add(fake, "naproxen 500mg 08:00 20:00")
    clock.set(dt.datetime(2026, 12, 12, 11, 0, tzinfo=DUBLIN))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "the GP told me to stop the naproxen for now")
    offer = await fake.wait_for_message(UID, after=n, contains="Pause Naproxen?")
    assert not [m for m in fake.messages_to(UID)[n:] if "haven't logged" in (m.text or "")]
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Pause · Naproxen")
    done = await fake.wait_for_message(UID, after=n, contains="paused")
    assert "told to stop for now by the GP" in (done.text or "")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/meds")
    await fake.wait_for_message(UID, after=n, contains="Your medicines")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "the doctor wants me to stop the naproxen for a week")
    await fake.wait_for_message(UID, after=n, contains="Pause Naproxen?")
    await settled(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "Remove" in str(m.reply_markup)]


async def test_hold_off_until_a_visit_is_offered_once(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "naproxen 500mg 08:00 20:00")
    clock.set(dt.datetime(2026, 12, 12, 11, 0, tzinfo=DUBLIN))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "pharmacist said to hold off on the naproxen until I see the doctor")
    await fake.wait_for_message(UID, after=n, contains="Pause Naproxen?")
    await settled(bot)
    offers = [m for m in fake.messages_to(UID)[n:] if "Pause Naproxen?" in (m.text or "")]
    assert len(offers) == 1
