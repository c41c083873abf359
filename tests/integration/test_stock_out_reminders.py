"""A gabapentin stock-out of two days seen from its reminders and the export, lived
through the real bot on SQLite and PostgreSQL: once "ran out of gabapentin" is said, its
reminders ask "got some now?" (only of the gabapentin, beside a meloxicam reminded as
usual), `Still out` stores the dose as ran out, `Got more, not taken yet` ends the
stock-out and brings its usual buttons back; the export tells a ran out said from one
set down while out, and the report's Ran out count is theirs added up."""

from __future__ import annotations

import csv
import io
import zipfile
from typing import Any

import pypdf
import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseOccurrence, Medication, User
from tests.conftest import FakeClock, running_bot
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_stock_out_story import _until, at

OUT_LINE = "Gabapentin 300 mg — you said you'd run out. Got some now?"


async def _gabapentin(app: Any) -> dict[str, tuple[str, str | None, bool]]:
    """Each gabapentin dose, "9 14:00" -> (status, skip reason, answered by the person)."""
    async with deps_of(app).sessions() as s:
        rows = await s.execute(
            select(DoseOccurrence)
            .join(Medication, Medication.id == DoseOccurrence.medication_id)
            .where(Medication.generic == "gabapentin")
        )
        return {
            f"{o.local_date.day} {o.local_time}": (
                o.status,
                o.skip_reason,
                o.answered_at is not None,
            )
            for (o,) in rows
        }


@pytest.mark.both_databases
async def test_reminders_while_out_ask_got_some_and_the_export_tells_said_from_set_down(
    fake: FakeBotApi, database_url: str
) -> None:
    clock = FakeClock(at(9, 7))
    async with running_bot(fake, database_url, clock, SEND_RATE_PER_SECOND=0) as app:
        await onboard(fake, "America/Chicago")
        await add(fake, "gabapentin 300mg 08:00 14:00 20:00")
        await add(fake, "meloxicam 15mg 08:00")
        await _until(app, clock, at(9, 8))
        first = await fake.wait_for_message(UID, contains="Time for your")
        assert "run out" not in (first.text or "")  # nobody said so: as ever
        assert "✅ All taken" in fake.buttons(first)
        await fake.press(UID, first.message_id, "All taken")
        await _until(app, clock, at(9, 14, 5))
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "ran out of gabapentin")
        await fake.wait_for_message(UID, after=n, contains="Out of Gabapentin")

        # 20:00: the reminder knows; Still out is a tap stored.
        n = len(fake.messages_to(UID))
        await _until(app, clock, at(9, 20))
        evening = await fake.wait_for_message(UID, after=n, contains="20:00 dose")
        assert OUT_LINE in (evening.text or "")
        labels = fake.buttons(evening)
        assert labels == ["✅ Got some, taken", "🚫 Still out", "📦 Got more, not taken yet"]
        await fake.press(UID, evening.message_id, "Still out")
        redrawn = await fake.wait_for_edit(UID, evening.message_id, contains="Skipped — ran out")
        assert "Got some now" not in (redrawn.text or "")

        # 08:00 next day, grouped: said only of the gabapentin; no All taken for both.
        n = len(fake.messages_to(UID))
        await _until(app, clock, at(10, 8))
        morning = await fake.wait_for_message(UID, after=n, contains="08:00 doses")
        text = morning.text or ""
        assert OUT_LINE in text
        assert "• Meloxicam 15 mg\n" in text + "\n" and "Meloxicam 15 mg — you said" not in text
        labels = fake.buttons(morning)
        assert "🚫 Still out · Gabapentin" in labels and "✅ Taken · Meloxicam" in labels
        assert "✅ All taken" not in labels and "⏰ Snooze · Gabapentin" not in labels
        await fake.press(UID, morning.message_id, "Taken · Meloxicam")
        kept = await fake.wait_for_edit(UID, morning.message_id, contains="✅ Taken")
        assert OUT_LINE in (kept.text or "")  # a redraw still knows
        assert "🚫 Still out · Gabapentin" in fake.buttons(kept)

        # Its 08:00 and 14:00 go unanswered: no nudge for them, set down as ran out.
        n = len(fake.messages_to(UID))
        await _until(app, clock, at(10, 19, 55))
        said = [m.text or "" for m in fake.messages_to(UID)[n:]]
        assert not any("nudge" in t and "dose" in t for t in said), said

        # 20:00: more came, not taken yet; its usual buttons come back; then Taken.
        n = len(fake.messages_to(UID))
        await _until(app, clock, at(10, 20))
        evening = await fake.wait_for_message(UID, after=n, contains="20:00 dose")
        assert OUT_LINE in (evening.text or "")
        await fake.press(UID, evening.message_id, "Got more")
        back = await fake.wait_for_edit(UID, evening.message_id, contains="Gabapentin 300 mg")
        assert "run out" not in (back.text or "")
        assert fake.buttons(back) == ["✅ Taken", "⏰ Snooze", "⏭ Skip"]
        await fake.press(UID, back.message_id, "Taken")
        await fake.wait_for_edit(UID, evening.message_id, contains="✅ Taken")

        # Had again: the next morning reads as ever.
        n = len(fake.messages_to(UID))
        await _until(app, clock, at(11, 8))
        morning = await fake.wait_for_message(UID, after=n, contains="08:00 doses")
        assert "run out" not in (morning.text or "")
        assert "✅ All taken" in fake.buttons(morning)
        # …and, had again, their stock is no longer read before each reminder
        async with deps_of(app).sessions() as s:
            person = (await s.execute(select(User).where(User.chat_id == UID))).scalar_one()
            assert person.out_told_at is None

        doses = await _gabapentin(app)
        assert doses["9 14:00"] == ("skipped", "ran_out", True)  # said in words
        assert doses["9 20:00"] == ("skipped", "ran_out", True)  # Still out tapped
        assert doses["10 08:00"] == ("skipped", "ran_out", False)  # set down while out
        assert doses["10 14:00"] == ("skipped", "ran_out", False)
        assert doses["10 20:00"][0] == "taken"

        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/export")
        doc = await fake.wait_for_message(UID, after=n)
        with zipfile.ZipFile(io.BytesIO(doc.file_bytes or b"")) as z:
            rows = list(csv.DictReader(io.StringIO(z.read("doses.csv").decode("utf-8"))))
        out = [r for r in rows if r["generic"] == "gabapentin" and r["skip reason"] == "ran out"]
        recorded = sorted(r["recorded from"] for r in out)
        assert recorded == [
            "no answer, while out of it",
            "no answer, while out of it",
            "their answer",
            "their answer",
        ]
        taken = [r for r in rows if r["status"] == "taken"]
        assert taken and all(r["recorded from"] == "their answer" for r in taken)

        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/report")
        report = await fake.wait_for_message(UID, after=n, contains="report", timeout=20)
        pages = [
            p.extract_text() for p in pypdf.PdfReader(io.BytesIO(report.file_bytes or b"")).pages
        ]
        text = " ".join(" ".join(pages).split())
        assert "4 (Wed 9 – Thu 10 Dec)" in text  # the Ran out column: both kinds
        assert "recorded from" in text
