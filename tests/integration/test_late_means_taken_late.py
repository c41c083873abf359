"""A dose is late when it was taken after its window, whenever that is told: "took it
at 7:50, forgot to press" after the 08:00 dose was marked missed is on time."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from typing import Any
from zoneinfo import ZoneInfo

from bot.storage.models import DoseOccurrence
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard, reminder_at
from tests.integration.test_future_doses import rows

PUNE = ZoneInfo("Asia/Kolkata")


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=PUNE)


async def missed_reminder(fake: FakeBotApi, bot: Any, clock: FakeClock, day: int) -> Any:
    """The day's 08:00 reminder, left unanswered past its cutoff (11:00)."""
    msg = await reminder_at(fake, bot, clock, at(day, 8))
    clock.set(at(day, 11, 5))
    await tick(bot)
    await fake.wait_for_edit(UID, msg.message_id, contains="Missed")
    return msg


async def told(fake: FakeBotApi, text: str) -> str:
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, text)
    return (await fake.wait_for_message(UID, after=n, contains="Logged")).text or ""


async def exported_late(fake: FakeBotApi) -> dict[str, str]:
    """The export's `late` column of each scheduled dose taken, by its due day."""
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/export")
    doc = await fake.wait_for_message(UID, after=n)
    with zipfile.ZipFile(io.BytesIO(doc.file_bytes or b"")) as z:
        table = csv.DictReader(io.StringIO(z.read("doses.csv").decode("utf-8")))
        return {r["due at"][:10]: r["late"] for r in table if r["status"] == "taken"}


async def test_a_dose_taken_before_its_time_and_told_after_the_miss_is_not_late(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found in the sandbox (Pune): "took pan at 7:50 only, forgot to press" after the
    08:00 dose was marked missed showed "Taken 07:50 (late)", and the report counted it
    late, while a dose really taken after its window was told in time."""
    await onboard(fake, "Asia/Kolkata")
    await add(fake, "pantoprazole 40mg 08:00")
    first = await missed_reminder(fake, bot, clock, 26)
    clock.set(at(26, 12))
    reply = await told(fake, "took pantoprazole at 7:50 only, forgot to press")
    assert "late" not in reply
    await fake.wait_for_edit(UID, first.message_id, contains="Taken 07:50")
    assert "(late)" not in (fake.current(UID, first.message_id).text or "")

    # The next day's dose taken at 11:30, after its window, and told at noon: late.
    second = await missed_reminder(fake, bot, clock, 27)
    clock.set(at(27, 12))
    assert "taken late" in await told(fake, "took my pantoprazole at 11:30")
    await fake.wait_for_edit(UID, second.message_id, contains="(late)")

    occs = [o for o in await rows(bot, DoseOccurrence) if o.status == "taken"]
    assert [(o.local_date.day, o.taken_late) for o in occs] == [(26, False), (27, True)]
    assert await exported_late(fake) == {"2026-11-26": "no", "2026-11-27": "yes"}
