"""`backtrack sandbox`: talk to the real bot in a terminal, no Telegram and no token.

The real Application and handlers run against an in-process stand-in for the Bot API;
you type as the user, press buttons by number, and move the clock forward to see
reminders, check-ins and summaries arrive. Lines can also be piped in (a script); the
sandbox then echoes each one and leaves at the end of the input.

With `--start` the clock is frozen at that instant and moves only with `:advance`, and
every input is handled to the end before the next is read: the same script always gives
the same transcript (the README's is produced this way, tests/integration/test_sandbox.py).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import re
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from telegram import Update

from bot.app import build_application, deps_of, start_services, stop_services
from bot.config import Settings
from bot.devtools.fakebotapi import EditRecord, FakeBotApi, FakeEvent, SentMessage
from bot.logconfig import configure
from bot.storage.migrate import upgrade_sync

USER_ID = 4242
TOKEN = "1:SANDBOX"
HELP = """Type as the user (e.g. /start, /add ibuprofen 400mg 08:00 20:00, took it).
  :press N        press button N of the last message with buttons; :press Taken, the
                  newest button so labelled, further up too
  :advance 2h     move the clock forward (m, h or d) and run due work
  :now            show the sandbox clock
  :location LAT LON   share a location
  :quit           leave (so does the end of the input, Ctrl-D)"""
#: ":advance 1d", ":advance 7h20m": parts of days, hours and minutes, in that order.
DURATION = re.compile(
    r"^(?=\d)(?:(?P<d>\d+(?:\.\d+)?)\s*d)?\s*(?:(?P<h>\d+(?:\.\d+)?)\s*h)?\s*"
    r"(?:(?P<m>\d+(?:\.\d+)?)\s*m)?$"
)
#: Most due instants one :advance steps through (a guard; a day has a few dozen).
MAX_STEPS = 10_000


class SandboxClock:
    """Real time plus an offset, or (with a start instant) time that moves only when told."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.frozen = start
        self.offset = dt.timedelta()

    def now(self) -> dt.datetime:
        """The sandbox's current instant (aware UTC)."""
        if self.frozen is not None:
            return self.frozen
        return dt.datetime.now(dt.UTC) + self.offset

    def move_to(self, when: dt.datetime) -> None:
        """Jump forward to `when` (never backward: the bot's records assume it)."""
        if when <= self.now():
            return
        if self.frozen is not None:
            self.frozen = when
        else:
            self.offset += when - self.now()


class RecordingBotApi(FakeBotApi):
    """The fake Bot API, also keeping one ordered list of what the user would see."""

    def __init__(self, clock: SandboxClock) -> None:
        super().__init__(TOKEN, clock=lambda: clock.now().timestamp())
        self.events: list[SentMessage | EditRecord | str] = []
        self.listen(self._see)

    def _see(self, event: FakeEvent) -> None:
        if isinstance(event, dict):  # a button's answer: its text, if it has one
            if event.get("text"):
                self.events.append(str(event["text"]))
        elif event.chat_id == USER_ID:
            self.events.append(event)


class Screen:
    """Prints new events in the order the fake API received them; tracks the buttons."""

    def __init__(self, fake: RecordingBotApi, out: TextIO, files: Path | None = None) -> None:
        self.fake = fake
        self.out = out
        self.files = files
        self.saved = 0
        self.printed = 0
        self.buttons: list[tuple[str, str]] = []
        self.buttons_on = 0  # message id the numbered buttons belong to
        # Every message's buttons as they stand now, so ":press Taken" reaches a reminder
        # further up, as a thumb would.
        self.keyboards: dict[int, list[tuple[str, str]]] = {}

    def _print_buttons(self, markup_of: SentMessage) -> list[tuple[str, str]]:
        numbered = list(FakeBotApi.button_data(markup_of).items())
        for n, (text, _) in enumerate(numbered, 1):
            print(f"   [{n}] {text}", file=self.out)
        return numbered

    def flush(self) -> None:
        """Print everything not printed yet."""
        while self.printed < len(self.fake.events):
            event = self.fake.events[self.printed]
            self.printed += 1
            if isinstance(event, SentMessage):
                label = {"photo": "🖼 [image] ", "document": f"📎 [{event.filename}] "}
                print(f"\n🤖 {label.get(event.kind, '')}{event.text or ''}", file=self.out)
                self._save(event)
                numbered = self._print_buttons(event)
                self.keyboards[event.message_id] = numbered
                if numbered:
                    self.buttons, self.buttons_on = numbered, event.message_id
            elif isinstance(event, EditRecord):
                # The snapshot taken at this edit, not the message's latest state.
                print(f"\n✏️  (edited) {event.message.text or ''}", file=self.out)
                numbered = self._print_buttons(event.message)
                self.keyboards[event.message_id] = numbered
                if event.message_id == self.buttons_on:
                    self.buttons = numbered
            else:
                print(f"\n💬 {event}", file=self.out)
        self.out.flush()

    def _save(self, event: SentMessage) -> None:
        """With --files, keep a photo or document the bot sent, numbered in the order it
        came, so the report and the chart can be opened like the patient would."""
        if self.files is None or event.file_bytes is None:
            return
        self.saved += 1
        default = "chart.png" if event.kind == "photo" else "file"
        # The bot names the file; only its last part is used, never a path of its own.
        name = Path(event.filename or default).name or default
        path = self.files / f"{self.saved:02d}-{name}"
        path.write_bytes(event.file_bytes)
        print(f"   💾 saved {path}", file=self.out)

    def button(self, arg: str) -> tuple[int, str] | None:
        """The message and callback data of button number `arg` of the last message with
        buttons; or of the first whose label contains `arg`, on the newest message that
        still shows one."""
        if arg.isdigit():
            n = int(arg)
            if 1 <= n <= len(self.buttons):
                return self.buttons_on, self.buttons[n - 1][1]
            return None
        for message_id in sorted(self.keyboards, reverse=True):
            for text, data in self.keyboards[message_id]:
                if arg and arg.lower() in text.lower():
                    return message_id, data
        return None


class Sandbox:
    """The bot, the stand-in API and the clock, driven one input line at a time."""

    def __init__(
        self,
        app: Any,
        fake: RecordingBotApi,
        clock: SandboxClock,
        out: TextIO,
        files: Path | None = None,
    ) -> None:
        self.app = app
        self.fake = fake
        self.clock = clock
        self.screen = Screen(fake, out, files)
        self.out = out
        self.next_update = 0

    async def settle(self) -> None:
        """Hand every queued update to the bot and wait until it is handled, as PTB's
        updater would; then run due work once (a real process's wake-up) and print."""
        while self.fake.pending_updates():
            updates = await self.app.bot.get_updates(offset=self.next_update, timeout=0)
            for update in updates:
                self.next_update = update.update_id + 1
                await self._process(update)
        # Confirm the last batch, so the fake API forgets what was handled.
        await self.app.bot.get_updates(offset=self.next_update, timeout=0)
        await self.tick()

    async def _process(self, update: Update) -> None:
        processor = self.app.update_processor
        await processor.process_update(update, self.app.process_update(update))

    async def tick(self) -> None:
        """Run due work now and print what it sent."""
        ticker = deps_of(self.app).ticker
        if ticker is not None:
            await ticker.run_once(wait=True)
        self.screen.flush()

    async def advance(self, step: dt.timedelta) -> None:
        """Move the clock by `step`, stopping at every instant something falls due, so each
        reminder, follow-up and check-in is sent at its own minute (not all at the end)."""
        end = self.clock.now() + step
        dispatcher = deps_of(self.app).dispatcher
        for _ in range(MAX_STEPS):
            nxt = await dispatcher.next_due()
            if nxt is None or nxt > end:
                break
            if nxt <= self.clock.now():
                # Due but not done (held back by a retry or lease): move on a minute.
                nxt = min(end, self.clock.now() + dt.timedelta(minutes=1))
            self.clock.move_to(nxt)
            await self.tick()
            if self.clock.now() >= end:
                break
        self.clock.move_to(end)
        await self.tick()

    async def handle(self, line: str) -> bool:
        """Act on one input line; False to leave."""
        if line in (":quit", ":q", ":exit"):
            return False
        if line == ":help":
            print(HELP, file=self.out)
        elif line == ":now":
            print(f"🕰 {stamp(self.clock.now())}", file=self.out)
        elif line.startswith(":advance"):
            m = DURATION.match(line.removeprefix(":advance").strip())
            if not m:
                print("Try :advance 30m, :advance 2h, :advance 7h20m or :advance 1d", file=self.out)
                return True
            given = {"days": m["d"], "hours": m["h"], "minutes": m["m"]}
            await self.advance(dt.timedelta(**{k: float(v) for k, v in given.items() if v}))
            print(f"\n🕰 now {stamp(self.clock.now())}", file=self.out)
        elif line.startswith(":press"):
            found = self.screen.button(line.removeprefix(":press").strip())
            if found is None:
                print("No such button.", file=self.out)
                return True
            await self.fake.press_data(USER_ID, *found)
        elif line.startswith(":location"):
            parts = line.split()[1:]
            try:
                await self.fake.send_location(USER_ID, float(parts[0]), float(parts[1]))
            except (IndexError, ValueError):
                print("Try :location 52.52 13.40", file=self.out)
                return True
        elif line.startswith(":"):
            print(f"Unknown sandbox command {line.split()[0]}; :help lists them.", file=self.out)
            return True
        else:
            await self.fake.send_text(USER_ID, line)
        await self.settle()
        return True


def stamp(when: dt.datetime) -> str:
    """`2026-01-05 08:00 UTC`."""
    return when.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def read_lines(
    stream: TextIO, loop: asyncio.AbstractEventLoop, queue: asyncio.Queue[str | None]
) -> None:
    """Feed stdin lines to the loop from a daemon thread (None at the end of the input).

    A daemon thread, not the default executor: a read blocked on a terminal must not keep
    the process alive after Ctrl-C or :quit.
    """

    def pump() -> None:
        for line in stream:
            loop.call_soon_threadsafe(queue.put_nowait, line)
        loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=pump, name="sandbox-stdin", daemon=True).start()


@contextlib.contextmanager
def database(url: str | None) -> Iterator[str]:
    """The given database, or a fresh SQLite file removed on exit."""
    if url:
        yield url
        return
    with tempfile.TemporaryDirectory(prefix="backtrack-sandbox-") as tmp:
        yield f"sqlite+aiosqlite:///{Path(tmp) / 'sandbox.db'}"


async def run_async(
    db_url: str | None, start: dt.datetime | None = None, files: Path | None = None
) -> int:
    """The sandbox loop: read lines until :quit or the end of the input; with `files`,
    every photo and document the bot sends is saved there (it must exist)."""
    clock = SandboxClock(start)
    fake = RecordingBotApi(clock)
    configure("WARNING", "text", fake.token)
    out, interactive = sys.stdout, sys.stdin.isatty()
    with database(db_url) as url:
        await asyncio.to_thread(upgrade_sync, url)
        await fake.start()
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            TELEGRAM_BOT_TOKEN=fake.token,
            TELEGRAM_API_URL=fake.base_url,
            DATABASE_URL=url,
            TICK_SECONDS=5,
            SEND_RATE_PER_SECOND=0,
            HEALTH_PORT=0,  # nothing to probe, and no port to fight over
        )
        app: Any = build_application(settings, clock=clock)
        await app.initialize()
        await start_services(app)
        if start is None:
            # Real time: the JobQueue sends what falls due while you read, as in production.
            await app.start()
        where = url if db_url else "a temporary SQLite file (removed on exit)"
        print(f"Backtrack sandbox — database: {where}\n{HELP}", file=sys.stderr)
        sandbox = Sandbox(app, fake, clock, out, files)
        lines: asyncio.Queue[str | None] = asyncio.Queue()
        read_lines(sys.stdin, asyncio.get_running_loop(), lines)
        printer = asyncio.create_task(keep_printing(sandbox.screen)) if start is None else None
        try:
            while (raw := await lines.get()) is not None:
                line = raw.strip()
                if not line:
                    continue
                if not interactive:
                    # A terminal shows what you typed; a script's lines are shown here.
                    print(f"\n> {line}", file=out)
                if not await sandbox.handle(line):
                    break
        finally:
            if printer is not None:
                printer.cancel()
            sandbox.screen.flush()
            if app.running:
                await app.stop()
            await app.shutdown()
            await stop_services(app)
            await fake.stop()
    return 0


async def keep_printing(screen: Screen) -> None:
    """Real-time mode: show what the JobQueue sends while nobody types."""
    while True:
        await asyncio.sleep(0.2)
        screen.flush()


def parse_start(text: str) -> dt.datetime:
    """ISO 8601 instant; without an offset it is UTC."""
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text!r}") from None
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)


def run(argv: list[str]) -> int:
    """Entry point for `backtrack sandbox [--database-url URL] [--start ISO]`."""
    parser = argparse.ArgumentParser(
        prog="backtrack sandbox",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--database-url",
        default=None,
        help="database to use (default: a fresh SQLite file, removed on exit)",
    )
    parser.add_argument(
        "--start",
        type=parse_start,
        default=None,
        metavar="ISO",
        help="freeze the clock at this instant (UTC unless it has an offset), "
        "e.g. 2026-01-05T07:55; it then moves only with :advance",
    )
    parser.add_argument(
        "--files",
        type=Path,
        default=None,
        metavar="DIR",
        help="save every photo and document the bot sends (the weekly "
        "chart, the PDF report, the CSV export) in DIR",
    )
    args = parser.parse_args(argv)
    if args.files is not None:
        try:
            args.files.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            parser.error(f"--files: cannot use {args.files} ({exc.strerror})")
    try:
        return asyncio.run(run_async(args.database_url, args.start, args.files))
    except KeyboardInterrupt:
        return 130
