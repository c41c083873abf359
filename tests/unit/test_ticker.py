"""The ticker's real-time jobs: scheduled in production, none when the clock is moved by hand."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.scheduling.ticker import Ticker

NOW = dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.UTC)


class _Clock:
    def now(self) -> dt.datetime:
        return NOW


class _Dispatcher:
    """Due work in 10 seconds (within the sweep interval); counts the ticks run."""

    def __init__(self) -> None:
        self.clock = _Clock()
        self.ticks = 0

    async def tick(self) -> None:
        self.ticks += 1

    async def next_due(self) -> dt.datetime:
        return NOW + dt.timedelta(seconds=10)


class _JobQueue:
    """Notes every job asked of it, by name and delay."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, Any]] = []

    def run_once(self, _callback: Any, when: Any, name: str = "", **_kw: Any) -> None:
        self.jobs.append((name or "next", when))

    def run_repeating(self, _callback: Any, interval: float, name: str = "", **_kw: Any) -> None:
        self.jobs.append((name, interval))


def _ticker(*, by_hand: bool) -> tuple[Ticker, _Dispatcher, _JobQueue]:
    dispatcher, jobs = _Dispatcher(), _JobQueue()
    return Ticker(dispatcher, jobs, 15.0, by_hand=by_hand), dispatcher, jobs  # type: ignore[arg-type]


async def test_production_sweeps_wakes_and_schedules_the_next_instant() -> None:
    ticker, dispatcher, jobs = _ticker(by_hand=False)
    ticker.start()
    ticker.wake()
    await ticker.run_once()
    assert dispatcher.ticks == 1
    assert [name for name, _ in jobs.jobs] == ["first-sweep", "sweep", "wake", "next"]
    assert jobs.jobs[-1][1] == dt.timedelta(seconds=10.01)
    assert ticker.caught_up.is_set()


async def test_a_clock_moved_by_hand_runs_due_work_only_when_asked() -> None:
    ticker, dispatcher, jobs = _ticker(by_hand=True)
    ticker.start()
    ticker.wake()
    assert jobs.jobs == [] and dispatcher.ticks == 0
    await ticker.run_once()
    assert dispatcher.ticks == 1
    assert jobs.jobs == [], "no real-time job computed from a clock moved by hand"
