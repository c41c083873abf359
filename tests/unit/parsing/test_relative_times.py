"""A dose's time told from the time said before it ("an hour after that", "4 hours later",
"2 hrs before that"), said as the clock or the "ago" it comes to."""

from __future__ import annotations

import pytest

from bot.parsing.relative_times import times_from_the_one_before


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("celebrex at 8 and 1 tramadol an hour after that", "celebrex at 8 and 1 tramadol at 9"),
        (
            "mobic at 7 and then tramadol an hour and a half later",
            "mobic at 7 and then tramadol at 8:30",
        ),
        ("2 advil at 11pm and 2 more three hours later", "2 advil at 11pm and 2 more at 02:00"),
        ("oxy at 10:45 then another 20 mins later", "oxy at 10:45 then another at 11:05"),
        (
            "30 min ago 2 percocet, 2 hours before that 1 percocet",
            "30 min ago 2 percocet, 150 min ago 1 percocet",
        ),
    ],
)
def test_said_as_the_time_it_comes_to(text: str, said: str) -> None:
    assert times_from_the_one_before(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "pain got worse an hour later",  # no clock before: left as said
        "ibuprofen 400mg and another an hour after my walk",
        "2 hours before that",
    ],
)
def test_left_as_said(text: str) -> None:
    assert times_from_the_one_before(text) == text
