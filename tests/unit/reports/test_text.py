"""Words of the summary that are shared by chat, PDF and CSV."""

from __future__ import annotations

import datetime as dt

from bot.reports.text import day_span


def test_day_spans_read_as_days() -> None:
    d = dt.date(2026, 12, 9)  # a Wednesday
    assert day_span([d]) == "Wed 9 Dec"
    assert day_span([d, d + dt.timedelta(days=1), d + dt.timedelta(days=2)]) == "Wed 9 – Fri 11 Dec"
    assert day_span([d - dt.timedelta(days=2), d]) == "Mon 7, Wed 9 Dec"
    assert day_span([]) == ""
