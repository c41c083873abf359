"""The small words of a reminder's "When did you take it?": the clock face beside a time
and the day a dose was due, said when it is not today's."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.telegram.reminders import clock_face, day_words

NY = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("hour", "minute", "face"),
    [(22, 0, "🕙"), (7, 45, "🕗"), (8, 30, "🕣"), (0, 10, "🕛"), (12, 0, "🕛"), (23, 50, "🕛")],
)
def test_a_clock_face_for_the_local_time(hour: int, minute: int, face: str) -> None:
    at = dt.datetime(2026, 11, 25, hour, minute, tzinfo=NY)
    assert clock_face(at.astimezone(dt.UTC), NY) == face


def test_the_day_a_dose_was_due_is_said_unless_today() -> None:
    due = dt.datetime(2026, 11, 25, 22, 0, tzinfo=NY)
    assert day_words(due, due + dt.timedelta(hours=1), NY) == ""
    assert day_words(due, due + dt.timedelta(hours=10), NY) == " yesterday"
    assert day_words(due, due + dt.timedelta(days=3), NY) == " on Wed 25 Nov"
