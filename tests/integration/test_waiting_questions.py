"""One place decides what a message is about (issue 13, findings 2 and 8).

A newer flow (a reminder, /checkin, any command) supersedes an older question; a
message that plainly reports a dose, pain, a symptom or a red flag is recorded as such
whatever question is waiting, and the question is asked again; typed answers to the
check-in's questions are heard ("yes to the knee").
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseOccurrence, DueWork, Record, User
from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_checkin import ASK, checkin_at, records, tap
from tests.integration.test_dose_loop import NY, UID, add, occurrences, onboard, reminder_at


async def user_row(app: Any) -> User:
    async with deps_of(app).sessions() as s:
        user = await s.get(User, UID)
        assert user is not None
        return user


async def say(fake: FakeBotApi, text: str, expect: str) -> Any:
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, text)
    return await fake.wait_for_message(UID, after=n, contains=expect)


def pain_rows(recs: list[Record]) -> list[dict[str, Any]]:
    return [json.loads(r.data) for r in recs if r.kind == "pain"]


async def test_checkin_supersedes_the_unanswered_checkin_time_question(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """/start, leave the check-in time unanswered, /checkin, tap 7, then type a report."""
    await fake.send_text(UID, "/start")
    await fake.wait_for_message(UID, contains="time zone")
    await say(fake, "/timezone America/New_York", "When should I ask")
    assert (await user_row(bot)).awaiting == "checkin"
    q = await say(fake, "/checkin", ASK)
    assert (await user_row(bot)).awaiting is None, "the command dropped the older question"
    q = await tap(fake, q, "7", "Where does it hurt")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "6, shooting down my left leg")
    nxt = await fake.wait_for_message(UID, after=n, contains="side effects")
    texts = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not any("couldn't read that time" in t for t in texts)
    assert nxt is not None
    pains = pain_rows(await records(bot))
    tapped = next(p for p in pains if p["score"] == 7)
    typed = next(p for p in pains if p["score"] == 6)
    assert tapped["locations"] == ["leg_left"] and tapped["radiating"] is True
    assert typed["locations"] == ["leg_left"] and typed["qualities"] == ["shooting"]
    assert (await user_row(bot)).checkin_time == "20:00"


async def _checkin_note_with_reminder_open(fake: FakeBotApi, bot: Any, clock: FakeClock) -> Any:
    """A check-in walked to its last question while the 22:00 reminder is open."""
    await onboard(fake)
    await add(fake, "cyclobenzaprine 10mg 22:00")
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 25, 22, 0, tzinfo=NY))
    await tick(bot)
    await fake.wait_for_message(UID, after=n, contains="Time for your")
    clock.advance(minutes=2)
    q = await say(fake, "/checkin", ASK)
    q = await tap(fake, q, "5", "Where does it hurt")
    q = await tap(fake, q, "Skip", "run down a leg")
    q = await tap(fake, q, "No", "side effects")
    q = await tap(fake, q, "None", "sleep")
    q = await tap(fake, q, "Skip", "activity")
    return await tap(fake, q, "Not today", "Anything else")


@pytest.mark.both_databases
async def test_took_it_at_the_notes_question_answers_the_open_reminder(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _checkin_note_with_reminder_open(fake, bot, clock)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "took it")
    again = await fake.wait_for_message(UID, after=n, contains="Anything else")
    replies = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert any("taken" in r.lower() for r in replies)
    assert not any("all noted" in r for r in replies), "the check-in is not over"
    assert [o.status for o in await occurrences(bot)][0] == "taken"
    # The notes question still works, typed or tapped.
    await say(fake, "the new mattress helps", "all noted")
    notes = [json.loads(r.data) for r in await records(bot) if r.kind == "note"]
    assert notes[-1]["text"] == "the new mattress helps"
    assert again is not None


async def test_yes_to_the_knee_answers_does_it_run_down_a_leg(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    q = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    q = await tap(fake, q, "6", "Where does it hurt")
    q = await tap(fake, q, "Lower back", "run down a leg")
    await say(fake, "yes to the knee", "side effects")
    pain = pain_rows(await records(bot))[0]
    assert pain["radiating"] is True
    assert set(pain["locations"]) == {"lower_back", "leg"}


async def test_where_it_hurts_outside_the_checkin_is_recorded(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    reply = await say(fake, "lower back and down my left leg", "where it hurts")
    assert "lower back" in (reply.text or "").lower() and "left leg" in (reply.text or "").lower()
    place = next(r for r in await records(bot) if r.kind == "pain_place")
    data = json.loads(place.data)
    assert data["locations"] == ["lower_back", "leg_left"] and data["radiating"] is True
    assert not [r for r in await records(bot) if r.kind == "pain"], "no score was said"


async def test_a_report_while_the_checkin_time_question_waits_is_recorded_and_asked_again(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await fake.send_text(UID, "/start")
    await fake.wait_for_message(UID, contains="time zone")
    await say(fake, "/timezone America/New_York", "When should I ask")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "pain is 8 today, stabbing in my lower back")
    again = await fake.wait_for_message(UID, after=n, contains="When should I ask")
    assert any("pain 8" in (m.text or "") for m in fake.messages_to(UID)[n:])
    assert pain_rows(await records(bot))[0]["score"] == 8
    # The question still takes its answer.
    await fake.press(UID, again.message_id, "21:00")
    await fake.wait_for_message(UID, after=n, contains="Daily check-in at 21:00")


async def test_the_checkin_time_is_read_with_the_words_around_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Dublin: "8pm is grand" got "I couldn't read that time. Try … 8pm"."""
    await fake.send_text(UID, "/start")
    await fake.wait_for_message(UID, contains="time zone")
    await say(fake, "/timezone Europe/Dublin", "When should I ask")
    await say(fake, "8pm is grand", "Daily check-in at 20:00")


async def test_a_reminder_supersedes_an_older_question(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Asked for the report's name, then a reminder comes: "skip" is about the dose."""
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    settings = await say(fake, "/settings", "Your settings")
    n = len(fake.messages_to(UID))
    await fake.press(UID, settings.message_id, "Name on report")
    await fake.wait_for_message(UID, after=n, contains="What name")
    assert (await user_row(bot)).awaiting == "report_name"
    clock.set(dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await tick(bot)
    await fake.wait_for_message(UID, contains="Time for your")
    await say(fake, "skip it, ran out", "skipped")
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.skip_reason) == ("skipped", "ran_out")
    user = await user_row(bot)
    assert user.awaiting is None and user.report_name is None


async def test_a_command_drops_a_half_added_medicine_and_says_so(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await say(fake, "/add gabapentin", "How much")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/meds")
    await fake.wait_for_message(UID, after=n, contains="wasn't saved")
    assert (await user_row(bot)).awaiting is None
    # "300mg" is no longer read as the missing dose of a medicine nobody is adding.
    async with deps_of(bot).sessions() as s:
        assert not list(await s.scalars(select(DoseOccurrence)))


@pytest.mark.both_databases
async def test_a_half_added_medicine_lapses_and_the_next_mornings_number_is_pain(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Asked "when do you take it?" at night and left: "8" the next morning is a pain
    # score, not 08:00 for a medicine the person has forgotten adding.
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 24, 21, 0, tzinfo=NY))
    await say(fake, "/add ibuprofen 400mg 3 x a day", "When do you take")
    clock.set(dt.datetime(2026, 11, 25, 7, 30, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "8")
    await fake.wait_for_message(UID, after=n, contains="Ibuprofen wasn't saved")
    await fake.wait_for_message(UID, after=n, contains="Logged: pain 8")
    assert pain_rows(await records(bot))[0]["score"] == 8
    user = await user_row(bot)
    assert user.awaiting is None and user.draft is None
    async with deps_of(bot).sessions() as s:
        assert not list(await s.scalars(select(DoseOccurrence)))


async def test_skip_typed_to_a_checkin_question_leaves_the_open_reminder_alone(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # At 20:00 both the evening dose and the check-in wait: "skip" typed to "Where does
    # it hurt most?" skips that question, not the ibuprofen.
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 20:00")
    await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    await fake.wait_for_message(UID, contains="Time for your")
    clock.set(dt.datetime(2026, 11, 25, 20, 45, tzinfo=NY))  # both nudged meanwhile
    await tick(bot)
    await fake.wait_for_message(UID, contains="Did you take your 20:00")
    where = await say(fake, "5", "Where does it hurt")
    await say(fake, "skip", "run down a leg")
    await fake.wait_for_edit(UID, where.message_id, contains="— skipped")
    await say(fake, "/help", "/took")  # the person's updates run in order: "skip" is done
    assert (await occurrences(bot))[0].status == "sent", "still waiting for its answer"
    assert not any("skipped ✅" in (m.text or "") for m in fake.messages_to(UID))


async def test_a_skip_typed_without_a_reason_is_kept_without_one(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # "skip" gave no reason: the record must not say "other", or the doctor's summary
    # reads "usual reason for skipping: other" about a reason nobody gave.
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00")
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await say(fake, "skip", "skipped")
    await fake.wait_for_edit(UID, msg.message_id, contains="Skipped")
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.skip_reason) == ("skipped", None)
    summary = await say(fake, "/summary", "Your week")
    assert "reason for skipping" not in (summary.text or "")
    assert "1 skipped" in (summary.text or "")


@pytest.mark.both_databases
async def test_pain_tapped_before_the_checkin_send_is_written_down(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    fake.hold_answers("sendMessage")
    ticking = asyncio.create_task(tick(bot))
    try:
        q = await fake.wait_for_message(UID, after=n, contains=ASK)
        cq = await fake.press(UID, q.message_id, "7")
        answer = await fake.wait_for_callback_answer(cq)
        assert "Recorded" in str(answer.get("text"))
    finally:
        fake.release_answers("sendMessage")
    await ticking
    where = await fake.wait_for_message(UID, after=n, contains="Where does it hurt")
    await settled(bot)  # (its message is written down just after it is sent)
    assert pain_rows(await records(bot))[0]["score"] == 7
    async with deps_of(bot).sessions() as s:
        # The day's check-in (ref_id 0), not the onboarding baseline's row.
        daily = select(DueWork).where(DueWork.status != "pending", DueWork.ref_id == 0)
        work = (await s.scalars(daily)).one()
    # The newest question's message is the one noted, whichever bookkeeping came last.
    assert (work.status, work.stage, work.message_id) == ("sent", "location", where.message_id)


async def test_an_answer_said_unsure_still_answers_and_a_real_question_is_kept_aside(
    fake: FakeBotApi, bot: Any
) -> None:
    """ "Berlin?" answers where you are; "what do you need my time zone for?" is the
    person's own question: kept for them, and the waiting question asked again."""
    await fake.send_text(UID, "/start")
    await fake.wait_for_message(UID, contains="time zone")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "what do you need my time zone for?")
    await fake.wait_for_message(UID, after=n, contains="question for your doctor")
    await fake.wait_for_message(UID, after=n, contains="time zone")
    assert (await user_row(bot)).timezone in (None, "UTC")
    await say(fake, "Berlin?", "Time zone set")
    assert (await user_row(bot)).timezone == "Europe/Berlin"
    # (/add at the check-in time's question waits for it: setup is finished first)
    await say(fake, "/add", "We'll add your medicine right after this")
    await say(fake, "20:00", "Which medicine")
    await say(fake, "ibuprofen?", "How much is one dose of ibuprofen")


async def test_the_checkin_question_is_asked_again_once_not_after_every_report(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living a Chicago evening: three reports typed while "How is your pain?" waited
    # brought three more keyboards of 0–10. Asked again once; then left one message up.
    await onboard(fake)
    await add(fake, "gabapentin 300mg 08:00 14:00")
    await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "slept badly last night")
    again = await fake.wait_for_message(UID, after=n, contains=ASK)
    await fake.send_text(UID, "took 2 advil")
    await fake.send_text(UID, "feeling a bit dizzy")
    # A score typed now still answers the check-in (and comes after all of the above).
    await say(fake, "6", "Where does it hurt")
    assert pain_rows(await records(bot))[-1]["score"] == 6
    replies = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert any("side effects" in r for r in replies)
    asks = [m for m in fake.messages_to(UID)[n:] if ASK in (m.text or "")]
    assert [m.message_id for m in asks] == [again.message_id]


async def test_quiet_hours_typed_for_a_day_sleeper_are_kept(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """A night-shift nurse sleeps 09:00-16:00: none of the night buttons fits, so the
    hours she types after Quiet hours are what is kept (they were "didn't catch that")."""
    await onboard(fake)
    settings = await say(fake, "/settings", "Your settings")
    n = len(fake.messages_to(UID))
    await fake.press(UID, settings.message_id, "Quiet hours")
    await fake.wait_for_message(UID, after=n, contains="Type your own")
    assert (await user_row(bot)).awaiting == "quiet_hours"
    await say(fake, "0900-1600", "Quiet hours: 09:00–16:00")
    user = await user_row(bot)
    assert (user.quiet_start, user.quiet_end, user.awaiting) == ("09:00", "16:00", None)
