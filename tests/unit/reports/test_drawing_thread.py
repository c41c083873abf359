"""Charts and PDFs are drawn one at a time on one thread: pyplot's global state is not
thread-safe, and concurrent drawing threads each keep a malloc arena (memory that
stays after a burst of weekly summaries)."""

from __future__ import annotations

import asyncio
import threading
import time

from bot.services import summaries


async def test_draws_one_at_a_time_on_one_thread() -> None:
    busy = 0
    most = 0
    threads: set[str] = set()
    lock = threading.Lock()

    def draw(n: int) -> int:
        nonlocal busy, most
        with lock:
            busy += 1
            most = max(most, busy)
            threads.add(threading.current_thread().name)
        time.sleep(0.01)
        with lock:
            busy -= 1
        return n

    results = await asyncio.gather(*(summaries._draw(draw, n) for n in range(20)))
    assert results == list(range(20))
    assert most == 1
    assert len(threads) == 1 and next(iter(threads)).startswith("drawing")
