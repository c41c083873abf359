"""Moods told in words reach the weekly summary and the clinician's PDF (Sandbox,
Toronto, postpartum: "baby up all night, crying all the time" was logged as "mood
tearful" and then shown nowhere but the CSV export); crying is never a red flag."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, onboard
from tests.integration.test_waiting_questions import say

TORONTO = ZoneInfo("America/Toronto")


async def test_crying_said_in_words_is_in_the_summary_and_the_report(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "America/Toronto")
    clock.set(dt.datetime(2026, 12, 7, 10, 55, tzinfo=TORONTO))
    logged = await say(fake, "baby up all night, crying all the time", "Logged")
    assert "mood tearful" in (logged.text or "")
    clock.set(dt.datetime(2026, 12, 8, 11, 0, tzinfo=TORONTO))
    await say(fake, "i can't stop crying", "Logged")
    clock.set(dt.datetime(2026, 12, 8, 12, 0, tzinfo=TORONTO))
    await say(fake, "mood 3/10 today", "Logged")
    # (the week asked for now, never Monday's weekly summary a tick may send as the clock
    # moves: that one ends on Mon 7 Dec)
    summary = await say(fake, "/summary", "Your week, Wed 2 – Tue 8 Dec")
    text = summary.text or ""
    assert "💭 Mood you told me: tearful (Mon 7 Dec); tearful (Tue 8 Dec); mood 3/10" in text
    assert "crisis" not in text.lower() and "doctor's attention" not in text
    # (drawn after the text is out, by a drawing child that may be starting: slow when busy)
    after = fake.messages_to(UID).index(summary) + 1
    chart = await fake.wait_for_message(UID, after=after, contains="Pain and doses", timeout=60)
    assert chart.kind == "photo"
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report")
    # (the report's own document: a chart of Monday's weekly summary may still come first)
    doc = await fake.wait_for_message(UID, after=n, contains="Your report", timeout=30)
    assert doc.kind == "document"
    pages = PdfReader(io.BytesIO(doc.file_bytes or b"")).pages
    pdf = " ".join(" ".join(p.extract_text().split()) for p in pages)
    assert "Sleep and mood" in pdf
    assert "Mood told by the patient: Mon 7 Dec 10:55 tearful; Tue 8 Dec 11:00 tearful" in pdf
    assert "Red flag" not in pdf
