"""What a typed message is about: the newest waiting thing that reads it as an answer."""

from __future__ import annotations

import datetime as dt

from bot.domain.conversation import LAPSE_AFTER, Question, Route, Waiting, route, typed_skip_asks

T0 = dt.datetime(2026, 12, 1, 20, 0, tzinfo=dt.UTC)


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


Q = Question


def test_nothing_waiting_is_a_report() -> None:
    assert route([], reports=True) == Route(None)


def test_a_newer_flow_drops_an_older_question() -> None:
    waiting = [Waiting(Q.CHECKIN_TIME, at(0), False), Waiting(Q.CHECKIN, at(5), True)]
    assert route(waiting, reports=True) == Route(Q.CHECKIN, dropped=Q.CHECKIN_TIME)


def test_a_report_to_a_question_that_does_not_take_it_is_recorded_and_reasked() -> None:
    waiting = [Waiting(Q.CHECKIN_TIME, at(0), False)]
    assert route(waiting, reports=True) == Route(None, reask=Q.CHECKIN_TIME)


def test_a_dose_at_the_notes_question_goes_to_the_older_reminder_and_the_note_is_reasked() -> None:
    waiting = [Waiting(Q.REMINDER, at(0), True), Waiting(Q.CHECKIN, at(10), False)]
    assert route(waiting, reports=True) == Route(Q.REMINDER, reask=Q.CHECKIN)


def test_the_newest_accepting_wins() -> None:
    waiting = [Waiting(Q.REMINDER, at(0), True), Waiting(Q.CHECKIN, at(10), True)]
    assert route(waiting, reports=True) == Route(Q.CHECKIN)


def test_a_reminder_is_never_reasked() -> None:
    waiting = [Waiting(Q.REMINDER, at(0), False)]
    assert route(waiting, reports=True) == Route(None)


def test_an_unreadable_answer_goes_to_the_question_so_it_can_say_what_it_expects() -> None:
    waiting = [Waiting(Q.CHECKIN_TIME, at(0), False)]
    assert route(waiting, reports=False) == Route(Q.CHECKIN_TIME)


def test_unreadable_with_only_flows_waiting_is_not_understood() -> None:
    waiting = [Waiting(Q.CHECKIN, at(0), False)]
    assert route(waiting, reports=False) == Route(None)


def test_on_a_tie_the_bots_own_question_is_the_newer() -> None:
    waiting = [Waiting(Q.REMINDER, at(0), True), Waiting(Q.ADD, at(0), True)]
    assert route(waiting, reports=True) == Route(Q.ADD)
    assert route(waiting[::-1], reports=True) == Route(Q.ADD)


def test_a_half_added_medicine_lapses_after_hours_and_the_message_is_a_report() -> None:
    waiting = [Waiting(Q.ADD, at(0), True)]
    assert route(waiting, reports=True, now=at(60)) == Route(Q.ADD)
    late = at(0) + LAPSE_AFTER + dt.timedelta(minutes=1)
    assert route(waiting, reports=True, now=late) == Route(None, dropped=Q.ADD)


def test_onboarding_questions_never_lapse() -> None:
    for question in (Q.TIMEZONE, Q.CHECKIN_TIME):
        waiting = [Waiting(question, at(0), True)]
        assert route(waiting, reports=False, now=at(60 * 24 * 3)) == Route(question)


def test_a_question_already_asked_again_is_left_one_message_up() -> None:
    # Three reports typed while the check-in waited got three keyboards: now only the first.
    waiting = [Waiting(Q.CHECKIN, at(0), False, reasked=True)]
    assert route(waiting, reports=True) == Route(None)
    waiting = [Waiting(Q.ADD, at(0), False, reasked=True)]
    assert route(waiting, reports=True, now=at(5)) == Route(None)


def test_a_reason_typed_to_the_skip_menu_goes_to_it_not_to_the_older_reminder() -> None:
    waiting = [Waiting(Q.REMINDER, at(0), True), Waiting(Q.SKIP_WHY, at(2), True)]
    assert route(waiting, reports=True, now=at(3)) == Route(Q.SKIP_WHY)


def test_pain_while_the_skip_menu_waits_is_a_report_and_the_menu_is_not_reasked() -> None:
    # (its reasons stay on the reminder, one message up: the menu still waits)
    waiting = [Waiting(Q.REMINDER, at(0), False), Waiting(Q.SKIP_WHY, at(2), False)]
    assert route(waiting, reports=True, now=at(3)) == Route(None)


def test_took_it_while_the_skip_menu_waits_answers_the_reminder() -> None:
    waiting = [Waiting(Q.REMINDER, at(0), True), Waiting(Q.SKIP_WHY, at(2), False)]
    assert route(waiting, reports=True, now=at(3)) == Route(Q.REMINDER)


def test_plain_words_read_as_a_reason_go_to_the_skip_menu() -> None:
    # ("at my sister's all day" said first and soon: the menu's `other`)
    waiting = [Waiting(Q.REMINDER, at(0), False), Waiting(Q.SKIP_WHY, at(2), True)]
    assert route(waiting, reports=False, now=at(3)) == Route(Q.SKIP_WHY)


def test_plain_words_not_read_as_a_reason_are_no_answer_to_the_skip_menu() -> None:
    # ("add more salt" an hour on: handled as if nothing were asked; the menu waits on)
    waiting = [Waiting(Q.REMINDER, at(0), False), Waiting(Q.SKIP_WHY, at(2), False)]
    assert route(waiting, reports=False, now=at(3)) == Route(None)
    assert route([Waiting(Q.SKIP_WHY, at(2), False)], reports=False, now=at(3)) == Route(None)


def test_the_skip_menu_lapses_like_any_question() -> None:
    waiting = [Waiting(Q.SKIP_WHY, at(0), True)]
    late = at(0) + LAPSE_AFTER + dt.timedelta(minutes=1)
    assert route(waiting, reports=True, now=late) == Route(None, dropped=Q.SKIP_WHY)


def test_a_newer_reminder_drops_the_skip_menu() -> None:
    waiting = [Waiting(Q.SKIP_WHY, at(0), True), Waiting(Q.REMINDER, at(60), False)]
    assert route(waiting, reports=False, now=at(61)) == Route(None, dropped=Q.SKIP_WHY)


def test_a_typed_skips_why_waits_only_where_no_other_question_does() -> None:
    # "skip" typed mid-way through adding a medicine: the medicine is asked again after
    # the skip, and its answer must not be read as a reason (nor the reason as its answer)
    assert typed_skip_asks(None)
    assert typed_skip_asks(Q.SKIP_WHY)  # a newer skip's question replaces the older one's
    for other in (Q.ADD, Q.TIMEZONE, Q.CHECKIN_TIME, Q.REPORT_NAME, Q.REFILL, Q.TOOK):
        assert not typed_skip_asks(other), other


def test_a_reason_typed_after_the_checkin_was_asked_again_goes_to_the_skip() -> None:
    # the check-in's question asked before the skip (and again after it): "felt sick" is
    # the skip's newer question's, when the check-in does not read it
    waiting = [Waiting(Q.CHECKIN, at(0), False, reasked=True), Waiting(Q.SKIP_WHY, at(2), True)]
    assert route(waiting, reports=True, now=at(3)) == Route(Q.SKIP_WHY)
