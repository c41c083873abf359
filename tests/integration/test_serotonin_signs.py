"""Signs the labels of tramadol and duloxetine name for serotonin syndrome, told together
(or within a few hours) by someone on both: the urgent reply at once, recorded as a red
flag for the summary and the report's Alerts in the person's words (Sandbox, Dublin:
"Seamus is sweating and shaking and very confused, is it the tablets?" on tramadol and
Cymbalta got only "Logged: side effects: confusion, sweating"). One group of signs, or no
such pair on the list, stays a side effect."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any
from zoneinfo import ZoneInfo

from pypdf import PdfReader
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseLog, Record
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say

DUBLIN = ZoneInfo("Europe/Dublin")
URGENT = "Please get medical help now"


async def _records(app: Any, kind: str) -> list[dict[str, Any]]:
    async with deps_of(app).sessions() as s:
        rows = await s.scalars(select(Record).where(Record.kind == kind))
        return [json.loads(r.data) for r in rows]


async def _tramadol_and_cymbalta(fake: FakeBotApi) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "tramadol 50mg as needed max 4 per day")
    await add(fake, "cymbalta 60mg 08:00", warned=True)


async def _extra_doses(app: Any) -> list[str | None]:
    async with deps_of(app).sessions() as s:
        return [r.generic for r in await s.scalars(select(DoseLog))]


def _alarms(fake: FakeBotApi, n: int) -> list[str]:
    return [m.text or "" for m in fake.messages_to(UID)[n:] if URGENT in (m.text or "")]


async def test_an_extra_tramadol_then_sweating_shaking_and_confused_is_urgent(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _tramadol_and_cymbalta(fake)
    clock.set(dt.datetime(2026, 12, 12, 22, 30, tzinfo=DUBLIN))
    n = len(fake.messages_to(UID))
    said = "I took an extra tramadol and now I'm sweating, shaking and confused"
    alarm = await say(fake, said, URGENT)
    text = alarm.text or ""
    assert "serotonin syndrome" in text and "Tramadol" in text and "Cymbalta" in text, text
    assert "confusion, sweating and shaking" in text.lower()
    assert "emergency" in text and "(112 / 999)" in text, "the country's numbers, as other alarms"
    await fake.wait_for_message(UID, after=n, contains="side effects: confusion, sweating, shaking")
    await settled(bot)
    flags = await _records(bot, "red_flag")
    assert [f["flags"] for f in flags] == [["serotonin_syndrome"]]
    assert any("tremor" in e["effects"] for e in await _records(bot, "side_effect"))
    assert await _extra_doses(bot) == ["tramadol"], "the extra dose is logged too"

    clock.set(dt.datetime(2026, 12, 12, 22, 45, tzinfo=DUBLIN))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/summary")
    # (the week's chart is drawn too: slow on a busy machine; and the weekly summaries the
    # clock's jump left overdue may come in between, so the one asked for is found by its
    # red flag)
    summary = await fake.wait_for_message(
        UID, after=n, contains="signs that can mean serotonin syndrome", timeout=60
    )
    week = summary.text or ""
    assert "Your week" in week and "sweating, shaking and confused" in week, week
    after = fake.messages_to(UID).index(summary) + 1
    # Its chart follows, drawn once the text is out (the overdue one's text may come first).
    chart = await fake.wait_for_message(UID, after=after, contains="Pain and doses", timeout=60)
    assert chart.kind == "photo"

    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report 7")
    doc = await fake.wait_for_message(
        UID, after=n, contains="ready to show your doctor", timeout=60
    )
    pages = PdfReader(io.BytesIO(doc.file_bytes or b"")).pages
    pdf = " ".join(" ".join((p.extract_text() or "").split()) for p in pages)
    alerts = pdf[pdf.index("Alerts") :]
    assert "serotonin syndrome" in alerts and "shaking and confused" in alerts, alerts[:600]


async def test_a_carer_naming_him_is_answered_the_same(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _tramadol_and_cymbalta(fake)
    clock.set(dt.datetime(2026, 12, 12, 22, 30, tzinfo=DUBLIN))
    alarm = await say(
        fake, "Seamus is sweating and shaking and very confused, is it the tablets?", URGENT
    )
    assert "what the labels of Tramadol and Cymbalta" in (alarm.text or "")


async def test_signs_told_a_while_apart_count_together(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _tramadol_and_cymbalta(fake)
    clock.set(dt.datetime(2026, 12, 12, 21, 0, tzinfo=DUBLIN))
    n = len(fake.messages_to(UID))
    await say(fake, "sweating buckets tonight", "Logged")
    await settled(bot)
    assert not _alarms(fake, n), "sweating alone is an everyday side effect of duloxetine"
    clock.set(dt.datetime(2026, 12, 12, 22, 15, tzinfo=DUBLIN))
    alarm = await say(fake, "and now my hands are shaking", URGENT)
    assert "serotonin syndrome" in (alarm.text or "")


async def test_one_group_of_signs_is_only_logged(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _tramadol_and_cymbalta(fake)
    clock.set(dt.datetime(2026, 12, 12, 22, 0, tzinfo=DUBLIN))
    n = len(fake.messages_to(UID))
    await say(fake, "sweating a lot tonight", "Logged")
    await say(fake, "feeling very hot and my heart is racing", "Logged")
    await settled(bot)
    assert not _alarms(fake, n)
    assert not await _records(bot, "red_flag")


async def test_without_a_serotonergic_pair_sweating_and_shaking_stay_side_effects(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "tramadol 50mg as needed max 4 per day")
    await add(fake, "paracetamol 1g 08:00 14:00 18:00 22:00")
    clock.set(dt.datetime(2026, 12, 12, 22, 30, tzinfo=DUBLIN))
    n = len(fake.messages_to(UID))
    logged = await say(fake, "sweating and shaking and confused tonight", "Logged")
    assert "shaking" in (logged.text or "").lower()
    await settled(bot)
    assert not _alarms(fake, n)
    assert not await _records(bot, "red_flag")
