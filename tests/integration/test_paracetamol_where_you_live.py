"""Paracetamol of unsaid strength, off the list, through the real bot: counted at the
tablet sold where the person lives, and the limit said as their own packs say it."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, onboard
from tests.integration.test_waiting_questions import say

LONDON = ZoneInfo("Europe/London")
NY = ZoneInfo("America/New_York")


async def took(fake: FakeBotApi, bot: Any, clock: FakeClock, when: dt.datetime, what: str) -> str:
    clock.set(when)
    reply = (await say(fake, what, "Logged")).text or ""
    await settled(bot)
    return reply


async def summary_of(fake: FakeBotApi) -> str:
    """/summary's text, once its chart has come too (the next message waits behind it)."""
    text = await say(fake, "/summary", "Your week")
    after = fake.messages_to(UID).index(text) + 1
    chart = await fake.wait_for_message(UID, after=after, timeout=30)
    assert chart.kind == "photo"
    return text.text or ""


async def test_a_london_patient_s_paracetamol_is_500_mg_tablets_and_uk_packs_limit(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Sandbox, Glasgow: "took 2 paracetamol" was 650 mg (US 325 mg tablets), and 3,000 mg
    # was called past "over-the-counter labels" whose UK packs allow 8 × 500 mg
    clock.set(dt.datetime(2026, 12, 7, 7, 55, tzinfo=LONDON))
    await onboard(fake, "Europe/London")
    mon = dt.date(2026, 12, 7)
    await took(
        fake, bot, clock, dt.datetime.combine(mon, dt.time(8), tzinfo=LONDON), "took 2 paracetamol"
    )
    summary = await summary_of(fake)
    assert (
        "💊 Paracetamol: highest day at least 1,000 mg (Mon 7 Dec) · label max 4,000 mg a day"
        in summary
    )
    assert "over-the-counter" not in summary
    # 3,500 mg: under what UK packs allow, so no US over-the-counter line
    reply = await took(
        fake, bot, clock, dt.datetime.combine(mon, dt.time(12), tzinfo=LONDON), "took 5 paracetamol"
    )
    assert "mg of paracetamol" not in reply
    assert "over-the-counter" not in reply
    # 4,500 mg: past the maximum, said with the UK packs' own limit
    reply = await took(
        fake, bot, clock, dt.datetime.combine(mon, dt.time(16), tzinfo=LONDON), "took 2 paracetamol"
    )
    assert (
        "In the last 24 hours you've logged at least 4,500 mg of paracetamol. That is more than "
        "the labelled maximum of 4,000 mg a day (UK packs: not more than 8 tablets of 500 mg in "
        "24 hours)."
    ) in reply
    assert "over-the-counter" not in reply


async def test_a_new_york_patient_s_acetaminophen_keeps_the_us_tablet_and_drug_facts(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2026, 12, 7, 7, 55, tzinfo=NY))
    await onboard(fake, "America/New_York")
    mon = dt.date(2026, 12, 7)
    await took(
        fake, bot, clock, dt.datetime.combine(mon, dt.time(8), tzinfo=NY), "took 2 paracetamol"
    )
    summary = await summary_of(fake)
    assert "highest day at least 650 mg (Mon 7 Dec)" in summary
    reply = await took(
        fake, bot, clock, dt.datetime.combine(mon, dt.time(12), tzinfo=NY), "took 8 paracetamol"
    )
    assert (
        "In the last 24 hours you've logged at least 3,250 mg of acetaminophen. That is above "
        "the 3,000 mg a day on over-the-counter acetaminophen labels (the prescription-label "
        "maximum is 4,000 mg)."
    ) in reply
    summary = await summary_of(fake)
    assert (
        "highest day at least 3,250 mg (Mon 7 Dec) · label max 4,000 mg a day "
        "(3,000 mg on some over-the-counter packs)"
    ) in summary


async def test_add_offers_the_tablet_sold_where_the_person_lives_first(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Sandbox, London: /add paracetamol offered 325mg first, the US tablet, which a first
    # tap saved; UK tablets are 500 mg (bot.knowledge.local_packs)
    await onboard(fake, "Europe/London")
    asked = await say(fake, "/add paracetamol as needed", "How much is one dose")
    assert "e.g. 500mg" in (asked.text or "")
    assert fake.buttons(asked) == ["500mg", "650mg", "Skip"]
    await fake.press(UID, asked.message_id, "500mg")
    saved = await fake.wait_for_message(UID, contains="Saved")
    assert "Paracetamol 500 mg · as needed" in (saved.text or "")


async def test_add_in_new_york_offers_the_us_tablets_as_ever(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    asked = await say(fake, "/add acetaminophen as needed", "How much is one dose")
    assert fake.buttons(asked)[:3] == ["325mg", "500mg", "650mg"]
