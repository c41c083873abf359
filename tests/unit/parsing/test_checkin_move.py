"""The daily check-in asked, in words, to move to a time (offered as one tap)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing.checkin_move import checkin_move_said


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("i work nights, can you move my check in to 4pm", dt.time(16, 0)),
        ("can you change the check-in time to 16:00", dt.time(16, 0)),
        ("ask me about my pain at 7am instead", dt.time(7, 0)),
        ("check in at 4pm instead please", dt.time(16, 0)),
        ("move the daily check-in to 7.30am", dt.time(7, 30)),
        ("Could you switch my checkin to noon?", dt.time(12, 0)),
        ("can you set my pain check to 9 pm", dt.time(21, 0)),
        ("new shifts so push the check in to 0600 pls", dt.time(6, 0)),
    ],
)
def test_a_move_asked_gives_its_time(text: str, at: dt.time) -> None:
    assert checkin_move_said(text) == at


@pytest.mark.parametrize(
    "text",
    [
        "my check in with the physio is at 4pm",
        "dont move my check in to 4pm",
        "move my check in to 4",  # 04:00 or 16:00: not offered
        "physio moved to 4pm, check in later",
        "took my pills at 4pm",
        "im checking to see if 4pm works",
        "check in at 4pm went fine",
    ],
)
def test_a_visit_a_refusal_or_an_unclear_hour_is_not(text: str) -> None:
    assert checkin_move_said(text) is None
