"""bot.runtime: the collector tuning `backtrack run` applies (its log line is checked by
tests/integration/test_log_privacy.py, which runs the real process)."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator

import pytest

from bot import runtime


@pytest.fixture
def restore_gc() -> Iterator[None]:
    threshold = gc.get_threshold()
    yield
    gc.set_threshold(*threshold)
    gc.unfreeze()


def test_tune_collector_raises_only_the_young_threshold(restore_gc: None) -> None:
    gc.set_threshold(700, 11, 12)
    runtime.tune_collector()
    assert gc.get_threshold() == (runtime.YOUNG_THRESHOLD, 11, 12)


async def test_freeze_waits_for_startup_then_freezes(restore_gc: None) -> None:
    gate = asyncio.Event()

    async def startup() -> None:
        await gate.wait()

    task = asyncio.create_task(startup())
    freezing = asyncio.create_task(runtime.freeze_after(task))
    await asyncio.sleep(0.05)
    assert not freezing.done(), "must not freeze before start-up work is done"
    gate.set()
    frozen = await asyncio.wait_for(freezing, 10)
    assert frozen > 0 and gc.get_freeze_count() > 0


def test_freeze_collects_then_freezes(restore_gc: None) -> None:
    assert runtime.freeze() == gc.get_freeze_count() > 0


def test_malloc_arenas_capped_in_a_process_of_its_own() -> None:
    """Capped where glibc is (here), left alone when the operator chose a number."""
    import os
    import subprocess
    import sys

    code = "from bot import runtime; print(runtime.limit_malloc_arenas())"
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    capped = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert capped.stdout.strip() == "True", capped.stderr
    chosen = subprocess.run(
        [sys.executable, "-c", code],
        env={**env, "MALLOC_ARENA_MAX": "4"},
        capture_output=True,
        text=True,
    )
    assert chosen.stdout.strip() == "False", chosen.stderr
