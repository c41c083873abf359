"""The `backtrack` command: run, migrate, parse, sandbox."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from bot.config import Settings, SettingsError, load_settings
from bot.logconfig import configure

#: The update types the bot handles (polling and webhook alike).
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]


def setup_logging(settings: Settings, token: str = "") -> None:
    """LOG_FORMAT lines on stderr, token redacted; HTTP client loggers at WARNING (their
    URLs hold the token)."""
    configure(settings.log_level, settings.log_format, token)


def dump_stacks_on_signal() -> None:
    """`kill -USR1 <pid>` writes every thread's stack to stderr: where a process that
    will not stop is waiting. Frames name files, lines and functions, never values."""
    if hasattr(signal, "SIGUSR1"):
        # Not faulthandler: its all-threads dump reads other threads' frames without the
        # GIL and once crashed the bot (SIGSEGV) in a test; this runs as Python code.
        signal.signal(signal.SIGUSR1, _write_stacks)


def _write_stacks(_signum: int, _frame: object) -> None:
    names = {t.ident: t.name for t in threading.enumerate()}
    parts = [
        f"Thread 0x{ident:x} ({names.get(ident, '?')}), most recent call last:\n"
        + "".join(traceback.format_stack(frame))
        for ident, frame in sys._current_frames().items()
    ]
    sys.stderr.write("\n".join(parts) + "\n")
    sys.stderr.flush()


def _fail(message: str) -> int:
    print(f"backtrack: {message}", file=sys.stderr)
    return 2


def cmd_migrate() -> int:
    """Alembic upgrade to head."""
    from bot.storage.migrate import upgrade_sync

    try:
        settings = load_settings()
    except SettingsError as exc:
        return _fail(str(exc))
    secret = settings.telegram_bot_token
    setup_logging(settings, secret.get_secret_value() if secret else "")
    try:
        upgrade_sync(settings.database_url)
    except Exception as exc:  # one clear line, not a traceback
        return _fail(f"could not migrate the database ({type(exc).__name__}: {exc})")
    print("backtrack: database is up to date", file=sys.stderr)
    return 0


def loop_factory() -> Callable[[], asyncio.AbstractEventLoop]:
    """uvloop's event loop where it is installed (Linux, macOS), else asyncio's: about
    8 % less CPU per reminder at an 08:00 rush (BENCHMARKS.md, "Dispatch")."""
    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop
    return uvloop.new_event_loop


async def serve_dispatch_only(app: Any) -> None:
    """ROLE=dispatch: send due work on the JobQueue clock, fetch no updates, and stop
    cleanly on SIGTERM/SIGINT (in-flight sends finish first)."""
    from bot.app import start_services, stop_services

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await app.initialize()
    try:
        await start_services(app)
        await app.start()  # starts the JobQueue: the sweep and precise wake-ups
        await stop.wait()
        await app.stop()  # waits for a running tick (JobQueue shutdown waits for jobs)
    finally:
        await app.shutdown()
        await stop_services(app)


def serve_webhook_mode(
    app: Any, settings: Settings, new_loop: Callable[[], asyncio.AbstractEventLoop]
) -> int:
    """Webhook mode on our own server (bot/telegram/webhook.py), not PTB's run_webhook:
    the secret and the size are checked before a request's body is read."""
    from bot.telegram.webhook import ListenError, serve_webhook, server_for

    log = logging.getLogger("bot")
    log.info("starting in webhook mode on %s:%s", settings.webhook_listen, settings.webhook_port)
    server = server_for(app, settings)
    with asyncio.Runner(loop_factory=new_loop) as runner:
        try:
            runner.run(
                serve_webhook(
                    app,
                    server,
                    webhook_url=settings.webhook_url or "",
                    allowed_updates=ALLOWED_UPDATES,
                )
            )
        except ListenError as exc:  # the port is taken or not ours: one clear line
            return _fail(f"webhook server: {exc}")
    return 0


def cmd_run() -> int:
    """Migrate, then serve (polling, or webhook when WEBHOOK_URL is set)."""
    try:
        settings = load_settings()
        token = settings.token()
    except SettingsError as exc:
        return _fail(str(exc))
    setup_logging(settings, token)
    dump_stacks_on_signal()
    from bot.app import build_application
    from bot.storage.migrate import upgrade_sync

    try:
        upgrade_sync(settings.database_url)
    except Exception as exc:
        return _fail(f"could not migrate the database ({type(exc).__name__})")
    app = build_application(settings, whole_process=True)
    log = logging.getLogger("bot")
    new_loop = loop_factory()
    log.info("event loop: %s", new_loop.__module__.partition(".")[0])
    if settings.role == "dispatch":
        log.info("starting in dispatch-only mode (no updates are fetched)")
        with asyncio.Runner(loop_factory=new_loop) as runner:
            runner.run(serve_dispatch_only(app))
        return 0
    if settings.webhook_url:
        return serve_webhook_mode(app, settings, new_loop)
    # PTB's run_polling uses the current event loop: make it ours.
    asyncio.set_event_loop(new_loop())
    log.info("starting in polling mode")
    app.run_polling(allowed_updates=ALLOWED_UPDATES)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="backtrack", description=__doc__)
    parser.add_argument("command", choices=["run", "migrate", "parse", "sandbox"])
    if not args or args[0] in ("-h", "--help"):
        parser.print_help()
        return 0 if args else 2
    command, rest = args[0], args[1:]
    if command == "parse":
        from bot.parsing.cli_parse import run as run_parse

        return run_parse(rest)
    if command == "sandbox":
        from bot.devtools.sandbox import run as run_sandbox

        return run_sandbox(rest)
    if command == "migrate":
        return cmd_migrate()
    if command == "run":
        return cmd_run()
    parser.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
