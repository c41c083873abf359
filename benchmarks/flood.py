"""Flood: 500 people × 20 messages in 10 s while 1,000 reminders fall due.

What it does (see BENCHMARKS.md, "Floods, head-of-line and soak"):

1. Seeds 1,111 users with dispatch.py's rows: 1,000 of them due at one instant D
   (Berlin/Paris/Warsaw/Lagos 08:00, three doses in one grouped message each), 111 in
   London / New York, not due.
2. The texting users are 500 of the *due* users (they overlap: the people who just got
   their 08:00 reminder write about it, which is the harder case: their texts match
   and settle doses the dispatcher has in flight).
3. Runs the real bot (`dispatch.run_bot`: BenchClock at D - 5 s until the first tick,
   then real time; `build_application` + `start_services`, long polling) against a fake
   Bot API that answers every call 0.2 s late (getUpdates included).
4. When the first reminder reaches the fake, each texter sends 20 messages at random
   moments over the next 10 s (the mix "pain 6", "took 2 advil", "slept badly",
   "/help", "took my gabapentin", drawn at random). Replies are matched to the exact
   message by `floodkit.tag_replies`.
5. The same run is first made without texters (the burst alone) for the reminders'
   lateness, and the bot is kept running 60 s after the last reply for its RSS.

    .venv/bin/python benchmarks/flood.py --db sqlite
    .venv/bin/python benchmarks/flood.py --db postgres      # a `bench_flood` database
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import dispatch, floodkit, rush_replies  # noqa: E402

USERS = 1_111  # dispatch.zone_of: 1,000 of them due at D
GIVE_UP = 60.0  # settle anyway if nothing happens for this long


class FloodApi(floodkit.SlowApi):
    """Reminders noted as dispatch.py's fake does; the texters start with the burst."""

    def __init__(self, args: argparse.Namespace) -> None:
        super().__init__(args.api_delay)
        self.args = args
        self.rng = random.Random(args.seed)
        due = [u for u in range(1, USERS + 1) if u % 10 != 0]
        self.texters = self.rng.sample(due, args.texters)
        self.arrivals: list[tuple[int, float]] = []
        self.flood_start = 0.0
        self.flood_end = 0.0

    def on_sent(self, params: dict[str, Any], result: dict[str, Any]) -> None:
        if "Time for your" not in str(params.get("text", "")):
            return
        self.arrivals.append((int(params["chat_id"]), time.time()))
        self.last_event = max(self.last_event, time.time())
        if not self.flood_start and self.texters:
            self.flood_start = time.time()
            self._plan()

    def _plan(self) -> None:
        loop = asyncio.get_running_loop()
        a = self.args
        last = 0.0
        for uid in self.texters:
            for _ in range(a.per_user):
                at = self.rng.uniform(0.0, a.seconds)
                text = self.rng.choice(floodkit.TEXT_MIX)
                last = max(last, at)
                loop.call_later(at, lambda u=uid, t=text: loop.create_task(self.inject(u, t, "t")))
        self.flood_end = self.flood_start + last

    def settled(self) -> bool:
        now = time.time()
        if len(self.arrivals) < self.args.expect:
            return False
        planned = self.args.texters * self.args.per_user
        if len(self.injected) < planned:
            return False
        everyone = all(self.answered(ref) for ref in self.injected)
        quiet = now - self.last_event
        return (everyone and quiet > self.args.hold) or quiet > max(GIVE_UP, self.args.hold)

    async def _m_benchstats(self, params: dict[str, Any]) -> dict[str, Any]:
        shown = (
            len(self.arrivals) if self.settled() else min(len(self.arrivals), self.args.expect - 1)
        )
        return {"reminders": shown, "messages": len(self.arrivals)}

    async def _m_benchdump(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.dump() | {
            "arrivals": self.arrivals,
            "flood_start": self.flood_start,
            "flood_end": self.flood_end,
        }


async def run_bot(args: argparse.Namespace) -> None:
    floodkit.tag_replies()
    await dispatch.run_bot(args)
    print(json.dumps({"handled": floodkit.HANDLED, "exit": memory_at_exit()}), flush=True)


def memory_at_exit() -> dict[str, float]:
    """After the bot has stopped: RSS, then after a full collection, then after glibc's
    malloc_trim - how much of the growth is garbage, and how much freed-but-kept heap."""
    import ctypes
    import gc
    import os

    def mb() -> float:
        return floodkit.rss_kb(os.getpid()) / 1024

    out = {"rss": mb(), "unreachable": float(gc.collect())}
    out["after_gc"] = mb()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
        out["after_trim"] = mb()
    except OSError:
        out["after_trim"] = float("nan")
    return out


def one_run(args: argparse.Namespace, texters: int, hold: float) -> dict[str, Any]:
    """Seed afresh and run once; the orchestrator's view of it."""
    rush_replies.SQLITE_PATH = Path("/tmp/backtrack-bench/flood.db")
    rush_replies.PG_DB = "bench_flood"
    url = rush_replies.seed(args.db, USERS)
    expect = dispatch.due_users(USERS)
    me = [sys.executable, __file__]
    opts = ["--texters", str(texters), "--per-user", str(args.per_user), "--hold", str(hold)]
    opts += ["--seconds", str(args.seconds), "--api-delay", str(args.api_delay)]
    opts += ["--seed", str(args.seed), "--expect", str(expect)]
    load = floodkit.load_average()
    res = floodkit.run_pair(
        [*me, "--role", "fake", *opts],
        [
            *me,
            "--role",
            "bot",
            "--url",
            url,
            "--rate",
            "0",
            "--expect",
            str(expect),
            "--timeout",
            str(args.timeout),
        ],
    )
    res["load"] = load
    res["load_after"] = floodkit.load_average()
    res["result"] = next(x for x in res["bot"] if "ready_at" in x)
    res["handled"] = next(x for x in res["bot"] if "handled" in x)["handled"]
    res["exit"] = next(x for x in res["bot"] if "handled" in x)["exit"]
    return res


def lateness(res: dict[str, Any]) -> list[float]:
    due_real = res["result"]["ready_at"] + dispatch.LEAD
    first: dict[int, float] = {}
    for chat, at in res["dump"]["arrivals"]:
        first.setdefault(int(chat), float(at))
    return [at - due_real for at in first.values()]


def replies(res: dict[str, Any]) -> tuple[list[float], int, list[float], list[float]]:
    """Reply latencies, unanswered count, fetch waits and handler-start waits."""
    dump = res["dump"]
    lat, fetch, turn, unanswered = [], [], [], 0
    for ref, (_chat, _role, _text, at) in dump["injected"].items():
        got = dump["replies"].get(ref)
        if not got:
            unanswered += 1
            continue
        lat.append(min(float(r[1]) for r in got) - at)
        if ref in dump["fetched"]:
            fetch.append(dump["fetched"][ref] - at)
            marks = res["handled"].get(ref)
            if marks:
                turn.append(marks[0] - dump["fetched"][ref])
    return lat, unanswered, fetch, turn


def rss_figures(res: dict[str, Any]) -> dict[str, float]:
    """RSS (MB) before the flood, at its peak, and 30-60 s after the last reply."""
    samples = res["rss"]
    dump = res["dump"]
    start = dump["flood_start"] or (res["result"]["ready_at"] + dispatch.LEAD)
    last_reply = max((float(r[1]) for v in dump["replies"].values() for r in v), default=start)
    before = [kb for t, kb in samples if t < start]
    after = [kb for t, kb in samples if last_reply + 30 <= t <= last_reply + 60]
    return {
        "before": before[-1] / 1024 if before else float("nan"),
        "peak": max(kb for _, kb in samples) / 1024,
        "after": after[-1] / 1024 if after else float("nan"),
        "after_min": min(after) / 1024 if after else float("nan"),
        "after_window": (after and (samples[-1][0] - last_reply)) or 0.0,
        "drain": last_reply - start,
    }


def report(args: argparse.Namespace, base: dict[str, Any], flood: dict[str, Any]) -> None:
    late0, late1 = lateness(base), lateness(flood)
    lat, unanswered, fetch, turn = replies(flood)
    rss = rss_figures(flood)
    n = args.texters * args.per_user
    p99 = floodkit.pct(lat, 0.99)
    print(
        f"== flood: {args.texters} texters x {args.per_user} in {args.seconds:g} s + "
        f"{dispatch.due_users(USERS):,} reminders, {args.db}, API delay {args.api_delay:g} s"
    )
    print(
        f"load average          burst alone {base['load']}; flood {flood['load']} "
        f"-> {flood['load_after']}"
    )
    print(
        f"messages answered     {len(lat):,} of {n:,} (unanswered {unanswered}); "
        f"untagged sends {flood['dump']['untagged']}"
    )
    print(
        f"reply latency         {floodkit.fmt(lat)}  (target p99 < 5 s: "
        f"{'met' if p99 < 5 else f'NOT met, {p99 / 5:.1f}x'})"
    )
    print(f"  queued -> fetched   {floodkit.fmt(fetch)}")
    print(f"  fetched -> handler  {floodkit.fmt(turn)}")
    spans = [
        m[1] - m[0] for ref, m in flood["handled"].items() if ref.startswith("m") and len(m) > 1
    ]
    calls = [len(v) for v in flood["dump"]["replies"].values()]
    print(
        f"  handler, whole      {floodkit.fmt(spans)}; "
        f"{sum(calls) / max(len(calls), 1):.2f} Bot API calls per message"
    )
    print(f"reminder lateness     alone {floodkit.fmt(late0)}")
    print(f"                      flood {floodkit.fmt(late1)}  ({len(late1)} users)")
    drift = (rss["after"] - rss["before"]) / rss["before"] * 100
    print(
        f"bot RSS               before {rss['before']:.0f} MB, peak {rss['peak']:.0f} MB, "
        f"30-60 s after {rss['after']:.0f} MB (min {rss['after_min']:.0f}; {drift:+.0f} %; "
        f"target within 30 %: {'met' if abs(drift) <= 30 else 'NOT met'})"
    )
    ex = flood["exit"]
    print(
        f"  at exit (bot stopped) {ex['rss']:.0f} MB; gc.collect() found {ex['unreachable']:.0f} "
        f"unreachable -> {ex['after_gc']:.0f} MB; malloc_trim(0) -> {ex['after_trim']:.0f} MB"
    )
    print(f"drain                 {rss['drain']:.1f} s from the first text to the last reply")
    extra = flood["result"]["burst_cpu_s"] - base["result"]["burst_cpu_s"]
    stmts = flood["result"]["burst_queries"] - base["result"]["burst_queries"]
    print(
        f"DB statements         {stmts / max(n, 1):.1f} per text message "
        f"({stmts:,} more than the burst alone)"
    )
    print(
        f"bot CPU               alone {base['result']['burst_cpu_s']:.1f} s, with flood "
        f"{flood['result']['burst_cpu_s']:.1f} s -> {1000 * extra / max(n, 1):.1f} ms per "
        f"text message; machine busy {flood['cpu']['busy']:.0f} s idle "
        f"{flood['cpu']['idle']:.0f} s, fake {flood['cpu']['fake']:.0f} s, "
        f"PostgreSQL {flood['cpu']['postgres']:.0f} s"
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    p.add_argument("--texters", type=int, default=500)
    p.add_argument("--per-user", type=int, default=20)
    p.add_argument("--seconds", type=float, default=10.0)
    p.add_argument("--api-delay", type=float, default=0.2)
    p.add_argument("--hold", type=float, default=60.0, help="bot kept alive after last reply")
    p.add_argument("--seed", type=int, default=5)
    p.add_argument("--timeout", type=float, default=900.0)
    p.add_argument(
        "--role", choices=("main", "fake", "bot"), default="main", help=argparse.SUPPRESS
    )
    for hidden in ("--url", "--api"):
        p.add_argument(hidden, help=argparse.SUPPRESS)
    p.add_argument("--rate", type=float, default=0.0, help=argparse.SUPPRESS)
    p.add_argument("--expect", type=int, help=argparse.SUPPRESS)
    p.add_argument("--spawned-at", type=float, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.role == "fake":
        floodkit.run_loop(floodkit.serve(FloodApi(args)))
    elif args.role == "bot":
        floodkit.bot_main(run_bot, args)
    else:
        base = one_run(args, 0, 5.0)
        flood = one_run(args, args.texters, args.hold)
        report(args, base, flood)


if __name__ == "__main__":
    main()
