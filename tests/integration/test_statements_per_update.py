"""How many SQL statements one update costs (SQLAlchemy events on the bot's own engine):
a typed dose, a typed pain report and a Taken press, each held to a fixed ceiling so a
change that re-loads the user or opens more sessions per update shows up here."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from tests.conftest import FakeClock, deps_of, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard
from tests.integration.test_waiting_questions import say

# Measured 2026-12-01 (SQLite and PostgreSQL alike); the ceilings leave no room to grow.
# A typed dose loads its user once (on_text hands it down); it still opens three short
# sessions (read, answer-by-text, log) — one unit of work per update would make it one.
TYPED_DOSE = 10
TYPED_PAIN = 5
TAKEN_PRESS = 5
USER_LOADS = 1


@contextmanager
def counting(app: Any) -> Iterator[list[str]]:
    """Statements the update's own task sends while the block runs."""
    engine = deps_of(app).sessions.kw["bind"]
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_a: Any) -> None:
        # Only the update's own work: PTB runs each update in a task of its own; the
        # scheduler's sweep (its job and group commits) runs beside it and is not counted.
        task = asyncio.current_task()
        coro = task.get_coro() if task is not None else None
        if "create_task_callback" in getattr(coro, "__qualname__", ""):
            seen.append(" ".join(statement.split())[:60])

    event.listen(engine.sync_engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", count)


async def test_statements_per_text_message_and_button_press(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00")
    clock.set(dt.datetime(2026, 11, 25, 13, 0, tzinfo=NY))
    with counting(bot) as typed:
        await say(fake, "took 2 tylenol", "Logged")
    dose = len(typed)
    with counting(bot) as seen:
        await say(fake, "pain is 6 today, stiff lower back", "Logged")
    pain = len(seen)
    clock.set(dt.datetime(2026, 11, 26, 8, 0, tzinfo=NY))
    await tick(bot)
    reminder = await fake.wait_for_message(UID, contains="Time for your")
    with counting(bot) as seen:
        await fake.press(UID, reminder.message_id, "Taken")
        await fake.wait_for_message(UID, contains="✅ Taken", timeout=5)
    press = len(seen)
    print(f"statements: typed dose {dose}, typed pain {pain}, Taken press {press}")
    users = [q for q in typed if q.startswith("SELECT users.")]
    print(f"user loads in the typed dose: {len(users)}")
    assert len(users) <= USER_LOADS, typed
    assert dose <= TYPED_DOSE and pain <= TYPED_PAIN and press <= TAKEN_PRESS, (dose, pain, press)
