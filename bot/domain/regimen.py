"""How a regimen entry reads to a person: one line per medication."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.domain.schedule import ALL_DAYS, describe_weekdays


def describe_medication(
    name: str,
    amount: float | None,
    unit: str | None,
    times: Sequence[dt.time],
    weekdays: frozenset[int] = ALL_DAYS,
    as_needed: bool = False,
    max_per_day: int | None = None,
) -> str:
    """`Ibuprofen 400 mg · 08:00, 20:00 every day` or `… · as needed, max 6 a day`."""
    head = name[:1].upper() + name[1:]
    if amount is not None:
        u = unit or ""
        head += f" {amount:g}{'' if u == '%' else ' '}{u}".rstrip()
    if as_needed or not times:
        tail = "as needed"
        if max_per_day:
            tail += f", max {max_per_day} a day"
        return f"{head} · {tail}"
    clock = ", ".join(t.strftime("%H:%M") for t in sorted(times))
    return f"{head} · {clock} {describe_weekdays(weekdays or ALL_DAYS)}"
