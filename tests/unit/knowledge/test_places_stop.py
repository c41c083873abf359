"""A bot that stops does not wait for the city index being built: the build is dropped."""

from __future__ import annotations

import functools
import threading
import time

import pytest

from bot.knowledge import places


def test_a_build_under_way_is_dropped_when_the_bot_stops(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A cache of its own: the index this test process already holds stays as it is.
    fresh = functools.cache(places._built_gazetteer.__wrapped__)
    monkeypatch.setattr(places, "_built_gazetteer", fresh)
    outcome: list[str] = []

    def build() -> None:
        try:
            places.preload()
            outcome.append("built")
        except places.BuildAbandoned:
            outcome.append("abandoned")

    builder = threading.Thread(target=build)
    builder.start()
    deadline = time.monotonic() + 30
    # Until the child is building (its process started and working a moment).
    while time.monotonic() < deadline and not any(
        getattr(pool, "_processes", None) for pool in places._BUILDERS
    ):
        time.sleep(0.01)
    time.sleep(0.3)
    assert not outcome, "built before it could be stopped: the test proves nothing"
    stopped = time.monotonic()
    places.abandon_build()
    builder.join(10)
    assert outcome == ["abandoned"]
    assert time.monotonic() - stopped < 2.0  # the build takes seconds: not waited for
    assert fresh.cache_info().currsize == 0  # nothing was built here instead


def test_a_preload_that_had_not_started_when_the_bot_stopped_does_not_build(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The stop CI once waited 30 s for: the abandon came before the build's child was
    registered, so nothing was there to kill and the build ran on."""
    fresh = functools.cache(places._built_gazetteer.__wrapped__)
    monkeypatch.setattr(places, "_built_gazetteer", fresh)
    started_under = places.stops()
    places.abandon_build()
    began = time.monotonic()
    with pytest.raises(places.BuildAbandoned):
        places.preload(started_under)
    assert time.monotonic() - began < 1.0
    assert fresh.cache_info().currsize == 0


def test_a_lookup_after_a_stop_in_the_same_process_still_builds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []

    def built() -> object:
        calls.append(1)
        return object()

    monkeypatch.setattr(places, "_built_gazetteer", functools.cache(built))
    places.abandon_build()
    assert places._gazetteer() is places._gazetteer()  # a lookup carries no stop count
    assert calls == [1]


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


def test_a_child_killed_mid_result_does_not_leave_the_pool_thread_reading() -> None:
    # CI saw the bot's exit hang: the builder child was killed while sending its result,
    # and the pool's thread waited for the rest of that message for ever.
    import multiprocessing
    import os
    import struct
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    pool.submit(_sleep, 30)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not pool._processes:  # type: ignore[attr-defined]
        time.sleep(0.01)
    manager = pool._executor_manager_thread  # type: ignore[attr-defined]
    assert manager is not None and manager.is_alive()
    # Half a message on the result pipe, as a child killed mid-send leaves it.
    writer = pool._result_queue._writer  # type: ignore[attr-defined]
    os.write(writer.fileno(), struct.pack("!i", 1000) + b"x" * 10)
    time.sleep(0.3)  # the pool's thread is now reading the rest
    places._stop_builder(pool)
    manager.join(timeout=10)
    assert not manager.is_alive(), "the pool's thread still waits for the rest"
