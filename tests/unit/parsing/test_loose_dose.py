"""A dose told loosely (a stretch of the day, or by a carer) may be one already logged."""

from __future__ import annotations

import pytest

from bot.parsing.loose_dose import told_loosely


@pytest.mark.parametrize(
    "text",
    [
        "this is Sharon, Garys wife. he had an extra endone tonight and hes really drowsy",
        "Linda here, dad took his norco",
        "took an endone earlier",
        "had one this evening",
        "had an endone before dinner",
    ],
)
def test_loosely_told(text: str) -> None:
    assert told_loosely(text)


@pytest.mark.parametrize(
    "text",
    ["took an endone", "took another endone at 21:15", "took one 2 hours ago", "took a 3rd endone"],
)
def test_told_at_an_instant_by_the_patient(text: str) -> None:
    assert not told_loosely(text)


@pytest.mark.parametrize(
    "text",
    [
        "took another tramadol",
        "took 1 more tram",
        "took an extra one",
        "just took another",
        "had another tramadol at 3",
        "took another 2 advil",
        "1 more",
        "another one",
    ],
)
def test_one_more_dose_is_said(text: str) -> None:
    from bot.parsing.loose_dose import says_another

    assert says_another(text)


@pytest.mark.parametrize(
    "text",
    [
        "had another bad night, took my pills",
        "had another flare",
        "took my second dose",
        "took them again",
        "no more pain today",
        "took more than i should",
    ],
)
def test_no_more_dose_is_said(text: str) -> None:
    from bot.parsing.loose_dose import says_another

    assert not says_another(text)
