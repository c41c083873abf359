"""One tablet said without its name while two medicines are due ("took the little white
one", "took 1") answers one of them, asked which — never both (found living a morning in
the sandbox: both were marked taken); several times of one medicine in one message
("gabapentin 300 - 8am/2pm") answer each of those doses. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from tests.conftest import FakeClock, running_bot
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, occurrences, onboard, reminder_at
from tests.integration.test_supply import NO_SEND_LIMIT, settled
from tests.integration.test_undo_dose import _texted

EIGHT = dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY)


async def test_one_pill_by_its_look_is_asked_which(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake)
        await add(fake, "gabapentin 300mg 8am 2pm 10pm")
        await add(fake, "naproxen 500mg 8am 8pm")
        reminder = await reminder_at(fake, app, clock, EIGHT)
        clock.advance(minutes=5)
        asked = await _texted(fake, "took the little white one", "Which one did you take?")
        assert "Nothing is due" not in (asked.text or "")
        assert fake.buttons(asked) == ["Gabapentin 300 mg", "Naproxen 500 mg", "None of these"]
        await settled(app)
        assert [o.status for o in await occurrences(app) if o.status == "taken"] == []

        cq = await fake.press(UID, asked.message_id, "Naproxen 500 mg")
        await fake.wait_for_callback_answer(cq)
        await fake.wait_for_edit(UID, asked.message_id, contains="Naproxen 500 mg")
        await settled(app)
        taken = [o for o in await occurrences(app) if o.status == "taken"]
        assert [o.due_at for o in taken] == [EIGHT.astimezone(dt.UTC)]
        assert len(taken) == 1  # the naproxen tapped, the gabapentin still open
        shown = await fake.wait_for_edit(UID, reminder.message_id, contains="Naproxen 500 mg — ✅")
        assert "• Gabapentin 300 mg\n" in (shown.text or "") + "\n"


async def test_several_times_of_one_medicine_answer_each_dose(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake)
        await add(fake, "gabapentin 300mg 8am 2pm 10pm")
        await reminder_at(fake, app, clock, EIGHT)
        clock.advance(hours=6, minutes=20)  # 14:20: the 08:00 and 14:00 doses are open
        await _texted(fake, "gaba 300 - 8am/2pm ✅✅", "Gabapentin 300 mg")
        await settled(app)
        taken = [
            o.taken_at.astimezone(NY).strftime("%H:%M")
            for o in await occurrences(app)
            if o.status == "taken" and o.taken_at is not None
        ]
        assert sorted(taken) == ["08:00", "14:00"]
