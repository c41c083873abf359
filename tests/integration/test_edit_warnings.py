"""An edit that leaves the dose as it was is not asked again about a safety warning
already accepted when the medicine was saved; an edit that changes the dose is."""

from __future__ import annotations

from tests.conftest import FakeClock, running_bot
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard


async def _edit(fake: FakeBotApi, name: str, line: str) -> str:
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/meds")
    meds = await fake.wait_for_message(UID, after=n, contains="Your medicines")
    await fake.press(UID, meds.message_id, f"Edit · {name}")
    await fake.wait_for_message(UID, after=n, contains="What would you like to change")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, line)
    said = await fake.wait_for_message(UID, after=n)
    return said.text or ""


async def test_an_unchanged_dose_is_not_warned_twice(
    fake: FakeBotApi, sqlite_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, sqlite_url, clock):
        await onboard(fake, "Europe/Berlin")
        await add(fake, "naproxen 500mg 08:00")
        await add(fake, "celecoxib 200mg 08:00", warned=True)  # both NSAIDs: Save anyway

        said = await _edit(fake, "Celecoxib", "celecoxib 200mg 09:00")
        assert said.startswith("Saved: Celecoxib 200 mg · 09:00"), said

        said = await _edit(fake, "Celecoxib", "celecoxib 400mg 09:00")
        assert said.startswith("Before I save"), said
        assert "both NSAIDs" in said
