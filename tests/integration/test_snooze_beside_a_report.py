"""A wait said beside a report, with no reminder out ("later, pain 5", "gonna shower
later, pain 5"): the report is logged and nothing is said of reminders; "No reminder is
waiting … next reminder at …" answers only a message that is the wait alone."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseOccurrence, Record
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard
from tests.integration.test_waiting_questions import say


async def _pain_scores(app: Any) -> list[int]:
    async with deps_of(app).sessions() as s:
        recs = list(await s.scalars(select(Record).order_by(Record.id)))
    return [json.loads(r.data)["score"] for r in recs if r.kind == "pain"]


async def _statuses(app: Any) -> list[str]:
    async with deps_of(app).sessions() as s:
        occs = list(await s.scalars(select(DoseOccurrence).order_by(DoseOccurrence.id)))
    return [o.status for o in occs]


def _said_since(fake: FakeBotApi, n: int) -> str:
    return "\n".join(m.text or "" for m in fake.messages_to(UID)[n:])


async def test_a_wait_beside_a_score_logs_the_score_and_says_nothing_of_reminders(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    await add(fake, "naproxen 500mg 08:00 20:00")
    before = await _statuses(bot)

    n = len(fake.messages_to(UID))
    await say(fake, "later, pain 5", "Logged")
    assert "No reminder is waiting" not in _said_since(fake, n)
    assert await _pain_scores(bot) == [5]

    # Another plan's "later" is no wait at all: the score alone is logged.
    n = len(fake.messages_to(UID))
    await say(fake, "gonna shower later, pain 4", "Logged")
    assert "No reminder is waiting" not in _said_since(fake, n)
    assert await _pain_scores(bot) == [5, 4]
    assert await _statuses(bot) == before, "no dose was touched"

    # The wait said alone is still told there is nothing to put off, and when the next is.
    told = await say(fake, "later pls", "No reminder is waiting")
    assert "Naproxen: next reminder at 20:00" in (told.text or "")


async def test_a_wait_for_a_medicine_not_on_the_list_says_so(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    await add(fake, "naproxen 500mg 08:00 20:00")
    told = await say(fake, "Lyrica 75 - remind me in 15 min, still eating", "isn't on your list")
    assert "Pregabalin isn't on your list" in (told.text or "")
    assert "No reminder is waiting" not in (told.text or "")
