"""Typed answers to "where does it hurt?"."""

from __future__ import annotations

import pytest

from bot.parsing.locations import denied_locations, find_locations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lower back and left leg", ["lower_back", "leg_left"]),
        ("my neck", ["neck"]),
        ("right leg mostly", ["leg_right"]),
        ("both legs", ["leg_left", "leg_right"]),  # each leg, as the parse contract says
        ("lower back and down both legs", ["lower_back", "leg_left", "leg_right"]),
        ("my legs", ["leg_left", "leg_right"]),  # both legs (the parse contract)
        ("between my shoulder blades", ["upper_back"]),
        ("no idea", []),
        ("", []),
    ],
)
def test_find_locations(text: str, expected: list[str]) -> None:
    assert find_locations(text) == expected


@pytest.mark.parametrize(
    ("text", "found", "denied"),
    [
        # Found living it: each of these was kept as leg pain the person had just denied.
        ("no tingling in my leg, just lower back", ["lower_back"], ["leg"]),
        ("nothing down the leg today", [], ["leg"]),
        ("no pain in my legs", [], ["leg_left", "leg_right"]),
        ("lower back and down my left leg", ["leg_left", "lower_back"], []),
        ("back is better but left leg still hurts", ["leg_left"], []),
    ],
)
def test_a_place_said_not_to_hurt_is_not_where_it_hurts(
    text: str, found: list[str], denied: list[str]
) -> None:
    assert sorted(find_locations(text)) == sorted(found)
    assert denied_locations(text) == denied


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # (sciatica is the leg's pain; its side was lost — Sandbox, Houston)
        ("sciatica on the left side, 6", "leg_left"),
        ("7 out of 10, sciatica playing up on the left", "leg_left"),
        ("left sided sciatica again, pain 6", "leg_left"),
        ("right-sided sciatica, 5", "leg_right"),
        ("the sciatica's back on the right", "leg_right"),
        ("sciatica down my right side", "leg_right"),
    ],
)
def test_the_side_of_sciatica_is_its_leg(text: str, side: str) -> None:
    assert find_locations(text) == [side]


def test_sciatica_without_a_side_names_no_leg() -> None:
    assert find_locations("sciatica flaring, 7") == []
