"""The week's acetaminophen from every product, in /summary and the weekly message."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say

NY = ZoneInfo("America/New_York")


async def took(fake: FakeBotApi, bot: Any, clock: FakeClock, when: dt.datetime, what: str) -> None:
    clock.set(when)
    await say(fake, f"/took {what}", "Logged")
    await settled(bot)


async def test_norco_and_tylenol_show_the_days_acetaminophen_in_the_summary(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2026, 12, 7, 8, tzinfo=NY))  # Mon: no weekly message before
    await onboard(fake)
    await add(fake, "norco 5/325 every 6 hours as needed max 4 per day")
    await add(fake, "tylenol extra strength 500mg as needed max 6 per day", warned=True)
    # Tue 8 Dec: Norco 3 × 325 + Tylenol 4 × 500 = 2,975 mg; Wed: 1,000 mg
    tue = dt.date(2026, 12, 8)
    for hour, what in ((8, "2 norco"), (10, "2 tylenol"), (15, "1 norco"), (17, "2 tylenol")):
        await took(fake, bot, clock, dt.datetime.combine(tue, dt.time(hour), tzinfo=NY), what)
    await took(fake, bot, clock, dt.datetime(2026, 12, 9, 9, tzinfo=NY), "2 tylenol")
    line = (
        "💊 Acetaminophen (in Norco and Tylenol Extra Strength): highest day 2,975 mg "
        "(Tue 8 Dec) · label max 4,000 mg a day"
    )
    # The weekly message on Sunday evening says it ...
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 12, 13, 18, 1, tzinfo=NY))
    await tick(bot)
    weekly = await fake.wait_for_message(UID, after=n, contains="Your week")
    assert line in (weekly.text or "")
    # ... and so does /summary; an over-the-label Thursday is said as a fact to ask about.
    thu = dt.date(2026, 12, 10)
    for hour in (7, 11, 15, 19):
        await took(
            fake, bot, clock, dt.datetime.combine(thu, dt.time(hour), tzinfo=NY), "2 tylenol"
        )
    await took(fake, bot, clock, dt.datetime.combine(thu, dt.time(21), tzinfo=NY), "2 norco")
    clock.set(dt.datetime(2026, 12, 13, 19, 0, tzinfo=NY))
    summary = (await say(fake, "/summary", "Your week")).text or ""
    assert (
        "💊 Acetaminophen (in Norco and Tylenol Extra Strength): highest day 4,650 mg "
        "(Thu 10 Dec), more than the label max of 4,000 mg a day. Please talk to your doctor "
        "or pharmacist."
    ) in summary


async def test_a_british_patient_reads_paracetamol(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    london = ZoneInfo("Europe/London")
    clock.set(dt.datetime(2026, 12, 7, 8, tzinfo=london))
    await onboard(fake, "Europe/London")
    await add(fake, "co-codamol 30/500 as needed max 8 per day")
    await add(fake, "paracetamol 500mg as needed", warned=True)
    await took(fake, bot, clock, dt.datetime(2026, 12, 8, 9, tzinfo=london), "2 co-codamol")
    await took(fake, bot, clock, dt.datetime(2026, 12, 8, 15, tzinfo=london), "2 paracetamol")
    clock.set(dt.datetime(2026, 12, 9, 10, tzinfo=london))
    summary = (await say(fake, "/summary", "Your week")).text or ""
    assert "💊 Paracetamol (in Co-codamol): highest day 2,000 mg (Tue 8 Dec)" in summary
    assert "acetaminophen" not in summary.lower()


async def test_each_day_of_acetaminophen_from_several_products_names_its_own_products(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Sandbox, Denver: "taken as 3 products on the same day (Percocet, Tylenol and Tylenol
    # Extra Strength): Mon 7 Dec, Tue 8 Dec, …" — only one of those days had three.
    denver = ZoneInfo("America/Denver")
    clock.set(dt.datetime(2026, 12, 7, 8, tzinfo=denver))
    await onboard(fake, "America/Denver")
    await add(fake, "percocet 5/325 as needed every 4 hours max 4 per day")
    mon, tue = dt.date(2026, 12, 7), dt.date(2026, 12, 8)
    # Monday evening in Denver is Tuesday in UTC: still Monday's day here.
    for day, hour, what in (
        (mon, 10, "1 percocet"),
        (mon, 19, "2 tylenol extra strength"),
        (tue, 9, "1 percocet"),
        (tue, 12, "2 tylenol extra strength"),
        (tue, 18, "2 tylenol 325mg"),
    ):
        await took(fake, bot, clock, dt.datetime.combine(day, dt.time(hour), tzinfo=denver), what)
    clock.set(dt.datetime(2026, 12, 9, 10, tzinfo=denver))
    summary = (await say(fake, "/summary", "Your week")).text or ""
    assert (
        "• Acetaminophen was taken as more than one product on the same day: "
        "Mon 7 Dec (Percocet and Tylenol Extra Strength: 1,325 mg), "
        "Tue 8 Dec (Percocet, Tylenol Extra Strength and Tylenol: 1,975 mg)."
    ) in summary, summary
    assert "3 products" not in summary
