"""How a medicine is taken, as the /add line says it, is kept in the person's words
(Sandbox, Glasgow: "before breakfast" for alendronic acid was dropped)."""

from __future__ import annotations

import pytest

from bot.parsing.addline import MAX_INSTRUCTION, how_taken, parse_add_line


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("alendronic acid 70mg weekly monday 8am before breakfast", "before breakfast"),
        (
            "alendronic acid 70mg weekly 8am 30 min before breakfast with a full glass of water",
            "30 min before breakfast, with a full glass of water",
        ),
        ("naproxen 500mg 8am 8pm with food", "with food"),
        ("omeprazole 20mg 7am on an empty stomach", "on an empty stomach"),
        ("diclofenac 50mg 3 times a day after meals", "after meals"),
        ("oxycontin 10mg 8am 8pm swallow whole, do not crush", "swallow whole, do not crush"),
    ],
)
def test_how_it_is_taken_is_kept_as_said(line: str, said: str) -> None:
    assert parse_add_line(line).instruction == said


@pytest.mark.parametrize(
    "line",
    [
        "gabapentin 300mg at bedtime",
        "ibuprofen 400mg as needed max 3 per day",
        "paracetamol 1g 8am 12 4pm 8pm",
        "water tablets 40mg 8am",
    ],
)
def test_a_line_that_says_nothing_of_it_keeps_none(line: str) -> None:
    assert parse_add_line(line).instruction is None


def test_it_is_kept_to_the_columns_width() -> None:
    said = how_taken(" ".join(["with food before breakfast with milk on an empty stomach"] * 5))
    assert said is not None and len(said) <= MAX_INSTRUCTION and not said.endswith(",")
