"""Why all reminders were paused: read from the words said with the pause, in plain words
for the report."""

from __future__ import annotations

import pytest

from bot.domain.reminder_pause import AllPausedReason, all_paused_label, reason_in_words


@pytest.mark.parametrize(
    "words", ["in hospital", "admitted tomorrow", "in for my op", "back surgery", "Hospital"]
)
def test_a_stay_is_read_as_in_hospital(words: str) -> None:
    assert reason_in_words(words) is AllPausedReason.HOSPITAL
    assert all_paused_label(reason_in_words(words)) == "in hospital"


@pytest.mark.parametrize("words", ["", "for a bit", "on holiday", "stop", "hospitality job"])
def test_other_words_name_no_reason(words: str) -> None:
    assert reason_in_words(words) is None


def test_an_unknown_code_has_no_words() -> None:
    assert all_paused_label("holiday") == ""
    assert all_paused_label(None) == ""
