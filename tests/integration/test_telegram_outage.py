"""Telegram (the fake Bot API) failing for a while, and the database going away: replies
wait for Telegram to come back and arrive in order, a reply that cannot be delivered in
the reply window is dropped and counted (never silently), the due-doses gauge keeps
counting reminders whose send failed, and /readyz says what is unreachable and since
when while /healthz (liveness) stays 200.

Real seconds are kept short with REPLY_RETRY_SECONDS; the readiness threshold (60 s) is
crossed by moving the bot's clock, never by sleeping.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

import aiohttp
import pytest
from sqlalchemy.ext.asyncio import create_async_engine

from bot.app import deps_of
from bot.ops.metrics import Metrics
from bot.ops.server import OpsServer
from bot.storage.db import make_sessionmaker
from bot.telegram import texts
from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard
from tests.integration.test_health import Ops, value
from tests.integration.test_webhook import free_port
from tests.pgcluster import PrivatePostgres

#: A whole story, or storage itself: run on PostgreSQL as well.
pytestmark = pytest.mark.both_databases

FOREVER = 10**6


def outage(fake: FakeBotApi, *methods: str) -> None:
    """Every call of `methods` answers 502 until `recover`."""
    for method in methods:
        fake.inject_error(method, error_code=502, description="Bad Gateway", times=FOREVER)


def recover(fake: FakeBotApi) -> None:
    """Telegram is back: drop every injected fault (the fake has no public call for it)."""
    fake._faults.clear()


def metric(app: Any, name: str, **labels: str) -> float:
    found = deps_of(app).metrics.registry.get_sample_value(name, labels)
    return 0.0 if found is None else found


async def test_a_reply_waits_out_the_outage_and_arrives_in_order(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock, REPLY_RETRY_SECONDS=30) as app:
        outage(fake, "sendMessage")
        await fake.send_text(UID, "/help")
        await fake.send_text(UID, "/start")  # waits behind /help: same person
        await fake.wait_for_request("sendMessage", after=3, timeout=10)  # retrying
        assert not fake.messages_to(UID)
        recover(fake)
        welcome = await fake.wait_for_message(UID, contains="not a doctor", timeout=15)
        first = fake.messages_to(UID)[0]
        assert first.text.startswith("Here's what I understand"), "the answers keep their order"
        assert welcome.message_id > first.message_id
        assert all(m.text != texts.SOMETHING_WRONG for m in fake.messages_to(UID))
        assert [m.text for m in fake.messages_to(UID)].count(first.text) == 1
        assert metric(app, "backtrack_reply_retries_total", method="sendMessage") >= 3
        assert metric(app, "backtrack_replies_dropped_total", method="sendMessage") == 0
        handled = "backtrack_updates_handled_total"
        assert metric(app, handled, kind="message", outcome="error") == 0


async def test_a_reply_that_cannot_be_delivered_is_dropped_and_counted(
    fake: FakeBotApi, sqlite_url: str, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    async with running_bot(fake, sqlite_url, clock, REPLY_RETRY_SECONDS=2) as app:
        outage(fake, "sendMessage")
        loop = asyncio.get_running_loop()
        started = loop.time()
        await fake.send_text(UID, "/help")
        handled = "backtrack_updates_handled_total"
        while metric(app, handled, kind="message", outcome="error") < 1:
            assert loop.time() - started < 10, "the update must finish after the window"
            await asyncio.sleep(0.05)
        took = loop.time() - started
        assert 2 <= took < 4, f"the reply window, then the apology's single try ({took:.1f}s)"
        # The reply, then the error handler's apology (one try: the window was spent).
        assert metric(app, "backtrack_replies_dropped_total", method="sendMessage") == 2
        assert not fake.messages_to(UID)
        dropped = [r for r in caplog.records if r.getMessage().startswith("reply dropped")]
        assert len(dropped) == 2 and all(r.levelno == logging.WARNING for r in dropped)
        for record in dropped:
            line = record.getMessage()
            assert "Here's" not in line and str(UID) not in line and fake.token not in line

        recover(fake)  # the next message is answered at once: no window carried over
        await fake.send_text(UID, "/help")
        answer = await fake.wait_for_message(UID, timeout=5)
        assert answer.text.startswith("Here's what I understand")


async def test_telegram_outage_backlog_and_readiness(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    port = free_port()
    settings = {"HEALTH_PORT": port, "HEALTH_HOST": "127.0.0.1", "REPLY_RETRY_SECONDS": 5}
    async with (
        running_bot(fake, database_url, clock, **settings) as app,
        aiohttp.ClientSession() as http,
    ):
        ops = Ops(http, port)
        await onboard(fake)
        await add(fake, "ibuprofen 400mg 08:00 20:00")
        await add(fake, "gabapentin 300mg 08:00")
        due = dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY)
        clock.set(due)
        assert value(await ops.metrics(), "backtrack_due_doses") == 2

        # Telegram goes away: sends and getUpdates answer 502. Wait for a poll begun
        # after that, so the last one that worked has been seen already.
        polls = len(fake.requests("getUpdates"))
        outage(fake, "sendMessage", "getUpdates")
        await fake.wait_for_request("getUpdates", after=polls + 1, timeout=10)
        await tick(app)  # the reminder fails (the sender's retries), retried in a minute
        failed = await ops.metrics()
        assert value(failed, "backtrack_reminder_send_failures_total", reason="gave_up") == 1
        assert value(failed, "backtrack_due_doses") == 2, "waiting for their retry: counted"
        assert value(failed, "backtrack_dependency_up", dependency="telegram") == 0
        assert (await ops.readyz())[0] == 200, "failing, but not yet for long"

        clock.advance(seconds=61)
        status, body = await ops.readyz()
        assert status == 503, body
        assert body["status"] == "fail" and list(body["unreachable"]) == ["telegram"]
        down = body["unreachable"]["telegram"]
        assert down["since"] == due.astimezone(dt.UTC).isoformat()
        assert down["down_seconds"] == 61.0
        assert (await ops.healthz())[0] == 200, "alive: liveness is not readiness"
        during = await ops.metrics()
        assert value(during, "backtrack_dependency_down_seconds", dependency="telegram") == 61
        assert value(during, "backtrack_dependency_up", dependency="database") == 1
        assert value(during, "backtrack_due_doses") == 2

        recover(fake)
        n = len(fake.messages_to(UID))
        await tick(app)  # the retry is due: the reminder goes out
        await fake.wait_for_message(UID, after=n, contains="Time for your")
        assert await ops.readyz() == (
            200,
            {"status": "ok", "unreachable": {}, "threshold_seconds": 60.0},
        )
        after = await ops.metrics()
        assert value(after, "backtrack_due_doses") == 0
        assert value(after, "backtrack_dependency_up", dependency="telegram") == 1


async def test_an_unreachable_database_fails_readiness(clock: FakeClock, sqlite_url: str) -> None:
    """The ops server alone, its sessions on a port nobody listens on."""
    dead = make_sessionmaker(
        create_async_engine(f"postgresql+asyncpg://postgres@127.0.0.1:{free_port()}/nobody")
    )
    port = free_port()
    server = OpsServer(
        dead,
        clock,
        Metrics(clock),
        scheduler_running=lambda: True,
        max_tick_age=75,
        host="127.0.0.1",
        port=port,
    )
    assert await server.start()
    try:
        async with aiohttp.ClientSession() as http:
            ops = Ops(http, port)
            assert (await ops.readyz())[0] == 200, "one failed probe is not an outage"
            clock.advance(seconds=90)
            status, body = await ops.readyz()
            assert status == 503 and list(body["unreachable"]) == ["database"], body
            assert body["unreachable"]["database"]["down_seconds"] == 90.0
            metrics = await ops.metrics()
            assert value(metrics, "backtrack_dependency_up", dependency="database") == 0
            assert value(metrics, "backtrack_dependency_up", dependency="telegram") == 1
            # The database is back.
            server.sessions = make_sessionmaker(create_async_engine(sqlite_url))
            assert (await ops.readyz())[0] == 200
    finally:
        await server.stop()


@pytest.mark.postgres
async def test_postgres_stopped_and_started_under_the_running_bot(
    fake: FakeBotApi, private_pg: PrivatePostgres, clock: FakeClock
) -> None:
    """PostgreSQL shut down under the bot: /readyz 503 naming the database after the
    threshold, /healthz 503 too (its own probe), both 200 once it is started again."""
    port = free_port()
    async with (
        running_bot(fake, private_pg.url, clock, HEALTH_PORT=port, HEALTH_HOST="127.0.0.1") as app,
        aiohttp.ClientSession() as http,
    ):
        ops = Ops(http, port)
        await tick(app)
        assert (await ops.readyz())[0] == 200
        await asyncio.to_thread(private_pg.stop)
        assert (await ops.readyz())[0] == 200, "just started failing"
        clock.advance(seconds=61)
        status, body = await ops.readyz()
        assert status == 503 and list(body["unreachable"]) == ["database"], body
        assert (await ops.healthz())[0] == 503
        await asyncio.to_thread(private_pg.start)
        for _ in range(50):  # a pooled connection the stop killed may fail once more
            if (await ops.readyz())[0] == 200:
                break
            await asyncio.sleep(0.1)
        assert await ops.readyz() == (
            200,
            {"status": "ok", "unreachable": {}, "threshold_seconds": 60.0},
        )
