"""Leg signs written the Glasgow way, through the real Application: "my leg's weaker the
day" and "foot's no lifting" get the alarm and are recorded as the red flag; "my leg's
gone dead fae the knee down" is kept as a numb leg with no alarm, and "numb from sitting
on the bus" raises none (Sandbox, Glasgow: the weakness was kept as pain in the leg, and
the dead leg as the leg alone)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from bot.storage.models import Record
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, onboard
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say

LONDON = ZoneInfo("Europe/London")


async def _start(fake: FakeBotApi, clock: FakeClock) -> None:
    await onboard(fake, "Europe/London")
    clock.set(dt.datetime(2026, 12, 10, 12, 5, tzinfo=LONDON))


async def test_weaker_the_day_gets_the_alarm_and_is_recorded(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _start(fake, clock)
    alarm = await say(fake, "my leg's weaker the day", "emergency")
    assert "999" in (alarm.text or "")
    await settled(bot)
    flags = [r for r in await rows(bot, Record) if r.kind == "red_flag"]
    assert len(flags) == 1 and "leg_weakness" in flags[0].data
    assert not [r for r in await rows(bot, Record) if r.kind == "pain"], "weakness, not pain"


async def test_foot_no_lifting_gets_the_alarm(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    await _start(fake, clock)
    await say(fake, "stumbling, my foot's no lifting", "emergency")


async def test_dead_leg_is_numb_and_the_bus_is_no_alarm(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _start(fake, clock)
    n = len(fake.messages_to(UID))
    logged = await say(fake, "my leg's gone dead fae the knee down", "Logged")
    assert "numb" in (logged.text or "")
    await fake.send_text(UID, "numb from sitting on the bus")
    await settled(bot)
    said = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not [t for t in said if "emergency" in t or "medical help now" in t]
    assert not [r for r in await rows(bot, Record) if r.kind == "red_flag"]
