"""Medication trials through the real Application (PRODUCT.md §6a): a start, a dose
change or a removal opens a trial; two weeks later, at the check-in time, the review
comes once with the person's own figures; `Helping` / `Not sure` / `Not helping` and a
note are kept on the one review; someone else's button changes nothing; /delete erases
it all."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.app import deps_of
from bot.domain.states import WorkKind
from bot.domain.trials import Verdict
from bot.storage.models import DueWork, Trial, TrialReview
from bot.telegram.payloads import TrialTap
from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_regimen import rows, say

EST = dt.timezone(dt.timedelta(hours=-5))  # New York from 1 Nov 2026
HEAD = "💊 It's"


def ny(day: int, hour: int, month: int = 11) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, tzinfo=EST)


def reviews_since(fake: FakeBotApi, n: int) -> list[Any]:
    """The review questions sent since message `n` (the weekly summary's follow-up of a
    change says "weeks since" too, but is no question)."""
    return [
        m
        for m in fake.messages_to(UID)[n:]
        if HEAD in (m.text or "") and not (m.text or "").startswith("📋")
    ]


async def trial_work(app: Any) -> list[DueWork]:
    async with deps_of(app).sessions() as s:
        query = select(DueWork).where(DueWork.kind == WorkKind.TRIAL).order_by(DueWork.due_at)
        return list(await s.scalars(query))


async def pain_at(fake: FakeBotApi, clock: FakeClock, when: dt.datetime, text: str) -> None:
    clock.set(when)
    await say(fake, text, "Logged")


async def edit_line(fake: FakeBotApi, name: str, line: str) -> str:
    """Edit `name` from /meds by sending its whole new line; the reply."""
    meds = await say(fake, "/meds", "Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, f"Edit · {name}")
    await fake.wait_for_message(UID, after=n, contains="What would you like to change")
    return (await say(fake, line, "")).text or ""


async def remove(fake: FakeBotApi, name: str) -> None:
    meds = await say(fake, "/meds", "Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, f"Remove · {name}")
    confirm = await fake.wait_for_message(UID, after=n, contains="Remove")
    await fake.press(UID, confirm.message_id, "Yes, remove")
    await fake.wait_for_message(UID, after=n, contains="removed")


@pytest.mark.both_databases
async def test_a_start_is_reviewed_after_two_weeks_with_the_figures(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)  # New York, check-in at 20:00
    # The two weeks before: 7 (Wed), 6 and 8 (Thu, mean 7), 5 and dizzy (Fri).
    await pain_at(fake, clock, ny(25, 10), "pain 7")
    await pain_at(fake, clock, ny(26, 10), "pain 6")
    await pain_at(fake, clock, ny(26, 18), "pain 8")
    await pain_at(fake, clock, ny(27, 10), "pain 5, feeling dizzy")
    clock.set(ny(28, 8))  # Sat 28 Nov: started, first dose this morning
    await add(fake, "duloxetine 60mg 09:00")
    trial = (await rows(bot, Trial))[0]
    assert (trial.change, trial.before, trial.after) == ("start", None, "Duloxetine 60 mg")
    assert trial.local_date == dt.date(2026, 11, 28)
    # Since: 5 (Sat), 4 and dizzy (Tue), 3 (Sat).
    await pain_at(fake, clock, ny(28, 12), "pain 5")
    await pain_at(fake, clock, ny(1, 10, 12), "pain 4, feeling dizzy")
    await pain_at(fake, clock, ny(5, 10, 12), "pain 3")

    # Two and six weeks later at 20:00 New York time, planned once each.
    work = await trial_work(bot)
    assert [w.due_at for w in work] == [ny(12, 20, 12), dt.datetime(2027, 1, 9, 20, tzinfo=EST)]

    n = len(fake.messages_to(UID))
    clock.set(ny(12, 20, 12) - dt.timedelta(seconds=1))
    await tick(bot)
    assert not reviews_since(fake, n), "nothing a second early"
    clock.set(ny(12, 20, 12))
    await tick(bot)
    review = await fake.wait_for_message(UID, after=n, contains=HEAD)
    assert review.text == (
        "💊 It's 2 weeks since you started Duloxetine 60 mg (Sat 28 Nov).\n"
        # (7 + 7 + 5) / 3 = 6.33 → 6.3 before; (5 + 4 + 3) / 3 = 4.0 since.
        "Pain: 6.3 on average in the 2 weeks before → 4.0 since (0 = no pain, 10 = worst)\n"
        "Days with side effects: 1 → 1\n"
        "\n"
        "Is it helping?\n"
        "Your answer is kept for your report."
    )
    assert fake.buttons(review) == ["Helping", "Not sure", "Not helping"]
    for _ in range(2):  # never twice, however often the clock ticks
        clock.advance(minutes=5)
        await tick(bot)
    assert len(reviews_since(fake, n)) == 1

    pressed = await fake.press(UID, review.message_id, "Helping")
    assert (await fake.wait_for_callback_answer(pressed)).get("text") == "Kept: Helping"
    edited = await fake.wait_for_edit(UID, review.message_id, contains="Your answer: Helping")
    assert edited.message.text.startswith("💊 It's 2 weeks since you started Duloxetine")
    assert "Type a note" in edited.message.text
    assert fake.buttons(edited.message) == ["Helping", "Not sure", "Not helping", "Skip"]
    first = (await rows(bot, TrialReview))[0]
    assert (first.weeks, first.verdict, first.note) == (2, Verdict.HELPING, None)

    await say(fake, "worth it so far", "Kept with your answer: “Worth it so far”")
    assert (await rows(bot, TrialReview))[0].note == "Worth it so far"

    # A second tap changes the answer, on the same row.
    pressed = await fake.press(UID, review.message_id, "Not sure")
    await fake.wait_for_callback_answer(pressed)
    await fake.wait_for_edit(UID, review.message_id, contains="Your answer: Not sure")
    reviews = await rows(bot, TrialReview)
    assert [(r.weeks, r.verdict) for r in reviews] == [(2, "not_sure"), (6, None)]
    assert reviews[0].note == "Worth it so far"

    # Someone else's button for this review (signed for them) changes nothing here.
    other = UID + 1
    forged = deps_of(bot).codec.pack(other, TrialTap(first.id, Verdict.NOT_HELPING))
    await fake.send_text(other, "/start")
    start = await fake.wait_for_message(other, contains="Backtrack")
    answer = await fake.wait_for_callback_answer(
        await fake.press_data(other, start.message_id, forged)
    )
    assert "nothing changed" in (answer.get("text") or "")
    assert (await rows(bot, TrialReview))[0].verdict == "not_sure"


async def test_a_restart_neither_loses_nor_repeats_a_review(
    fake: FakeBotApi, sqlite_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, sqlite_url, clock, TRIAL_REVIEW_WEEKS="1"):
        await onboard(fake)
        clock.set(ny(26, 8))  # past the first day (what is entered then opens none)
        await add(fake, "duloxetine 30mg 09:00")
    n = len(fake.messages_to(UID))
    clock.set(ny(3, 20, 12))  # Thu 26 Nov + 1 week, 20:00
    async with running_bot(fake, sqlite_url, clock, TRIAL_REVIEW_WEEKS="1") as app:
        await tick(app)
        review = await fake.wait_for_message(UID, after=n, contains="It's a week since")
        assert "Duloxetine 30 mg (Thu 26 Nov)" in (review.text or "")
    async with running_bot(fake, sqlite_url, clock, TRIAL_REVIEW_WEEKS="1") as app:
        clock.advance(minutes=1)
        await tick(app)
    assert len([m for m in fake.messages_to(UID)[n:] if "since you started" in (m.text or "")]) == 1


async def test_skip_and_a_report_while_a_note_waits(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    clock.set(ny(28, 7))
    await add(fake, "celecoxib 200mg 08:00")
    n = len(fake.messages_to(UID))
    clock.set(ny(12, 20, 12))
    await tick(bot)
    review = await fake.wait_for_message(UID, after=n, contains=HEAD)
    assert "Pain: no pain scores before the change or since." in (review.text or "")
    await fake.press(UID, review.message_id, "Not helping")
    await fake.wait_for_edit(UID, review.message_id, contains="Type a note")
    # A plain report is not a note: the pain goes to the check-in asked at the same
    # time, and the note is asked for again.
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "pain 6")
    await fake.wait_for_message(UID, after=n, contains="Where does it hurt")
    await fake.wait_for_message(UID, after=n, contains="Anything to add to your answer")
    assert (await rows(bot, TrialReview))[0].note is None
    pressed = await fake.press(UID, review.message_id, "Skip")
    assert (await fake.wait_for_callback_answer(pressed)).get("text") == "OK — no note."
    edited = await fake.wait_for_edit(UID, review.message_id, after=1)
    assert "✅ Your answer: Not helping" in edited.message.text
    assert "Type a note" not in edited.message.text and "Skip" not in fake.buttons(edited.message)
    review_row = (await rows(bot, TrialReview))[0]
    assert (review_row.verdict, review_row.note) == ("not_helping", None)
    # Nothing waits any more: the next words are not a note.
    await say(fake, "worth a try anyway", "")
    assert (await rows(bot, TrialReview))[0].note is None


async def test_dose_changes_open_trials_and_new_times_do_not(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    # On the first day, what is entered (and corrected) is the regimen they came with.
    await add(fake, "tylenol 500mg as needed max 6 per day")
    await edit_line(fake, "Tylenol", "tylenol 1000mg as needed max 3 per day")
    assert await rows(bot, Trial) == []
    clock.set(ny(26, 10))
    await add(fake, "gabapentin 300mg 08:00 20:00")
    said = await edit_line(fake, "Gabapentin", "gabapentin 600mg 08:00 20:00")
    assert said.startswith("Saved: Gabapentin 600 mg"), said
    said = await edit_line(fake, "Gabapentin", "gabapentin 600mg 09:00 21:00")
    assert said.startswith("Saved: Gabapentin 600 mg · 09:00, 21:00"), said
    said = await edit_line(fake, "Gabapentin", "gabapentin 600mg 09:00 15:00 21:00")
    assert said.startswith("Saved: Gabapentin 600 mg"), said
    trials = await rows(bot, Trial)
    assert [(t.change, t.before, t.after) for t in trials] == [
        ("start", None, "Gabapentin 300 mg"),
        ("dose", "Gabapentin 300 mg", "Gabapentin 600 mg"),
        # The same tablets more often: said with how often, or both would read the same.
        ("dose", "Gabapentin 600 mg twice a day", "Gabapentin 600 mg 3 times a day"),
    ]
    await remove(fake, "Gabapentin")
    stop = (await rows(bot, Trial))[-1]
    assert (stop.change, stop.before, stop.after) == ("stop", "Gabapentin 600 mg", None)
    assert len(await rows(bot, TrialReview)) == 8 and len(await trial_work(bot)) == 8

    n = len(fake.messages_to(UID))
    clock.set(ny(10, 20, 12))  # Thu 26 Nov + 2 weeks, 20:00
    await tick(bot)
    await fake.wait_for_message(UID, after=n, contains="since you stopped Gabapentin 600 mg")
    texts = [m.text or "" for m in reviews_since(fake, n)]
    assert len(texts) == 4
    assert any("since Gabapentin 300 mg became Gabapentin 600 mg (Thu 26 Nov)" in t for t in texts)
    assert any("Is the new dose helping?" in t for t in texts)


@pytest.mark.both_databases
async def test_a_taper_is_one_trial_and_delete_erases_them(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    clock.set(ny(26, 7))
    await add(fake, "prednisone 20mg 08:00 for 5 days then 10mg for 5 days")
    trials = await rows(bot, Trial)
    assert [(t.change, t.after) for t in trials] == [("start", "Prednisone 20 mg")]
    await remove(fake, "Prednisone")
    trials = await rows(bot, Trial)
    assert [(t.change, t.before) for t in trials] == [
        ("start", None),
        ("stop", "Prednisone 20 mg"),
    ]
    assert len(await rows(bot, TrialReview)) == 4

    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/delete")
    confirm = await fake.wait_for_message(UID, after=n, contains="can't be undone")
    await fake.press(UID, confirm.message_id, "Delete everything")
    await fake.wait_for_edit(UID, confirm.message_id, contains="erased")
    async with deps_of(bot).sessions() as s:
        for model in (Trial, TrialReview, DueWork):
            count = await s.scalar(select(func.count()).select_from(model))
            assert count == 0, model.__name__
    n = len(fake.messages_to(UID))
    clock.set(ny(10, 20, 12))
    await tick(bot)
    assert not reviews_since(fake, n)


async def test_a_new_time_zone_moves_the_reviews_not_yet_asked(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)  # New York, check-in at 20:00
    clock.set(ny(26, 7))
    await add(fake, "celecoxib 200mg 08:00")  # Thu 26 Nov: reviews on 10 Dec and 7 Jan
    clock.set(ny(27, 10))
    await say(fake, "/timezone Europe/London", "Time zone set")
    london = ZoneInfo("Europe/London")
    work = await trial_work(bot)
    assert [w.due_at for w in work] == [
        dt.datetime(2026, 12, 10, 20, tzinfo=london).astimezone(dt.UTC),
        dt.datetime(2027, 1, 7, 20, tzinfo=london).astimezone(dt.UTC),
    ]
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 12, 10, 20, tzinfo=london))
    await tick(bot)
    await fake.wait_for_message(UID, after=n, contains="2 weeks since you started Celecoxib")
    # Moving again keeps the one asked as it was, and moves only the one to come.
    await say(fake, "/timezone Asia/Tokyo", "Time zone set")
    work = await trial_work(bot)
    assert [(w.status, w.due_at) for w in work] == [
        ("sent", dt.datetime(2026, 12, 10, 20, tzinfo=london).astimezone(dt.UTC)),
        ("pending", dt.datetime(2027, 1, 7, 20, tzinfo=ZoneInfo("Asia/Tokyo")).astimezone(dt.UTC)),
    ]
