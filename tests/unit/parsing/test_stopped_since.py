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


def test_a_day_said_of_something_else_is_not_the_stop_day() -> None:
    # Found living it: "took me off the motrin … gettin an MRI monday" stopped ibuprofen
    # on Monday, four days back, and the week's report was rewritten around it.
    import datetime as dt
    from zoneinfo import ZoneInfo

    zone = ZoneInfo("America/Chicago")
    now = dt.datetime(2026, 12, 11, 12, 0, tzinfo=zone)
    said = "doc took me off the motrin cause of my stomach. gettin an MRI monday"
    assert stopped_since(said, now, zone) is None
    assert stopped_since("stopped naproxen, mri on monday", now, zone) is None
    assert stopped_since("came off it on monday, mri friday", now, zone) == dt.date(2026, 12, 7)
