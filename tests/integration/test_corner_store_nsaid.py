"""Aleve from the corner store beside prescribed naproxen, and a taper's "pred" (Sandbox,
New York: a warehouse worker's week).

- "2 aleve" while the naproxen reminder waited answered it as "Naproxen 0.88 × 500 mg
  taken (part of the dose)": the record said he took most of his prescription and nothing
  else. After the naproxen was tapped, "2 aleve" asked "is this the same dose?", and
  unanswered, the Aleve was never stored.
- Nothing told him Aleve is naproxen, the same medicine as the one on his list.
- 4 Aleve in 12 hours were counted as 1.76 "tablets" of his 500 mg naproxen, under the
  Aleve label's 3 a day.
- "skip pred" with the prednisone taper on the list skipped the naproxen due beside it:
  the taper's two steps made "pred" the start of two listed names; and "…, stomach" was
  not read as the reason (the report said "no reason given").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, occurrences, onboard, reminder_at
from tests.integration.test_tablets_per_dose import _log_rows
from tests.integration.test_waiting_questions import say

EIGHT = dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY)


async def test_aleve_said_at_the_naproxen_reminder_is_kept_as_aleve_and_told_the_same_medicine(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00 for 10 days")
    reminder = await reminder_at(fake, bot, clock, EIGHT)
    clock.advance(minutes=7)
    said = (await say(fake, "2 aleve", "Logged")).text or ""
    assert "2 × Aleve 220 mg" in said and "0.88" not in said
    assert "Aleve is naproxen, the same medicine as the Naproxen on your list" in said
    assert "prescription or not" in said and said.endswith("talk to your doctor or pharmacist.")
    await settled(bot)
    # the naproxen reminder is still open: the Aleve was not his prescribed dose
    assert "Taken" in fake.buttons(fake.current(UID, reminder.message_id))[0]
    assert (await occurrences(bot))[0].status == "sent"
    rows = [(r.name.lower(), r.amount, r.count, r.medication_id) for r in await _log_rows(bot)]
    assert rows == [("aleve", 220.0, 2.0, None)], rows

    # told once a day: the second Aleve says the label's tablets a day instead
    clock.set(dt.datetime(2026, 11, 25, 20, 7, tzinfo=NY))
    again = (await say(fake, "2 more aleve", "Logged")).text or ""
    assert "same medicine" not in again
    assert "4 tablets of Aleve" in again and "3 tablets a day" in again


async def test_aleve_after_the_naproxen_was_tapped_is_logged_not_asked_about(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    reminder = await reminder_at(fake, bot, clock, EIGHT)
    clock.advance(minutes=2)
    await fake.press(UID, reminder.message_id, "Taken")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Taken 08:02")
    clock.advance(minutes=30)
    n = len(fake.messages_to(UID))
    said = (await say(fake, "2 aleve at work", "Logged")).text or ""
    await settled(bot)
    assert not any("same dose" in (m.text or "") for m in fake.messages_to(UID)[n:])
    assert "2 × Aleve 220 mg" in said and "same medicine" in said
    names = [(r.name.lower(), r.count) for r in await _log_rows(bot)]
    assert ("aleve", 2.0) in names


async def test_skip_pred_on_a_taper_skips_only_the_prednisone(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    await add(fake, "prednisone 40mg 08:00 for 3 days then 20mg for 3 days", warned=True)
    reminder = await reminder_at(fake, bot, clock, EIGHT)
    clock.advance(minutes=30)
    said = (await say(fake, "skipped the pred, stomach", "skipped")).text or ""
    assert "Prednisone 40 mg skipped" in said and "Naproxen" not in said
    await settled(bot)
    assert "✅ Taken · Naproxen" in fake.buttons(fake.current(UID, reminder.message_id))
    # "stomach" is the reason he gave: side effects, not "no reason given"
    skipped = [(o.status, o.skip_reason) for o in await occurrences(bot) if o.status == "skipped"]
    assert skipped == [("skipped", "side_effects")], skipped


async def test_two_advil_that_make_the_listed_ibuprofen_dose_answer_its_reminder(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # 2 × 200 mg is the listed 400 mg: the person's dose taken as the brand's tablets, not
    # an extra Advil beside a reminder left open to be marked missed
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    reminder = await reminder_at(fake, bot, clock, EIGHT)
    clock.advance(minutes=5)
    said = (await say(fake, "took 2 advil", "taken")).text or ""
    assert "Ibuprofen 400 mg taken" in said and "same medicine" not in said
    await settled(bot)
    assert "Taken 08:05" in (fake.current(UID, reminder.message_id).text or "")
    assert (await occurrences(bot))[0].status == "taken"
