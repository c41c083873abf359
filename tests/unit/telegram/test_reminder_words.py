"""The small words about a dose's time: the day it was due, said when it is not today's."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.telegram.reminders import day_words

NY = ZoneInfo("America/New_York")


def test_the_day_a_dose_was_due_is_said_unless_today() -> None:
    due = dt.datetime(2026, 11, 25, 22, 0, tzinfo=NY)
    assert day_words(due, due + dt.timedelta(hours=1), NY) == ""
    assert day_words(due, due + dt.timedelta(hours=10), NY) == " yesterday"
    assert day_words(due, due + dt.timedelta(days=3), NY) == " on Wed 25 Nov"
