"""The reason typed to a reminder's "Why are you skipping it?": the parser's own reasons,
and the supply used up said alone."""

from __future__ import annotations

import pytest

from bot.parsing.skip_answer import reason_answered


@pytest.mark.parametrize(
    ("text", "effects", "reason"),
    [
        ("side effects", (), "side_effects"),
        ("Side effect", (), "side_effects"),
        ("too drowsy", ("drowsiness",), "side_effects"),
        ("felt too drowsy yesterday", ("drowsiness",), "side_effects"),
        ("makes me dizzy", ("dizziness",), "side_effects"),
        ("it upsets my stomach", (), "side_effects"),
        ("forgot", (), "forgot"),
        ("slipped my mind", (), "forgot"),
        ("ran out", (), "ran_out"),
        ("none left", (), "ran_out"),
        ("finished", (), "ran_out"),
        ("Finished!", (), "ran_out"),
        ("all gone", (), "ran_out"),
        ("they're all gone", (), "ran_out"),
        ("used them all up", (), "ran_out"),
        ("I'm out", (), "ran_out"),
        ("all out now", (), "ran_out"),
        ("didn't need it", (), "felt_fine"),
        ("pain is ok", (), "felt_fine"),
        ("the pain is gone", (), "felt_fine"),
        ("not needed", (), "felt_fine"),
        ("was at a wedding", (), "other"),
        ("doctor said to stop", (), "other"),
        ("had a blood test", (), "other"),
    ],
)
def test_a_reason_is_read(text: str, effects: tuple[str, ...], reason: str) -> None:
    assert reason_answered(text, effects) == reason


@pytest.mark.parametrize(
    "text",
    ["pain 7", "took it", "ok", "out with friends", "gone to bed", "at my sister's all day"],
)
def test_no_reason_the_patterns_know(text: str) -> None:
    assert reason_answered(text) is None
