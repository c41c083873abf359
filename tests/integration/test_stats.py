"""/stats: operators see counts across everyone, never one person's data."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard, reminder_at

ADMIN = 4711


async def ask_stats(fake: FakeBotApi, uid: int) -> str:
    n = len(fake.messages_to(uid))
    await fake.send_text(uid, "/stats")
    return (await fake.wait_for_message(uid, after=n)).text or ""


async def test_admin_sees_aggregates_and_nobody_else_does(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock, ADMIN_USER_IDS=str(ADMIN)) as app:
        await onboard(fake)
        await add(fake, "ibuprofen 400mg 08:00")
        # Day 1: taken. Day 2: never answered, so missed at the cutoff (3 h).
        day1 = await reminder_at(fake, app, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
        await fake.wait_for_callback_answer(await fake.press(UID, day1.message_id, "Taken"))
        await reminder_at(fake, app, clock, dt.datetime(2026, 11, 26, 8, 0, tzinfo=NY))
        clock.set(dt.datetime(2026, 11, 26, 12, 0, tzinfo=NY))
        await tick(app)

        await fake.send_text(ADMIN, "/start")
        await fake.wait_for_message(ADMIN, contains="time zone")
        text = await ask_stats(fake, ADMIN)

        assert "Users: 2 (2 active, 1 with medicines in use)" in text
        assert "Medicines in use: 1" in text
        # "Today" is the admin's day (UTC until they set a zone): 26 Nov, one reminder.
        assert "Doses reminded today: 1" in text
        assert "Doses taken, last 7 days: 50% of 2 scheduled doses" in text
        # Counts only: no medicine, no id, no name.
        assert "ibuprofen" not in text.lower() and str(UID) not in text

        refused = await ask_stats(fake, UID)
        assert "don't know that command" in refused and "Users" not in refused


@pytest.mark.both_databases
async def test_stats_before_any_dose(fake: FakeBotApi, database_url: str, clock: Any) -> None:
    async with running_bot(fake, database_url, clock, ADMIN_USER_IDS=str(ADMIN)):
        await fake.send_text(ADMIN, "/start")
        await fake.wait_for_message(ADMIN, contains="time zone")
        text = await ask_stats(fake, ADMIN)
        assert "Users: 1 (1 active, 0 with medicines in use)" in text
        assert "no scheduled doses yet" in text
