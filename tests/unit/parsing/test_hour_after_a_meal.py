"""A bare hour said in its own clause after bedtime, a meal or a night is in that part of
the day, as when said beside it: "took my gabapentin at bedtime, 11" was logged at 22:00
(bedtime's usual hour) though the person said 11, and "…, around 11" at 11:00 that
morning."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.intents import DoseIntent, PainIntent
from bot.parsing.parser import parse
from bot.parsing.timephrases import in_the_meals_part, scan_time

KOLKATA = ZoneInfo("Asia/Kolkata")
NOW = datetime(2026, 12, 7, 14, 0, tzinfo=KOLKATA)
EVENING = datetime(2026, 12, 7, 22, 30, tzinfo=KOLKATA)


def _at(text: str, now: datetime = NOW) -> list[str | None]:
    return [
        i.at and i.at[:16]
        for i in parse(text, ["gabapentin", "naproxen"], now, KOLKATA)
        if isinstance(i, DoseIntent)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("took my gabapentin at bedtime, 11", "2026-12-06T23:00"),
        ("took my gabapentin at bedtime, around 11", "2026-12-06T23:00"),
        ("took my gabapentin at bedtime, at 11", "2026-12-06T23:00"),
        ("gabapentin before bed, 11ish", "2026-12-06T23:00"),
        ("took my gabapentin at bedtime, 12", "2026-12-07T00:00"),
        ("took my gabapentin last night, 11", "2026-12-06T23:00"),
        ("had my gabapentin at bedtime, about 10.30", "2026-12-06T22:30"),
        ("took my gabapentin at bedtime, 11pm", "2026-12-06T23:00"),
    ],
)
def test_the_hour_said_after_bedtime_is_the_nights(text: str, expected: str) -> None:
    assert _at(text) == [expected]


def test_the_hour_said_after_breakfast_is_the_mornings() -> None:
    # (said late at night the most recent 9 was 21:00)
    assert _at("took my naproxen with breakfast, at 9", EVENING) == ["2026-12-07T09:00"]


def test_a_bare_hour_after_a_clock_is_left_alone() -> None:
    assert _at("took my gabapentin at 8, 11") == ["2026-12-07T08:00"]


def test_a_number_on_the_scale_stays_a_score() -> None:
    intents = parse("took my gabapentin at bedtime, 9", ["gabapentin"], NOW, KOLKATA)
    assert [i.score for i in intents if isinstance(i, PainIntent)] == [9]


def test_in_the_meals_part() -> None:
    assert in_the_meals_part(scan_time("at 11"), "gabapentin at bedtime").clock.hour == 23  # type: ignore[union-attr]
    assert in_the_meals_part(scan_time("at 1"), "with lunch").clock.hour == 13  # type: ignore[union-attr]
    # no meal before, or a clock that says its half of the day: unchanged
    assert in_the_meals_part(scan_time("at 11"), "took it").clock.hour == 11  # type: ignore[union-attr]
    assert in_the_meals_part(scan_time("at 11am"), "at bedtime").clock.hour == 11  # type: ignore[union-attr]
