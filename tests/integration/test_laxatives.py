"""A laxative added is a medicine the bot knows (Sandbox, Dublin: "/add lactulose" was
asked "What medicine is in it?", and the weekly summary said it had no safety checks)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseLog, Medication
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say

DUBLIN = ZoneInfo("Europe/Dublin")


async def test_lactulose_by_the_ml_is_saved_as_lactulose_without_asking_what_is_in_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    clock.set(dt.datetime(2026, 12, 7, 13, 25, tzinfo=DUBLIN))
    await add(fake, "tramadol 50mg 09:00 21:00")
    n = len(fake.messages_to(UID))
    saved = await add(fake, "lactulose 15ml 22:00")
    assert "Lactulose 15 ml" in saved
    logged = await say(fake, "had my lactulose", "Logged")
    assert "Lactulose 15 ml" in (logged.text or "")
    await settled(bot)
    assert not any("What medicine is in it" in (m.text or "") for m in fake.messages_to(UID)[n:])
    async with deps_of(bot).sessions() as s:
        meds = {m.name.lower(): m for m in await s.scalars(select(Medication))}
        logs = list(await s.scalars(select(DoseLog)))
    lactulose = meds["lactulose"]
    assert (lactulose.generic, lactulose.amount, lactulose.unit) == ("lactulose", 15.0, "ml")
    assert [(d.medication_id, d.amount, d.unit) for d in logs] == [(lactulose.id, 15.0, "ml")]


async def test_a_laxative_by_its_brand_is_saved_under_its_generic(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    clock.set(dt.datetime(2026, 12, 7, 13, 25, tzinfo=DUBLIN))
    n = len(fake.messages_to(UID))
    await add(fake, "senokot 8.6mg 2 tablets 22:00")
    await add(fake, "miralax 17g 08:00")
    await settled(bot)
    assert not any("What medicine is in it" in (m.text or "") for m in fake.messages_to(UID)[n:])
    async with deps_of(bot).sessions() as s:
        generics = {m.name.lower(): m.generic for m in await s.scalars(select(Medication))}
    assert generics == {"senokot": "senna", "miralax": "polyethylene glycol"}
