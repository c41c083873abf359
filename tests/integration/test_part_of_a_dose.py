"""Part of a scheduled dose is stored as that part: "took ½ a naproxen" while naproxen
500 mg is due answers the dose with ½ a tablet — in the reply, on the reminder, in "did I
take…", the 24-hour totals, the supply and the export — on SQLite and PostgreSQL. (It was
stored as the whole dose: the record said more than the person had taken.)"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from typing import Any

import pytest

from bot.domain.dose_amounts import DoseTaken
from tests.conftest import FakeClock, running_bot
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, occurrences, onboard, reminder_at
from tests.integration.test_supply import NO_SEND_LIMIT, settled
from tests.integration.test_undo_dose import _edits, _press, _texted

EIGHT = dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY)


async def _taken_today(app: Any) -> list[DoseTaken]:
    """The doses the safety checks read for the day, as they read them."""
    from bot.app import deps_of
    from bot.storage import repositories as repo

    async with deps_of(app).sessions() as s:
        return await repo.doses_taken_between(
            s, UID, EIGHT - dt.timedelta(hours=1), EIGHT + dt.timedelta(hours=12)
        )


async def test_half_a_tablet_is_the_half_everywhere_it_is_read(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake)
        await add(fake, "naproxen 500mg 8am 8pm supply 60")
        reminder = await reminder_at(fake, app, clock, EIGHT)
        clock.advance(minutes=5)
        said = await _texted(fake, "took ½ a naproxen with breakfast, stomach's iffy", "Naproxen")
        assert "Naproxen ½ × 500 mg" in (said.text or "")
        assert "Naproxen 500 mg taken" not in (said.text or "")
        shown = await fake.wait_for_edit(UID, reminder.message_id, contains="part of the dose")
        assert "• Naproxen ½ × 500 mg — ✅ Taken 08:00 (part of the dose)" in (shown.text or "")
        assert fake.buttons(fake.current(UID, reminder.message_id)) == ["↩️ Undo"]
        await settled(app)
        occ = (await occurrences(app))[0]
        assert (occ.status, occ.units_taken) == ("taken", 0.5)
        assert [(d.name, d.count) for d in await _taken_today(app)] == [("naproxen", 0.5)]

        asked = await _texted(fake, "did I take my naproxen this morning?", "Here's what I have")
        assert "• 08:00 Naproxen ½ × 500 mg — ✅ Taken 08:00 (part of the dose)" in (
            asked.text or ""
        )
        asked = await _texted(fake, "how many naproxen have I had today", "In all today")
        assert "In all today: 1 dose taken (½ tablet)" in (asked.text or "")
        meds = await _texted(fake, "/meds", "Your medicines")
        assert "59.5 on hand" in (meds.text or "")

        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/export")
        doc = await fake.wait_for_message(UID, after=n)
        with zipfile.ZipFile(io.BytesIO(doc.file_bytes or b"")) as z:
            rows = list(csv.DictReader(io.StringIO(z.read("doses.csv").decode("utf-8"))))
        taken = [r for r in rows if r["status"] == "taken"]
        assert [(r["medication"], r["amount"], r["count"]) for r in taken] == [
            ("naproxen", "500", "0.5")
        ]


async def test_one_of_a_two_tablet_dose_and_a_smaller_amount_are_parts(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake)
        await add(fake, "gabapentin 300mg 2 capsules 8am 8pm")
        await add(fake, "ibuprofen 400mg 8am 8pm")
        await reminder_at(fake, app, clock, EIGHT)
        clock.advance(minutes=10)
        said = await _texted(
            fake, "only took 1 gabapentin, and 200mg of the ibuprofen", "Gabapentin"
        )
        assert "Gabapentin 300 mg" in (said.text or "") and "2 ×" not in (said.text or "")
        assert "Ibuprofen ½ × 400 mg" in (said.text or "")
        await settled(app)
        parts = sorted((o.units_taken or 0) for o in await occurrences(app) if o.taken_at)
        assert parts == [0.5, 1.0]
        totals = sorted((d.name, d.count) for d in await _taken_today(app))
        assert totals == [("gabapentin", 1.0), ("ibuprofen", 0.5)]


async def test_half_of_a_two_capsule_dose_is_one_capsule(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    # "half my dose" of two capsules is one capsule, never half of one; "half a naproxen"
    # is half of one tablet.
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake)
        await add(fake, "gabapentin 300mg 2 capsules 8am 8pm")
        await add(fake, "naproxen 500mg 8am 8pm")
        await reminder_at(fake, app, clock, EIGHT)
        clock.advance(minutes=10)
        await _texted(fake, "only managed half my dose of gabapentin, and half a naproxen", "½")
        await settled(app)
        totals = sorted((d.name, d.count) for d in await _taken_today(app))
        assert totals == [("gabapentin", 1.0), ("naproxen", 0.5)]


async def test_the_whole_dose_said_or_tapped_stays_whole_and_undo_clears_the_part(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake)
        await add(fake, "naproxen 500mg 8am 8pm")
        reminder = await reminder_at(fake, app, clock, EIGHT)
        clock.advance(minutes=3)
        said = await _texted(fake, "had half a naproxen", "Got it")
        assert "Naproxen ½ × 500 mg" in (said.text or "")
        await fake.wait_for_edit(UID, reminder.message_id, contains="part of the dose")
        # Taken back on the reminder, then tapped Taken: the whole dose, nothing left of ½.
        await _press(fake, reminder.message_id, "Undo", "Time for your")
        assert (await occurrences(app))[0].units_taken is None
        n = _edits(fake, reminder.message_id)
        await fake.press(UID, reminder.message_id, "Taken")
        shown = await fake.wait_for_edit(UID, reminder.message_id, contains="Taken 08:03", after=n)
        assert "• Naproxen 500 mg — ✅ Taken 08:03" in (shown.text or "")
        assert "part" not in (shown.text or "")
        await settled(app)
        occ = (await occurrences(app))[0]
        assert (occ.status, occ.units_taken) == ("taken", None)
        assert [d.count for d in await _taken_today(app)] == [1]


async def _log_rows(app: Any) -> list[Any]:
    from sqlalchemy import select

    from bot.app import deps_of
    from bot.storage.models import DoseLog

    async with deps_of(app).sessions() as s:
        return list((await s.scalars(select(DoseLog))).all())


async def test_only_half_said_after_tapping_taken_corrects_that_dose(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    """Tapped Taken, then told it was only part: the dose becomes the part — by a
    correction, by "only half of it" and "same dose", by naming it — never one more."""
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake)
        await add(fake, "naproxen 500mg 8am 8pm")
        reminder = await reminder_at(fake, app, clock, EIGHT)
        await fake.press(UID, reminder.message_id, "Taken")
        await fake.wait_for_edit(UID, reminder.message_id, contains="Taken 08:00")
        clock.advance(minutes=2)
        n = _edits(fake, reminder.message_id)
        said = await _texted(fake, "oops it was only half", "Changed")
        assert "Changed: Naproxen ½ × 500 mg (was Naproxen 500 mg) ✅" in (said.text or "")
        shown = await fake.wait_for_edit(UID, reminder.message_id, contains="part", after=n)
        assert "• Naproxen ½ × 500 mg — ✅ Taken 08:00 (part of the dose)" in (shown.text or "")
        await settled(app)
        assert [o.units_taken for o in await occurrences(app) if o.taken_at] == [0.5]

        # The evening's: tapped, then "actually I only took half of it" (the check-in's
        # score question waiting meanwhile) — the dose, never half a tablet more.
        reminder = await reminder_at(fake, app, clock, EIGHT + dt.timedelta(hours=12))
        await fake.press(UID, reminder.message_id, "Taken")
        await fake.wait_for_edit(UID, reminder.message_id, contains="Taken 20:00")
        clock.advance(minutes=3)
        said = await _texted(fake, "actually I only took half of it", "Changed")
        assert "Naproxen ½ × 500 mg (was Naproxen 500 mg)" in (said.text or "")
        await settled(app)
        assert [o.units_taken for o in await occurrences(app) if o.taken_at] == [0.5, 0.5]
        assert await _log_rows(app) == [], "no extra dose was logged"


@pytest.mark.both_databases
async def test_only_half_of_one_of_two_taken_together_is_asked_which(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake)
        await add(fake, "naproxen 500mg 8am 8pm")
        await add(fake, "gabapentin 300mg 8am 8pm")
        reminder = await reminder_at(fake, app, clock, EIGHT)
        await fake.press(UID, reminder.message_id, "All taken")
        await fake.wait_for_edit(UID, reminder.message_id, contains="Taken 08:00")
        clock.advance(minutes=5)
        which = await _texted(fake, "actually I only took half of it", "Which one was only part")
        n = _edits(fake, which.message_id)
        await fake.press(UID, which.message_id, "Naproxen 500 mg")
        changed = await fake.wait_for_edit(UID, which.message_id, contains="Changed", after=n)
        assert "Naproxen ½ × 500 mg (was Naproxen 500 mg)" in (changed.text or "")
        await settled(app)
        parts = {o.medication_id: o.units_taken for o in await occurrences(app) if o.taken_at}
        assert sorted(parts.values(), key=str) == [0.5, None]
        assert await _log_rows(app) == []
        # Named: "only managed half the gabapentin" is of its dose, asked the same way.
        clock.advance(minutes=2)
        asked = await _texted(fake, "only managed half the gabapentin this morning", "marked taken")
        n = _edits(fake, asked.message_id)
        await fake.press(UID, asked.message_id, "Same dose")
        changed = await fake.wait_for_edit(UID, asked.message_id, contains="Changed", after=n)
        assert "Gabapentin ½ × 300 mg (was Gabapentin 300 mg)" in (changed.text or "")
        await settled(app)
        assert [o.units_taken for o in await occurrences(app) if o.taken_at] == [0.5, 0.5]
