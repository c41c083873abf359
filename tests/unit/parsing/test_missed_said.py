"""Doses told as gone by untaken, with no clock time ("forgot my morning pills")."""

from __future__ import annotations

import pytest

from bot.parsing.missed_said import missed_told


@pytest.mark.parametrize(
    ("text", "hour", "covered"),
    [
        ("forgot my morning pills", 8, True),
        ("forgot my morning pills", 14, False),
        ("missed my evening dose", 18, True),
        ("forgot to take my meds at lunch", 13, True),
        ("no morning meds today, ran out", 7, True),
        ("didn't take the duloxetine today, felt sick", 8, True),  # no part: any
        ("skipped my bedtime pill last night", 23, True),
        ("skipped my bedtime pill last night", 1, True),  # night runs past midnight
    ],
)
def test_gone_by(text: str, hour: int, covered: bool) -> None:
    told = missed_told(text)
    assert told is not None and told.covers(hour) is covered


@pytest.mark.parametrize(
    "text",
    [
        "I haven't taken my gabapentin yet",  # still to come
        "skip the naproxen tonight",  # ahead
        "did I take my meds?",  # a question
        "took my morning pills",
        "will take it later",
    ],
)
def test_not_gone_by(text: str) -> None:
    assert missed_told(text) is None
