"""The one-line /routine grammar: many ways of saying one routine, and the lines that
cannot be kept, each with what is missing."""

from __future__ import annotations

from datetime import time

import pytest

from bot.parsing.routine_line import RoutineProblem, parse_routine_line

EVERY_DAY = frozenset(range(7))
WEEKDAYS = frozenset(range(5))

READS = [
    # text, name, minutes, time, weekdays
    ("stretches 10 min 07:00 mon-fri", "stretches", 10, time(7), WEEKDAYS),
    ("walk 30 min 18:00", "walk", 30, time(18), EVERY_DAY),
    ("physio exercises 20 minutes at 7am weekdays", "physio exercises", 20, time(7), WEEKDAYS),
    ("walk every day 6pm", "walk", None, time(18), EVERY_DAY),
    ("stretches 07:00", "stretches", None, time(7), EVERY_DAY),
    ("Walk the dog 30min 7:15am", "Walk the dog", 30, time(7, 15), EVERY_DAY),
    ("yoga 45 min at 7:30pm on mon, wed and fri", "yoga", 45, time(19, 30), {0, 2, 4}),
    ("10 min stretches 07:00", "stretches", 10, time(7), EVERY_DAY),
    ("walk @ 18:00", "walk", None, time(18), EVERY_DAY),
    ("walk for half an hour at noon on weekends", "walk", 30, time(12), {5, 6}),
    ("walk 2 hours 18:00", "walk", 120, time(18), EVERY_DAY),
    ("swim tue thu 7am 45 mins", "swim", 45, time(7), {1, 3}),
    ("walk 18:00 daily", "walk", None, time(18), EVERY_DAY),
    ("stretches at 7 in the morning", "stretches", None, time(7), EVERY_DAY),
    ("walk at 6 in the evening", "walk", None, time(18), EVERY_DAY),
    ("walk at 9 at night", "walk", None, time(21), EVERY_DAY),
    ("walk tonight at 8", "walk", None, time(20), EVERY_DAY),
    ("walk starting today at 6pm", "walk", None, time(18), EVERY_DAY),
    # A part of the day without a preposition is part of the name: it tells two apart.
    ("stretches morning 07:00", "stretches morning", None, time(7), EVERY_DAY),
    ("stretches evening 19:00", "stretches evening", None, time(19), EVERY_DAY),
    ("morning stretches 7am", "morning stretches", None, time(7), EVERY_DAY),
    (
        "McKenzie exercises ten minutes 08:30 sat-mon",
        "McKenzie exercises",
        10,
        time(8, 30),
        {5, 6, 0},
    ),
    ("rückenübungen 08:00", "rückenübungen", None, time(8), EVERY_DAY),
    ("  walk   30 min   18:00  ", "walk", 30, time(18), EVERY_DAY),
]


@pytest.mark.parametrize(("text", "name", "minutes", "at", "days"), READS)
def test_a_routine_line_is_read(
    text: str, name: str, minutes: int | None, at: time, days: set[int]
) -> None:
    line = parse_routine_line(text)
    assert line.ok, line.problems
    assert (line.name, line.minutes, line.at, line.weekdays) == (name, minutes, at, frozenset(days))


PROBLEMS = [
    ("", RoutineProblem.EMPTY),
    ("   ", RoutineProblem.EMPTY),
    ("walk", RoutineProblem.NO_TIME),
    ("stretches in the morning", RoutineProblem.NO_TIME),
    ("walk 25:00", RoutineProblem.NO_TIME),
    ("07:00", RoutineProblem.NO_NAME),
    ("10 min at 7am mon-fri", RoutineProblem.NO_NAME),
    ("stretches 07:00 19:00", RoutineProblem.MANY_TIMES),
    ("stretches at 8am and 8pm", RoutineProblem.MANY_TIMES),
    ("stretches twice a day", RoutineProblem.MANY_TIMES),
    ("walk every 4 hours", RoutineProblem.MANY_TIMES),
    ("walk 0 min 18:00", RoutineProblem.BAD_MINUTES),
    ("walk 12 hours 18:00", RoutineProblem.BAD_MINUTES),
    ("x" * 61 + " 07:00", RoutineProblem.NAME_TOO_LONG),
    ("walk every other day 18:00", RoutineProblem.NO_COURSE),
    ("walk 18:00 for 2 weeks", RoutineProblem.NO_COURSE),
    ("walk 18:00 until friday", RoutineProblem.NO_COURSE),
    ("walk from tomorrow 18:00", RoutineProblem.NO_COURSE),
]


@pytest.mark.parametrize(("text", "problem"), PROBLEMS)
def test_a_line_that_cannot_be_kept_says_what_is_missing(
    text: str, problem: RoutineProblem
) -> None:
    line = parse_routine_line(text)
    assert not line.ok
    assert problem in line.problems


def test_two_times_are_both_read_but_none_is_chosen() -> None:
    line = parse_routine_line("stretches 07:00 19:00")
    assert line.times == (time(7), time(19)) and line.at is None and line.name == "stretches"


def test_nothing_missing_reads_both_missing_parts() -> None:
    line = parse_routine_line("mon-fri")
    assert {RoutineProblem.NO_NAME, RoutineProblem.NO_TIME} <= set(line.problems)


@pytest.mark.parametrize(
    "text",
    ["\x00", "🙂" * 300, ":" * 80, "at at at", "12345678901234567890", "walk " + "9" * 400, "–"],
)
def test_odd_input_never_raises(text: str) -> None:
    line = parse_routine_line(text)
    assert line.weekdays and isinstance(line.problems, tuple)
