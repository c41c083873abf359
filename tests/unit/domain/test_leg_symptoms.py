"""The legs over a period, for a doctor judging sciatica: pain in or down a leg by day
and side, days it was said not to, and numbness or tingling kept apart from pain."""

from __future__ import annotations

import datetime as dt

from bot.domain.leg_symptoms import (
    in_both_legs,
    leg_symptoms,
    new_in_both_legs,
    runs_down_a_leg,
)
from bot.domain.records import History, PainPlaceReport, PainReport
from tests.unit.domain.test_summary import _Z, LONDON, at, day


def _span() -> tuple[dt.datetime, dt.datetime]:
    return at(day(0), 0), at(day(7), 0)


def test_pain_down_a_leg_numbness_and_no_by_day() -> None:
    history = History(
        zone=LONDON,
        pain=(
            PainReport(at(day(0), 9), 7, ("leg_left",), ("shooting",), True),
            PainReport(at(day(0), 20), 6, (), (), True),  # same day: counted once
            PainReport(
                at(day(1), 20), 5, ("lower_back", "leg"), (), False
            ),  # "nothing down the leg"
            PainReport(at(day(2), 20), 4, ("lower_back",), ()),  # not said either way
        ),
        places=(PainPlaceReport(at(day(3), 11), ("leg_left",), None, ("numb",)),),
    )
    legs = leg_symptoms(history, _Z, *_span())
    assert legs is not None
    assert legs.leg_days == (day(0),)  # numbness said alone is no pain
    assert legs.not_down_days == (day(1),)
    assert legs.sides == ("leg_left",)
    assert legs.nerve_days == (day(3),) and legs.nerve_places == ("leg_left",)


def test_nothing_said_of_the_legs_is_none() -> None:
    history = History(zone=LONDON, pain=(PainReport(at(day(0), 9), 7, ("lower_back",)),))
    assert leg_symptoms(history, _Z, *_span()) is None
    outside = History(zone=LONDON, pain=(PainReport(at(day(9), 9), 7, ("leg",), (), True),))
    assert leg_symptoms(outside, _Z, *_span()) is None


def test_pain_spreading_into_a_buttock_or_an_arm_is_no_leg_day() -> None:
    history = History(
        zone=LONDON,
        pain=(
            PainReport(at(day(0), 9), 8, ("buttock",), (), True),  # "gone into my bum again"
            PainReport(at(day(1), 9), 6, ("neck", "arm"), (), True),  # "into my right arm"
            PainReport(at(day(2), 9), 7, ("buttock", "leg_right"), (), True),  # and the leg
            PainReport(at(day(3), 9), 7, ("lower_back",), (), True),  # "going down", no place
        ),
    )
    legs = leg_symptoms(history, _Z, *_span())
    assert legs is not None
    assert legs.leg_days == (day(2), day(3))
    assert legs.sides == ("leg_right",)


def test_runs_down_a_leg() -> None:
    assert runs_down_a_leg(("buttock", "leg"), True)
    assert runs_down_a_leg((), True)  # "sciatica flaring"
    assert not runs_down_a_leg(("buttock",), True)
    assert not runs_down_a_leg(("leg_left",), False)
    assert not runs_down_a_leg(("leg_left",), None)


def test_weakness_is_its_own_finding_never_leg_pain() -> None:
    history = History(
        zone=LONDON,
        places=(
            PainPlaceReport(at(day(5), 19), ("leg_left", "leg_right"), None, ("numb",)),
            PainPlaceReport(at(day(5), 20), ("leg_left", "leg_right"), None, ("weak",)),
        ),
    )
    legs = leg_symptoms(history, _Z, *_span())
    assert legs is not None
    assert legs.leg_days == ()  # numbness and weakness said alone are no pain
    assert legs.weak_days == (day(5),) and legs.weak_places == ("leg_left", "leg_right")
    assert legs.nerve_days == (day(5),)


def test_in_both_legs_and_what_is_new() -> None:
    both = ("leg_left", "leg_right")
    assert in_both_legs(both, ("numb",)) == {"numb"}
    assert in_both_legs(both, ("tingling", "weak")) == {"numb", "weak"}
    assert in_both_legs(("leg_left",), ("numb",)) == frozenset()
    assert in_both_legs(both, ("shooting",)) == frozenset()
    # numbness told again is not new; weakness told after it is
    assert new_in_both_legs([(both, ("numb",))], [(both, ("numb",))]) == frozenset()
    assert new_in_both_legs([(both, ("weak",))], [(both, ("numb",))]) == {"weak"}
