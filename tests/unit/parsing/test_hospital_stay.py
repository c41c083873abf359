"""A hospital stay ahead told in passing, apart from a visit, a past stay or another's;
and back home now, told (reminders paused are offered back on)."""

from __future__ import annotations

import pytest

from bot.parsing.hospital_stay import back_told, home_from_care, stay_told


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


@pytest.mark.parametrize(
    "text",
    [
        "home now",
        "back from hospital",
        "discharged today",
        "I'm back home",
        "Im back home!",
        "got home last night, slept badly",
        "home now, they gave me tramadol 50mg every 6h for a week",
        "back from holiday",
        "they let me out this morning",
    ],
)
def test_back_home_now_is_told(text: str) -> None:
    assert back_told(text)


@pytest.mark.parametrize(
    "text",
    [
        "not home yet",
        "still in hospital, not discharged yet",
        "hope to be discharged tomorrow",
        "back friday",
        "my dad is home now",
        "my wife is back from hospital",
        "am I home for good?",
        "pain 6 at home now",
        "working from home now",
        "back pain bad today",
        "going into hospital tomorrow for the op, back friday",
    ],
)
def test_not_yet_another_s_asked_or_only_at_home_is_not(text: str) -> None:
    assert not back_told(text)


@pytest.mark.parametrize(
    "text",
    [
        "discharged this morning, back is sore",
        "I'm back home from hospital",
        "home now, they kept me in 3 nights",
        "back from surgery, sore but ok",
    ],
)
def test_home_from_a_stay_is_for_the_doctor(text: str) -> None:
    assert home_from_care(text)


@pytest.mark.parametrize(
    "text",
    ["I'm back home", "got home from work", "back from holiday", "my dad is out of hospital"],
)
def test_home_from_elsewhere_or_someone_else_s_stay_is_not(text: str) -> None:
    assert not home_from_care(text)
