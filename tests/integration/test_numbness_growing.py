"""Numbness growing over days, told in words (Sandbox, Glasgow: "the numbness is getting
worse", "numbness is spreading" got "Sorry, I didn't catch that" and nothing was kept;
"tingling down my left leg" then "… up to my knee" read "in the left leg and the leg";
"my back is heavy sore" was not understood). Through the real Application, down to the
summary and the doctor's page; never an alarm on its own."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from bot.storage.models import Record
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, onboard
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say

LONDON = ZoneInfo("Europe/London")


async def test_numbness_growing_is_kept_day_by_day_for_the_doctor(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    clock.set(dt.datetime(2026, 12, 7, 10, 0, tzinfo=LONDON))
    logged = await say(fake, "tingling down my left leg to the knee", "Logged")
    assert (logged.text or "") == "Logged: tingling, left leg, running down the leg"
    clock.set(dt.datetime(2026, 12, 8, 10, 0, tzinfo=LONDON))
    logged = await say(fake, "the numbness is getting worse", "Logged")
    assert (logged.text or "") == "Logged: numb, getting worse or spreading"
    clock.set(dt.datetime(2026, 12, 9, 10, 0, tzinfo=LONDON))
    logged = await say(fake, "tingling's spreading up to my knee now", "Logged")
    assert "getting worse or spreading" in (logged.text or "")
    await settled(bot)
    recs = await rows(bot, Record)
    assert not [r for r in recs if r.kind == "red_flag"], "one leg's numbness is no alarm"
    places = [json.loads(r.data) for r in recs if r.kind == "pain_place"]
    assert [p.get("worse", False) for p in places] == [False, True, True]
    assert not [m for m in fake.messages_to(UID) if "emergency" in (m.text or "").lower()]

    # "heavy sore" (very sore) asks how bad, not "didn't catch that"
    ask = await say(fake, "my back is heavy sore today", "How bad is it")
    assert "10" in fake.buttons(ask)

    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/summary")
    week = await fake.wait_for_message(UID, after=n, contains="Your week")
    text = week.text or ""
    assert "Numbness or tingling in the left leg (Mon 7 Dec, Tue 8 Dec, Wed 9 Dec)" in text
    assert "getting worse or spreading on Tue 8 Dec, Wed 9 Dec" in text
    assert "the leg (" not in text and "and the leg" not in text

    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report 7")
    doc = await fake.wait_for_message(UID, after=n, contains="report", timeout=30)
    assert doc.document is not None
    first = " ".join(PdfReader(io.BytesIO(doc.document)).pages[0].extract_text().split())
    assert "numbness or tingling on 3 days (left leg; Mon 7 Dec, Tue 8 Dec, Wed 9 Dec)" in first
    assert "getting worse or spreading: Tue 8 Dec “the numbness is getting worse”" in first


async def test_a_score_with_numbness_growing_keeps_both(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """ "6, the numbness is getting worse" was kept as pain 6, numb: the growing was lost
    (a place said alone kept it). Now the echo, the record and the summary carry both."""
    await onboard(fake, "Europe/London")
    clock.set(dt.datetime(2026, 12, 8, 10, 0, tzinfo=LONDON))
    logged = await say(fake, "6, the numbness is getting worse", "Logged")
    assert (logged.text or "").startswith("Logged: pain 6, numb, getting worse or spreading")
    clock.set(dt.datetime(2026, 12, 9, 10, 0, tzinfo=LONDON))
    logged = await say(fake, "pain 5, numbness no worse", "Logged")
    assert "getting worse" not in (logged.text or "")
    await settled(bot)
    pains = [json.loads(r.data) for r in await rows(bot, Record) if r.kind == "pain"]
    assert [(p["score"], p.get("worse", False)) for p in pains] == [(6, True), (5, False)]

    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/summary")
    week = await fake.wait_for_message(UID, after=n, contains="Your week")
    assert "getting worse or spreading on Tue 8 Dec." in (week.text or "")
