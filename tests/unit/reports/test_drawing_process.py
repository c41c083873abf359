"""Charts and PDFs are drawn in one child process, one at a time, never in the bot's
own process (whose memory must stay flat); a child that dies is replaced."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time

from bot.services.drawing import Drawer


def where(n: int) -> tuple[int, int, float, float]:
    """Drawn in the child: its pid, `n`, and when it ran."""
    started = time.monotonic()
    time.sleep(0.02)
    return os.getpid(), n, started, time.monotonic()


async def test_one_child_draws_one_thing_at_a_time() -> None:
    drawer = Drawer()
    try:
        results = await asyncio.gather(*(drawer.draw(where, n) for n in range(10)))
    finally:
        drawer.close()
    pids = {pid for pid, *_ in results}
    assert len(pids) == 1 and os.getpid() not in pids
    assert [n for _, n, *_ in results] == list(range(10))
    spans = sorted((start, end) for *_, start, end in results)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))


async def test_a_dead_child_is_replaced() -> None:
    drawer = Drawer()
    try:
        pid, *_ = await drawer.draw(where, 1)
        os.kill(pid, signal.SIGKILL)
        await asyncio.sleep(0.2)
        again, *_ = await drawer.draw(where, 2)
        assert again != pid
    finally:
        drawer.close()


async def test_the_child_is_recycled() -> None:
    drawer = Drawer(per_child=2)
    try:
        pids = [(await drawer.draw(where, n))[0] for n in range(4)]
    finally:
        drawer.close()
    assert pids[0] == pids[1] != pids[2] == pids[3]


CHART_HERE = """
import asyncio, datetime as dt, sys
from bot.domain.records import History
from bot.domain.summary import weekly_summary
from bot.services import drawing
now = dt.datetime(2026, 11, 25, 18, 0, tzinfo=dt.UTC)
summary = weekly_summary(History(zone="Europe/London"), end_date=now.date(), days=7, now=now)
png = asyncio.run(drawing.chart(summary, title="Pain and doses"))
drawing.DRAWER.close()
print(png[:4] == b"\\x89PNG", "matplotlib" in sys.modules)
"""


def test_a_real_chart_never_loads_matplotlib_in_the_bot() -> None:
    out = subprocess.run(
        [sys.executable, "-c", CHART_HERE], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.split() == ["True", "False"], out.stderr
