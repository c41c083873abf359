"""A dose told after doses of later hours is checked against every 24 hours holding it:
"and I took 1000mg tylenol at 8 this morning", told at night after four later grams,
completes 5,000 mg from 08:00 (Sandbox, London: logged without a word)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard
from tests.integration.test_waiting_questions import say


async def test_a_morning_dose_told_last_completes_a_day_past_the_maximum(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    for hour in (12, 16, 20, 22):
        clock.set(dt.datetime(2026, 11, 25, hour, 0, tzinfo=NY))
        reply = await say(fake, "took 1000mg tylenol", "Logged")
        assert "🛑" not in (reply.text or ""), "4,000 mg is at the label maximum, not over"
        await settled(bot)
    clock.set(dt.datetime(2026, 11, 25, 22, 30, tzinfo=NY))
    reply = await say(fake, "oh and I took 1000mg tylenol at 8 this morning", "Logged")
    text = reply.text or ""
    assert "🛑" in text
    assert "In 24 hours that include this dose you've logged about 5,000 mg" in text
    assert "4,000 mg" in text
    assert text.rstrip().endswith("talk to your doctor or pharmacist.")


async def test_the_earlier_of_a_pair_told_in_one_message_sees_the_later(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    for hour in (10, 11, 12):
        clock.set(dt.datetime(2026, 11, 25, hour, 0, tzinfo=NY))
        await say(fake, "took 1000mg tylenol", "Logged")
        await settled(bot)
    clock.set(dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await say(fake, "took 2 norco at 13 and 1000mg tylenol at 9", "Tylenol 1000 mg at 09:00")
    await settled(bot)
    texts = [m.text or "" for m in fake.messages_to(UID)[n:]]
    (receipt,) = [t for t in texts if "Tylenol 1000 mg at 09:00" in t]
    assert "🛑" in receipt and "4,650 mg" in receipt


async def test_a_morning_norco_told_last_is_checked_against_the_labels_tablets_a_day(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # 2 Norco 10/325 at 12, 16 and 20, then "took 2 norco at 8am" at 22:00: 8 tablets in
    # the 24 hours from 08:00, where the label says 6 (and the person's own maximum 6)
    await onboard(fake)
    await add(fake, "norco 10/325 as needed max 6 per day", warned=True)
    for hour in (12, 16, 20):
        clock.set(dt.datetime(2026, 11, 25, hour, 0, tzinfo=NY))
        reply = await say(fake, "took 2 norco", "Logged")
        assert "6 tablets a day" not in (reply.text or "")
        await settled(bot)
    clock.set(dt.datetime(2026, 11, 25, 22, 0, tzinfo=NY))
    reply = await say(fake, "took 2 norco at 8am", "Logged")
    text = reply.text or ""
    assert "In 24 hours that include this dose you've logged 8 tablets of Norco" in text
    assert "6 tablets a day" in text
    assert "In the last 24 hours" not in text
    assert text.rstrip().endswith("talk to your doctor or pharmacist.")
