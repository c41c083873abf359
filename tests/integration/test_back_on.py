"""A medicine paused for a set time comes back by itself: it is back on at that moment,
quiet hours or not; its "back on" message, held by quiet hours, still comes before its
first reminder; and a send that Telegram fails is retried, not lost (the retry found the
medicine already resumed and said nothing)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseOccurrence, Medication
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_medicine_pause import _pause
from tests.integration.test_telegram_outage import FOREVER, metric, recover

NY = dt.timezone(dt.timedelta(hours=-5))


async def _paused_for_3_days(fake: FakeBotApi, clock: FakeClock, when: dt.datetime) -> None:
    paused = await _pause(fake, clock, when)
    await fake.press(UID, paused.message_id, "3 days")
    await fake.wait_for_edit(UID, paused.message_id, contains="paused until")


async def _quiet_hours(fake: FakeBotApi, hours: str) -> None:
    """/settings → Quiet hours, typed (e.g. "2200-0800")."""
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/settings")
    settings = await fake.wait_for_message(UID, after=n, contains="Your settings")
    n = len(fake.messages_to(UID))
    await fake.press(UID, settings.message_id, "Quiet hours")
    await fake.wait_for_message(UID, after=n, contains="Type your own")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, hours)
    await fake.wait_for_message(UID, after=n, contains="Quiet hours:")


async def _paused(app: Any) -> bool:
    async with deps_of(app).sessions() as s:
        return bool(await s.scalar(select(Medication.paused)))


async def _due_at(app: Any) -> list[dt.datetime]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(DoseOccurrence.due_at).order_by(DoseOccurrence.due_at)))


def _said(fake: FakeBotApi, n: int) -> list[str]:
    return [m.text or "" for m in fake.messages_to(UID)[n:]]


@pytest.mark.both_databases
async def test_back_on_in_quiet_hours_comes_just_before_the_first_reminder(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Paused at 23:00 for 3 days, quiet 22:00-08:00, a dose at 07:00: it is back on at
    23:00 (it sat paused until 08:00, and the 07:00 dose was never reminded), nothing
    is said at 23:00, and "back on" comes a minute before the 07:00 reminder."""
    await onboard(fake)
    await add(fake, "naproxen 500mg 07:00 20:00")
    await _quiet_hours(fake, "2200-0800")
    await _paused_for_3_days(fake, clock, dt.datetime(2026, 11, 25, 23, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 28, 23, 0, tzinfo=NY))
    await tick(bot)
    assert not await _paused(bot), "back on at its time, quiet hours or not"
    assert dt.datetime(2026, 11, 29, 7, 0, tzinfo=NY) in await _due_at(bot)
    assert _said(fake, n) == [], "nothing said in quiet hours yet"

    clock.set(dt.datetime(2026, 11, 29, 6, 59, tzinfo=NY))
    await tick(bot)
    back = await fake.wait_for_message(UID, after=n, contains="back on")
    assert "Naproxen 500 mg is back on after its pause of 3 days" in (back.text or "")
    assert "07:00" in (back.text or ""), back.text
    clock.set(dt.datetime(2026, 11, 29, 7, 0, tzinfo=NY))
    await tick(bot)
    await fake.wait_for_message(UID, after=n, contains="Time for your 07:00 dose")
    said = _said(fake, n)
    assert [t for t in said if "back on" in t] == [back.text], "said once"
    assert "back on" in said[0] and "Time for your" in said[1], said


async def test_back_on_in_quiet_hours_waits_for_their_end_when_no_dose_comes_first(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "naproxen 500mg 09:00 20:00")
    await _quiet_hours(fake, "2200-0800")
    await _paused_for_3_days(fake, clock, dt.datetime(2026, 11, 25, 23, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 28, 23, 0, tzinfo=NY))
    await tick(bot)
    clock.set(dt.datetime(2026, 11, 29, 7, 59, tzinfo=NY))
    await tick(bot)
    assert _said(fake, n) == []
    clock.set(dt.datetime(2026, 11, 29, 8, 0, tzinfo=NY))
    await tick(bot)
    back = await fake.wait_for_message(UID, after=n, contains="back on")
    assert "reminders today at 09:00 and 20:00" in (back.text or ""), back.text


async def test_back_on_that_telegram_failed_is_retried_not_lost(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    await _paused_for_3_days(fake, clock, dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    fake.inject_error("sendMessage", error_code=502, description="Bad Gateway", times=FOREVER)
    clock.set(dt.datetime(2026, 11, 28, 9, 0, tzinfo=NY))
    await tick(bot)
    assert not await _paused(bot), "the resume is kept"
    assert metric(bot, "backtrack_reminder_send_failures_total", reason="gave_up") == 1
    recover(fake)
    clock.set(dt.datetime(2026, 11, 28, 9, 1, 1, tzinfo=NY))
    await tick(bot)
    back = await fake.wait_for_message(UID, after=n, contains="back on")
    assert "Naproxen 500 mg is back on after its pause of 3 days" in (back.text or "")
    assert "next reminder at 20:00" in (back.text or ""), back.text
    clock.set(dt.datetime(2026, 11, 28, 9, 5, tzinfo=NY))
    await tick(bot)
    assert len([t for t in _said(fake, n) if "back on" in t]) == 1


async def test_back_on_is_not_said_when_paused_again_before_it_could_be(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Held by quiet hours, then paused again before it went: it would be untrue."""
    await onboard(fake)
    await add(fake, "naproxen 500mg 09:00 20:00")
    await _quiet_hours(fake, "2200-0800")
    await _paused_for_3_days(fake, clock, dt.datetime(2026, 11, 25, 23, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 28, 23, 0, tzinfo=NY))
    await tick(bot)
    await _pause(fake, clock, dt.datetime(2026, 11, 28, 23, 30, tzinfo=NY))
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 29, 8, 0, tzinfo=NY))
    await tick(bot)
    assert not [t for t in _said(fake, n) if "back on" in t]
