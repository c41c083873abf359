"""Parser throughput and latency on one core, over the shared dev corpus.

Run from the repository root:

    .venv/bin/python benchmarks/parse_bench.py [--rounds N] [--cold]

Prints messages/s and p50/p99 per-message latency in milliseconds. ``--cold`` clears
the medication-name cache before every message, the worst case for a new user.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.parsing.parser import parse, to_json  # noqa: E402
from bot.parsing.vocabulary import resolve_name  # noqa: E402

CORPUS = (REPO / ".." / "shared" / "corpus" / "replies-dev.jsonl").resolve()


def _load() -> list[tuple[str, list[str], datetime, ZoneInfo]]:
    rows: list[dict[str, Any]] = [
        json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line
    ]
    return [
        (r["text"], r["meds"], datetime.fromisoformat(r["now"]), ZoneInfo(r["tz"])) for r in rows
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=200, help="passes over the corpus")
    ap.add_argument("--cold", action="store_true", help="clear the name cache per message")
    args = ap.parse_args()
    if not CORPUS.is_file():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 2
    cases = _load()
    for text, meds, now, zone in cases:  # warm-up: imports, regex caches
        to_json(parse(text, meds, now, zone))
    latencies: list[float] = []
    clock = time.perf_counter
    start = clock()
    for _ in range(args.rounds):
        for text, meds, now, zone in cases:
            if args.cold:
                resolve_name.cache_clear()
            t0 = clock()
            to_json(parse(text, meds, now, zone))
            latencies.append(clock() - t0)
    total = clock() - start
    latencies.sort()
    n = len(latencies)
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[min(n - 1, int(n * 0.99))] * 1000
    print(f"messages:   {n} ({len(cases)} corpus lines x {args.rounds} rounds)")
    print(f"throughput: {n / total:,.0f} msg/s (one core, parse + to_json)")
    print(f"latency:    p50 {p50:.3f} ms, p99 {p99:.3f} ms, max {latencies[-1] * 1000:.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
