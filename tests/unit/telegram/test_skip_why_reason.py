"""Whether a message typed while a reminder's Skip menu is open reads as the skip's reason
(bot.telegram.handlers.skip_why.gives_reason): the menu's `accepts` in the one routing
decision (bot.domain.conversation.route)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.services import understanding
from bot.storage.models import Medication
from bot.telegram.handlers.skip_why import gives_reason

NOW = dt.datetime(2026, 12, 7, 3, 40, tzinfo=dt.UTC)
MEDS = ["pregabalin", "naproxen"]


def reads(text: str) -> bool:
    intents = understanding.understand(text, MEDS, NOW, ZoneInfo("Asia/Kolkata"))
    med = Medication(name="Pregabalin", generic="pregabalin")
    return gives_reason(text, intents, med)


@pytest.mark.parametrize(
    "text",
    [
        "side effects",
        "too drowsy",
        "felt too drowsy yesterday",
        "makes me dizzy",
        "forgot",
        "ran out",
        "finished",
        "didn't need it",
        "pain is ok",
        "was at a wedding",
        "doctor said to stop",
        "forgot the pregabalin",
    ],
)
def test_a_reason(text: str) -> None:
    assert reads(text)


@pytest.mark.parametrize(
    "text",
    [
        "pain 7",
        "took it",
        "snooze 30",
        "took the pregabalin",
        "forgot the naproxen",  # another medicine's: the reminder's, not this menu's
        "skip",  # no reason: the reminder's own typed skip
        "too drowsy and I can't control my bladder",  # a red flag: answered first
        "chest pain and can't breathe",
        "ok",
    ],
)
def test_not_a_reason(text: str) -> None:
    assert not reads(text)
