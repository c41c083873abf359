"""Tablets counted of a listed dose made of several: "2 paracetamol" against a listed
paracetamol 1 g (two 500 mg tablets, as it is sold) is the dose, not 2 g — four such doses a
day are 4 g, no overdose warning; "4 x 500mg" is the dose and 1 g more; "twice" and "2 doses"
are whole doses — on SQLite and PostgreSQL. (Each "2 paracetamol" was counted as two
doses of 1 g: by the third, "about 6,000 mg … contact a Poison Control Center".)"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.domain.dose_amounts import DoseTaken
from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard, reminder_at
from tests.integration.test_supply import NO_SEND_LIMIT, settled
from tests.integration.test_undo_dose import _texted

EIGHT = dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY)


async def _mg_today(app: Any, generic: str) -> float:
    """The day's mg of one medicine as the safety checks read the doses."""
    from bot.app import deps_of
    from bot.domain.dose_amounts import ingredients_in_dose
    from bot.knowledge import get_drug
    from bot.services.regimen import regimen_item_of
    from bot.storage import repositories as repo

    async with deps_of(app).sessions() as s:
        doses: list[DoseTaken] = await repo.doses_taken_between(
            s, UID, EIGHT - dt.timedelta(hours=1), EIGHT + dt.timedelta(hours=16)
        )
        meds = await repo.active_medications(s, UID)
    drug = get_drug(generic)
    assert drug is not None
    items = {m.name: regimen_item_of(m) for m in meds}
    return sum(
        ingredients_in_dose(d, drug, items.get(d.name)).get(drug.ingredients[0], 0.0)
        for d in doses
        if d.generic == generic
    )


async def test_two_paracetamol_four_times_a_day_is_four_grams_not_eight(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake)
        await add(fake, "paracetamol 1g 8am 12pm 4pm 8pm")
        for hour, words in enumerate(
            ("took 2 paracetamol", "2 paracetamol with lunch", "had two paracetamol", "took 2")
        ):
            await reminder_at(fake, app, clock, EIGHT + dt.timedelta(hours=4 * hour))
            clock.advance(minutes=5)
            said = (await _texted(fake, words, "Paracetamol")).text or ""
            assert "Paracetamol 1 g taken" in said, said
            assert "more" not in said and "🛑" not in said and "Poison" not in said, said
            await settled(app)
        assert await _mg_today(app, "acetaminophen") == 4000.0


async def test_tablets_beyond_the_dose_and_whole_doses_said_twice(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake)
        await add(fake, "paracetamol 1g 8am 8pm")
        await add(fake, "gabapentin 300mg 2 capsules 8am 8pm")
        await reminder_at(fake, app, clock, EIGHT)
        clock.advance(minutes=5)
        said = (await _texted(fake, "took 4 x 500mg paracetamol", "Paracetamol")).text or ""
        assert "Paracetamol 1 g taken" in said
        assert "2 × Paracetamol 500 mg more" in said, said
        said = (await _texted(fake, "took 2 doses of gabapentin", "Gabapentin")).text or ""
        assert "Gabapentin 2 × 300 mg taken" in said
        assert "2 × Gabapentin 300 mg more" in said, said
        await settled(app)
        assert await _mg_today(app, "acetaminophen") == 2000.0
        assert await _mg_today(app, "gabapentin") == 1200.0
        # A whole dose said twice is two doses of the listed 1 g, not two tablets.
        clock.set(EIGHT + dt.timedelta(hours=12))
        await tick(app)
        clock.advance(minutes=5)
        said = (await _texted(fake, "took my paracetamol twice", "Paracetamol")).text or ""
        assert "Paracetamol 1 g more" in said, said
        await settled(app)
        assert await _mg_today(app, "acetaminophen") == 4000.0


async def test_an_overdose_in_dublin_is_told_the_irish_poisons_line(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "paracetamol 500mg as needed")
    said = ""
    for hour in range(5):
        clock.set(EIGHT + dt.timedelta(hours=3 * hour))
        said = (await _texted(fake, "took 2 paracetamol", "Paracetamol")).text or ""
    assert "🛑" in said and "5,000 mg of paracetamol" in said
    assert "in Ireland, call the Poisons Information Line, (01) 809 2166" in said
    assert "elsewhere, call your local poison centre" not in said
