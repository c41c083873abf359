"""Several `backtrack run` processes: one serves updates and dispatches (ROLE=all), the
others only dispatch (ROLE=dispatch); on one PostgreSQL no reminder is sent twice."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakebotapi import FakeBotApi
from tests.integration.test_crash import (
    bot_env,
    db_status,
    reminders,
    seed_rush,
    start_bot,
    stop_bot,
    wait_until,
)


@pytest.mark.slow
async def test_dispatch_role_sends_due_work_without_polling(
    fake: FakeBotApi, sqlite_url: str, tmp_path: Path
) -> None:
    late = await seed_rush(sqlite_url, 5)
    proc = await start_bot(tmp_path, bot_env(fake, sqlite_url, ROLE="dispatch"))
    try:

        async def delivered() -> bool:
            return set(reminders(fake)) == set(late)

        await wait_until(delivered, 30, "the dispatch-only process to send")
    finally:
        err = await stop_bot(proc)
    assert "dispatch-only" in err
    assert not fake.requests("getUpdates") and not fake.requests("setWebhook")


@pytest.mark.slow
@pytest.mark.postgres
async def test_two_processes_on_postgres_send_each_reminder_once(
    fake: FakeBotApi, pg_url: str, tmp_path: Path
) -> None:
    users = 200
    late = await seed_rush(pg_url, users)
    fake.inject_delay("sendMessage", 0.02, times=100_000)  # keep both busy at once
    procs = [
        await start_bot(tmp_path, bot_env(fake, pg_url, ROLE=role, SEND_RATE_PER_SECOND="0"))
        for role in ("all", "dispatch")
    ]
    try:

        async def all_sent() -> bool:
            status = await db_status(pg_url)
            return len(reminders(fake)) == users and set(status.values()) == {"sent"}

        await wait_until(all_sent, 60, "every reminder")
        await asyncio.sleep(1.5)  # more sweeps by both: nothing may go out again
    finally:
        errs = [await stop_bot(p) for p in procs]
    counts = reminders(fake)
    assert set(counts) == set(late)
    assert set(counts.values()) == {1}, counts.most_common(3)
    assert "Conflict" not in "".join(errs), "only one process polls"
