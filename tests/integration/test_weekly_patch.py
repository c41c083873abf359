"""A week's buprenorphine patch reads as the rate it is ("Butrans 10 mcg/h"), in the
chat, the summary and the report; a patch put on out of turn is counted as a patch, and
never as "buprenorphine 0 mg" in a day's ingredient totals (Sandbox, Dublin: "Butrans 10
mcg", "20 mcg in all", "buprenorphine 0 mg (Mon 7 Dec)"). Through the real Application."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_bare_amount_unit import document
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say

DUBLIN = ZoneInfo("Europe/Dublin")


async def test_a_weekly_patch_is_a_rate_per_hour_and_an_extra_one_a_patch(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    clock.set(dt.datetime(2026, 12, 8, 7, 30, tzinfo=DUBLIN))  # a Tuesday
    saved = await add(fake, "Butrans 10 mcg/h patch, change every Monday at 08:00")
    assert "Butrans 10 mcg/h · 08:00 Mon" in saved
    await add(fake, "paracetamol 1g as needed max 4 per day")
    # A new patch on a Tuesday (the old one came off): an extra one, by its rate.
    clock.set(dt.datetime(2026, 12, 8, 9, 0, tzinfo=DUBLIN))
    logged = await say(fake, "/took butrans", "Logged")
    assert "Butrans 10 mcg/h" in (logged.text or "")
    clock.set(dt.datetime(2026, 12, 8, 10, 0, tzinfo=DUBLIN))
    await say(fake, "/took 2 paracetamol 500mg", "Logged")
    await settled(bot)
    clock.set(dt.datetime(2026, 12, 9, 9, 0, tzinfo=DUBLIN))
    summary = (await say(fake, "/summary", "Your week")).text or ""
    assert "Butrans: 1 time, 1 patch of 10 mcg/h in all" in summary
    assert "10 mcg in all" not in summary
    # (its strength was said: no "amount I can't count" for the patch)
    assert "can't count" not in summary
    await settled(bot)
    pdf = PdfReader(io.BytesIO(await document(fake, "/report")))
    text = " ".join(" ".join(p.extract_text().split()) for p in pdf.pages)
    assert "Butrans (buprenorphine) 10 mcg/h · 08:00 Mon" in text
    assert "1 patch of 10 mcg/h" in text
    assert "buprenorphine 0 mg" not in text
    assert "paracetamol 1,000 mg" in text
    assert fake.messages_to(UID)
