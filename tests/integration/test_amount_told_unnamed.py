"""An amount told with no medicine named while nothing is due ("had 2.5 mls", "took
400mg") is asked about with only the medicines it could be a dose of: ml of the liquid,
never the tablets (Sandbox, London: both went unread; then "had 2.5 mls" offered the
ibuprofen tablets beside the Oramorph). The tap stores what was told, in ml and mg."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard
from tests.integration.test_regimen import say

NOTHING_DUE = dt.datetime(2026, 11, 25, 11, 0, tzinfo=NY)


async def _two_medicines(fake: FakeBotApi, clock: FakeClock) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    await add(fake, "Oramorph 10mg/5ml 2.5 to 5 ml as needed")
    clock.set(NOTHING_DUE)


async def test_ml_told_unnamed_offers_only_the_liquid(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _two_medicines(fake, clock)
    asked = await say(fake, "had 2.5 mls", "Which one did you take?")
    assert fake.buttons(asked) == ["Oramorph 10 mg/5 ml, 2.5–5 ml", "None of these"]
    await fake.press(UID, asked.message_id, "Oramorph 10 mg/5 ml, 2.5–5 ml")
    logged = await fake.wait_for_edit(UID, asked.message_id, contains="Logged")
    assert "Oramorph 2.5 ml (5 mg) at 11:00" in (logged.text or "")


async def test_mg_told_unnamed_answers_the_dose_it_fits(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """400 mg at 11 is the 08:00 ibuprofen gone by, taken late: 400 mg is one tablet."""
    await _two_medicines(fake, clock)
    await say(fake, "took 400mg", "Ibuprofen 400 mg taken")


async def test_an_amount_none_could_be_offers_them_all(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg as needed")
    await add(fake, "acetaminophen 500mg as needed")
    clock.set(NOTHING_DUE)
    asked = await say(fake, "took 300mg", "Which one did you take?")
    assert fake.buttons(asked) == ["Ibuprofen 400 mg", "Acetaminophen 500 mg", "None of these"]
    asked = await say(fake, "took 1000mg", "Which one did you take?")
    assert fake.buttons(asked) == ["Acetaminophen 500 mg", "None of these"]
