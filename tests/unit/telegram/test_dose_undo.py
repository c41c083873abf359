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


def test_a_dose_of_another_day_is_asked_about_with_its_day() -> None:
    from zoneinfo import ZoneInfo

    from bot.telegram.callbacks import CallbackCodec
    from bot.telegram.handlers.dose_undo import correction_question

    zone = ZoneInfo("America/Toronto")
    codec = CallbackCodec("k" * 32)
    med = SimpleNamespace(
        id=1, name="Duloxetine", amount=60.0, unit="mg", generic="duloxetine", strength=None
    )
    med.units_per_dose = None
    med.units_per_dose_max = None
    med.volume_ml = None  # a tablet: no liquid volume
    dose = SimpleNamespace(id=7, due_at=dt.datetime(2026, 12, 7, 14, 0, tzinfo=dt.UTC))  # 09:00
    said = {
        dt.datetime(2026, 12, 7, 20, 0, tzinfo=dt.UTC): "Your 09:00 Duloxetine 60 mg is",
        dt.datetime(2026, 12, 8, 13, 0, tzinfo=dt.UTC): "Your 09:00 Duloxetine 60 mg yesterday is",
        dt.datetime(2026, 12, 9, 13, 0, tzinfo=dt.UTC): "Duloxetine 60 mg on Mon 7 Dec is",
    }
    for now, words in said.items():
        text, _ = correction_question(codec, 1, [(dose, med)], zone, now)  # type: ignore[list-item]
        assert words in text, text
