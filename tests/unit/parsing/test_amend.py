"""A number just told, corrected: read as the correction it is, not as a new report."""

from __future__ import annotations

import pytest

from bot.parsing.amend import Amend, said_amend


@pytest.mark.parametrize(
    ("text", "amend"),
    [
        ("sorry i meant 6 not 8", Amend(6, 8)),
        ("actually 6 not 8", Amend(6, 8)),
        ("not 8, 6", Amend(6, 8)),
        ("sorry, not 2, 1", Amend(1, 2)),
        ("oops it was only 1", Amend(1)),
        ("make that 2", Amend(2)),
        ("typo - 7", Amend(7)),
        ("i meant six", Amend(6)),
        ("sorry meant 6/10", Amend(6)),
        ("it was just 1 tablet", Amend(1)),
        ("only had 1", Amend(1)),
        ("should have been 5", Amend(5)),
        ("my bad its 4", Amend(4)),
    ],
)
def test_a_number_corrected_is_read_with_the_one_it_replaces(text: str, amend: Amend) -> None:
    assert said_amend(text) == amend


@pytest.mark.parametrize(
    "text",
    [
        "pain 6 now",  # a new score, no word of a mistake
        "sorry i meant 8pm",  # a time
        "sorry i meant at 8",
        "sorry 400mg",  # a strength
        "whoops, 2 hours ago",
        "took 2 more",
        "oops forgot my gabapentin",
        "sorry pain 7 and took 2 advil",  # news of its own
        "sorry about that",
        "sorry im in a lot of pain",
        "was it 6 or 8?",  # a question
        "sorry, 6 not 6",
    ],
)
def test_no_correction_of_a_number_is_none(text: str) -> None:
    assert said_amend(text) is None
