"""Look-up speed of the two knowledge indexes people hit while typing.

Run from the repository root:

    .venv/bin/python benchmarks/lookup_bench.py

Prints: the city gazetteer's build time (in its child process, as at start-up) and
per-query time of /timezone look-ups; medication-name resolution per call, cached
(a name seen before) and uncached (a new misspelling, fuzzy matched).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.knowledge import places, resolve_name  # noqa: E402

ZONE_QUERIES = ["berlin", "Europe/Berlin", "UTC+2", "new york", "germany", "CET", "münchen"]
DRUG_NAMES = ["tylenol", "ibuprofin", "norco 10/325", "xyzzy", "pain", "lidocane patch"]


def _per_call_us(samples: list[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * len(ordered)) - 1)]
    return f"mean {1e6 * statistics.fmean(samples):.1f} µs, p99 {1e6 * p99:.1f} µs"


def main() -> None:
    """Measure and print."""
    places._built_gazetteer.cache_clear()
    started = time.perf_counter()
    places.preload()
    print(f"gazetteer build      {time.perf_counter() - started:.2f} s (child process)")

    samples = []
    for _ in range(200):
        for q in ZONE_QUERIES:
            t = time.perf_counter()
            places.resolve_zone(q)
            samples.append(time.perf_counter() - t)
    print(f"/timezone look-up    {_per_call_us(samples)} ({len(samples):,} calls)")

    for name in DRUG_NAMES:  # warm the cache
        resolve_name(name)
    samples = []
    for i in range(20_000):
        t = time.perf_counter()
        resolve_name(DRUG_NAMES[i % len(DRUG_NAMES)])
        samples.append(time.perf_counter() - t)
    print(f"drug name, cached    {_per_call_us(samples)} ({len(samples):,} calls)")

    samples = []
    for i in range(1_000):
        t = time.perf_counter()
        resolve_name(f"gabapentinx{i}")  # distinct: never cached
        samples.append(time.perf_counter() - t)
    print(f"drug name, uncached  {_per_call_us(samples)} ({len(samples):,} calls)")


if __name__ == "__main__":
    main()
