"""Messages three sandbox weeks (Phoenix, Dublin, Pune) showed the bot answering wrong,
through the real bot: where it is felt told over a few sentences, and the report asked
for inside a longer message."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import Record
from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, onboard
from tests.integration.test_waiting_questions import say

#: A whole story, or storage itself: run on PostgreSQL as well.
pytestmark = pytest.mark.both_databases


async def test_tingling_in_a_foot_told_over_sentences_is_kept_where_it_is(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Pune: it got "Sorry, I didn't catch that", and the report then said "not down a
    leg on 5 days"."""
    await onboard(fake, "Asia/Kolkata")
    clock.set(dt.datetime(2026, 12, 12, 13, 10, tzinfo=ZoneInfo("Asia/Kolkata")))
    logged = await say(
        fake,
        "some tingling in left foot when sitting long, goes away when i walk. hip also paining bit",
        "Logged",
    )
    assert "tingling" in (logged.text or "") and "didn't catch" not in (logged.text or "")
    await settled(bot)
    async with deps_of(bot).sessions() as s:
        rows = list(await s.scalars(select(Record).where(Record.user_id == UID)))
    (place,) = [r for r in rows if r.kind == "pain_place"]
    data = json.loads(place.data)
    assert data["locations"] == ["leg_left", "hip"] and data["qualities"] == ["tingling"]
    assert "sitting long" in (place.raw_text or ""), "the words kept beside"


async def test_the_report_asked_for_for_the_gp_is_sent(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Dublin: "can you make it for her?" was answered "That sounds like a question for
    your doctor or pharmacist"."""
    await onboard(fake, "Europe/Dublin")
    clock.set(dt.datetime(2026, 12, 13, 21, 30, tzinfo=ZoneInfo("Europe/Dublin")))
    n = len(fake.messages_to(UID))
    await fake.send_text(
        UID, "My daughter wants me to share the report with the GP, can you make it for her?"
    )
    sent = await fake.wait_for_message(UID, after=n, contains="report", timeout=30)
    await settled(bot)
    said = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not [t for t in said if "question for your doctor" in t]
    assert sent.kind == "document" or any(m.kind == "document" for m in fake.messages_to(UID)[n:])


async def test_the_summary_quotes_the_sentence_that_told_the_sign(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Phoenix: the summary quoted "took 2 norco at 7. forklift seat is killin me today lol
    boss got us d…", an alert whose quoted words said nothing alarming."""
    await onboard(fake, "America/Phoenix")
    clock.set(dt.datetime(2026, 12, 9, 10, 5, tzinfo=ZoneInfo("America/Phoenix")))
    await say(
        fake,
        "took 2 norco at 7. forklift seat is killin me today lol boss got us doin double "
        "pallets again. also kinda weird when i wipe its like numb down there idk. prolly "
        "nothin. pain like a 7",
        "911",
    )
    await settled(bot)
    summary = await say(fake, "/summary", "doctor's attention")
    text = summary.text or ""
    alert = next(line for line in text.splitlines() if "groin" in line)
    assert "“also kinda weird when i wipe" in alert and "forklift" not in alert


async def test_someone_saying_i_should_ask_the_doctor_keeps_the_question(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Dublin: kept as a side effect, "confusion" on a day it did not happen, and the
    question never reached the visit's list."""
    await onboard(fake, "Europe/Dublin")
    clock.set(dt.datetime(2026, 12, 11, 15, 30, tzinfo=ZoneInfo("Europe/Dublin")))
    kept = await say(
        fake,
        "My daughter Aoife says I should ask the doctor is the tramadol making me muddled",
        "Is the tramadol making me muddled",
    )
    assert "Logged" not in (kept.text or "")
    await settled(bot)
    async with deps_of(bot).sessions() as s:
        kinds = [r.kind for r in await s.scalars(select(Record).where(Record.user_id == UID))]
    assert "side_effect" not in kinds


async def test_a_warning_names_the_medicine_as_it_is_saved_not_as_misspelt(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Phoenix: "Cyclobenzeprine (cyclobenzaprine) is a muscle relaxant" in every warning
    for a medicine saved, rightly, as Cyclobenzaprine."""
    await onboard(fake, "America/Phoenix")
    await say(fake, "/add norco 5/325 every 6 hrs as needed", "Saved")
    warned = await say(fake, "/add cyclobenzeprine 10mg 22:00", "Before I save")
    text = warned.text or ""
    assert "Cyclobenzaprine" in text and "Cyclobenzeprine" not in text
    # and its "Save anyway" still saves it (it was refused as out of date — Toronto)
    n = len(fake.messages_to(UID))
    await fake.press(UID, warned.message_id, "Save anyway")
    saved = await fake.wait_for_message(UID, after=n, contains="Saved")
    assert "Cyclobenzaprine 10 mg" in (saved.text or "")


async def test_alcohol_asked_about_beside_an_opioid_gets_the_labels_words(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Phoenix: "is it bad i drank beer w the norco" got "That sounds like a question for
    your doctor or pharmacist", though the labels' words on alcohol were on file."""
    await onboard(fake, "America/Phoenix")
    await say(fake, "/add norco 5/325 every 6 hrs as needed", "Saved")
    clock.set(dt.datetime(2026, 12, 13, 14, 0, tzinfo=ZoneInfo("America/Phoenix")))
    said = await say(fake, "is it bad i drank beer w the norco", "label")
    text = said.text or ""
    assert "alcohol" in text.lower() and "I can't answer" not in text


async def test_a_scheduled_medicine_taken_before_its_schedule_is_not_as_needed(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Pune and Houston: the morning's doses told the day the list was set up were
    listed "As needed: Pantoprazole 1 time" — an extra PPI, on the doctor's reading."""
    await onboard(fake, "Asia/Kolkata")
    clock.set(dt.datetime(2026, 12, 7, 13, 25, tzinfo=ZoneInfo("Asia/Kolkata")))
    # Sunday's weekly summary, due while the clock jumped, goes out first: it is a
    # "Your week" too, and read before the dose it said nothing was recorded.
    await tick(bot)
    await say(fake, "/add pantoprazole 40mg 08:00", "Saved")
    await say(fake, "already had pantoprazole at 7:45 this morning", "07:45")
    await settled(bot)  # (the reply goes out before the dose's unit of work commits)
    summary = await say(fake, "/summary", "Your week")
    text = summary.text or ""
    assert "Outside their schedule:" in text and "As needed:" not in text


async def test_the_same_dose_told_twice_is_said_so(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Johannesburg: the same dose sent twice an hour apart stored 2,000 mg at one minute,
    with no word said; the day's paracetamol doubled on the doctor's report."""
    await onboard(fake, "Africa/Johannesburg")
    await say(fake, "/add paracetamol 500mg as needed max 8 per day", "Saved")
    clock.set(dt.datetime(2026, 12, 12, 14, 10, tzinfo=ZoneInfo("Africa/Johannesburg")))
    first = await say(fake, "/took 2 panado at 2pm", "Logged")
    assert "already told me" not in (first.text or "")
    clock.advance(hours=1)
    again = await say(fake, "/took panado 2 tabs at 2pm", "Logged")
    assert "already told me of this one" in (again.text or "")
    clock.advance(hours=2)
    later = await say(fake, "took 2 panado", "Logged")
    assert "already told me" not in (later.text or "")
    # Chicago: "took another" a minute after is one more, never the same one told again
    clock.advance(minutes=1)
    more = await say(fake, "took another 2 panado", "Logged")
    assert "already told me" not in (more.text or "") and "sooner" not in (more.text or "")
