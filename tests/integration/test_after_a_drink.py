"""A dose of a medicine whose label warns about alcohol, logged within hours after a drink
was told, gets that label's words once (Sandbox, New York: "had a couple beers", then
tramadol 1.5 h later and cyclobenzaprine at bedtime said nothing of it)."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard, reminder_at
from tests.integration.test_waiting_questions import say

AFTER_DRINK = "You told me of a drink"


def _said(fake: FakeBotApi, n: int) -> list[str]:
    return [m.text or "" for m in fake.messages_to(UID)[n:]]


async def test_doses_after_a_drink_get_their_labels_words_once(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "cyclobenzaprine 10mg 22:00")
    await add(fake, "tramadol 50mg as needed every 6 hours max 4 per day", warned=True)
    clock.set(dt.datetime(2026, 12, 9, 17, 0, tzinfo=NY))
    await say(fake, "had a couple beers", "alcohol")
    await settled(bot)

    clock.set(dt.datetime(2026, 12, 9, 18, 30, tzinfo=NY))
    reply = await say(fake, "took a tramadol", "Logged")
    text = reply.text or ""
    assert f"{AFTER_DRINK} about 1.5 hours before this dose." in text, text
    assert "Opioid labels warn that taking tramadol with alcohol" in text
    assert "emergency" not in text.lower()
    await settled(bot)

    # A second tramadol after the same drink: told already, not again.
    clock.set(dt.datetime(2026, 12, 9, 19, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await say(fake, "took another tramadol", "Logged")
    await asyncio.sleep(0.3)
    assert not [t for t in _said(fake, n) if AFTER_DRINK in t]
    await settled(bot)

    # The bedtime cyclobenzaprine, tapped Taken 5 hours after the drink: its own label.
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 12, 9, 22, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.press(UID, msg.message_id, "Taken")
    said = await fake.wait_for_message(UID, after=n, contains=AFTER_DRINK)
    text = said.text or ""
    assert "The cyclobenzaprine label says it may enhance the effects of alcohol." in text
    assert text.rstrip().endswith("talk to your doctor or pharmacist.")


async def test_a_dose_long_after_a_drink_or_without_one_says_nothing_of_alcohol(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "tramadol 50mg as needed every 6 hours max 4 per day")
    clock.set(dt.datetime(2026, 12, 9, 9, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await say(fake, "took a tramadol", "Logged")
    await settled(bot)
    await say(fake, "had a glass of wine", "alcohol")
    await settled(bot)
    clock.set(dt.datetime(2026, 12, 9, 16, 30, tzinfo=NY))  # 7.5 h after the wine
    await say(fake, "took a tramadol", "Logged")
    await asyncio.sleep(0.3)
    assert not [t for t in _said(fake, n) if AFTER_DRINK in t]
