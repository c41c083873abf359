"""'Did I take my gabapentin this morning?' answered from the record, through the real
Application: today's doses of it with what became of each, and nothing recorded."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.app import deps_of
from bot.storage.models import DoseLog, DoseOccurrence
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard, reminder_at
from tests.integration.test_waiting_questions import say


def hhmm_now(clock: FakeClock) -> str:
    return clock.now().astimezone(NY).strftime("%H:%M")


async def _counts(app: Any) -> tuple[int, list[str]]:
    async with deps_of(app).sessions() as s:
        logs = await s.scalar(select(func.count()).select_from(DoseLog))
        states = list(await s.scalars(select(DoseOccurrence.status).order_by(DoseOccurrence.id)))
    return int(logs or 0), states


async def test_did_i_take_it_reads_back_today(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    await onboard(fake)
    await add(fake, "gabapentin 300mg 08:00 14:00 22:00")
    await add(fake, "naproxen 500mg 08:00 20:00")
    morning = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.press(UID, morning.message_id, "Taken · Gabapentin")
    await fake.wait_for_edit(UID, morning.message_id, contains="Taken 08:00")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 15, 30, tzinfo=NY))
    before = await _counts(bot)
    reply = await say(fake, "did I take my gabapentin this morning?", "Here's what I have")
    text = reply.text or ""
    assert "Gabapentin today" in text and "Naproxen" not in text
    assert "• 08:00 Gabapentin 300 mg — ✅ Taken 08:00" in text
    assert "• 14:00 Gabapentin 300 mg — not answered yet" in text
    assert "• 22:00 Gabapentin 300 mg — not due yet" in text
    assert await _counts(bot) == before, "a question records nothing"
    assert n < len(fake.messages_to(UID))
    # About every medicine when none is named.
    reply = await say(fake, "have I had my meds today?", "Here's what I have")
    assert "Naproxen 500 mg" in (reply.text or "") and "your medicines" in (reply.text or "")


async def test_how_many_counts_every_tablet_of_today_and_the_hidden_ingredient(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Lost count in pain: "how many co-codamol have I had today?" was "a question for your
    # doctor". The record holds the answer; the paracetamol in co-codamol counts too.
    await onboard(fake)
    await add(fake, "co-codamol 30/500 two tablets up to four times a day when needed")
    await add(fake, "naproxen 500mg 08:00 20:00")
    clock.set(dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    await say(fake, "took 2 co-codamol", "Logged")
    clock.set(dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    await say(fake, "2 more co codamols", "Logged")
    before = await _counts(bot)
    reply = await say(fake, "how many co-codamol have i had today", "Here's what I have")
    assert (reply.text or "").splitlines()[1:] == [
        "• 09:00 2 × Co-codamol — ✅ taken (logged)",
        "• 14:00 2 × Co-codamol — ✅ taken (logged)",
        "In all today: 2 doses taken (4 tablets)",
        "The maximum you set for Co-codamol: 8 a day.",
    ]
    reply = await say(fake, "how much paracetamol have I taken today?", "Here's what I have")
    assert "In all today: 2 doses taken (4 tablets)" in (reply.text or "")
    assert "Naproxen" not in (reply.text or "")
    # Said short, the same question ("how many norco today" was "a question for your
    # doctor").
    short = await say(fake, "how many co-codamol today", "Here's what I have")
    assert "In all today: 2 doses taken (4 tablets)" in (short.text or "")
    # Asked in their own word, answered in it: a British reader is told of paracetamol.
    text = reply.text or ""
    assert text.startswith("Here's what I have for Paracetamol today")
    assert "Paracetamol in those: about 2,000 mg." in text and "cetaminophen" not in text
    assert await _counts(bot) == before, "a question records nothing"
    # Found living it: asked by its total, in the ingredient's own name, with a brand of
    # it on the list beside the combination: headed by the ingredient, not the brand.
    await add(fake, "tylenol extra strength as needed", warned=True)
    await say(fake, "took 1 tylenol extra strength", "Logged")
    total = await say(fake, "what's my paracetamol total today", "Here's what I have")
    text = total.text or ""
    assert text.startswith("Here's what I have for Paracetamol today")
    assert "Tylenol Extra Strength" in text and "Co-codamol" in text
    assert "Paracetamol in those: about 2,500 mg." in text
    # Asked by the brand, the brand's doses are counted — not the co-codamol's tablets —
    # and the ingredient's whole day is said with the other medicine named.
    brand = await say(fake, "how many tylenol have i had today", "Here's what I have")
    assert (brand.text or "").splitlines()[1:] == [
        f"• {hhmm_now(clock)} Tylenol Extra Strength — ✅ taken (logged)",
        "In all today: 1 dose taken",
        "Acetaminophen today from all your medicines (Co-codamol too): about 2,500 mg.",
    ]


@pytest.mark.both_databases
async def test_all_but_one_answers_the_waiting_doses_only(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found in the sandbox: "all but the gabapentin" at 08:05 also logged an extra dose of
    the 22:00 amitriptyline, which was not waiting."""
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    await add(fake, "gabapentin 300mg 08:00 14:00 22:00")
    # (the FDA's 2019 breathing warning for a gabapentinoid with an antidepressant first)
    await add(fake, "amitriptyline 10mg 22:00", warned=True)
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 8, 5, tzinfo=NY))
    reply = await say(fake, "all but the gabapentin", "Got it")
    assert "Naproxen 500 mg taken" in (reply.text or "")
    assert "Gabapentin 300 mg skipped" in (reply.text or "")
    await fake.wait_for_edit(UID, msg.message_id, contains="⏭ Skipped")
    logs, _ = await _counts(bot)
    assert logs == 0, "no extra dose of a medicine that was not waiting"
    eight = dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY)
    async with deps_of(bot).sessions() as s:
        at_eight = list(
            await s.scalars(select(DoseOccurrence.status).where(DoseOccurrence.due_at == eight))
        )
    assert sorted(at_eight) == ["skipped", "taken"]
    # At 14:00 only the gabapentin waits: "all but the gabapentin" takes nothing.
    two = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 14, 5, tzinfo=NY))
    reply = await say(fake, "took all but the gabapentin", "Gabapentin")
    assert "taken" not in (reply.text or "")
    await fake.wait_for_edit(UID, two.message_id, contains="⏭ Skipped")
    assert (await _counts(bot))[0] == 0


@pytest.mark.both_databases
async def test_all_but_one_after_a_greeting_keeps_the_one_for_later(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "morning! pain 5, took everything except the gabapentin, will have
    # it after breakfast" marked the gabapentin taken and left the naproxen open.
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    await add(fake, "gabapentin 300mg 08:00 20:00")
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 8, 5, tzinfo=NY))
    text = "morning! pain 5, took everything except the gabapentin, will have it after breakfast"
    reply = await say(fake, text, "Got it")
    assert "Naproxen 500 mg taken" in (reply.text or "")
    assert "Gabapentin 300 mg snoozed" in (reply.text or "")
    await fake.wait_for_edit(UID, msg.message_id, contains="Snoozed")
    eight = dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY)
    async with deps_of(bot).sessions() as s:
        rows = (
            await s.execute(select(DoseOccurrence).where(DoseOccurrence.due_at == eight))
        ).scalars()
        statuses = sorted(o.status for o in rows)
    assert statuses == ["snoozed", "taken"]
    await fake.wait_for_message(UID, contains="Logged: pain 5")


async def test_unsure_questions_and_plans_record_no_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Blind set 36: "not sure if I took my gabapentin", "is it ok to skip the naproxen
    tonight" and "will take the naproxen at 8 tonight" each logged a dose taken."""
    await onboard(fake)
    await add(fake, "gabapentin 300mg 08:00 14:00 22:00")
    await add(fake, "naproxen 500mg 08:00 20:00")
    morning = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await fake.press(UID, morning.message_id, "Taken · Gabapentin")
    await fake.wait_for_edit(UID, morning.message_id, contains="Taken 08:00")
    clock.set(dt.datetime(2026, 11, 25, 11, 0, tzinfo=NY))
    before = await _counts(bot)
    unsure = await say(fake, "not sure if I took my gabapentin this morning", "Here's what I have")
    assert "• 08:00 Gabapentin 300 mg — ✅ Taken 08:00" in (unsure.text or "")
    short = await say(fake, "meds taken?", "Here's what I have")
    assert "your medicines" in (short.text or "")
    asked = await say(fake, "is it ok to skip the naproxen tonight", "can't answer it")
    assert "🩺 Save it to ask my doctor" in fake.buttons(asked)
    planned = await say(fake, "will take the naproxen at 8 tonight", "")
    assert "Naproxen taken" not in (planned.text or ""), planned.text
    logs, states = await _counts(bot)
    assert logs == before[0], "no dose logged from a question or a plan"
    assert states.count("taken") == before[1].count("taken") == 1, states


async def test_when_is_my_next_dose_is_answered_from_the_schedule(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found in the sandbox: "what time is my next dose?" got "a question for your doctor"
    though the bot holds the answer."""
    await onboard(fake)
    await add(fake, "gabapentin 300mg 08:00 14:00 22:00")
    await add(fake, "naproxen 500mg 08:00 20:00")
    clock.set(dt.datetime(2026, 11, 25, 6, 30, tzinfo=NY))
    before = await _counts(bot)
    reply = await say(fake, "what time is my next dose?", "next reminder")
    assert reply.text == "⏰ Your next reminder is at 08:00: Gabapentin, Naproxen."
    reply = await say(fake, "whats my next pill", "next reminder")  # was "didn't catch that"
    assert reply.text == "⏰ Your next reminder is at 08:00: Gabapentin, Naproxen."
    reply = await say(fake, "when do I take my gabapentin?", "Gabapentin")
    assert reply.text == "⏰ Gabapentin: reminders today at 08:00, 14:00 and 22:00."
    reply = await say(fake, "when's my next tramadol", "isn't on your list")
    assert "/add it" in (reply.text or "")
    # With the 08:00 reminder out, the answer points to it first.
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 8, 10, tzinfo=NY))
    reply = await say(fake, "when is my next dose?", "waiting above")
    assert (reply.text or "").endswith("⏰ Your next reminder is at 14:00: Gabapentin.")
    logs, _ = await _counts(bot)
    assert logs == before[0], "a question records nothing"
    # A report beside the question is still kept.
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "back is a 6 today, whens my nxt pill")
    await fake.wait_for_message(UID, after=n, contains="next reminder")
    await fake.wait_for_message(UID, after=n, contains="Logged: pain 6")


async def test_when_is_the_patch_changed_is_its_listed_name(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """A weekly patch asked about as "the patch": it is on the list as "buprenorphine
    patch" (the bot said it wasn't on the list, and to /add it a second time)."""
    await onboard(fake)
    await add(fake, "buprenorphine patch 5mcg every monday 9am")
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))  # a Wednesday
    reply = await say(fake, "when do I change the patch next?", "Buprenorphine patch")
    assert reply.text == "⏰ Buprenorphine patch: next reminder on Mon 30 Nov at 09:00."


async def test_when_is_a_paused_medicine_next_says_it_is_paused(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """A paused medicine asked about was "not on your list … /add it", inviting a second
    copy of it (a sandbox week in Toronto)."""
    await onboard(fake)
    await add(fake, "gabapentin 300mg 08:00 20:00")
    meds = await say(fake, "/meds", "Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "Pause")
    await fake.wait_for_message(UID, after=n, contains="paused")
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))
    reply = await say(fake, "when does the gabapentin go up?", "Gabapentin")
    assert reply.text == "⏸ Gabapentin is paused: no reminders until you resume it in /meds."


async def test_how_much_in_the_last_24_hours_counts_the_rolling_day(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Pune: "how much paracetamol i took in last 24 hrs?", dosing for a fever,
    was sent to the pharmacist though the bot held the figure (and had quoted it)."""
    await onboard(fake)
    await add(fake, "acetaminophen 650mg as needed max 4 per day")
    clock.set(dt.datetime(2026, 11, 24, 21, 0, tzinfo=NY))
    await say(fake, "took 1 tylenol 650", "Logged")
    clock.set(dt.datetime(2026, 11, 25, 2, 0, tzinfo=NY))
    await say(fake, "took 1 tylenol 650", "Logged")
    clock.set(dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    await say(fake, "took 1 tylenol 650", "Logged")
    clock.set(dt.datetime(2026, 11, 25, 16, 0, tzinfo=NY))
    reply = await say(fake, "how much tylenol i took in last 24 hrs?", "in the last 24 hours")
    text = reply.text or ""
    assert "Tue 24 Nov 21:00" in text and "02:00" in text and "14:00" in text
    assert "In all in the last 24 hours: 3 doses taken" in text
    assert "about 1,950 mg" in text
    today = await say(fake, "how much tylenol have I had today?", "today")
    assert "21:00" not in (today.text or "") and "2 doses taken" in (today.text or "")


async def test_is_that_too_much_is_answered_with_the_total_and_the_labels_line(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Chicago: "Is that too much APAP w/ the Norco?" was filed as a note, with no
    word of the 1,625 mg the record already held."""
    await onboard(fake, "America/New_York")
    await add(fake, "norco 5/325 as needed max 4 per day", warned=False)
    await add(fake, "tylenol arthritis 2 caplets as needed", warned=True)
    clock.set(dt.datetime(2026, 12, 8, 21, 25, tzinfo=NY))
    await say(fake, "took a norco", "Logged")
    clock.advance(minutes=10)
    await say(fake, "took 2 tylenol arthritis", "Logged")
    n = await _logged_now(bot)
    answer = await say(fake, "Is that too much APAP w/ the Norco?", "last 24 hours")
    text = answer.text or ""
    assert "about 1,625 mg" in text and "4,000 mg in 24 hours" in text
    assert "talk to your doctor or pharmacist" in text
    assert await _logged_now(bot) == n  # nothing recorded by the question


async def _logged_now(app: Any) -> int:
    async with deps_of(app).sessions() as s:
        return int(await s.scalar(select(func.count()).select_from(DoseLog)) or 0)


async def test_a_dose_told_in_doubt_is_read_back_not_logged(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # "think I took it?" had been logged as taken: a dose counted that may never have been
    # swallowed. It is answered from the record instead, saying it was not logged.
    await onboard(fake)
    await add(fake, "baclofen 10mg 08:00 14:00 20:00")
    morning = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await fake.press(UID, morning.message_id, "Taken")
    await fake.wait_for_edit(UID, morning.message_id, contains="Taken 08:00")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 16, 10, tzinfo=NY))
    before = await _counts(bot)
    reply = await say(fake, "might have had the 2pm baclofen, might not", "Here's what I have")
    lines = (reply.text or "").splitlines()
    assert lines[0] == "As you're not sure, I haven't logged it."
    assert "• 08:00 Baclofen 10 mg — ✅ Taken 08:00" in lines
    assert "• 14:00 Baclofen 10 mg — not answered yet" in lines
    reply = await say(fake, "think I took it?", "I haven't logged it")
    assert "Baclofen" in (reply.text or "")
    # Sure it was not, whatever someone else says: read back, no doubt said
    reply = await say(fake, "my husband says I took it but I swear I didn't", "Here's what I have")
    assert "not sure" not in (reply.text or "")
    assert await _counts(bot) == before, "nothing recorded from a doubt"
    # Said for sure, it is logged as ever
    await say(fake, "took the 2pm baclofen at 3", "taken ✅")
    assert await _counts(bot) != before
