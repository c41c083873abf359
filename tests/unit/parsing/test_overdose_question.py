""" "What does too much look like?" is read as a question about a medicine's overdose
signs, and only that: a report of too much taken is the red-flag reader's."""

from __future__ import annotations

import pytest

from bot.parsing.overdose_question import asks_overdose_signs

MEDS = ["tramadol", "oxycodone", "acetaminophen"]


@pytest.mark.parametrize(
    ("text", "medicines"),
    [
        ("what are the signs of an overdose on oxy?", ("oxycodone",)),
        ("which symptoms show too much tramadol?", ("tramadol",)),
        ("please which signs go show say person don take too much tramadol?", ("tramadol",)),
        ("how would I know if my husband took too much of his pills?", ()),
        ("what does an overdose look like", ()),
        ("signs of overdose?", ()),
        ("how do i tell if i had too much tylenol", ("acetaminophen",)),
    ],
)
def test_the_signs_of_too_much_asked_about(text: str, medicines: tuple[str, ...]) -> None:
    asked = asks_overdose_signs(text, MEDS)
    assert asked is not None and asked.medicines == medicines


@pytest.mark.parametrize(
    "text",
    [
        "i took too much tramadol",  # a report: the red-flag and too-much answers
        "the pain is too much today",
        "what are the signs of a slipped disc?",
        "took 2 oxy, pain 6",
    ],
)
def test_other_messages_are_no_such_question(text: str) -> None:
    assert asks_overdose_signs(text, MEDS) is None
