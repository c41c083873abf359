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


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # Glasgow: the 12 was dropped (four doses a day reminded three times)
        ("co-codamol 30/500 8am 12 5pm 10pm", ["08:00", "12:00", "17:00", "22:00"]),
        ("paracetamol 1g 8am, 2 and 8pm", ["08:00", "14:00", "20:00"]),
        ("ibuprofen 400mg 7am 11 3pm and 7pm", ["07:00", "11:00", "15:00", "19:00"]),
    ],
)
def test_a_bare_hour_listed_between_clock_times_is_a_time(text: str, times: list[str]) -> None:
    found = parse_add_line(text)
    assert sorted(t.strftime("%H:%M") for t in found.times) == times
    assert found.amount != 12


def test_a_count_beside_clock_times_stays_a_count() -> None:
    found = parse_add_line("gabapentin 300mg 8am 2 tablets 8pm")
    assert [t.strftime("%H:%M") for t in found.times] == ["08:00", "20:00"]
