"""A check-in left open overnight: a score told the next day is that day's pain, never the
evening's before (Sandbox, Toronto: Saturday's tap showed on Friday)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.storage.models import Record
from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_checkin import ASK, checkin_at, records, work_rows
from tests.integration.test_dose_loop import UID

TORONTO = ZoneInfo("America/Toronto")
FRI, SAT = dt.date(2026, 12, 11), dt.date(2026, 12, 12)


async def onboard_at(fake: FakeBotApi, checkin_time: str) -> None:
    """Onboarded in Toronto with the daily check-in at `checkin_time`, baseline skipped."""
    await fake.send_text(UID, "/start")
    await fake.wait_for_message(UID, contains="time zone")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/timezone America/Toronto")
    ask = await fake.wait_for_message(UID, after=n, contains="pain")
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, checkin_time)
    peg = await fake.wait_for_message(UID, after=n, contains="One more thing")
    n = len(fake.messages_to(UID))
    await fake.press(UID, peg.message_id, "Skip")
    await fake.wait_for_message(UID, after=n, contains="once a week")


def pain_days(recs: list[Record]) -> dict[dt.date, list[float]]:
    days: dict[dt.date, list[float]] = {}
    for r in recs:
        if r.kind == "pain" and r.score is not None:
            days.setdefault(r.at.astimezone(TORONTO).date(), []).append(r.score)
    return days


async def checkin_of(bot: Any, day: dt.date) -> Any:
    """The daily check-in of a local day."""
    return next(w for w in await work_rows(bot) if w.local_date == day)


def texts_since(fake: FakeBotApi, n: int) -> list[str]:
    return [m.text or "" for m in fake.messages_to(UID)[n:]]


@pytest.mark.parametrize("ticked", [True, False], ids=["night-ticked", "bot-down-overnight"])
async def test_friday_s_check_in_tapped_on_saturday_morning_is_saturday_s_pain(
    fake: FakeBotApi, bot: Any, clock: FakeClock, ticked: bool
) -> None:
    # Friday 20:00's "How is your pain right now?" left unanswered; Saturday 08:30 the
    # person taps 6 on it. Whether the night's due work ran (nudge, closed at 23:00) or
    # the bot was down and Friday's check-in is still open, the 6 is Saturday's.
    await onboard_at(fake, "20:00")
    q = await checkin_at(fake, bot, clock, dt.datetime(2026, 12, 11, 20, 0, tzinfo=TORONTO))
    if ticked:
        for hour, minute in ((20, 30), (23, 0)):
            clock.set(dt.datetime(2026, 12, 11, hour, minute, tzinfo=TORONTO))
            await tick(bot)
    clock.set(dt.datetime(2026, 12, 12, 8, 30, tzinfo=TORONTO))
    n = len(fake.messages_to(UID))
    pressed = await fake.press(UID, q.message_id, "6")
    assert (await fake.wait_for_callback_answer(pressed)).get("text") == "Recorded ✅"
    edited = await fake.wait_for_edit(UID, q.message_id, contains="Pain 6/10")
    assert edited.text == "Pain 6/10 — saved as today's pain, thank you."
    await settled(bot)
    assert not [t for t in texts_since(fake, n) if "Where does it hurt" in t]

    assert pain_days(await records(bot)) == {SAT: [6.0]}, "Saturday's, none on Friday"
    await tick(bot)
    friday, saturday = await checkin_of(bot, FRI), await checkin_of(bot, SAT)
    assert (friday.status, friday.answered_at) == ("expired", None), "Friday's: missed"
    assert saturday.status == "pending"

    # Saturday's own check-in still comes at 20:00; its score sits beside the morning's.
    q = await checkin_at(fake, bot, clock, dt.datetime(2026, 12, 12, 20, 0, tzinfo=TORONTO))
    n = len(fake.messages_to(UID))
    await fake.press(UID, q.message_id, "4")
    await fake.wait_for_message(UID, after=n, contains="Where does it hurt")
    assert pain_days(await records(bot)) == {SAT: [6.0, 4.0]}


async def test_pain_typed_the_next_morning_is_not_an_answer_to_last_night_s_check_in(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Friday's check-in still open (nothing ran overnight); "pain 6" on Saturday morning
    # is a report of Saturday's pain, not Friday's check-in answered and walked on.
    await onboard_at(fake, "20:00")
    await checkin_at(fake, bot, clock, dt.datetime(2026, 12, 11, 20, 0, tzinfo=TORONTO))
    clock.set(dt.datetime(2026, 12, 12, 8, 30, tzinfo=TORONTO))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "pain 6")
    await fake.wait_for_message(UID, after=n, contains="Logged: pain 6")
    await settled(bot)
    later = texts_since(fake, n)
    assert not [t for t in later if "Where does it hurt" in t or ASK in t], later

    recs = await records(bot)
    assert pain_days(recs) == {SAT: [6.0]}
    assert not [r for r in recs if r.batch.startswith("ci")], "no answer to Friday's"
    await tick(bot)
    friday = await checkin_of(bot, FRI)
    assert (friday.status, friday.answered_at) == ("expired", None)


@pytest.mark.both_databases
async def test_a_late_check_in_s_score_after_midnight_is_the_new_day_s_across_dst(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # A 22:00 check-in is open until 01:00. The night summer time ends (Toronto, Sunday
    # 7 Nov 2027), a tap at 00:30 EDT — already Sunday there, though a winter offset
    # would still call it Saturday — is Sunday's pain; Saturday's check-in stays missed.
    saturday, sunday = dt.date(2027, 11, 6), dt.date(2027, 11, 7)
    clock.set(dt.datetime(2027, 11, 6, 12, 0, tzinfo=TORONTO))
    await onboard_at(fake, "22:00")
    q = await checkin_at(fake, bot, clock, dt.datetime(2027, 11, 6, 22, 0, tzinfo=TORONTO))
    for when in (dt.datetime(2027, 11, 6, 22, 30), dt.datetime(2027, 11, 7, 0, 30)):
        clock.set(when.replace(tzinfo=TORONTO))
        await tick(bot)  # the nudge at 22:30; at 00:30 the check-in is still open
    assert (await checkin_of(bot, saturday)).status == "sent"
    await fake.press(UID, q.message_id, "5")
    edited = await fake.wait_for_edit(UID, q.message_id, contains="Pain 5/10")
    assert "today's pain" in (edited.text or "")
    await settled(bot)
    assert pain_days(await records(bot)) == {sunday: [5.0]}
    row = await checkin_of(bot, saturday)
    assert (row.status, row.answered_at) == ("expired", None)


async def test_a_score_tapped_before_midnight_still_answers_the_evening_s_check_in(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # The same 22:00 check-in tapped at 23:40: the evening's own answer, follow-ups on.
    await onboard_at(fake, "22:00")
    q = await checkin_at(fake, bot, clock, dt.datetime(2026, 12, 11, 22, 0, tzinfo=TORONTO))
    clock.set(dt.datetime(2026, 12, 11, 23, 40, tzinfo=TORONTO))
    n = len(fake.messages_to(UID))
    await fake.press(UID, q.message_id, "3")
    await fake.wait_for_message(UID, after=n, contains="Where does it hurt")
    recs = await records(bot)
    assert pain_days(recs) == {FRI: [3.0]}
    assert [json.loads(r.data)["score"] for r in recs if r.batch.startswith("ci")] == [3]
