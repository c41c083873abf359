"""How many SQL statements one update costs (SQLAlchemy events on the bot's own engine):
a typed dose, a typed pain report and a Taken press, each held to a fixed ceiling so a
change that re-loads the user or opens more sessions per update shows up here."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from tests.conftest import FakeClock, deps_of, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard
from tests.integration.test_waiting_questions import say

#: A whole story, or storage itself: run on PostgreSQL as well.
pytestmark = pytest.mark.both_databases

# Measured 2026-12-01 (SQLite and PostgreSQL alike); the ceilings leave no room to grow.
# Each update is one unit of work (bot.telegram.unit): one session for its short
# transactions, its user loaded once.
# (2026-12-05: a medicine off the list looks for a course of it that has ended, one
# statement, so "took oxy" after its course is told as such)
TYPED_DOSE = 11
TYPED_PAIN = 5
# (2026-12-05: a Taken press now reads the day's doses and the list, three statements,
# to say a 24-hour total past a label's maximum at the tap — a safety fact it had missed)
TAKEN_PRESS = 8
USER_LOADS = 1
SESSIONS = 1


def _in_update() -> bool:
    # Only the update's own work: PTB runs each update in a task of its own; the
    # scheduler's sweep (its job and group commits) runs beside it and is not counted.
    task = asyncio.current_task()
    coro = task.get_coro() if task is not None else None
    return "create_task_callback" in getattr(coro, "__qualname__", "")


@contextmanager
def counting(app: Any, sessions: set[int] | None = None) -> Iterator[list[str]]:
    """Statements the update's own task sends while the block runs (and, into
    `sessions`, the sessions that began a transaction for it)."""
    engine = deps_of(app).sessions.kw["bind"]
    seen: list[str] = []
    began = sessions if sessions is not None else set()

    def count(_conn: Any, _cursor: Any, statement: str, *_a: Any) -> None:
        if _in_update():
            seen.append(" ".join(statement.split())[:60])

    def begin(session: Session, *_a: Any) -> None:
        if _in_update():
            began.add(id(session))

    event.listen(engine.sync_engine, "before_cursor_execute", count)
    event.listen(Session, "after_begin", begin)
    try:
        yield seen
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", count)
        event.remove(Session, "after_begin", begin)


async def test_statements_per_text_message_and_button_press(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00")
    clock.set(dt.datetime(2026, 11, 25, 13, 0, tzinfo=NY))
    typed_sessions: set[int] = set()
    with counting(bot, typed_sessions) as typed:
        await say(fake, "took 2 tylenol", "Logged")
    dose = len(typed)
    pain_sessions: set[int] = set()
    with counting(bot, pain_sessions) as seen:
        await say(fake, "pain is 6 today, stiff lower back", "Logged")
    pain = len(seen)
    clock.set(dt.datetime(2026, 11, 26, 8, 0, tzinfo=NY))
    await tick(bot)
    reminder = await fake.wait_for_message(UID, contains="Time for your")
    press_sessions: set[int] = set()
    with counting(bot, press_sessions) as seen:
        await fake.press(UID, reminder.message_id, "Taken")
        await fake.wait_for_message(UID, contains="✅ Taken", timeout=5)
    press = len(seen)
    print(f"statements: typed dose {dose}, typed pain {pain}, Taken press {press}")
    users = [q for q in typed if q.startswith("SELECT users.")]
    print(f"user loads in the typed dose: {len(users)}")
    assert len(users) <= USER_LOADS, typed
    sessions = (len(typed_sessions), len(pain_sessions), len(press_sessions))
    print(f"sessions: typed dose {sessions[0]}, typed pain {sessions[1]}, press {sessions[2]}")
    assert sessions == (SESSIONS, SESSIONS, SESSIONS)
    assert dose <= TYPED_DOSE and pain <= TYPED_PAIN and press <= TAKEN_PRESS, (dose, pain, press)


async def test_a_dose_bigger_than_the_listed_one_reads_the_days_doses_once(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Two tablets of a listed one: the 24-hour totals and "more than one dose on your
    list" both need the day's doses; they were read twice."""
    await onboard(fake)
    await add(fake, "tylenol 500mg as needed")
    clock.set(dt.datetime(2026, 11, 25, 13, 0, tzinfo=NY))
    with counting(bot) as typed:
        reply = await say(fake, "took 2 tylenol", "Logged")
    assert "as a dose" in (reply.text or "") or "more than one dose" in (reply.text or "")
    history = [q for q in typed if q.startswith("SELECT dose_logs.")]
    assert len(history) == 1, typed
