"""'Can I drive on endone and lyrica?' is asked, not told (bot.parsing.driving_question)."""

from __future__ import annotations

import pytest

from bot.parsing.driving_question import asks_about_driving


@pytest.mark.parametrize(
    "text",
    [
        "can i drive home after shift on endone and lyrica? reckon im fine",
        "is it safe to drive on tramadol",
        "am I ok to drive after the gabapentin",
        "should I drive tomorrow on these?",
        "am i allowed to drive on oxycodone",
    ],
)
def test_asks(text: str) -> None:
    assert asks_about_driving(text)


@pytest.mark.parametrize(
    "text",
    ["drove to work today", "I can drive again, leg is better", "driving me mad this pain"],
)
def test_does_not_ask(text: str) -> None:
    assert not asks_about_driving(text)
