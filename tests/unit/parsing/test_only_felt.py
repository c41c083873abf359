"""What is felt, said alone ("burning"), as against a report of more than that."""

from __future__ import annotations

import pytest

from bot.parsing.answers import only_felt


@pytest.mark.parametrize(
    ("text", "felt"),
    [
        ("burning", ("burning",)),
        ("its burning", ("burning",)),
        ("more of a stabbing pain now", ("stabbing",)),
        ("burning and tingling", ("burning", "tingling")),
        ("its like pins and needles", ("tingling",)),
    ],
)
def test_what_is_felt_said_alone(text: str, felt: tuple[str, ...]) -> None:
    assert only_felt(text) == felt


@pytest.mark.parametrize(
    "text", ["shooting down my leg", "not burning", "burning, pain 6", "slept badly", "ok"]
)
def test_more_or_less_than_what_is_felt(text: str) -> None:
    assert only_felt(text) == ()
