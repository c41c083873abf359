"""Constipation told on an opioid reaches "Worth discussing" and the report's "Other
points", with the opioid named and the person's own count of days (Sandbox: on
tramadol, "cant poop 4 days" then "still cant poop, 6 days now" sat only in the
side-effects list, which asked for 3 days to make it a point)."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say

LONDON = ZoneInfo("Europe/London")


async def _report_pages(fake: FakeBotApi) -> list[str]:
    """/report sent now: each page's text, whitespace folded."""
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report")
    doc = await fake.wait_for_message(UID, after=n, contains="Your report for the last")
    pages = PdfReader(io.BytesIO(doc.file_bytes or b"")).pages
    return [" ".join(p.extract_text().split()) for p in pages]


async def _report_text(fake: FakeBotApi) -> str:
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report")
    # (a weekly summary due on the days the clock jumped over may come in between)
    doc = await fake.wait_for_message(UID, after=n, contains="Your report for the last")
    assert doc.kind == "document"
    pages = PdfReader(io.BytesIO(doc.file_bytes or b"")).pages
    return " ".join(" ".join(p.extract_text().split()) for p in pages)


async def _summary(fake: FakeBotApi) -> str:
    """/summary's reply for the week ending today (Thu 10 Dec), not an earlier one."""
    return (await say(fake, "/summary", "Your week, Fri 4 – Thu 10 Dec")).text or ""


async def test_a_week_on_tramadol_with_two_constipation_reports_is_worth_discussing(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    clock.set(dt.datetime(2026, 12, 7, 8, 0, tzinfo=LONDON))
    await add(fake, "tramadol 50mg 09:00 21:00")
    clock.set(dt.datetime(2026, 12, 8, 12, 0, tzinfo=LONDON))
    await say(fake, "cant poop 4 days", "Logged")
    clock.set(dt.datetime(2026, 12, 10, 12, 0, tzinfo=LONDON))
    await say(fake, "still cant poop, 6 days now", "Logged")
    summary = await _summary(fake)
    worth = summary.split("Worth discussing with your doctor:")[1]
    assert (
        "Constipation was reported on 2 days (Tue 8 Dec, Thu 10 Dec) while taking Tramadol, "
        "6 days by your own count. Constipation is a known side effect of opioid medicines: "
        "talk to your doctor or pharmacist."
    ) in worth
    pdf = await _report_text(fake)
    points = pdf.split("Other points from the data")[1]
    assert (
        "Constipation reported while taking an opioid (Tramadol): 2 days (Tue 8 Dec, Thu 10 "
        "Dec); patient's own count 6 days (Thu 10 Dec). A labelled adverse reaction of opioids"
    ) in points


async def test_constipation_on_an_opioid_is_among_page_ones_safety_facts_once(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """It was only in page 2's "Other points": doctors read page 1 first
    (reference/clinician-review.md)."""
    await onboard(fake, "Europe/London")
    clock.set(dt.datetime(2026, 12, 7, 8, 0, tzinfo=LONDON))
    await add(fake, "tramadol 50mg 09:00 21:00")
    clock.set(dt.datetime(2026, 12, 8, 12, 0, tzinfo=LONDON))
    await say(fake, "cant poop 4 days", "Logged")
    clock.set(dt.datetime(2026, 12, 10, 12, 0, tzinfo=LONDON))
    await say(fake, "still cant poop, 6 days now", "Logged")
    first, *rest = await _report_pages(fake)
    safety = first.split("Safety facts")[1].split("Patient's questions and goals")[0]
    fact = "Constipation reported while taking an opioid (Tramadol): 2 days"
    assert fact in safety, safety
    cited = "A labelled adverse reaction of opioids [opioid labels, adverse reactions; CDC 2022]"
    assert cited in safety, safety
    assert first.count(fact) == 1, first
    assert " ".join(rest).count(fact) == 1  # and still among the Other points


async def test_constipation_on_no_opioid_gets_no_opioid_wording(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    clock.set(dt.datetime(2026, 12, 7, 8, 0, tzinfo=LONDON))
    await add(fake, "naproxen 500mg 09:00 21:00")
    clock.set(dt.datetime(2026, 12, 8, 12, 0, tzinfo=LONDON))
    await say(fake, "cant poop 4 days", "Logged")
    clock.set(dt.datetime(2026, 12, 10, 12, 0, tzinfo=LONDON))
    await say(fake, "still cant poop, 6 days now", "Logged")
    summary = await _summary(fake)
    assert "constipation (2 days)" in summary  # still in the side-effects list
    assert "opioid" not in summary.lower()
    pdf = await _report_text(fake)
    assert "adverse reaction of opioids" not in pdf
    assert "while taking an opioid" not in pdf
