"""The floor under the flood target: what python-telegram-bot alone costs per message.

The flood benchmark asks for reply p99 < 5 s with 1,000 messages/s offered for 10 s on
this 2-core host, i.e. ~670 messages/s sustained (every message handled ~15 s after the
first). This strips the bot down to see what is left when none of Backtrack runs:

* `echo`  — a bare PTB Application (our aiohttp request, 256 concurrent updates), one
  handler: `reply_text("ok")`. No database, no parser.
* `parse` — the same plus Backtrack's parser on each text (`bot.parsing`), no database.

The fake Bot API runs in another process with every message queued before the bot
starts (no 0.2 s delay: the figure is pure CPU throughput). Printed: messages/s, the
bot process's CPU per message (all threads), the fake's CPU per message while it served
them (getUpdates and the replies), and what the two together leave of this host's cores:
the most messages/s any bot on this stack could answer here, beside the stand-in.

    .venv/bin/python benchmarks/ptb_floor.py [--messages 10000] [--mode echo|parse]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import sys
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import floodkit  # noqa: E402

TEXTS = floodkit.TEXT_MIX


async def fake_main(args: argparse.Namespace) -> None:
    """Queue every message, serve until stdin closes."""
    api = floodkit.SlowApi(0.0)
    await api.start()
    for i in range(args.messages):
        await api.send_text(1000 + i % args.users, TEXTS[i % len(TEXTS)])
    print(api.base_url, flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    await api.stop()


async def bot_main(args: argparse.Namespace) -> None:
    """A bare Application answering every text; prints its figures once all are sent."""
    from telegram import Update
    from telegram.ext import Application, ContextTypes, MessageHandler, filters

    from bot.telegram.aiohttp_request import default_requests

    parse: Any = None
    if args.mode == "parse":
        from bot.parsing import parse as parse_text

        def parse(text: str) -> None:
            parse_text(text, meds, dt.datetime.now(dt.UTC), zone)

    done = asyncio.Event()
    state = {"n": 0, "cpu": 0.0, "wall": 0.0}
    zone = ZoneInfo("Europe/London")
    meds = ["ibuprofen", "gabapentin", "acetaminophen"]

    async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if state["n"] == 0:
            state["cpu"], state["wall"] = time.process_time(), time.perf_counter()
        assert update.message is not None and update.message.text is not None
        if parse is not None:
            parse(update.message.text)
        await update.message.reply_text("ok")
        state["n"] += 1
        if state["n"] == args.messages:
            done.set()

    request, updates_request = default_requests(64)
    app = (
        Application.builder()
        .token(floodkit.dispatch.TOKEN)
        .base_url(args.url)
        .concurrent_updates(256)
        .request(request)
        .get_updates_request(updates_request)
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, answer))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
        await done.wait()
        cpu = time.process_time() - state["cpu"]
        wall = time.perf_counter() - state["wall"]
        await app.updater.stop()
        await app.stop()
    n = args.messages
    print(
        f"mode {args.mode}: {n} messages in {wall:.2f} s = {n / wall:,.0f} messages/s; "
        f"bot CPU {cpu * 1000 / n:.2f} ms per message (load {floodkit.load_average()})"
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--messages", type=int, default=10_000)
    p.add_argument("--users", type=int, default=500)
    p.add_argument("--mode", choices=("echo", "parse"), default="echo")
    p.add_argument("--role", choices=("main", "fake", "bot"), default="main")
    p.add_argument("--url", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.role == "fake":
        floodkit.run_loop(fake_main(args))
        return
    if args.role == "bot":
        floodkit.run_loop(bot_main(args))
        return
    here = [sys.executable, os.path.abspath(__file__), "--messages", str(args.messages)]
    here += ["--users", str(args.users), "--mode", args.mode]
    import subprocess

    fake = floodkit.spawn([*here, "--role", "fake"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert fake.stdout is not None and fake.stdin is not None
    url = fake.stdout.readline().strip()
    fake_before = floodkit.dispatch._proc_cpu(fake.pid)
    bot = floodkit.spawn([*here, "--role", "bot", "--url", url], stdout=subprocess.PIPE)
    out, _ = bot.communicate()
    fake_ms = (floodkit.dispatch._proc_cpu(fake.pid) - fake_before) * 1000 / args.messages
    fake.stdin.close()
    print(out.strip())
    bot_ms = float(out.split("bot CPU ")[1].split(" ms")[0])
    cores = os.cpu_count() or 1
    print(
        f"fake Bot API CPU {fake_ms:.2f} ms per message; bot + fake {bot_ms + fake_ms:.2f} ms: "
        f"this host's {cores} cores answer at most {cores * 1000 / (bot_ms + fake_ms):,.0f} "
        "messages/s on this stack, before any database work"
    )
    fake.wait()


if __name__ == "__main__":
    main()
