"""Which dose "I never took it" speaks of, among those marked taken."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from bot.telegram.handlers.dose_undo import marked_taken

DAY = dt.datetime(2026, 3, 2, tzinfo=dt.UTC)
NAP = SimpleNamespace(id=1, name="Naproxen")
GABA = SimpleNamespace(id=2, name="Gabapentin")


def _dose(med: Any, hour: int) -> tuple[Any, Any]:
    return SimpleNamespace(id=med.id * 100 + hour, due_at=DAY.replace(hour=hour)), med


TAKEN = [_dose(NAP, 8), _dose(GABA, 8), _dose(GABA, 14), _dose(NAP, 20)]


def test_the_named_medicine_latest_dose() -> None:
    assert marked_taken(TAKEN, GABA, None) == [TAKEN[2]]  # type: ignore[arg-type]


def test_the_dose_nearest_the_time_said() -> None:
    morning = DAY.replace(hour=9)
    assert marked_taken(TAKEN, NAP, morning) == [TAKEN[0]]  # type: ignore[arg-type]


def test_no_medicine_named_means_every_dose_of_that_time() -> None:
    assert marked_taken(TAKEN, None, DAY.replace(hour=7)) == TAKEN[:2]  # type: ignore[arg-type]
    assert marked_taken(TAKEN, None, None) == [TAKEN[3]]  # type: ignore[arg-type]


def test_nothing_of_that_medicine() -> None:
    other = SimpleNamespace(id=9, name="Duloxetine")
    assert marked_taken(TAKEN, other, None) == []  # type: ignore[arg-type]
