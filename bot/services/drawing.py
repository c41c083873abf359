"""Charts and PDFs are drawn in a child process, one at a time.

Drawing in the bot's own process left its memory behind: matplotlib and fpdf (~65 MB)
loaded on the first chart, and each burst of weekly summaries raised the heap's
high-water mark for good (the 24-hour soak: +44 % with one drawing thread and a
collection after each chart, +107 % before). In a child the bot's memory stays flat,
the drawing runs on the second core instead of stalling the event loop's, and the
child is replaced after `DRAWINGS_PER_CHILD` drawings, so its own growth is bounded.
One child draws one thing at a time: pyplot's global state is not thread-safe, and
the bot never needs two charts faster than one core draws them.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import gc
import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from bot.domain.summary import Summary

T = TypeVar("T")

#: Drawings before the child is replaced (a fresh one costs ~1 s of start-up).
DRAWINGS_PER_CHILD = 200

log = logging.getLogger(__name__)


def _drawn(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`fn(...)`, then a collection: a drawing leaves reference cycles holding its canvas
    (+76 MB over 120 charts without it, +13 MB with it; benchmarks/chart_memory.py)."""
    try:
        return fn(*args, **kwargs)
    finally:
        gc.collect()


class Drawer:
    """The child process that draws; started on the first drawing, restarted if it dies."""

    def __init__(self, per_child: int = DRAWINGS_PER_CHILD) -> None:
        self.per_child = per_child
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn, not fork: forking a process with a running event loop and threads
            # copies locks held by other threads.
            self._pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                max_tasks_per_child=self.per_child,
            )
        return self._pool

    async def draw(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`fn(*args, **kwargs)` in the child (`fn` and its arguments must pickle)."""
        call = functools.partial(_drawn, fn, *args, **kwargs)
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor(), call)
        except BrokenProcessPool:
            # The child died (killed, out of memory): one new child, one more try.
            log.warning("drawing process died; starting a new one")
            self.close()
            return await loop.run_in_executor(self._executor(), call)

    def close(self) -> None:
        """Stop the child (a later drawing starts a new one)."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


#: The process-wide drawer.
DRAWER = Drawer()


def _chart(summary: Summary, title: str) -> bytes:
    # Imported in the child: matplotlib never loads in the bot's own process.
    from bot.reports.chart import render_chart

    return render_chart(summary, title=title)


def _pdf(summary: Summary, patient_label: str, generated_at: dt.datetime) -> bytes:
    from bot.reports.pdf import render_pdf

    return render_pdf(summary, patient_label=patient_label, generated_at=generated_at)


async def chart(summary: Summary, *, title: str) -> bytes:
    """The summary's chart as PNG bytes, drawn in the child."""
    return await DRAWER.draw(_chart, summary, title)


async def pdf(summary: Summary, *, patient_label: str, generated_at: dt.datetime) -> bytes:
    """The clinician report as PDF bytes, drawn in the child."""
    return await DRAWER.draw(_pdf, summary, patient_label, generated_at)
