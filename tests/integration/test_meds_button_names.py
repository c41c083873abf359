"""/meds names each medicine's buttons whole, or cut at a word with "…" (Sandbox,
Phoenix: "✏️ Edit · Tylenol arthriti" was cut mid-word)."""

from __future__ import annotations

from typing import Any

from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import add, onboard
from tests.integration.test_waiting_questions import say


async def test_meds_buttons_carry_the_name_whole_or_cut_at_a_word(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "tylenol arthritis 650mg as needed")
    await add(fake, "vitamin d3 extra strength 1000 unit 09:00")
    meds = await say(fake, "/meds", "Your medicines")
    labels = fake.buttons(meds)
    assert "✏️ Edit · Tylenol Arthritis" in labels
    assert "✏️ Edit · Vitamin D3 extra…" in labels or "✏️ Edit · Vitamin d3 extra…" in labels
