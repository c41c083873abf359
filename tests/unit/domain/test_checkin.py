"""Check-in timing and question order."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.domain.checkin import already_said, next_checkin, next_stage, peg_score, stages

NY = ZoneInfo("America/New_York")


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
