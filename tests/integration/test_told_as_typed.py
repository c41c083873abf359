"""Things told on a phone kept as meant: a question for the doctor without "the", and
numbness said with where it is felt (not "where it hurts"). Through the real
Application, down to the doctor's page."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

import pytest
from pypdf import PdfReader

from bot.storage.models import Record
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, onboard
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say


async def test_ask_doc_is_a_question_and_numbness_is_no_pain(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "ask doc if i can go back to physio" was logged as a physio
    # session; "numbness in my left foot since yesterday" as "where it hurts: left leg".
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))
    kept = await say(fake, "ask doc if i can go back to physio", "Kept for your doctor")
    assert "Can I go back to physio?" in (kept.text or "")
    logged = await say(fake, "numbness in my left foot since yesterday", "Logged")
    assert (logged.text or "") == "Logged: numb, left leg"
    recs = await rows(bot, Record)
    assert not [r for r in recs if r.kind == "activity"], "no physio session was told"
    (place,) = [json.loads(r.data) for r in recs if r.kind == "pain_place"]
    assert (place["locations"], place["qualities"]) == (["leg_left"], ["numb"])
    clock.set(dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    await say(fake, "pain 7 shooting down my left leg", "Logged")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report 7")
    doc = await fake.wait_for_message(UID, after=n, contains="report", timeout=30)
    assert doc.document is not None
    first = " ".join(PdfReader(io.BytesIO(doc.document)).pages[0].extract_text().split())
    assert "Legs: pain in or down a leg on 1 day (left leg)" in first
    assert "numbness or tingling on 1 day (left leg; Wed 25 Nov)" in first
    assert "Can I go back to physio?" in first


@pytest.mark.both_databases
async def test_a_visit_dated_in_figures_is_offered(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "GP appointment on 14/12 at 10:30" was "Sorry, I didn't catch that".
    await onboard(fake)  # New York: month first, but 14 can only be a day
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))
    offer = await say(fake, "GP appointment on 14/12 at 10:30", "shall I keep it")
    assert "Mon 14 Dec, 10:30 with GP" in (offer.text or "")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/appointment 12/3 2pm Dr Lee")
    await fake.wait_for_message(UID, after=n, contains="Thu 3 Dec, 14:00 with Dr Lee")
