"""Typed answers to "where does it hurt?"."""

from __future__ import annotations

import pytest

from bot.parsing.locations import find_locations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lower back and left leg", ["lower_back", "leg_left"]),
        ("my neck", ["neck"]),
        ("right leg mostly", ["leg_right"]),
        ("both legs", ["leg"]),
        ("between my shoulder blades", ["upper_back"]),
        ("no idea", []),
        ("", []),
    ],
)
def test_find_locations(text: str, expected: list[str]) -> None:
    assert find_locations(text) == expected
