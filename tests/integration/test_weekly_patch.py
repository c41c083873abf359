"""A week's buprenorphine patch reads as the rate it is ("Butrans 10 mcg/h"), in the
chat, the summary and the report; a patch put on out of turn is counted as a patch, and
never as "buprenorphine 0 mg" in a day's ingredient totals (Sandbox, Dublin: "Butrans 10
mcg", "20 mcg in all", "buprenorphine 0 mg (Mon 7 Dec)"). Through the real Application."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from bot.storage.models import DoseLog, DoseOccurrence
from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_bare_amount_unit import document
from tests.integration.test_dose_loop import UID, add, onboard, reminder_at
from tests.integration.test_future_doses import rows
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
    # (its own answer, by what it must hold: the clock's jump lets a weekly summary gone
    # by arrive at any moment)
    summary = (await say(fake, "/summary", "Butrans:")).text or ""
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


async def _patch_changed_late(fake: FakeBotApi, bot: Any, clock: FakeClock, told: list[str]) -> str:
    """Monday's patch gone by untaken, then `told` on Tuesday; the last reply."""
    await onboard(fake, "Europe/Dublin")
    clock.set(dt.datetime(2026, 12, 6, 12, 0, tzinfo=DUBLIN))  # a Sunday
    await add(fake, "Butrans 10 mcg/h patch, change every Monday at 08:00")
    monday = await reminder_at(fake, bot, clock, dt.datetime(2026, 12, 7, 8, 0, tzinfo=DUBLIN))
    clock.set(dt.datetime(2026, 12, 7, 20, 0, tzinfo=DUBLIN))
    await tick(bot)
    await fake.wait_for_edit(UID, monday.message_id, contains="Missed")
    reply = ""
    for hour, (text, expect) in enumerate(zip(told[::2], told[1::2], strict=True), start=10):
        clock.set(dt.datetime(2026, 12, 8, hour, 0, tzinfo=DUBLIN))
        reply = (await say(fake, text, expect)).text or ""
    return reply


async def _report(fake: FakeBotApi, bot: Any, clock: FakeClock) -> str:
    """The next Monday's patch tapped Taken on time, then the report read."""
    await settled(bot)
    nxt = await reminder_at(fake, bot, clock, dt.datetime(2026, 12, 14, 8, 0, tzinfo=DUBLIN))
    n = len(fake.messages_to(UID))
    await fake.press(UID, nxt.message_id, "Taken")
    await fake.wait_for_edit(UID, nxt.message_id, contains="Taken")
    assert len(fake.messages_to(UID)) >= n
    clock.set(dt.datetime(2026, 12, 15, 9, 0, tzinfo=DUBLIN))
    await settled(bot)
    pdf = PdfReader(io.BytesIO(await document(fake, "/report")))
    return " ".join(" ".join(p.extract_text().split()) for p in pdf.pages)


async def test_a_weekly_patch_told_forgotten_then_changed_is_that_patch_late(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Sandbox, Dublin: "forgot to change patch yesterday" skipped Monday's patch, and
    # "changed the patch" later that Tuesday was logged as an extra patch: the fortnight
    # read 1/2 (50%) plus extra patches, not one patch changed a day late.
    reply = await _patch_changed_late(
        fake,
        bot,
        clock,
        ["forgot to change patch yesterday", "skipped (forgot)", "changed the patch", "Logged"],
    )
    assert "Butrans 10 mcg/h — your 08:00 dose yesterday, taken late" in reply
    (monday, *_) = await rows(bot, DoseOccurrence)
    assert (monday.status, monday.taken_late, monday.skip_reason) == ("taken", True, None)
    assert not await rows(bot, DoseLog), "no extra patch"
    text = await _report(fake, bot, clock)
    assert "Butrans 10 mcg/h (from Sun 6 Dec): 2/2 (100%)" in text
    # (the narrower column may draw the per cent sign apart: "100 %")
    row = re.search(r"2 / 2 100 ?% 0 0 0 1", text)
    assert row, "none skipped, ran out or missed; one late"
    assert "extra" not in text.lower()


async def test_undo_of_a_forgotten_patch_told_changed_puts_the_skip_back(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Monday's patch skipped as forgotten, then "changed the patch" on Tuesday: its Undo
    reopened Monday's dose ("answer it again"), the skip and its reason lost. Undo now
    puts back what was there before — the skip, "forgot" — and says so; typed "undo"
    too."""
    told = ["forgot to change patch yesterday", "skipped (forgot)", "changed the patch", "Logged"]
    await _patch_changed_late(fake, bot, clock, told)
    (monday, *_) = await rows(bot, DoseOccurrence)
    skipped_at = dt.datetime(2026, 12, 8, 10, 0, tzinfo=DUBLIN)
    logged = fake.messages_to(UID)[-1]
    n = len(fake.messages_to(UID))
    answer = await fake.wait_for_callback_answer(await fake.press(UID, logged.message_id, "Undo"))
    assert answer.get("text") == "Undone — it's back to how it was."
    said = await fake.wait_for_edit(UID, logged.message_id, contains="Undone")
    assert said.text == (
        "Undone — the 08:00 Butrans 10 mcg/h is back to skipped (forgot), as it was before."
    )
    await fake.wait_for_edit(UID, monday.message_id, contains="Skipped — forgot")
    await settled(bot)
    (monday, *_) = await rows(bot, DoseOccurrence)
    assert (monday.status, monday.skip_reason, monday.answered_at) == (
        "skipped",
        "forgot",
        skipped_at,
    )
    assert (monday.taken_at, monday.taken_late, monday.next_at) == (None, False, None)
    assert not any("answer it again" in (m.text or "") for m in fake.messages_to(UID)[n:])
    # Told again, then "undo" typed: the same skip back, said in the chat.
    clock.set(dt.datetime(2026, 12, 8, 12, 0, tzinfo=DUBLIN))
    await say(fake, "changed the patch", "taken late")
    assert (await rows(bot, DoseOccurrence))[0].status == "taken"
    await say(fake, "undo", "is back to skipped (forgot), as it was before")
    (monday, *_) = await rows(bot, DoseOccurrence)
    assert (monday.status, monday.skip_reason) == ("skipped", "forgot")
    assert not await rows(bot, DoseLog)


async def test_a_weekly_patch_gone_by_then_changed_a_day_late_is_that_patch(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    reply = await _patch_changed_late(fake, bot, clock, ["put my new patch on", "Logged"])
    assert "your 08:00 dose yesterday, taken late" in reply
    assert not await rows(bot, DoseLog)
    # A second one the same day is a patch of its own (one was put on since Monday's).
    clock.set(dt.datetime(2026, 12, 8, 18, 0, tzinfo=DUBLIN))
    again = (await say(fake, "/took butrans", "Butrans")).text or ""
    assert "taken late" not in again
    assert len(await rows(bot, DoseLog)) == 1


async def test_a_daily_medicine_a_day_later_is_still_asked_of_todays_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # (a weekly dose only: yesterday's daily tablet gone by is not what "took it" answers)
    await onboard(fake, "Europe/Dublin")
    clock.set(dt.datetime(2026, 12, 6, 12, 0, tzinfo=DUBLIN))
    await add(fake, "meloxicam 7.5mg 08:00")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 12, 7, 8, 0, tzinfo=DUBLIN))
    clock.set(dt.datetime(2026, 12, 8, 7, 0, tzinfo=DUBLIN))
    await tick(bot)
    asked = (await say(fake, "took my meloxicam", "Was that")).text or ""
    assert asked == "Was that your 08:00 dose of Meloxicam 7.5 mg?"
    (monday, *_) = await rows(bot, DoseOccurrence)
    assert monday.status == "missed"


async def test_a_patch_added_with_no_day_said_is_reminded_weekly_on_that_day(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, London: "/add butrans" asked "10" again and again with no unit offered,
    and once "10 mcg" was typed its times question offered every day (a new 7-day patch
    each day) and saved "Butrans 10 mcg/h · 08:00 every day"."""
    await onboard(fake, "Europe/Dublin")
    clock.set(dt.datetime(2026, 12, 10, 7, 30, tzinfo=DUBLIN))  # a Thursday
    asked = await say(fake, "/add butrans", "How much is one dose of butrans?")
    assert "e.g. 5 mcg/h, as printed on the box" in (asked.text or "")
    times = await say(fake, "10", "When do you take butrans?")
    assert (times.text or "").startswith("One patch stays on for 7 days")
    assert fake.buttons(times) == ["08:00", "20:00", "22:00", "As needed"]
    n = len(fake.messages_to(UID))
    await fake.press(UID, times.message_id, "08:00")
    saved = await fake.wait_for_message(UID, after=n, contains="Saved:")
    assert (saved.text or "").startswith("Saved: Butrans 10 mcg/h · 08:00 Thu")
    # its cartons hold four: 30, 60 or 90 patches would be months on hand
    offer = await fake.wait_for_message(UID, after=n, contains="How many Butrans")
    assert fake.buttons(offer) == ["4", "8", "12"]
    assert (offer.text or "").endswith("Any number: /refill butrans 6")
    # a day named is that day (a second patch: warned of first, saved anyway)
    await say(fake, "/add butrans 5", "When do you take butrans?")
    warned = await say(fake, "every monday at 9am", "Before I save Butrans")
    n = len(fake.messages_to(UID))
    await fake.press(UID, warned.message_id, "Save anyway")
    saved = await fake.wait_for_message(UID, after=n, contains="Saved:")
    assert (saved.text or "").startswith("Saved: Butrans 5 mcg/h · 09:00 Mon")
