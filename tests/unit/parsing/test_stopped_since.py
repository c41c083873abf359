"""The day a medicine was said to be stopped (bot.parsing.stopped_since)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.stopped_since import stopped_since

LONDON = ZoneInfo("Europe/London")
NOW = dt.datetime(2026, 1, 8, 12, 0, tzinfo=dt.UTC)  # Thursday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("stopped the naproxen 2 days ago", dt.date(2026, 1, 6)),
        ("quit the naproxen three days ago", dt.date(2026, 1, 5)),
        ("stopped naproxen a couple of days ago, it hurt my stomach", dt.date(2026, 1, 6)),
        ("i stopped naproxen yesterday", dt.date(2026, 1, 7)),
        ("stopped the naproxen on monday", dt.date(2026, 1, 5)),
        ("not taking naproxen since tuesday", dt.date(2026, 1, 6)),
        ("came off the naproxen last week", dt.date(2026, 1, 1)),
    ],
)
def test_the_day_said(text: str, day: dt.date) -> None:
    assert stopped_since(text, NOW, LONDON) == day


@pytest.mark.parametrize(
    "text",
    [
        "stopped the naproxen",
        "stopped naproxen today",
        "stopped it 30 days ago",  # further back than the record is rewritten
        "stopping the naproxen tomorrow",
    ],
)
def test_no_earlier_day(text: str) -> None:
    assert stopped_since(text, NOW, LONDON) is None
