"""A weekly summary Telegram keeps refusing is given up a day after it was due, counted,
and next week's still comes (Sandbox, Chicago: one too long for Telegram was tried every
minute for days, and no later week was ever planned)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, onboard
from tests.integration.test_telegram_outage import FOREVER, metric, recover

SUNDAY = dt.datetime(2026, 11, 29, 18, 0, tzinfo=NY)  # the weekly summary's default time


def _summaries_tried(fake: FakeBotApi) -> int:
    return sum("Your week" in str(p.get("text", "")) for p in fake.requests("sendMessage"))


async def test_a_refused_summary_is_tried_less_often_then_given_up_and_next_week_comes(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    fake.inject_error(
        "sendMessage", error_code=400, description="Bad Request: message is too long",
        chat_id=UID, times=FOREVER,
    )  # fmt: skip
    for minutes in range(0, 26 * 60, 15):  # a tick every 15 minutes for a day and more
        clock.set(SUNDAY + dt.timedelta(minutes=minutes))
        await tick(bot)
    tried = _summaries_tried(fake)
    assert 10 <= tried <= 40, f"tried {tried} times in a day (every tick: 104)"
    assert metric(bot, "backtrack_summaries_given_up_total") == 1
    recover(fake)
    clock.set(SUNDAY + dt.timedelta(days=2))
    await tick(bot)
    assert _summaries_tried(fake) == tried, "given up: never sent late"
    clock.set(SUNDAY + dt.timedelta(days=7))
    await tick(bot)
    await fake.wait_for_message(UID, contains="Your week")
