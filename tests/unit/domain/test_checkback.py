"""The check-back after thoughts of suicide: when it is due (the next morning, never in
quiet hours), and whether it is still wanted (once per episode, none once safe)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.domain.checkback import (
    MIN_GAP,
    answers_before_asked,
    checkback_alarm,
    checkback_due,
    checkback_wanted,
)
from bot.domain.due_steps import Quiet
from bot.domain.episodes import Told

TORONTO = ZoneInfo("America/Toronto")


def local(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, minute, tzinfo=TORONTO)


def quiet(start: str | None = None, end: str | None = None) -> Quiet:
    return Quiet(TORONTO, start, end)


def test_told_in_the_afternoon_it_comes_the_next_morning_at_ten() -> None:
    day, due = checkback_due(local(7, 15, 30), quiet())
    assert day == dt.date(2026, 12, 8)
    assert due == local(8, 10)


def test_told_in_the_evening_or_late_at_night_it_comes_the_next_morning() -> None:
    assert checkback_due(local(7, 22, 40), quiet())[1] == local(8, 10)
    # told at 00:30 the same calendar day's 10:00 is that next morning
    assert checkback_due(local(8, 0, 30), quiet())[1] == local(8, 10)


def test_told_shortly_before_ten_it_waits_a_day_not_minutes() -> None:
    assert checkback_due(local(8, 9, 55), quiet())[1] == local(9, 10)
    assert checkback_due(local(8, 5, 0), quiet())[1] == local(9, 10)


def test_it_never_comes_in_quiet_hours() -> None:
    # quiet until 11:30: held to the end of them
    assert checkback_due(local(7, 20), quiet("21:00", "11:30"))[1] == local(8, 11, 30)
    # quiet hours that do not cover 10:00 change nothing
    assert checkback_due(local(7, 20), quiet("22:00", "07:00"))[1] == local(8, 10)


def test_several_messages_the_same_day_share_one_check_back() -> None:
    # the key of the due work is the check-back's day: one row however many messages
    days = {checkback_due(local(7, h), quiet())[0] for h in (11, 14, 18, 23)}
    assert days == {dt.date(2026, 12, 8)}


def test_it_is_wanted_while_the_alarm_stands() -> None:
    alarm = Told(local(7, 15), ("suicidal",))
    assert checkback_wanted([alarm])


def test_safe_or_not_meant_said_since_means_none() -> None:
    alarm = Told(local(7, 15), ("suicidal",))
    for then in ("safe", "not_meant"):
        later = Told(local(7, 18), ("suicidal",), handled=True, followup=True, then=then)
        assert not checkback_wanted([alarm, later])


def test_a_question_asked_or_an_answer_of_the_same_ends_nothing() -> None:
    alarm = Told(local(7, 15), ("suicidal",))
    for then in ("asked", "same", "better"):
        later = Told(local(7, 18), ("suicidal",), handled=True, followup=True, then=then)
        assert checkback_wanted([alarm, later])


def test_another_flag_neither_wants_it_nor_hides_it() -> None:
    fever = Told(local(7, 15), ("fever",))
    assert not checkback_wanted([fever])
    alarm = Told(local(7, 14), ("suicidal",))
    assert checkback_wanted([alarm, fever]), "a later fever must not hide the alarm"


def test_told_as_already_seen_to_wants_none() -> None:
    seen = Told(local(7, 15), ("suicidal",), handled=True)
    assert not checkback_wanted([seen])


def test_re_planned_it_counts_from_the_first_telling_of_the_episode() -> None:
    """A new zone moves the check-back from the thoughts it follows: the first telling
    (later ones planned none), or "I need help now" to a check-back; never an answer
    that said better or the same, nor another alarm's flag."""
    told = [
        Told(local(7, 21), ("fever",)),
        Told(local(7, 21, 30), ("suicidal",)),
        Told(local(7, 23), ("suicidal",)),
        Told(local(7, 23, 30), ("suicidal",), handled=True, followup=True, then="same"),
    ]
    assert checkback_alarm(reversed(told)) == local(7, 21, 30)
    help_now = Told(local(8, 10, 5), ("suicidal",), followup=True, then="help")
    assert checkback_alarm([told[3], help_now]) == local(8, 10, 5)
    assert checkback_alarm(told[:1]) is None


def test_how_they_are_told_first_answers_only_from_the_next_day() -> None:
    told = dt.datetime(2026, 12, 8, 0, 50, tzinfo=dt.UTC)  # 19:50 in Toronto
    assert not answers_before_asked(told, told + dt.timedelta(minutes=40))
    assert answers_before_asked(told, told + MIN_GAP)
    assert answers_before_asked(told, told + dt.timedelta(hours=10, minutes=45))
