"""The check-back the day after thoughts of suicide (a caring contact), through the real
Application: the crisis reply at once, then the next morning at 10:00 local one warm
message asking how they are — once however many messages told it, none if they said
they were safe, never twice across a restart — and each answer's reply, kept beside the
episode in the summary (Sandbox, Toronto: nobody ever checked back)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.domain.states import WorkKind, WorkStatus
from bot.storage.models import DueWork, Record
from tests.conftest import FakeClock, running_bot, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, onboard
from tests.integration.test_waiting_questions import say

TORONTO = ZoneInfo("America/Toronto")
ASK = "How are you feeling today?"
SAID = "honestly i don't want to be here anymore"


def toronto(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, minute, tzinfo=TORONTO)


def checkbacks(fake: FakeBotApi, after: int = 0) -> list[Any]:
    return [m for m in fake.messages_to(UID)[after:] if ASK in (m.text or "")]


async def flags_kept(app: Any) -> list[dict[str, Any]]:
    async with deps_of(app).sessions() as s:
        rows = await s.scalars(select(Record).where(Record.kind == "red_flag").order_by(Record.id))
        return [json.loads(r.data) for r in rows]


async def work(app: Any) -> list[DueWork]:
    async with deps_of(app).sessions() as s:
        query = select(DueWork).where(DueWork.kind == WorkKind.CHECKBACK).order_by(DueWork.id)
        return list(await s.scalars(query))


async def told_then_next_morning(fake: FakeBotApi, app: Any, clock: FakeClock) -> Any:
    """Onboard in Toronto, tell thoughts of suicide twice on Monday, reach Tuesday 10:00;
    the one check-back."""
    await onboard(fake, "America/Toronto")
    clock.set(toronto(7, 15))
    crisis = await say(fake, SAID, "crisis line")
    assert "9-8-8" in (crisis.text or "")
    clock.set(toronto(7, 17))
    await say(fake, "sorry. i really dont want to be here anymore", "9-8-8")
    clock.set(toronto(8, 9, 59))
    await tick(app)
    assert not checkbacks(fake), "not before 10:00 the next morning"
    clock.set(toronto(8, 10))
    await tick(app)
    clock.advance(minutes=5)
    await tick(app)
    sent = checkbacks(fake)
    assert len(sent) == 1, "one check-back for the episode, however many messages"
    return sent[0]


async def test_the_crisis_reply_is_checked_back_on_once_the_next_morning(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    ask = await told_then_next_morning(fake, bot, clock)
    text = ask.text or ""
    assert "emergency" not in text.lower() and "crisis" not in text.lower()
    labels = [b["text"] for row in ask.reply_markup["inline_keyboard"] for b in row]
    assert labels == ["A bit better", "About the same", "I need help now"]
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "A bit better")
    reply = await fake.wait_for_message(UID, after=n, contains="glad to hear")
    assert "emergency" not in (reply.text or "").lower() and "988" in (reply.text or "")
    assert "A bit better" in (fake.current(UID, ask.message_id).text or "")
    # an old button tapped again records nothing more
    data = ask.reply_markup["inline_keyboard"][0][0]["callback_data"]
    await fake.press_data(UID, ask.message_id, data)
    kept = await flags_kept(bot)
    assert [(f.get("then"), f["handled"]) for f in kept if f.get("followup")] == [("better", True)]
    summary = await say(fake, "/summary", "doctor's attention")
    assert "later: “A bit better (asked the next day" in (summary.text or "")
    clock.advance(days=1)
    await tick(bot)
    assert len(checkbacks(fake)) == 1, "nothing more came of it"


@pytest.mark.parametrize(
    ("button", "expect", "then"),
    [
        ("About the same", "how it is", "same"),
        ("I need help now", "emergency", "help"),
    ],
)
@pytest.mark.both_databases
async def test_each_answer_gets_its_reply(
    fake: FakeBotApi, bot: Any, clock: FakeClock, button: str, expect: str, then: str
) -> None:
    ask = await told_then_next_morning(fake, bot, clock)
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, button)
    reply = await fake.wait_for_message(UID, after=n, contains=expect)
    assert "988" in (reply.text or "")
    followups = [f for f in await flags_kept(bot) if f.get("followup")]
    assert [f["then"] for f in followups] == [then]
    # "I need help now" is the thoughts told again: an alarm, checked back on in turn
    assert followups[0]["handled"] is (then != "help")
    planned = [w for w in await work(bot) if w.status == WorkStatus.PENDING]
    assert len(planned) == (1 if then == "help" else 0)


async def test_answers_in_words(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    await told_then_next_morning(fake, bot, clock)
    clock.advance(minutes=30)
    reply = await say(fake, "i need help now", "emergency")
    assert "9-8-8" in (reply.text or "")
    clock.advance(minutes=30)
    # said again, the crisis reply again (never withheld), kept once
    await say(fake, "please help", "emergency")
    followups = [f for f in await flags_kept(bot) if f.get("followup")]
    assert [f["then"] for f in followups] == ["help"]


async def test_a_typed_same_is_kept_as_the_answer(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await told_then_next_morning(fake, bot, clock)
    clock.advance(hours=2)
    await say(fake, "about the same really", "how it is")
    assert [f["then"] for f in await flags_kept(bot) if f.get("followup")] == ["same"]
    # the next day "a bit better" is a mood like any other, no second answer
    clock.advance(days=1)
    await say(fake, "a bit better", "Logged")


async def test_no_check_back_once_they_said_they_are_safe(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "America/Toronto")
    clock.set(toronto(7, 22, 20))
    await say(fake, SAID, "crisis line")
    clock.set(toronto(7, 22, 50))
    await say(fake, "im safe, just a rough night. sorry", "glad you're safe")
    clock.set(toronto(8, 10, 1))
    await tick(bot)
    assert not checkbacks(fake)
    assert [w.status for w in await work(bot)] == [WorkStatus.CANCELLED]


async def test_a_restart_neither_loses_nor_repeats_the_check_back(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock):
        await onboard(fake, "America/Toronto")
        clock.set(toronto(7, 15))
        await say(fake, SAID, "crisis line")
    clock.set(toronto(8, 10, 2))
    async with running_bot(fake, database_url, clock) as app:
        await tick(app)
        await fake.wait_for_message(UID, contains=ASK)
    async with running_bot(fake, database_url, clock) as app:
        clock.advance(minutes=1)
        await tick(app)
    assert len(checkbacks(fake)) == 1


@pytest.mark.both_databases
async def test_an_answer_beside_a_pain_score_answers_and_records_the_pain(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Toronto: "meh. bit better i guess. pain 5" was logged as pain 5 with the
    note "meh; bit better i guess", and the check-back stayed unanswered."""
    ask = await told_then_next_morning(fake, bot, clock)
    clock.advance(minutes=20)
    n = len(fake.messages_to(UID))
    await say(fake, "meh. bit better i guess. pain 5", "Logged: pain 5")
    said = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert any("glad" in t and "988" in t for t in said), said
    assert "A bit better" in (fake.current(UID, ask.message_id).text or "")
    async with deps_of(bot).sessions() as s:
        rows = list(
            await s.scalars(
                select(Record).where(Record.at >= clock.now() - dt.timedelta(minutes=1))
            )
        )
    kept = sorted((r.kind, json.loads(r.data).get("then"), r.raw_text) for r in rows)
    # exactly what was meant: the answer in its own words, and the pain; no note or mood
    assert [k for k, *_ in kept] == ["pain", "red_flag"]
    assert ("red_flag", "better", "meh. bit better i guess") in kept
    pain = next(json.loads(r.data) for r in rows if r.kind == "pain")
    assert pain["score"] == 5


@pytest.mark.parametrize(
    ("zone", "due"),
    [
        # by Toronto's clock it came at 07:00 in Vancouver
        ("America/Vancouver", dt.datetime(2026, 12, 8, 10, tzinfo=ZoneInfo("America/Vancouver"))),
        # … and at midnight in Tokyo, where it is already Tuesday noon: the next morning
        # there, never an hour after the alarm
        ("Asia/Tokyo", dt.datetime(2026, 12, 9, 10, tzinfo=ZoneInfo("Asia/Tokyo"))),
    ],
)
async def test_a_new_zone_moves_the_check_back_to_the_morning_there(
    fake: FakeBotApi, bot: Any, clock: FakeClock, zone: str, due: dt.datetime
) -> None:
    """Sandbox, Toronto: the check-back kept Toronto's 10:00 after /timezone."""
    await onboard(fake, "America/Toronto")
    clock.set(toronto(7, 21, 30))
    await say(fake, SAID, "crisis line")
    clock.set(toronto(7, 22))
    await say(fake, f"/timezone {zone}", "Time zone set")
    planned = [w for w in await work(bot) if w.status == WorkStatus.PENDING]
    assert [w.due_at for w in planned] == [due]
    clock.set(due - dt.timedelta(minutes=1))
    await tick(bot)
    assert not checkbacks(fake)
    clock.set(due)
    await tick(bot)
    assert len(checkbacks(fake)) == 1


async def test_a_new_zone_after_the_check_back_went_plans_nothing_more(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await told_then_next_morning(fake, bot, clock)
    clock.advance(hours=1)
    await say(fake, "/timezone America/Vancouver", "Time zone set")
    assert [w.status for w in await work(bot)] == [WorkStatus.SENT]


async def test_how_they_are_said_first_answers_the_check_back(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """ "still pretty low tbh" at 06:35 the morning after: the check-back's answer, with
    its reply, and "How are you feeling today?" is not asked at 10:00 (Sandbox, Toronto)."""
    await onboard(fake, "America/Toronto")
    clock.set(toronto(7, 19, 50))
    await say(fake, SAID, "crisis line")
    await settled(bot)  # (the alarm kept at 19:50 before the clock moves on)
    clock.set(toronto(8, 6, 35))
    reply = await say(fake, "still pretty low tbh", "how it is")
    assert "emergency" not in (reply.text or "").lower() and "988" in (reply.text or "")
    followups = [f for f in await flags_kept(bot) if f.get("followup")]
    assert [(f["then"], f["handled"]) for f in followups] == [("same", True)]
    clock.set(toronto(8, 10))
    await tick(bot)
    clock.advance(hours=2)
    await tick(bot)
    assert not checkbacks(fake), "answered already: not asked"
    assert [w.status for w in await work(bot)] == [WorkStatus.ANSWERED]
    # said again later that day, a mood like any other, not a second answer
    clock.advance(hours=1)
    await say(fake, "a bit better", "Logged")
    assert len([f for f in await flags_kept(bot) if f.get("followup")]) == 1


@pytest.mark.parametrize(
    ("at", "words"),
    [
        ((8, 6, 35), "ugh rough night"),  # no answer of how they are
        ((7, 20, 30), "about the same"),  # minutes after the crisis reply: no next day yet
        ((8, 7, 0), "fine thanks"),  # unasked, an acknowledgement says nothing of how they are
    ],
    ids=["unclear", "too-soon", "bare-ok"],
)
async def test_the_check_back_still_goes_after_other_words(
    fake: FakeBotApi, bot: Any, clock: FakeClock, at: tuple[int, int, int], words: str
) -> None:
    await onboard(fake, "America/Toronto")
    clock.set(toronto(7, 19, 50))
    await say(fake, SAID, "crisis line")
    await settled(bot)  # (the alarm kept at 19:50 before the clock moves on)
    clock.set(toronto(*at))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, words)
    await fake.wait_for_message(UID, after=n)  # (read before the clock moves on)
    await settled(bot)
    clock.set(toronto(8, 10))
    await tick(bot)
    clock.advance(minutes=5)
    await tick(bot)
    assert len(checkbacks(fake)) == 1
    assert not [f for f in await flags_kept(bot) if f.get("followup")]
