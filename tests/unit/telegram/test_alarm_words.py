"""The words reserved for alarms ("emergency", "crisis"): said only by the alarms and
what is said within an alarm's episode (bot.telegram.texts' docstring). The check-back
the day after thoughts of suicide keeps the crisis line open in its answers' replies,
softly, and never in its own morning question."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from bot.domain.checkback import CheckBackAnswer
from bot.telegram import texts
from bot.telegram.checkback_views import answered_text
from bot.telegram.handlers.checkback import reply_to

RESERVED = re.compile(r"\b(?:emergency|crisis)\b", re.IGNORECASE)


def _said(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _said(v)
    elif isinstance(value, (list, tuple, frozenset, set)):
        for v in value:
            yield from _said(v)


def test_only_the_alarms_and_their_episodes_say_the_reserved_words() -> None:
    saying = {
        name
        for name, value in vars(texts).items()
        if name.isupper() and name != "ALARM_WORDS_IN"
        if any(RESERVED.search(t) for t in _said(value))
    }
    assert saying == texts.ALARM_WORDS_IN, (
        "a text that says 'emergency' or 'crisis' must be an alarm or follow one: "
        f"new {sorted(saying - texts.ALARM_WORDS_IN)}, "
        f"no longer {sorted(texts.ALARM_WORDS_IN - saying)}"
    )


def test_the_check_back_asks_without_alarm_words() -> None:
    """A morning "how are you?" must not read as an alarm, nor its answered form."""
    asked = [texts.CHECKBACK_ASK, texts.CHECKBACK_KEPT]
    asked += [answered_text(a) for a in CheckBackAnswer]
    assert not [t for t in asked if RESERVED.search(t)]


@pytest.mark.parametrize("answer", [CheckBackAnswer.BETTER, CheckBackAnswer.SAME])
def test_better_or_the_same_keeps_the_local_crisis_line_open_warmly_and_shortly(
    answer: CheckBackAnswer,
) -> None:
    said = reply_to(answer, "America/Toronto")
    assert "9-8-8" in said and "Samaritans" not in said  # the person's own line
    assert "emergency" not in said.lower()  # no alarm: they said how they are
    assert "💙" in said and len(said) <= 320


def test_help_now_is_the_alarm_itself() -> None:
    said = reply_to(CheckBackAnswer.HELP, "America/Toronto")
    assert "crisis" in said and "emergency" in said and "9-8-8" in said
