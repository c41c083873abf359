"""Memory and garbage-collector tuning for a process that is one long-running bot.

Measured at an 08:00 rush (BENCHMARKS.md, "Dispatch"): with CPython's defaults the
collector took ~11 % of the bot's CPU — 7 full collections of ~150 ms each over the
~200k objects that start-up leaves for good (modules, the gazetteer, SQLAlchemy's
caches), and a young collection every 700 allocations. Two standard remedies:

* `gc.freeze()` after start-up, and again once the gazetteer is in: those objects move
  to a permanent generation that collections skip (they live as long as the process);
* a young-generation threshold of 10,000: fewer, still small, collections.

And glibc's heap arenas are capped at two (`limit_malloc_arenas`): each thread that
allocates (aiosqlite runs one per connection, `asyncio.to_thread` more) otherwise gets
an arena of its own, up to eight per core, and their fragments stay. The 24-hour soak
(BENCHMARKS.md) grew 188 → 232 MB with the default and 187 → 212 MB with two.

Only `backtrack run` (and the benchmark that stands for it) asks for this: tests and the
sandbox share their process with other work, where freezing would pin its garbage.
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import gc
import logging
import os

log = logging.getLogger(__name__)

YOUNG_THRESHOLD = 10_000
MALLOC_ARENAS = 2
_M_ARENA_MAX = -8  # glibc's mallopt parameter number (malloc.h)


def limit_malloc_arenas(count: int = MALLOC_ARENAS) -> bool:
    """Cap glibc's heap arenas (call before threads start); False where it cannot
    (another C library, or MALLOC_ARENA_MAX already chosen by the operator)."""
    if "MALLOC_ARENA_MAX" in os.environ:
        return False
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        return bool(libc and libc.mallopt(_M_ARENA_MAX, count))
    except (OSError, AttributeError):  # not glibc: nothing to cap
        return False


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
