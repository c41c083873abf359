"""Chart memory probe: what rendering many weekly-summary charts does to a process's RSS.

The soak (benchmarks/soak.py) saw the bot's RSS jump by ~440 MB when 200 people's
weekly summaries fell due in one tick. The bot renders each chart with
`asyncio.to_thread(render_chart, ...)` (bot/services/summaries.py `weekly`), i.e. on the
default executor's threads, several at once. This probe renders `--charts` charts of
summary_bench.py's year of data, either one after another on one thread or all
submitted at once through `asyncio.to_thread`, and prints RSS (VmRSS) before the import,
after it, after the renders and after `gc.collect()`, and CPU ms per chart.

    .venv/bin/python benchmarks/chart_memory.py --mode threads --charts 200
    .venv/bin/python benchmarks/chart_memory.py --mode serial --charts 200
    MALLOC_ARENA_MAX=2 .venv/bin/python benchmarks/chart_memory.py --mode threads
    .venv/bin/python benchmarks/chart_memory.py --mode threads --charts 60 --tuned
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import floodkit, summary_bench  # noqa: E402


def rss_mb() -> float:
    return floodkit.rss_kb(os.getpid()) / 1024


def summaries(n: int) -> list[Any]:
    """`n` weekly summaries of summary_bench's year (different weeks)."""
    from bot.domain.summary import weekly_summary

    history = summary_bench.build_history()
    sundays = [summary_bench.FIRST + dt.timedelta(days=6 + 7 * k) for k in range(2, 50)]
    out = []
    for i in range(n):
        end = sundays[i % len(sundays)]
        now = dt.datetime.combine(end, dt.time(18), tzinfo=summary_bench.ZONE).astimezone(dt.UTC)
        out.append(weekly_summary(history, end_date=end, now=now))
    return out


async def render_all(items: list[Any], mode: str) -> None:
    from bot.reports.chart import render_chart

    if mode == "serial":
        for s in items:
            render_chart(s, title="Pain and doses")
        return
    await asyncio.gather(
        *(asyncio.to_thread(render_chart, s, title="Pain and doses") for s in items)
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--mode", choices=("threads", "serial"), default="threads")
    p.add_argument("--charts", type=int, default=200)
    p.add_argument("--tuned", action="store_true", help="the bot's GC tuning (bot.runtime)")
    args = p.parse_args()
    items = summaries(args.charts)
    if args.tuned:
        from bot import runtime

        runtime.tune_collector()
        runtime.freeze()
    marks = [("before import", rss_mb())]
    import bot.reports.chart  # noqa: F401

    marks.append(("after import", rss_mb()))
    cpu, wall = time.process_time(), time.perf_counter()
    asyncio.run(render_all(items, args.mode))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    marks.append((f"after {args.charts} charts", rss_mb()))
    gc.collect()
    marks.append(("after gc.collect()", rss_mb()))
    arena = os.environ.get("MALLOC_ARENA_MAX", "unset")
    print(
        f"== chart memory: {args.charts} charts, {args.mode}, MALLOC_ARENA_MAX={arena}, "
        f"GC {'tuned as the bot' if args.tuned else 'defaults'}, "
        f"load {floodkit.load_average()}"
    )
    print("RSS (MB)   " + ", ".join(f"{k} {v:.0f}" for k, v in marks))
    print(f"time       {wall:.1f} s wall, {1000 * cpu / args.charts:.0f} ms CPU per chart")


if __name__ == "__main__":
    main()
