"""An amount said while its reminder is open is what was taken, no more and no less: a
scheduled Oramorph 5 ml answered "took 10ml oramorph" is the dose and 5 ml (10 mg) more
(it was kept as the 5 ml dose alone), "took 2ml oramorph" is 2 ml of it (was the whole
5 ml), "took 2 oramorph" is asked (was the dose and "10 mg more"); a gabapentin 300 mg
dose answered "took 600mg gabapentin" is that dose and 300 mg more (was 300 mg)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from bot.storage.models import DoseLog
from tests.conftest import FakeClock, running_bot
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, occurrences, onboard, reminder_at
from tests.integration.test_supply import NO_SEND_LIMIT, settled
from tests.integration.test_undo_dose import _texted

EIGHT = dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY)


async def _extra_doses(app: Any) -> list[tuple[float | None, str | None, float | None]]:
    from bot.app import deps_of

    async with deps_of(app).sessions() as s:
        logs = (await s.execute(select(DoseLog).order_by(DoseLog.id))).scalars()
        return [(log.amount, log.unit, log.count) for log in logs]


async def test_ml_said_at_a_liquids_reminder_is_the_ml_taken(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake)
        await add(fake, "oramorph 10mg/5ml 5ml 8am 2pm 8pm")
        reminder = await reminder_at(fake, app, clock, EIGHT)
        assert "Oramorph 10 mg/5 ml, 5 ml" in (reminder.text or "")
        clock.advance(minutes=5)
        said = (await _texted(fake, "took 10ml oramorph", "Oramorph")).text or ""
        assert "Oramorph 10 mg/5 ml, 5 ml taken" in said
        assert "Oramorph 5 ml (10 mg) more" in said
        await settled(app)
        assert [(o.status, o.units_taken) for o in await occurrences(app)][0] == ("taken", None)
        assert await _extra_doses(app) == [(5.0, "ml", None)]

        reminder = await reminder_at(fake, app, clock, EIGHT + dt.timedelta(hours=6))
        clock.advance(minutes=5)
        said = (await _texted(fake, "took 2ml oramorph", "Oramorph")).text or ""
        assert "Oramorph 10 mg/5 ml, 2 ml taken" in said and "×" not in said
        shown = await fake.wait_for_edit(UID, reminder.message_id, contains="part of the dose")
        assert "• Oramorph 10 mg/5 ml, 2 ml — ✅ Taken" in (shown.text or "")
        await settled(app)
        assert [(o.status, o.units_taken) for o in await occurrences(app)][1] == ("taken", 0.4)
        assert len(await _extra_doses(app)) == 1

        await reminder_at(fake, app, clock, EIGHT + dt.timedelta(hours=12))
        clock.advance(minutes=5)
        asked = await _texted(fake, "took 2 oramorph", "How much Oramorph was that?")
        assert fake.buttons(asked) == ["2 ml (4 mg)", "2 × 5 ml = 10 ml (20 mg)", "None of these"]
        await settled(app)
        assert (await occurrences(app))[2].status != "taken"  # nothing kept before the tap
        await fake.press(UID, asked.message_id, "2 × 5 ml = 10 ml (20 mg)")
        done = await fake.wait_for_edit(UID, asked.message_id, contains="more")
        assert "Oramorph 5 ml (10 mg) more" in (done.text or "")
        await settled(app)
        assert (await occurrences(app))[2].status == "taken"
        assert await _extra_doses(app) == [(5.0, "ml", None), (5.0, "ml", None)]


async def test_mg_said_beyond_a_tablets_dose_at_its_reminder_is_kept_whole(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake)
        await add(fake, "gabapentin 300mg 8am 8pm")
        await reminder_at(fake, app, clock, EIGHT)
        clock.advance(minutes=5)
        said = (await _texted(fake, "took 600mg gabapentin", "Gabapentin")).text or ""
        assert "Gabapentin 300 mg taken" in said and "Gabapentin 300 mg more" in said
        await settled(app)
        assert (await occurrences(app))[0].status == "taken"
        assert await _extra_doses(app) == [(300.0, "mg", None)]
