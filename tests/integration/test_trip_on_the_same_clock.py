"""A trip told once the zone is set already (found living a travelling week in the
sandbox): "I'm in New York now for work" after /timezone New York got "Sorry, I didn't
catch that" and four buttons; it is told the reminders follow that time already."""

from __future__ import annotations

from typing import Any

from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, onboard
from tests.integration.test_regimen import say


async def test_a_trip_to_where_the_clock_is_already_set_is_answered(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake, "Europe/London")
    await say(fake, "/timezone new york", "America/New_York")
    n = len(fake.messages_to(UID))
    said = await say(fake, "I'm in New York now for work", "already follow the time there")
    await say(fake, "/help", "")  # every reply to the line above has come before this one
    replies = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not [t for t in replies if "didn't catch" in t or "Travelling" in t], replies
    assert fake.buttons(said) == []
