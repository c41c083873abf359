"""`backtrack sandbox`: talk to the real bot in a terminal, no Telegram and no token.

The real Application and handlers run against an in-process stand-in for the Bot API;
you type as the user, press buttons by number, and move the clock forward to see
reminders, check-ins and summaries arrive.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from bot.app import build_application, deps_of, start_services, stop_services
from bot.config import Settings
from bot.devtools.fakebotapi import FakeBotApi, SentMessage
from bot.storage.migrate import upgrade_sync

USER_ID = 4242
HELP = """Type as the user (e.g. /start, /add ibuprofen 400mg 08:00 20:00, took it).
  :press N        press button N of the last message with buttons
  :advance 2h     move the clock forward (m, h or d) and run due work
  :now            show the sandbox clock
  :location LAT LON   share a location
  :quit           leave"""
DURATION = re.compile(r"^(\d+(?:\.\d+)?)\s*([mhd])$")


class MovableClock:
    """Real time plus an offset the user moves forward."""

    def __init__(self) -> None:
        self.offset = dt.timedelta()

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + self.offset


def show(msg: SentMessage, numbered: list[tuple[str, str]]) -> None:
    """Print a bot message and its buttons (numbered for :press)."""
    label = {"photo": "🖼 [image] ", "document": f"📎 [{msg.filename}] "}.get(msg.kind, "")
    print(f"\n🤖 {label}{msg.text or ''}")
    for n, (text, _) in enumerate(numbered, 1):
        print(f"   [{n}] {text}")


async def run_async(db_url: str | None) -> int:
    """The sandbox loop."""
    fake = FakeBotApi("1:SANDBOX")
    await fake.start()
    url = db_url or f"sqlite+aiosqlite:///{Path(tempfile.mkdtemp()) / 'sandbox.db'}"
    await asyncio.to_thread(upgrade_sync, url)
    clock = MovableClock()
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, TELEGRAM_BOT_TOKEN=fake.token, TELEGRAM_API_URL=fake.base_url,
        DATABASE_URL=url, TICK_SECONDS=5,
    )
    app: Any = build_application(settings, clock=clock)
    await app.initialize()
    await start_services(app)
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    print(f"Backtrack sandbox — database {url}\n{HELP}")
    seen = 0
    seen_edits = 0
    buttons: list[tuple[str, str]] = []
    last_with_buttons = 0

    async def printer() -> None:
        nonlocal seen, seen_edits, buttons, last_with_buttons
        while True:
            msgs = fake.messages_to(USER_ID)
            while seen < len(msgs):
                msg = msgs[seen]
                seen += 1
                numbered = list(fake.button_data(msg).items())
                if numbered:
                    buttons, last_with_buttons = numbered, msg.message_id
                show(msg, numbered)
            while seen_edits < len(fake.edits):
                edit = fake.edits[seen_edits]
                seen_edits += 1
                current = fake.current(edit.chat_id, edit.message_id)
                numbered = list(fake.button_data(current).items())
                if edit.message_id == last_with_buttons:
                    buttons = numbered
                print(f"\n✏️  (edited) {current.text or ''}")
                for n, (text, _) in enumerate(numbered, 1):
                    print(f"   [{n}] {text}")
            await asyncio.sleep(0.05)

    task = asyncio.create_task(printer())
    try:
        while True:
            line = (await asyncio.to_thread(sys.stdin.readline))
            if not line:
                break
            line = line.strip()
            if not line:
                continue
            if line in (":quit", ":q", ":exit"):
                break
            if line == ":help":
                print(HELP)
            elif line == ":now":
                print(f"🕰 {clock.now().isoformat(timespec='minutes')}")
            elif line.startswith(":advance"):
                m = DURATION.match(line.removeprefix(":advance").strip())
                if not m:
                    print("Try :advance 30m, :advance 2h or :advance 1d")
                    continue
                amount, unit = float(m.group(1)), m.group(2)
                step = dt.timedelta(minutes=amount if unit == "m" else 0,
                                    hours=amount if unit == "h" else 0,
                                    days=amount if unit == "d" else 0)
                # Move in small steps so each reminder fires in its own minute.
                end = clock.offset + step
                while clock.offset < end:
                    clock.offset = min(end, clock.offset + dt.timedelta(minutes=10))
                    ticker = deps_of(app).ticker
                    if ticker is not None:
                        await ticker.run_once(wait=True)
                print(f"🕰 now {clock.now().isoformat(timespec='minutes')}")
            elif line.startswith(":press"):
                arg = line.removeprefix(":press").strip()
                if not arg.isdigit() or not 1 <= int(arg) <= len(buttons):
                    print("No such button.")
                    continue
                await fake.press_data(USER_ID, last_with_buttons, buttons[int(arg) - 1][1])
            elif line.startswith(":location"):
                parts = line.split()[1:]
                try:
                    await fake.send_location(USER_ID, float(parts[0]), float(parts[1]))
                except (IndexError, ValueError):
                    print("Try :location 52.52 13.40")
            else:
                await fake.send_text(USER_ID, line)
            await asyncio.sleep(0.3)
    finally:
        await asyncio.sleep(0.3)
        task.cancel()
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await stop_services(app)
        await fake.stop()
    return 0


def run(argv: list[str]) -> int:
    """Entry point for `backtrack sandbox [--database-url URL]`."""
    parser = argparse.ArgumentParser(prog="backtrack sandbox", description=__doc__)
    parser.add_argument("--database-url", default=None,
                        help="database to use (default: a fresh SQLite file in a temp dir)")
    args = parser.parse_args(argv)
    return asyncio.run(run_async(args.database_url))
