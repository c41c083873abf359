"""Goals said in words are read from their phrasing, not from any message with "goal"."""

from __future__ import annotations

import pytest

from bot.domain.goals import goal_in


@pytest.mark.parametrize(
    ("said", "goal"),
    [
        ("my goal is to walk to the shops again", "Walk to the shops again"),
        ("My goal: sleep through the night", "Sleep through the night"),
        ("goal - get back to gardening", "Get back to gardening"),
        ("our main goal is fewer bad days", "Fewer bad days"),
        (
            "my goals are to work full days and lift my grandson",
            "Work full days and lift my grandson",
        ),
        ("goal:", ""),
        ("pain 6, scored a goal at football", None),
        ("the goalkeeper hurt my back", None),
        ("took 2 advil", None),
    ],
)
def test_goal_in(said: str, goal: str | None) -> None:
    assert goal_in(said) == goal
