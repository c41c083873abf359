"""The report's regimen timeline: rows, bars clipped to the period, change lines."""

from __future__ import annotations

import datetime as dt

from bot.domain.summary import RegimenVersion
from bot.reports.timeline import Bar, bars_of, change_lines

START, END = dt.date(2026, 11, 30), dt.date(2026, 12, 13)


def version(
    name: str, amount: float, since: dt.date, until: dt.date | None, **kw: object
) -> RegimenVersion:
    generic = str(kw.pop("generic", name.lower()))
    return RegimenVersion(name, generic, amount, "mg", f"{name} {amount} mg", since, until, **kw)  # type: ignore[arg-type]


def test_one_row_per_medicine_one_bar_per_version_clipped_to_the_period() -> None:
    versions = [
        version("Prednisone", 10, dt.date(2026, 12, 10), dt.date(2026, 12, 12)),
        version("Gabapentin", 300, dt.date(2026, 11, 1), dt.date(2026, 12, 4)),
        version("Gabapentin", 600, dt.date(2026, 12, 4), None),
        version("Prednisone", 20, dt.date(2026, 12, 7), dt.date(2026, 12, 9)),
        version("Advil", 400, dt.date(2026, 12, 1), None, generic="ibuprofen", as_needed=True),
        version("Old", 5, dt.date(2026, 10, 1), dt.date(2026, 11, 2)),  # before the period
    ]
    names, bars = bars_of(versions, START, END)
    assert names == ["Gabapentin", "Advil", "Prednisone"]  # as the person named it
    assert bars == [
        Bar(0, 0, 4, "Gabapentin 300 mg", False, False),  # began before: from day 0
        Bar(1, 1, 13, "Advil 400 mg as needed", True, False),
        Bar(0, 4, 13, "Gabapentin 600 mg", False, False),  # still running: to the end
        Bar(2, 7, 9, "Prednisone 20 mg", False, False),
        Bar(2, 10, 12, "Prednisone 10 mg", False, False),
    ]
    # A change inside the period is a line between two days; the period's edges are not.
    assert change_lines(bars, 14) == [0.5, 3.5, 4.5, 6.5, 9.5, 12.5]


def test_nothing_in_the_period_draws_no_bar() -> None:
    assert bars_of([], START, END) == ([], [])
