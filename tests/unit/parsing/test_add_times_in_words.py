"""Dose times answered in words when /add asks for them ("9 in the morning, 1 o'clock, 5
o'clock and 10 at night"): the afternoon's o'clock hours are the afternoon's, and a count
before "in the morning" stays a count."""

from __future__ import annotations

import pytest

from bot.parsing.addline import parse_add_line


@pytest.mark.parametrize(
    ("text", "times"),
    [
        (
            "9 in the morning, 1 o clock, 5 o clock and 10 at night",
            ["09:00", "13:00", "17:00", "22:00"],
        ),
        ("8 in the morning and 8 in the evening", ["08:00", "20:00"]),
        ("at 12 in the afternoon", ["12:00"]),
        ("7 o'clock and 11 o'clock", ["07:00", "11:00"]),
    ],
)
def test_times_in_words(text: str, times: list[str]) -> None:
    found = parse_add_line("panadol 1g " + text)
    assert sorted(t.strftime("%H:%M") for t in found.times) == times


def test_a_count_in_the_morning_is_no_time() -> None:
    found = parse_add_line("co-codamol 30/500 2 in the morning and 2 at night")
    assert all(t.hour not in (2, 14) for t in found.times)
