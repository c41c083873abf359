"""Garbage-collector tuning for a process that is one long-running bot.

Measured at an 08:00 rush (BENCHMARKS.md, "Dispatch"): with CPython's defaults the
collector took ~11 % of the bot's CPU — 7 full collections of ~150 ms each over the
~200k objects that start-up leaves for good (modules, the gazetteer, SQLAlchemy's
caches), and a young collection every 700 allocations. Two standard remedies:

* `gc.freeze()` after start-up, and again once the gazetteer is in: those objects move
  to a permanent generation that collections skip (they live as long as the process);
* a young-generation threshold of 10,000: fewer, still small, collections.

Only `backtrack run` (and the benchmark that stands for it) asks for this: tests and the
sandbox share their process with other work, where freezing would pin its garbage.
"""

from __future__ import annotations

import asyncio
import gc
import logging

log = logging.getLogger(__name__)

YOUNG_THRESHOLD = 10_000


def tune_collector() -> None:
    """Collect the youngest generation every YOUNG_THRESHOLD net allocations, not 700."""
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, older, oldest)


def freeze() -> int:
    """Collect what start-up threw away, then freeze what is left; returns the number
    of objects frozen so far (`gc.freeze` is cumulative)."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()


async def freeze_after(startup: asyncio.Task[None] | None) -> int:
    """Once `startup` (e.g. the gazetteer preload) is over, however it ended, freeze
    again so what it built is frozen too; returns the number of objects frozen."""
    if startup is not None:
        await asyncio.wait([startup], timeout=None)
    frozen = freeze()
    log.info("start-up heap frozen: %d objects; young collections every %d allocations",
             frozen, gc.get_threshold()[0])  # fmt: skip
    return frozen
