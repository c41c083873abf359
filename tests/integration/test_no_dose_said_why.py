"""A medicine named in words that record no dose — someone else's, a habit, a limit — is
answered with why nothing was logged, not "didn't catch that"; nothing is stored, and
the taps still log a dose or keep the words. Through the real Application."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.storage.models import DoseLog, DoseOccurrence, Record
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say


@pytest.mark.both_databases
async def test_anothers_dose_and_a_limit_are_said_not_logged(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400 mg at 08:00 and 20:00")
    clock.set(dt.datetime(2026, 11, 25, 8, 5, tzinfo=NY))
    theirs = await say(fake, "my wife took 2 of my ibuprofen", "someone else's dose")
    assert "didn't catch" not in (theirs.text or "")
    assert fake.buttons(theirs)[:2] == ["🗒 Keep it as a note", "💊 I took a dose"]
    limit = await say(fake, "doctor says max 3 ibuprofen a day", "haven't logged a dose")
    assert "I took a dose" in (limit.text or "")
    assert not await rows(bot, DoseLog), "no dose of the writer's was told"
    assert all(o.status != "taken" for o in await rows(bot, DoseOccurrence))
    assert not [r for r in await rows(bot, Record) if r.kind == "note"], "kept only on a tap"
    await fake.press(UID, limit.message_id, "Keep it as a note")
    await fake.wait_for_edit(UID, limit.message_id, contains="Kept in your notes")
    (note,) = [r for r in await rows(bot, Record) if r.kind == "note"]
    assert "max 3 ibuprofen" in note.data


async def test_words_naming_no_medicine_are_still_not_caught(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))
    await say(fake, "the cat knocked the kettle over", "didn't catch that")
