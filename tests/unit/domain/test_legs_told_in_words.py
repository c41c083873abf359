"""A week of sciatica told in words (Sandbox, Glasgow: numbness growing over days): one
copy of a leg when its side is named, the days it was said to grow, and notes that only
repeat an alarm's words not listed twice."""

from __future__ import annotations

import datetime as dt

from bot.domain.leg_symptoms import leg_symptoms
from bot.domain.records import History, NoteReport, PainPlaceReport, RedFlagReport
from bot.domain.summary import weekly_summary
from bot.reports.text import summary_text
from tests.unit.domain.test_summary import _Z, END, LONDON, NOW, at, day


def _span() -> tuple[dt.datetime, dt.datetime]:
    return at(day(0), 0), at(day(7), 0)


def _week() -> History:
    return History(
        zone=LONDON,
        places=(
            PainPlaceReport(at(day(1), 9), ("leg_left",), True, ("tingling",)),
            PainPlaceReport(
                at(day(2), 9), (), None, ("numb",), worse_words="the numbness is getting worse"
            ),
            PainPlaceReport(at(day(2), 21), (), None, ("numb",), worse_words="numbness spreading"),
            PainPlaceReport(
                at(day(3), 9),
                ("leg",),
                True,
                ("tingling",),
                worse_words="tingling's spreading up to my knee now",
            ),
        ),
    )


def test_a_side_named_leaves_no_unnamed_copy_of_the_leg() -> None:
    legs = leg_symptoms(_week(), _Z, *_span())
    assert legs is not None
    assert legs.nerve_places == ("leg_left",)  # not ("leg_left", "leg")
    assert legs.nerve_days == (day(1), day(2), day(3))
    # each day it grew, in the words first told that day
    assert legs.nerve_worse == (
        (day(2), "the numbness is getting worse"),
        (day(3), "tingling's spreading up to my knee now"),
    )


def test_an_unsided_leg_alone_is_still_said() -> None:
    h = History(zone=LONDON, places=(PainPlaceReport(at(day(1), 9), ("leg",), None, ("numb",)),))
    legs = leg_symptoms(h, _Z, *_span())
    assert legs is not None and legs.nerve_places == ("leg",)


def test_summary_says_where_and_when_it_grew() -> None:
    text = summary_text(weekly_summary(_week(), end_date=END, now=NOW))
    assert "Numbness or tingling in the left leg (" in text
    assert "the leg and" not in text and "and the leg" not in text
    assert "getting worse or spreading on Wed 13 May, Thu 14 May" in text


def test_numbness_with_no_place_is_said_without_one() -> None:
    h = History(
        zone=LONDON,
        places=(PainPlaceReport(at(day(2), 9), (), None, ("numb",), worse_words="numb, worse"),),
    )
    text = summary_text(weekly_summary(h, end_date=END, now=NOW))
    assert "Numbness or tingling (Wed 13 May), getting worse or spreading on Wed 13 May." in text


def test_a_note_that_only_repeats_an_alarms_words_is_not_listed_again() -> None:
    told = "I keep tripping over my left foot, it's getting weaker"
    h = History(
        zone=LONDON,
        red_flags=(RedFlagReport(at(day(2), 10), ("leg_weakness",), told),),
        notes=(
            NoteReport(at(day(2), 10), "it's getting weaker"),  # the same message
            NoteReport(at(day(2), 10, 1), "saw the physio"),
            NoteReport(at(day(3), 10), "it's getting weaker"),  # a later one: its own note
        ),
    )
    s = weekly_summary(h, end_date=END, now=NOW)
    assert [(n.at.date(), n.text) for n in s.notes] == [
        (day(2), "saw the physio"),
        (day(3), "it's getting weaker"),
    ]
    assert summary_text(s).count("getting weaker") == 2  # the alarm's quote, the later note
