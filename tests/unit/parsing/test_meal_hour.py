"""A meal or bedtime said beside a bare clock hour sets its half of the day: "with lunch
at 1" is 13:00, "dinner at 7" 19:00, "breakfast at 9" 09:00 (the dose was logged at
21:00 the night before — Sandbox, a carer at 08:00)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.intents import DoseIntent
from bot.parsing.parser import parse
from bot.parsing.timephrases import bare_clock_time, meal_hour, resolve_when, scan_time

LONDON = ZoneInfo("Europe/London")
MORNING = dt.datetime(2026, 12, 7, 8, 0, tzinfo=LONDON)
EVENING = dt.datetime(2026, 12, 7, 20, 0, tzinfo=LONDON)


@pytest.mark.parametrize(
    ("kind", "hour", "expected"),
    [
        ("breakfast", 9, 9),
        ("breakfast", 6, 6),
        ("breakfast", 12, 12),
        ("lunch", 1, 13),
        ("lunch", 12, 12),
        ("lunch", 11, 11),
        ("lunch", 3, 15),
        ("dinner", 7, 19),
        ("dinner", 1, 13),
        ("dinner", 10, 22),
        ("supper", 11, 23),
        ("tea", 6, 18),
        ("bed", 11, 23),
        ("bed", 12, 0),
        ("bed", 1, 1),
        ("bed", 9, 21),
    ],
)
def test_a_meal_places_a_bare_hour_in_its_part_of_the_day(
    kind: str, hour: int, expected: int
) -> None:
    assert meal_hour(kind, hour) == expected


@pytest.mark.parametrize(
    ("kind", "hour"), [("breakfast", 3), ("lunch", 7), ("dinner", 11), ("tea", 9), ("bed", 5)]
)
def test_an_hour_outside_the_meals_part_of_the_day_is_left_open(kind: str, hour: int) -> None:
    assert meal_hour(kind, hour) is None


def _hour(text: str, now: dt.datetime) -> tuple[int, int] | None:
    when = resolve_when(text, now, LONDON)
    return None if when is None else (when.hour, when.minute)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("had my naproxen with lunch at 1", (13, 0)),
        ("naproxen at 1, with lunch", (13, 0)),
        ("took it at lunchtime around 2", (14, 0)),
        ("took naproxen with dinner at 7", (19, 0)),
        ("took it at half 7 with my dinner", (19, 30)),
        ("with my evening meal at 6:30", (18, 30)),
        ("took 2 with my tea at 6", (18, 0)),
        ("had them with supper at 10", (22, 0)),
        ("mum had her naproxen with breakfast at 9", (9, 0)),
        ("with my brekkie at 8 had a naproxen", (8, 0)),
        ("took it with my morning coffee at 10", (10, 0)),
        ("took it before bed at 11", (23, 0)),
        ("took one at bedtime, around 11", (23, 0)),
        ("took one at quarter past 1 with lunch", (13, 15)),
    ],
)
def test_a_meal_beside_a_bare_hour_sets_its_half_of_the_day(
    text: str, expected: tuple[int, int]
) -> None:
    assert _hour(text, EVENING) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("took it at 9am with dinner", (9, 0)),  # as written
        ("took it with breakfast at 21:00", (21, 0)),
        ("took it at 9 and will have another with dinner", (9, 0)),  # two things
        ("took it at 7 with my tea", (19, 0)),  # a cup of tea, maybe: the bare reading
        ("took it with dinner", (18, 0)),  # no hour: the meal's usual one, as before
        ("took it at lunch", (12, 0)),
    ],
)
def test_an_hour_written_out_or_not_beside_the_meal_is_read_as_before(
    text: str, expected: tuple[int, int]
) -> None:
    assert _hour(text, EVENING) == expected


def test_an_hour_placed_by_a_meal_is_not_a_bare_hour_to_doubt() -> None:
    assert scan_time("took it with lunch at 1").clock is not None
    assert bare_clock_time("took it with lunch at 1", EVENING, LONDON) is None


def _taken_at(text: str, now: dt.datetime) -> dt.datetime | None:
    doses = [i for i in parse(text, ["naproxen"], now, LONDON) if isinstance(i, DoseIntent)]
    assert len(doses) == 1
    return None if doses[0].at is None else dt.datetime.fromisoformat(doses[0].at)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 13:00 and 19:00 today are still well ahead at 08:00: taken, so yesterday's
        ("had my naproxen with lunch at 1", dt.datetime(2026, 12, 6, 13, 0, tzinfo=LONDON)),
        ("took naproxen with dinner at 7", dt.datetime(2026, 12, 6, 19, 0, tzinfo=LONDON)),
        ("took naproxen before bed at 11", dt.datetime(2026, 12, 6, 23, 0, tzinfo=LONDON)),
        # an hour ahead stays today's, for the bot to ask about, as "at 9am" does
        ("had my naproxen with breakfast at 9", dt.datetime(2026, 12, 7, 9, 0, tzinfo=LONDON)),
    ],
)
def test_a_dose_with_a_meal_at_a_bare_hour_is_taken_at_the_meal(
    text: str, expected: dt.datetime
) -> None:
    assert _taken_at(text, MORNING) == expected
