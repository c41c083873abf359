"""The one place that reads the time, so tests can drive it."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    """Something that says what time it is (aware UTC)."""

    def now(self) -> dt.datetime: ...


class SystemClock:
    """Wall-clock time."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)
