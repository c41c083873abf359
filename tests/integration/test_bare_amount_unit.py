"""An amount said bare of a medicine the knowledge knows ("took 1000 of tylenol") is
kept in the unit the reply said and the day's totals count it in (mg): the export and
the report read as the chat did (the dose was kept with no unit). Through the real
Application."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from typing import Any

from pypdf import PdfReader
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseLog
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard
from tests.integration.test_waiting_questions import say


async def logs(app: Any) -> list[DoseLog]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(DoseLog).order_by(DoseLog.id)))


async def document(fake: FakeBotApi, command: str) -> bytes:
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, command)
    doc = await fake.wait_for_message(UID, after=n)
    assert doc.kind == "document", doc.text
    return doc.file_bytes or b""


async def test_1000_of_tylenol_is_kept_as_the_reply_says_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "tylenol 500mg as needed")
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))
    await say(fake, "took 1000 of tylenol", "Tylenol 1000 mg")
    await settled(bot)
    (log,) = await logs(bot)
    assert (log.amount, log.unit) == (1000, "mg")
    with zipfile.ZipFile(io.BytesIO(await document(fake, "/export"))) as z:
        rows = list(csv.DictReader(io.StringIO(z.read("doses.csv").decode("utf-8"))))
    (row,) = [r for r in rows if r["kind"] == "as needed"]
    assert (row["amount"], row["unit"]) == ("1000", "mg")
    pdf = PdfReader(io.BytesIO(await document(fake, "/report")))
    text = "".join(p.extract_text() for p in pdf.pages)
    assert "1,000 mg" in text


async def test_a_bare_amount_of_a_medicine_not_known_keeps_no_unit(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Of a name the knowledge does not know, the reply says no unit, nor does the record."""
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))
    reply = await say(fake, "/took 2 of zorblax", "Logged")
    await settled(bot)
    assert "mg" not in (reply.text or "")
    assert all(log.unit is None for log in await logs(bot))
