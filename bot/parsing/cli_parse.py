"""``backtrack parse [--meds NAME,NAME...] [--now ISO8601] [--tz ZONE] TEXT`` (PRODUCT.md §5).

Prints one JSON object, ``{"intents": [...]}``, to stdout. This is the single place in
``bot.parsing`` that reads the clock or writes output: it is the command's shell.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.parsing.parser import parse, to_json

__all__ = ["run"]


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    # argparse prints usage and exits on its own; one clear line and code 2 is the contract.
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(message)


def _build() -> _Parser:
    p = _Parser(prog="backtrack parse", description="Parse a free-text message into intents.")
    p.add_argument("--meds", default="", help="the user's regimen, comma-separated generics")
    p.add_argument("--now", default=None, help="arrival time, ISO 8601 (default: now)")
    p.add_argument("--tz", default="UTC", help="the user's IANA time zone (default: UTC)")
    p.add_argument("text", nargs="*", help="the message")
    return p


def run(argv: list[str]) -> int:
    """Run ``backtrack parse`` with ``argv`` (without the command words); return exit code."""
    try:
        args = _build().parse_args(argv)
    except _UsageError as exc:
        print(f"backtrack parse: {exc}", file=sys.stderr)
        return 2
    try:
        zone = ZoneInfo(args.tz.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):
        print(f"backtrack parse: unknown time zone {args.tz!r} (use e.g. Europe/Berlin)",
              file=sys.stderr)  # fmt: skip
        return 2
    if args.now is None:
        now = datetime.now(UTC).astimezone(zone)
    else:
        try:
            now = datetime.fromisoformat(args.now.strip().replace("Z", "+00:00"))
        except ValueError:
            print(f"backtrack parse: --now is not ISO 8601: {args.now!r}", file=sys.stderr)
            return 2
        if now.tzinfo is None:
            now = now.replace(tzinfo=zone)
    meds = [m.strip() for m in args.meds.split(",") if m.strip()]
    text = " ".join(args.text)
    result = to_json(parse(text, meds, now, zone), now, zone)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(run(sys.argv[1:]))
