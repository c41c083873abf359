"""A red flag said as a body that will not hold ("I no fit hold my urine", "can't hold my
bowels") while a reminder waits: the alarm, and the dose left as it was — never recorded
as skipped, as "hold my …" had it read as a dose held back (Sandbox, Lagos). Through the
real Application."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.storage.models import Record
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, occurrences, reminder_out
from tests.integration.test_future_doses import rows


@pytest.mark.parametrize(
    "text",
    [
        "I can't hold my urine, my leg dey weak more more",
        "I no fit hold my urine since yesterday, my leg dey weak more more",
    ],
)
async def test_the_alarm_comes_and_the_waiting_dose_is_not_skipped(
    fake: FakeBotApi, bot: Any, clock: FakeClock, text: str
) -> None:
    msg = await reminder_out(fake, bot, clock, "naproxen 500mg 08:00 20:00")
    clock.set(dt.datetime(2026, 11, 25, 8, 10, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, text)
    alarm = await fake.wait_for_message(UID, after=n, contains="emergency")
    assert "cauda equina" in (alarm.text or "")
    # (updates are handled in turn: once /meds is answered, the words are all handled)
    await fake.send_text(UID, "/meds")
    await fake.wait_for_message(UID, after=n, contains="Naproxen 500 mg")
    said = " ".join(m.text or "" for m in fake.messages_to(UID)[n:])
    assert "kipped" not in said
    assert "record stays as it is" not in said
    occ = (await occurrences(bot))[0]  # the 08:00 dose the reminder asks about
    assert occ.status not in ("skipped", "taken"), "the dose still waits for its answer"
    assert "Skipped" not in (fake.current(UID, msg.message_id).text or "")
    flags = [r for r in await rows(bot, Record) if r.kind == "red_flag"]
    assert flags and "bladder_bowel" in flags[0].data
