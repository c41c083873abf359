"""A hospital stay ahead told in passing, apart from a visit, a past stay or another's."""

from __future__ import annotations

import pytest

from bot.parsing.hospital_stay import stay_told


@pytest.mark.parametrize(
    "text",
    [
        "going into hospital tomorrow for the op, back friday",
        "I'll be in hospital from tomorrow till friday",
        "admitted tomorrow for surgery",
        "having my operation on thursday",
    ],
)
def test_a_stay_ahead_is_told(text: str) -> None:
    assert stay_told(text)


@pytest.mark.parametrize(
    "text",
    [
        "going to hospital on monday for an mri",
        "physio thurs 4pm",
        "I was in hospital last week",
        "home now, they gave me tramadol 50mg every 6h for a week",
        "my dad is going into hospital tomorrow",
        "should I go into hospital tomorrow?",
        "going into hospital for the op",
    ],
)
def test_a_visit_a_past_stay_another_s_or_no_day_is_not(text: str) -> None:
    assert not stay_told(text)
