"""The health and metrics endpoint of the real bot: /healthz follows the database, the
JobQueue and the dispatcher's last tick (on the test's clock); /metrics is Prometheus
text whose counters follow what the fake Bot API actually saw, and it never names a
person. Each handled update is one INFO line on `bot.updates` with a keyed user hash."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
import socket
from collections.abc import Callable
from typing import Any

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.logsafe import pseudonym_key, user_tag
from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import add, onboard
from tests.integration.test_webhook import free_port

UID = 1001  # onboard() and add() talk as this user
NY = dt.timezone(dt.timedelta(hours=-5))  # EST on 2026-11-25
Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def parse(body: str) -> Samples:
    """Every sample by (name, sorted labels); raises if the text is not valid."""
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(body)
        for s in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


class Ops:
    """HTTP client for the bot's ops port."""

    def __init__(self, http: aiohttp.ClientSession, port: int) -> None:
        self.http = http
        self.base = f"http://127.0.0.1:{port}"

    async def healthz(self) -> tuple[int, dict[str, Any]]:
        async with self.http.get(f"{self.base}/healthz") as resp:
            return resp.status, await resp.json()

    async def readyz(self) -> tuple[int, dict[str, Any]]:
        async with self.http.get(f"{self.base}/readyz") as resp:
            return resp.status, await resp.json()

    async def metrics_text(self) -> str:
        async with self.http.get(f"{self.base}/metrics") as resp:
            assert resp.status == 200
            assert resp.headers["Content-Type"].startswith("text/plain")
            return await resp.text()

    async def metrics(self) -> Samples:
        return parse(await self.metrics_text())

    async def until(self, ok: Callable[[Samples], bool], within: float = 5.0) -> Samples:
        """Scrape until `ok` holds: an update is counted just after its reply went out."""
        deadline = asyncio.get_running_loop().time() + within
        while True:
            samples = await self.metrics()
            if ok(samples) or asyncio.get_running_loop().time() > deadline:
                return samples
            await asyncio.sleep(0.02)


async def test_health_and_metrics(
    fake: FakeBotApi, database_url: str, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.updates")
    port = free_port()
    async with (
        running_bot(fake, database_url, clock, HEALTH_PORT=port, HEALTH_HOST="127.0.0.1") as app,
        aiohttp.ClientSession() as http,
    ):
        ops = Ops(http, port)
        await tick(app)
        status, body = await ops.healthz()
        assert status == 200, body
        assert body == {
            "status": "ok",
            "database": True,
            "scheduler": True,
            "last_tick_age_seconds": 0.0,
        }
        assert await ops.readyz() == (
            200,
            {"status": "ok", "unreachable": {}, "threshold_seconds": 60.0},
        )

        before = await ops.metrics()
        assert value(before, "backtrack_reminders_sent_total", kind="reminder") == 0
        await onboard(fake)
        await add(fake, "ibuprofen 400mg 08:00 20:00")
        handled = await ops.until(
            lambda s: (
                value(s, "backtrack_updates_handled_total", kind="callback", outcome="ok") >= 1
            )
        )
        # /start and /timezone and /add are messages; the check-in time was a button.
        assert value(handled, "backtrack_updates_handled_total", kind="message", outcome="ok") >= 3
        assert value(handled, "backtrack_updates_handled_total", kind="callback", outcome="ok") >= 1

        # Due now but not yet sent: the backlog gauge counts it at scrape time.
        clock.set(dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
        assert value(await ops.metrics(), "backtrack_due_doses") == 1
        n = len(fake.messages_to(UID))
        await tick(app)
        await fake.wait_for_message(UID, after=n, contains="Time for your")
        after = await ops.metrics()
        assert value(after, "backtrack_reminders_sent_total", kind="reminder") == 1
        assert value(after, "backtrack_reminders_sent_late_total") == 0
        assert value(after, "backtrack_due_doses") == 0
        assert value(after, "backtrack_send_seconds_count") >= 1  # one per Bot API call
        assert value(after, "backtrack_last_tick_age_seconds") == 0
        for dependency in ("telegram", "database"):
            assert value(after, "backtrack_dependency_up", dependency=dependency) == 1
            assert value(after, "backtrack_dependency_down_seconds", dependency=dependency) == 0

        # A reply Telegram refuses (400) fails the handler: counted and logged as an error.
        fake.inject_error("sendMessage", error_code=400, description="Bad Request: x", chat_id=UID)
        await fake.send_text(UID, "/help")
        failed = await ops.until(
            lambda s: (
                value(s, "backtrack_updates_handled_total", kind="message", outcome="error") >= 1
            )
        )
        assert value(failed, "backtrack_updates_handled_total", kind="message", outcome="error")

        # The person blocked the bot: the next reminder fails as "blocked".
        fake.block(UID)
        clock.set(dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
        await tick(app)
        blocked = await ops.metrics()
        # Two refusals: the 20:00 reminder, and the 08:00 one redrawn as missed (its cutoff
        # passed while the clock jumped, as if the bot had been down).
        assert value(blocked, "backtrack_reminder_send_failures_total", reason="blocked") == 2
        assert value(blocked, "backtrack_reminders_sent_total", kind="reminder") == 1

        # Nothing about the person anywhere in the scrape or the health answer.
        text = await ops.metrics_text()
        for secret in ("ibuprofen", "Ibuprofen", "/start", "400mg", fake.token):
            assert secret not in text
        # The id as a value of its own, not digits inside a measured float (0.0014307810015…).
        assert not re.search(rf"(?<![\d.]){UID}(?![\d])", text)
        _, health_body = await ops.healthz()
        assert str(UID) not in str(health_body)

        # The clock moves on, the dispatcher does not tick: 503 until it ticks again.
        clock.advance(hours=4)  # threshold: 3 × TICK_SECONDS (3600) + 30 s
        status, body = await ops.healthz()
        assert status == 503, body
        assert body["status"] == "fail" and body["database"] and body["scheduler"]
        assert body["last_tick_age_seconds"] == pytest.approx(4 * 3600)
        assert value(await ops.metrics(), "backtrack_last_tick_age_seconds") == 4 * 3600
        await tick(app)
        status, body = await ops.healthz()
        assert status == 200 and body["last_tick_age_seconds"] == 0

    lines = [r.getMessage() for r in caplog.records if r.name == "bot.updates"]
    tag = user_tag(UID, pseudonym_key(fake.token))
    pattern = re.compile(
        rf"update handled kind=(message|callback) user={tag} ms=\d+ outcome=(ok|error)"
    )
    assert lines and all(pattern.fullmatch(line) for line in lines), lines
    assert any(line.endswith("outcome=error") for line in lines)
    assert not any(str(UID) in line or fake.token in line for line in lines)


async def test_health_fails_without_scheduler_and_port_is_released(
    fake: FakeBotApi, sqlite_url: str, clock: FakeClock
) -> None:
    port = free_port()
    async with (
        running_bot(fake, sqlite_url, clock, HEALTH_PORT=port, HEALTH_HOST="127.0.0.1") as app,
        aiohttp.ClientSession() as http,
    ):
        ops = Ops(http, port)
        await tick(app)
        assert (await ops.healthz())[0] == 200
        assert app.job_queue is not None
        await app.job_queue.stop(wait=True)
        status, body = await ops.healthz()
        assert status == 503 and body["scheduler"] is False and body["database"] is True
    # stop_services closed the listener: the port is free again.
    async with aiohttp.ClientSession() as http:
        with pytest.raises(aiohttp.ClientConnectionError):
            await Ops(http, port).healthz()


async def test_taken_port_is_logged_and_the_bot_still_answers(
    fake: FakeBotApi, sqlite_url: str, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        async with running_bot(fake, sqlite_url, clock, HEALTH_PORT=port, HEALTH_HOST="127.0.0.1"):
            assert any(
                r.levelno == logging.ERROR and "HEALTH_PORT" in r.getMessage()
                for r in caplog.records
            )
            await fake.send_text(UID, "/start")
            assert await fake.wait_for_message(UID, contains="not a doctor") is not None
