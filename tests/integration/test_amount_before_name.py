"""An amount written before a medicine's name ("1000 of tylenol") is logged and counted
toward the ingredient's daily total, through the real Application."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.storage.models import DoseLog
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say


async def test_1000_of_tylenol_beside_norco_is_logged_and_counted_as_1000_mg(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "took 2 norcos and 1000 of tylenol" was logged "Tylenol at 12:55",
    # and the day's acetaminophen left the 1,000 mg out ("a strength not given").
    await onboard(fake)
    await add(fake, "norco 5/325 1-2 tablets every 6 hours as needed max 8 per day")
    clock.set(dt.datetime(2026, 11, 25, 12, 55, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "took 2 norcos and 1000 of tylenol")
    logged = await fake.wait_for_message(UID, after=n, contains="Tylenol isn't in your list")
    assert (logged.text or "").startswith("Logged: Tylenol 1000 mg at 12:55")
    logs = await rows(bot, DoseLog)
    assert sorted((x.generic, x.amount, x.count) for x in logs) == [
        ("acetaminophen", 1000, None),
        ("hydrocodone/acetaminophen", 5, 2),  # the listed 5/325, two tablets
    ]
    # 2 × 325 mg in the Norco and the 1,000 mg of Tylenol
    reply = await say(fake, "how much tylenol have I had today?", "Here's what I have")
    text = reply.text or ""
    assert "about 1,650 mg" in text
    assert "strength not given" not in text
    # Said alone, the same amount is a dose of its own, counted too.
    clock.set(dt.datetime(2026, 11, 25, 19, 0, tzinfo=NY))
    again = await say(fake, "1000 of tylenol", "Logged: Tylenol 1000 mg at 19:00")
    assert "talk to your doctor or pharmacist" in (again.text or "")
    reply = await say(fake, "how much tylenol have I had today?", "Here's what I have")
    assert "about 2,650 mg" in (reply.text or "")
