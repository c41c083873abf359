"""Check-in timing and question order."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.domain.checkin import (
    already_said,
    day_over,
    day_told,
    leg_in_the_score,
    next_checkin,
    next_stage,
    peg_score,
    stages,
)
from bot.domain.records import History, PainReport
from bot.domain.summary import weekly_summary

NY = ZoneInfo("America/New_York")
TORONTO = ZoneInfo("America/Toronto")
FRI, SAT = dt.date(2026, 12, 11), dt.date(2026, 12, 12)


def toronto(y: int, mo: int, d: int, h: int, mi: int = 0, fold: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, tzinfo=TORONTO, fold=fold).astimezone(dt.UTC)


def test_next_checkin_today_or_tomorrow() -> None:
    morning = dt.datetime(2026, 11, 25, 13, 0, tzinfo=dt.UTC)  # 08:00 New York
    assert next_checkin(dt.time(20), NY, morning) == (
        dt.date(2026, 11, 25),
        dt.datetime(2026, 11, 26, 1, 0, tzinfo=dt.UTC),
    )
    late = dt.datetime(2026, 11, 26, 2, 0, tzinfo=dt.UTC)  # 21:00 New York
    assert next_checkin(dt.time(20), NY, late)[0] == dt.date(2026, 11, 26)


def test_checkin_keeps_local_time_across_dst() -> None:
    before = dt.datetime(2026, 10, 31, 12, 0, tzinfo=dt.UTC)
    day, due = next_checkin(dt.time(20), NY, before)
    assert due.astimezone(NY).hour == 20
    after = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)
    day2, due2 = next_checkin(dt.time(20), NY, after)
    assert due2.astimezone(NY).hour == 20 and due2 - due == dt.timedelta(hours=25)


def test_weekly_checkin_adds_peg_items() -> None:
    assert stages(False)[0] == "pain" and "enjoyment" not in stages(False)
    assert stages(True)[:3] == ("pain", "enjoyment", "general")
    assert next_stage("pain", True) == "enjoyment"
    assert next_stage("pain", False) == "location"
    assert next_stage("note", False) is None
    assert next_stage("bogus", False) is None
    assert peg_score(6, 5, 7) == 6


def test_the_onboarding_baseline_asks_the_peg_items_only() -> None:
    assert stages(False, peg_only=True) == ("pain", "enjoyment", "general")
    assert next_stage("pain", False, peg_only=True) == "enjoyment"
    assert next_stage("general", True, peg_only=True) is None


def test_a_question_the_person_already_answered_in_writing_is_passed_over() -> None:
    said = already_said(
        [
            ("pain", {"score": 6, "locations": ["lower_back"], "radiating": None}),
            ("activity", {"kinds": ["walk"], "minutes": 20}),
        ]
    )
    assert said == {"location", "activity"}
    assert next_stage("pain", weekly=False, said=said) == "radiating"
    assert next_stage("sleep", weekly=False, said=said) == "note"
    assert next_stage("pain", weekly=True, said=said) == "enjoyment"


def test_a_bare_score_answers_no_follow_up() -> None:
    said = already_said([("pain", {"score": 7, "locations": [], "radiating": None})])
    assert said == frozenset()
    assert next_stage("pain", weekly=False, said=said) == "location"


def test_said_running_down_a_leg_either_way_answers_that_question() -> None:
    for spread in (True, False):
        pain = {"score": 5, "locations": ["leg_left"], "radiating": spread}
        said = already_said([("pain", pain), ("side_effect", {"effects": ["dizzy"]})])
        assert said == {"location", "radiating", "side_effects"}
        assert next_stage("pain", weekly=False, said=said) == "sleep"


def test_a_pain_said_without_a_score_asks_only_where() -> None:
    from bot.domain.checkin import next_stage, stages

    assert stages(False, pain_only=True) == ("pain", "location", "radiating")
    assert next_stage("radiating", True, pain_only=True) is None


# ---------------------------------------------------------- the day a score is told on


def test_a_score_counts_on_the_local_day_it_is_told_not_the_utc_one() -> None:
    # Friday 20:30 in Toronto is already Saturday in UTC; Saturday 08:30 is Saturday.
    assert day_told(toronto(2026, 12, 11, 20, 30), TORONTO) == FRI
    assert toronto(2026, 12, 11, 20, 30).date() == SAT
    assert day_told(toronto(2026, 12, 12, 8, 30), TORONTO) == SAT


def test_friday_s_check_in_takes_no_score_once_friday_has_ended_there() -> None:
    assert not day_over(FRI, toronto(2026, 12, 11, 20, 0), TORONTO)
    assert not day_over(FRI, toronto(2026, 12, 11, 23, 59) + dt.timedelta(seconds=59), TORONTO)
    assert day_over(FRI, toronto(2026, 12, 12, 0, 0), TORONTO)
    assert day_over(FRI, toronto(2026, 12, 12, 8, 30), TORONTO)
    # (a day's own question asked later than it, or an older one, is over too)
    assert day_over(dt.date(2026, 12, 9), toronto(2026, 12, 12, 8, 30), TORONTO)
    assert not day_over(SAT, toronto(2026, 12, 12, 8, 30), TORONTO)


def test_the_day_ends_at_local_midnight_across_the_autumn_change() -> None:
    # Sunday 1 Nov 2026 01:00-02:00 happens twice in Toronto; Saturday ends at midnight EDT.
    sat = dt.date(2026, 10, 31)
    before = toronto(2026, 10, 31, 23, 30)  # EDT: 03:30 UTC, already Sunday in UTC
    assert before.date() == dt.date(2026, 11, 1) and not day_over(sat, before, TORONTO)
    assert day_over(sat, toronto(2026, 11, 1, 0, 30), TORONTO)
    second = toronto(2026, 11, 1, 1, 30, fold=1)  # EST, the repeated hour
    assert day_told(second, TORONTO) == dt.date(2026, 11, 1)


def test_the_day_ends_at_local_midnight_across_the_spring_change() -> None:
    # Sunday 8 Mar 2026: 02:00 EST jumps to 03:00 EDT in Toronto.
    sat = dt.date(2026, 3, 7)
    assert not day_over(sat, toronto(2026, 3, 7, 23, 59), TORONTO)
    assert day_over(sat, toronto(2026, 3, 8, 0, 30), TORONTO)
    assert day_told(toronto(2026, 3, 8, 3, 30), TORONTO) == dt.date(2026, 3, 8)


def test_a_score_told_the_next_morning_is_that_morning_s_in_the_week() -> None:
    # The week the doctor reads (and the chart drawn from it): Saturday's score on
    # Saturday, nothing on Friday.
    history = History(zone="America/Toronto", pain=(PainReport(toronto(2026, 12, 12, 8, 30), 6),))
    week = weekly_summary(history, end_date=SAT, now=toronto(2026, 12, 12, 9, 0))
    by_day = {p.date: p.pain for p in week.daily}
    assert by_day[SAT] == 6.0 and by_day[FRI] is None
    assert week.pain.days_with_data == 1 and week.pain.mean == 6.0


def test_a_leg_said_with_the_score_answers_down_a_leg() -> None:
    # "7, leg's murder", "8, left knee": a leg named as hurting; "back 6, legs fine" names none
    assert leg_in_the_score(["leg"])
    assert leg_in_the_score(["lower_back", "leg_right"])
    assert not leg_in_the_score(["lower_back", "buttock"])
    assert not leg_in_the_score([])


def test_where_it_hurts_said_alone_answers_where_and_a_leg_answers_down_a_leg() -> None:
    """ "my leg is killing me": kept as where it hurts, then its score asked; neither
    where nor "down a leg?" is asked after it (Sandbox, Manchester)."""
    leg = already_said([("pain_place", {"locations": ["leg"], "radiating": None})])
    assert leg == {"location", "radiating"}
    assert next_stage("pain", False, pain_only=True, said=leg) is None
    back = already_said([("pain_place", {"locations": ["lower_back"], "radiating": None})])
    assert next_stage("pain", False, pain_only=True, said=back) == "radiating"
    assert already_said([("pain_place", {"locations": [], "qualities": ["numb"]})]) == set()
