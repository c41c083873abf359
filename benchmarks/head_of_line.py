"""Head-of-line: one person sends 300 messages in 10 s while bystanders use the bot.

What it does (see BENCHMARKS.md, "Floods, head-of-line and soak"):

1. Seeds 21 onboarded users with dispatch.py's rows (London / New York users only, so
   no reminder falls due during the run): one flooder and 20 bystanders.
2. Runs the real bot (`dispatch.run_bot`: `build_application` + `start_services`, long
   polling, aiohttp) against a fake Bot API in another process that answers *every*
   call 0.2 s late (`--api-delay`; getUpdates included, as Telegram's round trip).
3. Two seconds after the bot's first getUpdates the fake starts the flood: the flooder
   sends `--flood` messages (the realistic mix, in turn) evenly over `--seconds`; each
   bystander sends `/help` and `pain 5`, each at its own random moment in that window.
4. Every request the bot makes while handling an update carries that update's
   reference (floodkit.tag_replies), so a reply is matched to the exact message it
   answers. Reply latency = the fake running the first reply's method (after its
   delay, i.e. when the person would see it) - the message being queued.

Prints the bystanders' reply latency, the flooder's replies / shed / "catching up"
answers, and the time from the first message to the last reply (drain).

    .venv/bin/python benchmarks/head_of_line.py
    .venv/bin/python benchmarks/head_of_line.py --flood 300 --bystanders 20 --api-delay 0.2
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import dispatch, floodkit  # noqa: E402

SQLITE_PATH = Path("/tmp/backtrack-bench/head_of_line.db")
FLOODER = 10  # uid % 10 == 0: London / New York, nothing due during the run
QUIET = 5.0  # settled once the flood is in and nothing has happened for this long


def bystander_ids(n: int) -> list[int]:
    return [FLOODER + 10 * (i + 1) for i in range(n)]


class HolApi(floodkit.SlowApi):
    """The flooder and the bystanders, started 2 s after the bot's first getUpdates."""

    def __init__(self, args: argparse.Namespace) -> None:
        super().__init__(args.api_delay)
        self.args = args
        self.rng = random.Random(args.seed)
        self.started = 0.0
        self.flood_done = False

    async def _m_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if not self.started:
            self.started = time.time() + 2.0
            asyncio.get_running_loop().create_task(self._go())
        return await super()._m_getupdates(params)

    async def _go(self) -> None:
        await asyncio.sleep(2.0)
        a = self.args
        loop = asyncio.get_running_loop()
        for uid in bystander_ids(a.bystanders):
            for text in ("/help", "pain 5"):
                at = self.rng.uniform(0.0, a.seconds)
                loop.call_later(at, lambda u=uid, t=text: loop.create_task(self.inject(u, t, "by")))
        start = time.time()
        for i in range(a.flood):
            wait = start + i * a.seconds / a.flood - time.time()
            if wait > 0:
                await asyncio.sleep(wait)
            await self.inject(FLOODER, floodkit.TEXT_MIX[i % len(floodkit.TEXT_MIX)], "flood")
        await asyncio.sleep(max(0.0, start + a.seconds - time.time()) + 0.1)
        self.flood_done = True

    def settled(self) -> bool:
        return self.flood_done and time.time() - self.last_event > QUIET

    async def _m_benchstats(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"reminders": int(self.settled()), "messages": 0}

    async def _m_benchdump(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.dump() | {"started": self.started}


async def run_bot(args: argparse.Namespace) -> None:
    floodkit.tag_replies()
    await dispatch.run_bot(args)
    import json

    print(json.dumps({"handled": floodkit.HANDLED, "solo": floodkit.SOLO_CPU}), flush=True)


def seed(args: argparse.Namespace) -> str:
    keep = {FLOODER, *bystander_ids(args.bystanders)}
    rows = floodkit.only_users(dispatch.build_rows(max(keep)), keep)
    return floodkit.seed_sqlite(rows, SQLITE_PATH)


def orchestrate(args: argparse.Namespace) -> None:
    url = seed(args)
    me = [sys.executable, __file__]
    opts = ["--flood", str(args.flood), "--bystanders", str(args.bystanders)]
    opts += ["--seconds", str(args.seconds), "--api-delay", str(args.api_delay)]
    opts += ["--seed", str(args.seed)]
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
            "1",
            "--timeout",
            str(args.timeout),
        ],
    )
    report(args, res, load)


def _first_reply(replies: list[list[Any]]) -> float:
    return min(float(r[1]) for r in replies)


def report(args: argparse.Namespace, res: dict[str, Any], load: str) -> None:
    dump = res["dump"]
    handled = next(x for x in res["bot"] if "handled" in x)["handled"]
    result = next(x for x in res["bot"] if "ready_at" in x)
    by_lat, flood_lat, shed_told, unanswered_by = [], [], 0, 0
    flood_handled = flood_replied = 0
    last_reply = 0.0
    for ref, (_chat, role, _text, at) in dump["injected"].items():
        replies = dump["replies"].get(ref, [])
        shed_told += sum(1 for r in replies if r[2])
        if replies:
            last_reply = max(last_reply, max(float(r[1]) for r in replies))
        if role == "by":
            if replies:
                by_lat.append(_first_reply(replies) - at)
            else:
                unanswered_by += 1
            continue
        flood_handled += ref in handled
        if ref in handled and replies:
            flood_replied += 1
            flood_lat.append(_first_reply(replies) - at)
    n_flood = sum(1 for v in dump["injected"].values() if v[1] == "flood")
    print(
        f"== head-of-line: {args.flood} messages from one person in {args.seconds:g} s, "
        f"{args.bystanders} bystanders x 2, API delay {args.api_delay:g} s (load {load})"
    )
    print(
        f"bystanders' replies   n={len(by_lat)}  {floodkit.fmt(by_lat)}  "
        f"unanswered {unanswered_by}  (target p99 < 1 s: "
        f"{'met' if by_lat and floodkit.pct(by_lat, 0.99) < 1 else 'NOT met'})"
    )
    print(
        f"flooder               {n_flood} sent; {flood_replied} got a reply; "
        f"{n_flood - flood_handled} shed unread; {shed_told} 'catching up' answers"
    )
    print(f"  flooder's replies   {floodkit.fmt(flood_lat)}")
    print(
        f"drain                 {last_reply - dump['started']:.1f} s from the first message "
        f"to the last reply (the flood itself lasts {args.seconds:g} s)"
    )
    solo = next(x for x in res["bot"] if "handled" in x)["solo"]
    by_text: dict[str, list[float]] = {}
    for ref, cpu in solo.items():
        if ref in dump["injected"]:
            by_text.setdefault(dump["injected"][ref][2], []).append(1000 * cpu)
    for text, ms in sorted(by_text.items()):
        print(
            f"  CPU, update alone   {text!r:22} n={len(ms):3}  p50 {floodkit.pct(ms, 0.5):.1f} ms"
            f"  mean {sum(ms) / len(ms):.1f} ms (whole process, handler start -> end)"
        )
    updates = len(handled)
    print(
        f"bot CPU               {result['burst_cpu_s']:.2f} s over {result['burst_wall_s']:.1f} s "
        f"wall, {updates} updates handled -> {1000 * result['burst_cpu_s'] / max(updates, 1):.1f}"
        f" ms per handled update; untagged sends {dump['untagged']}"
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--flood", type=int, default=300, help="messages from the flooder")
    p.add_argument("--seconds", type=float, default=10.0, help="over how many seconds")
    p.add_argument("--bystanders", type=int, default=20)
    p.add_argument("--api-delay", type=float, default=0.2, help="fake API answer delay (s)")
    p.add_argument("--seed", type=int, default=3)
    p.add_argument("--timeout", type=float, default=300.0)
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
        floodkit.run_loop(floodkit.serve(HolApi(args)))
    elif args.role == "bot":
        floodkit.bot_main(run_bot, args)
    else:
        orchestrate(args)


if __name__ == "__main__":
    main()
