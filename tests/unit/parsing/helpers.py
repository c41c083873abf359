"""Shared helpers for the parser tests: the corpus matching rule of PRODUCT.md §5."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.parsing.parser import parse, to_json

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
# The evening check-in moment most examples are written against.
EVENING = datetime(2026, 11, 25, 20, 5, tzinfo=BERLIN)
MORNING_NY = datetime(2026, 11, 25, 8, 10, tzinfo=NEW_YORK)
MEDS = ["ibuprofen", "gabapentin"]


def matches(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    """One expected intent matches one output intent on every key it lists."""
    for key, want in expected.items():
        if key not in got:
            return False
        have = got[key]
        if isinstance(want, list):
            if not isinstance(have, list) or set(want) != set(have):
                return False
        elif want != have:
            return False
    return True


def check(
    out: list[dict[str, Any]], expect: list[dict[str, Any]], absent: tuple[str, ...] = ()
) -> str | None:
    """None when ``out`` satisfies ``expect`` / ``absent``, else a readable reason."""
    for exp in expect:
        if not any(o["kind"] == exp["kind"] and matches(exp, o) for o in out):
            return f"missing {exp} in {out}"
    bad = [o for o in out if o["kind"] in absent]
    if bad:
        return f"unexpected {bad}"
    return None


def run(
    text: str,
    meds: list[str] | None = None,
    now: datetime = EVENING,
    zone: ZoneInfo = BERLIN,
) -> list[dict[str, Any]]:
    """Parse and render as the JSON contract."""
    return to_json(parse(text, MEDS if meds is None else meds, now, zone))["intents"]
