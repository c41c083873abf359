"""The time of a dose just told, corrected in words, moves that dose (Sandbox, Dublin:
"sorry no, it was 1 o'clock I took the tramadol, not 11" added a second tramadol, with a
"too soon" warning built on the one never taken)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseLog
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say

DUBLIN = ZoneInfo("Europe/Dublin")


async def _logged(app: Any) -> list[dt.datetime]:
    async with deps_of(app).sessions() as s:
        rows = await s.scalars(select(DoseLog).order_by(DoseLog.id))
        return [r.taken_at.astimezone(DUBLIN) for r in rows]


async def test_a_time_corrected_moves_the_dose_just_logged(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "tramadol 50mg as needed max 4 per day")
    clock.set(dt.datetime(2026, 12, 8, 13, 40, tzinfo=DUBLIN))
    await say(fake, "took a tramadol at 11 this morning, forgot to tell ye", "11:00")
    clock.advance(minutes=1)
    n = len(fake.messages_to(UID))
    changed = await say(
        fake,
        "sorry no, it was 1 o'clock I took the tramadol, not 11. Me head is all over the place",
        "Changed",
    )
    assert "13:00" in (changed.text or "") and "was 11:00" in (changed.text or "")
    await settled(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "label says" in (m.text or "")]
    assert [(t.hour, t.minute) for t in await _logged(bot)] == [(13, 0)]


async def test_a_time_that_names_no_dose_just_logged_is_not_guessed(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "tramadol 50mg as needed max 4 per day")
    clock.set(dt.datetime(2026, 12, 8, 13, 40, tzinfo=DUBLIN))
    await say(fake, "took a tramadol at 11 this morning", "11:00")
    which = await say(fake, "oops 8:30 not 7:30", "not sure which")
    assert "Changed" not in (which.text or "")
    await settled(bot)
    assert [(t.hour, t.minute) for t in await _logged(bot)] == [(11, 0)]


async def test_another_medicine_at_a_time_not_the_usual_is_a_new_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "tramadol 50mg as needed max 4 per day")
    await add(fake, "gabapentin 300mg as needed", warned=True)
    clock.set(dt.datetime(2026, 12, 8, 9, 0, tzinfo=DUBLIN))
    await say(fake, "took a tramadol at 8", "08:00")
    await say(fake, "sorry, took my gabapentin at 8:30 not 7:30 like usual", "Gabapentin")
    await settled(bot)
    assert sorted((t.hour, t.minute) for t in await _logged(bot)) == [(8, 0), (8, 30)]


async def test_a_count_corrected_next_morning_changes_last_nights_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Johannesburg: "sorry I only took 1 synap last night not 2" the next
    morning added a third tablet; the correction was impossible in words."""
    await onboard(fake, "Europe/Dublin")
    await add(fake, "co-codamol 30/500 as needed max 8 per day")
    clock.set(dt.datetime(2026, 12, 8, 22, 30, tzinfo=DUBLIN))
    await say(fake, "took 2 co-codamol, cant sleep again", "Logged")
    clock.set(dt.datetime(2026, 12, 9, 7, 33, tzinfo=DUBLIN))
    changed = await say(
        fake, "sorry I only took 1 co-codamol last night not 2, my husband got it wrong", "Changed"
    )
    assert "was 2" in (changed.text or "")
    await settled(bot)
    async with deps_of(bot).sessions() as s:
        counts = [r.count for r in await s.scalars(select(DoseLog))]
    assert counts == [1.0]


async def _counts(app: Any) -> list[float | None]:
    async with deps_of(app).sessions() as s:
        return [r.count for r in await s.scalars(select(DoseLog).order_by(DoseLog.id))]


async def test_a_count_corrected_next_morning_without_the_old_count(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """ "sorry it was only one last night" names no count it replaces: it was read as a
    new dose of one, three tablets on a night of two."""
    await onboard(fake, "Europe/Dublin")
    await add(fake, "co-codamol 30/500 as needed max 8 per day")
    clock.set(dt.datetime(2026, 12, 8, 22, 30, tzinfo=DUBLIN))
    await say(fake, "took 2 co-codamol, cant sleep again", "Logged")
    clock.set(dt.datetime(2026, 12, 9, 7, 33, tzinfo=DUBLIN))
    changed = await say(fake, "sorry it was only one last night, I was half asleep", "Changed")
    assert "was 2" in (changed.text or "")
    await settled(bot)
    assert await _counts(bot) == [1.0]


async def test_only_one_with_no_dose_that_night_to_correct_is_a_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "co-codamol 30/500 as needed max 8 per day")
    clock.set(dt.datetime(2026, 12, 8, 9, 0, tzinfo=DUBLIN))
    await say(fake, "took 2 co-codamol at 8", "Logged")
    clock.set(dt.datetime(2026, 12, 9, 7, 33, tzinfo=DUBLIN))
    await say(fake, "actually only had 1 co-codamol last night", "Logged")
    await settled(bot)
    assert await _counts(bot) == [2.0, 1.0]


async def test_a_count_corrected_with_two_doses_then_is_asked_which(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """ "sorry it was only one yesterday" with two doses of 2 that day got "Sorry, I didn't
    catch that"; "it was only 1 at 13:55" (no dose then) was logged as pain 1."""
    await onboard(fake, "Europe/Dublin")
    await add(fake, "co-codamol 30/500 as needed max 8 per day")
    clock.set(dt.datetime(2026, 12, 8, 12, 55, tzinfo=DUBLIN))
    await say(fake, "took 2 co-codamol", "Logged")
    clock.set(dt.datetime(2026, 12, 8, 16, 55, tzinfo=DUBLIN))
    await say(fake, "took 2 co-codamol", "Logged")
    clock.set(dt.datetime(2026, 12, 9, 7, 30, tzinfo=DUBLIN))
    which = await say(fake, "sorry it was only one yesterday", "Which was it?")
    assert "12:55, 16:55" in (which.text or "")
    none = await say(fake, "it was only 1 at 10:55", "no dose at that time")
    assert "pain" not in (none.text or "")
    await say(fake, "it was only 1 at 12:55", "Changed")
    await settled(bot)
    assert await _counts(bot) == [1.0, 2.0]
