"""Reachability (what /readyz reads), the reply retry policy and its one loop, `deliver`:
windows, back-off, 429 waits, the per-update budget, drops counted and logged bare."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

import pytest

from bot.ops.health import Readiness
from bot.ops.metrics import Metrics
from bot.ops.reachability import READY_THRESHOLD, Reachability
from bot.telegram.aiohttp_request import (
    CALLBACK_ANSWER_WINDOW,
    ReplyRetry,
    Transient,
    deliver,
    own_retries,
)
from tests.conftest import FakeClock

T0 = dt.datetime(2026, 11, 25, 6, 0, tzinfo=dt.UTC)


def sample(m: Metrics, name: str, **labels: str) -> float | None:
    return m.registry.get_sample_value(name, labels)


# ---------------------------------------------------------------- reachability


def test_down_runs_from_the_first_failure_after_the_last_success() -> None:
    clock = FakeClock(T0)
    reach = Reachability(clock)
    assert reach.outage("telegram", T0) is None, "no call yet: nothing says it is down"
    reach.ok("telegram")
    clock.advance(seconds=5)
    reach.failed("telegram")
    clock.advance(seconds=30)
    reach.failed("telegram")  # a later failure does not move the start
    outage = reach.outage("telegram", clock.now())
    assert outage is not None
    assert outage.since == T0 + dt.timedelta(seconds=5) and outage.down_for == 30
    assert outage.last_ok == T0
    assert reach.unreachable(clock.now()) == [], "30 s is a blip, not an outage"
    clock.advance(seconds=31)
    [down] = reach.unreachable(clock.now())
    assert down.dependency == "telegram" and down.down_for == 61
    assert down.as_json() == {
        "since": "2026-11-25T06:00:05+00:00",
        "down_seconds": 61.0,
        "last_ok": "2026-11-25T06:00:00+00:00",
    }
    assert reach.outage("database", clock.now()) is None, "dependencies are apart"
    reach.ok("telegram")  # one answer ends it
    assert reach.unreachable(clock.now()) == []


def test_readiness_verdict_and_body() -> None:
    clock = FakeClock(T0)
    reach = Reachability(clock)
    reach.failed("database")
    clock.advance(minutes=2)
    verdict = Readiness(reach.unreachable(clock.now()), READY_THRESHOLD)
    assert not verdict.ok
    body = verdict.as_json()
    assert body["status"] == "fail" and body["threshold_seconds"] == 60.0
    assert body["unreachable"] == {
        "database": {"since": T0.isoformat(), "down_seconds": 120.0, "last_ok": None}
    }
    assert Readiness([], READY_THRESHOLD).as_json() == {
        "status": "ok",
        "unreachable": {},
        "threshold_seconds": 60.0,
    }


def test_dependency_gauges_and_ticks_count_as_database_answers() -> None:
    clock = FakeClock(T0)
    m = Metrics(clock)
    m.reach.failed("telegram")
    m.reach.failed("database")
    m.tick_seen(T0)  # a claim committed: the database answered
    m.observe_dependencies(T0 + dt.timedelta(seconds=42))
    assert sample(m, "backtrack_dependency_up", dependency="telegram") == 0
    assert sample(m, "backtrack_dependency_down_seconds", dependency="telegram") == 42
    assert sample(m, "backtrack_dependency_up", dependency="database") == 1
    assert sample(m, "backtrack_dependency_down_seconds", dependency="database") == 0


# ---------------------------------------------------------------- the policy


def test_reply_windows_per_method() -> None:
    policy = ReplyRetry.within(240)
    assert policy.max_delay == 30
    for method in ("sendMessage", "editMessageText", "editMessageReplyMarkup", "sendPhoto"):
        assert policy.window_of(method) == 240
    assert policy.window_of("answerCallbackQuery") == CALLBACK_ANSWER_WINDOW
    for method in ("getUpdates", "getMe", "setMyCommands", "sendChatAction"):
        assert policy.window_of(method) == 0, method
    assert ReplyRetry.within(4).max_delay == 0.5, "a short window still gets several tries"


def test_backoff_doubles_with_jitter_up_to_the_cap() -> None:
    policy = ReplyRetry(window=240, first_delay=0.5, max_delay=30)
    for retry, cap in [(0, 0.5), (1, 1.0), (2, 2.0), (5, 16.0), (6, 30.0), (60, 30.0)]:
        waits = [policy.backoff(retry) for _ in range(200)]
        assert all(cap / 2 <= w <= cap for w in waits), (retry, min(waits), max(waits))
        assert max(waits) - min(waits) > cap / 10, "jittered"


# ---------------------------------------------------------------- deliver

FAST = ReplyRetry(window=0.6, first_delay=0.02, max_delay=0.05)


class Flaky:
    """Fails `failures` times with Transient (optionally a 429 wait), then answers."""

    def __init__(self, failures: int, wait: float = 0.0) -> None:
        self.failures = failures
        self.wait = wait
        self.calls = 0

    async def __call__(self) -> str:
        self.calls += 1
        if self.calls <= self.failures:
            raise Transient(ConnectionError("down"), self.wait)
        return "sent"


async def test_deliver_retries_until_it_gets_through() -> None:
    m = Metrics()
    flaky = Flaky(3)
    assert await deliver(FAST, "sendMessage", flaky, m) == "sent"
    assert flaky.calls == 4
    assert sample(m, "backtrack_reply_retries_total", method="sendMessage") == 3
    assert sample(m, "backtrack_replies_dropped_total", method="sendMessage") == 0


async def test_deliver_drops_after_the_window_counted_and_logged_bare(
    caplog: pytest.LogCaptureFixture,
) -> None:
    m = Metrics()
    flaky = Flaky(10**6)
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(ConnectionError):
        await deliver(FAST, "editMessageText", flaky, m)
    assert 0.55 <= loop.time() - started < 1.5, "tried for the window, then gave up"
    assert flaky.calls > 5
    assert sample(m, "backtrack_replies_dropped_total", method="editMessageText") == 1
    [line] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert line.getMessage().startswith("reply dropped: Telegram did not take editMessageText")


async def test_a_429_is_waited_out_and_one_past_the_window_drops_at_once() -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    flaky = Flaky(1, wait=0.3)
    assert await deliver(FAST, "sendMessage", flaky) == "sent"
    assert loop.time() - started >= 0.3, "retry_after honoured"
    started = loop.time()
    with pytest.raises(ConnectionError):
        await deliver(FAST, "sendMessage", Flaky(1, wait=30))
    assert loop.time() - started < 0.1, "a wait longer than the window is not slept through"


async def test_one_update_gets_one_window_however_many_replies_fail() -> None:
    """After a reply was dropped, the next one of the same update (the error handler's
    apology) gets one try, not a second window; a new update starts afresh."""
    m = Metrics()

    async def update() -> tuple[int, float]:
        loop = asyncio.get_running_loop()
        with pytest.raises(ConnectionError):
            await deliver(FAST, "sendMessage", Flaky(10**6), m)
        apology = Flaky(10**6)
        started = loop.time()
        with pytest.raises(ConnectionError):
            await deliver(FAST, "sendMessage", apology, m)
        return apology.calls, loop.time() - started

    calls, took = await asyncio.create_task(update())
    assert calls == 1 and took < 0.05
    assert sample(m, "backtrack_replies_dropped_total", method="sendMessage") == 2
    # Another update (its own task): a full window again, and it gets through.
    flaky = Flaky(3)
    assert await asyncio.create_task(deliver(FAST, "sendMessage", flaky, m)) == "sent"


async def test_a_delivered_reply_resets_the_budget() -> None:
    async def update() -> None:
        assert await deliver(FAST, "sendMessage", Flaky(2)) == "sent"
        await asyncio.sleep(FAST.window)  # past the first failure's window
        assert await deliver(FAST, "sendMessage", Flaky(2)) == "sent"

    await asyncio.create_task(update())


def test_own_retries_is_scoped() -> None:
    from bot.telegram import aiohttp_request

    assert not aiohttp_request._OWN_RETRIES.get()
    with own_retries():
        assert aiohttp_request._OWN_RETRIES.get()
    assert not aiohttp_request._OWN_RETRIES.get()
