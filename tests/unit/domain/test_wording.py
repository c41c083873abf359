"""Lists said in a sentence."""

from __future__ import annotations

from bot.domain.wording import and_list


def test_a_list_is_said_with_commas_and_a_last_and() -> None:
    assert and_list([]) == ""
    assert and_list(["08:00"]) == "08:00"
    assert and_list(["Gabapentin", "Xanax"]) == "Gabapentin and Xanax"
    assert and_list(["08:00", "14:00", "22:00"]) == "08:00, 14:00 and 22:00"
