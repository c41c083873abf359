"""The PEG at onboarding, the baseline later weeks are compared with (issue 20, point 3).

Onboarding ends by offering the three PEG questions once, after "All set" so adding
medicines is never held up. The answers are an ordinary `peg` record; the first one is
the baseline. The day's own check-in, /checkin and the weekly check-in are unchanged.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.domain.function import peg_trend
from bot.services.history import pegs_before
from bot.storage.models import User
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_checkin import checkin_at, records, tap
from tests.integration.test_dose_loop import UID
from tests.integration.test_waiting_questions import say

NY = dt.timezone(dt.timedelta(hours=-5))  # EST in late November
INTRO = "One more thing"
DONE = "once a week"


async def start_in_new_york(fake: FakeBotApi) -> tuple[int, Any]:
    """/start, New York, check-in at 20:00: the message count before the check-in time was
    tapped, and the "all set" message that invites /add."""
    await fake.send_text(UID, "/start")
    await fake.wait_for_message(UID, contains="time zone")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/timezone America/New_York")
    ask = await fake.wait_for_message(UID, after=n, contains="When should I ask")
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "20:00")
    return n, await fake.wait_for_message(UID, after=n, contains="/add")


async def onboard_to_the_baseline(fake: FakeBotApi) -> Any:
    """/start, New York, check-in at 20:00: returns the baseline's first question."""
    n, all_set = await start_in_new_york(fake)
    q = await fake.wait_for_message(UID, after=n, contains=INTRO)
    assert q.message_id > all_set.message_id, "adding medicines is never held up"
    assert "so your doctor can see how things change from here" in (q.text or "")
    assert "How is your pain" in (q.text or "")
    assert fake.buttons(q) == [*(str(n) for n in range(11)), "Skip"]
    return q


async def kinds(app: Any) -> list[str]:
    return [r.kind for r in await records(app)]


async def test_onboarding_asks_the_peg_once_and_it_is_the_baseline(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    q = await onboard_to_the_baseline(fake)
    q = await tap(fake, q, "6", "enjoying life")
    q = await tap(fake, q, "7", "general activity")
    done = await tap(fake, q, "5", DONE)
    assert "Where" not in (done.text or ""), "the PEG only: no follow-up questions"
    recs = await records(bot)
    peg = [(json.loads(r.data), r.score) for r in recs if r.kind == "peg"]
    assert peg == [({"kind": "peg", "pain": 6.0, "enjoyment": 7.0, "general": 5.0}, 6.0)]
    assert [r.kind for r in recs] == ["pain", "peg_item", "peg_item", "peg"]

    # The day's own check-in still comes at 20:00, the daily one.
    q = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    assert INTRO not in (q.text or "") and "Skip" not in fake.buttons(q)
    await tap(fake, q, "5", "Where does it hurt")
    for day in (26, 27, 28):
        clock.set(dt.datetime(2026, 11, day, 20, 0, tzinfo=NY))
        await tick(bot)
    # Sunday is summary day: the weekly check-in asks the PEG items again.
    q = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 29, 20, 0, tzinfo=NY))
    q = await tap(fake, q, "4", "enjoying life")
    q = await tap(fake, q, "4", "general activity")
    await tap(fake, q, "4", "Where does it hurt")

    async with deps_of(bot).sessions() as s:
        user = await s.scalar(select(User))
        assert user is not None
        pegs = await pegs_before(s, user.id, dt.datetime(2026, 12, 1, tzinfo=NY))
    assert [g.pain for g in pegs] == [6.0, 4.0]
    week = (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    trend = peg_trend(pegs, *week, ZoneInfo(user.timezone))
    assert trend is not None
    assert (trend.baseline.date, trend.baseline.score) == (dt.date(2026, 11, 25), 6.0)
    assert trend.latest is not None and trend.latest.score == 4.0
    # 4.0 − 6.0 = −2.0 points; −2.0 / 6.0 = −33 %: past the 30 % mark.
    assert (trend.change, trend.change_percent, trend.meaningful_improvement) == (-2.0, -33, True)


async def test_typed_answers_work_and_checkin_still_runs_the_daily_questions(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard_to_the_baseline(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "6, lower back")
    await fake.wait_for_message(UID, after=n, contains="enjoying life")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "7")
    await fake.wait_for_message(UID, after=n, contains="general activity")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "5")
    await fake.wait_for_message(UID, after=n, contains=DONE)
    peg = [json.loads(r.data) for r in await records(bot) if r.kind == "peg"]
    assert peg == [{"kind": "peg", "pain": 6.0, "enjoyment": 7.0, "general": 5.0}]

    clock.set(dt.datetime(2026, 11, 25, 15, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/checkin")
    q = await fake.wait_for_message(UID, after=n, contains="How is your pain")
    assert INTRO not in (q.text or "")
    await tap(fake, q, "3", "Where does it hurt")  # today's own check-in, not the baseline's


@pytest.mark.both_databases
async def test_a_pain_rating_typed_at_an_interference_question_is_kept_as_pain(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Both are 0-10: "pain 7 today, back is on fire" rates the pain, it does not say how
    # much pain got in the way of enjoying life; the question waits for its own answer.
    q = await onboard_to_the_baseline(fake)
    await tap(fake, q, "6", "enjoying life")
    n = len(fake.messages_to(UID))
    await say(fake, "pain 7 today, back is on fire", "Logged: pain 7")
    await fake.wait_for_message(UID, after=n, contains="enjoying life")
    await say(fake, "8, can't enjoy anything", "general activity")
    await say(fake, "5", DONE)
    recs = await records(bot)
    assert [(r.kind, r.score) for r in recs if r.kind == "pain"] == [("pain", 6.0), ("pain", 7.0)]
    peg = [json.loads(r.data) for r in recs if r.kind == "peg"]
    assert peg == [{"kind": "peg", "pain": 6.0, "enjoyment": 8.0, "general": 5.0}]


async def test_skip_asks_nothing_more_and_a_second_start_does_not_ask_again(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    q = await onboard_to_the_baseline(fake)
    n = len(fake.messages_to(UID))
    await fake.press(UID, q.message_id, "Skip")
    await fake.wait_for_message(UID, after=n, contains=DONE)
    assert (fake.current(UID, q.message_id).text or "").endswith("— skipped")
    assert not any("enjoying life" in (m.text or "") for m in fake.messages_to(UID)[n:])
    assert await kinds(bot) == []

    # Skipped: a later /start offers it again; once a PEG is kept, it does not.
    q = await onboard_to_the_baseline(fake)
    q = await tap(fake, q, "2", "enjoying life")
    q = await tap(fake, q, "2", "general activity")
    await tap(fake, q, "2", DONE)
    assert (await kinds(bot)).count("peg") == 1
    n, _ = await start_in_new_york(fake)
    await fake.send_text(UID, "/help")  # handled in order: its reply ends the onboarding's
    await fake.wait_for_message(UID, after=n, contains="/took")
    assert not any(INTRO in (m.text or "") for m in fake.messages_to(UID)[n:])


@pytest.mark.parametrize("typed", ["skip", "Skip it", "skip this"])
async def test_skip_typed_is_the_skip_button(
    fake: FakeBotApi, bot: Any, clock: FakeClock, typed: str
) -> None:
    """Auckland: "Skip" typed to the baseline's pain question got "no dose is waiting,
    nothing to skip" and the question stayed open."""
    q = await onboard_to_the_baseline(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, typed)
    await fake.wait_for_message(UID, after=n, contains=DONE)
    said = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not any("nothing to skip" in s or "How is your pain" in s for s in said), said
    assert (fake.current(UID, q.message_id).text or "").endswith("— skipped")
    assert await kinds(bot) == [], "nothing recorded, no dose skipped"


async def test_a_late_tap_on_the_baseline_after_a_newer_check_in_stores_nothing(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """The baseline left unanswered, the day's check-in at 20:00 answered: a tap on the
    old baseline's "3" stored a second pain of that evening with only "Recorded ✅"; it
    now says kindly that question is closed, keeps nothing, and takes its buttons away."""
    q = await onboard_to_the_baseline(fake)
    daily = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    await tap(fake, daily, "5", "Where does it hurt")
    before = await records(bot)
    clock.set(dt.datetime(2026, 11, 25, 20, 30, tzinfo=NY))
    n = len(fake.messages_to(UID))
    answer = await fake.wait_for_callback_answer(await fake.press(UID, q.message_id, "3"))
    assert "asked you about your pain again since" in (answer.get("text") or ""), answer
    await fake.wait_for_edit(UID, q.message_id, contains="closed")
    assert fake.buttons(fake.current(UID, q.message_id)) == []
    assert [(r.kind, r.score) for r in await records(bot)] == [(r.kind, r.score) for r in before]
    assert not any("enjoying life" in (m.text or "") for m in fake.messages_to(UID)[n:])


async def test_a_tap_on_the_baseline_after_checkin_runs_no_peg_beside_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """/checkin while the baseline waits: the newer flow has it; the old question's tap
    ran the baseline's PEG beside the /checkin's questions."""
    q = await onboard_to_the_baseline(fake)
    clock.set(dt.datetime(2026, 11, 25, 15, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/checkin")
    newer = await fake.wait_for_message(UID, after=n, contains="How is your pain")
    answer = await fake.wait_for_callback_answer(await fake.press(UID, q.message_id, "3"))
    assert "nothing changed" in (answer.get("text") or ""), answer
    assert await kinds(bot) == []
    await tap(fake, newer, "4", "Where does it hurt")  # the newer one still takes its answer
    assert [(r.kind, r.score) for r in await records(bot)] == [("pain", 4.0)]
