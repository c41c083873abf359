"""What the scheduler does with a due check-in, summary or reminder: pure decisions,
tested without a database or a chat (the dispatcher only executes them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from bot.domain.due_steps import (
    ALARM_HUSH,
    CORRECTABLE_FOR,
    HUSHED_WORK,
    PAST_HUSH,
    Ask,
    Cancel,
    CheckinState,
    Close,
    Expire,
    Hold,
    NextAction,
    Quiet,
    Reopened,
    Send,
    WorkStatus,
    after_reminder,
    checkin_step,
    hushes,
    offers_due_time,
    reopened,
    restored_skip,
    summary_step,
)
from bot.domain.states import DoseStatus, WorkKind

LONDON = ZoneInfo("Europe/London")
DUE = dt.datetime(2026, 12, 1, 20, 0, tzinfo=dt.UTC)
NO_QUIET = Quiet(LONDON, None, None)
NIGHT = Quiet(LONDON, "22:00", "07:00")

BASE = CheckinState(
    status=WorkStatus.PENDING,
    next_action=None,
    stage=None,
    answered=False,
    due_at=DUE,
    active=True,
    paused=False,
    quiet=NO_QUIET,
    missed_cutoff=dt.timedelta(hours=3),
    followup_after=dt.timedelta(minutes=60),
)


@pytest.mark.parametrize(
    ("state", "minutes", "step"),
    [
        (replace(BASE, active=False), 0, Cancel()),
        (replace(BASE, paused=True), 0, Cancel()),
        # First ask: nudge an hour later, before the 3-hour cutoff.
        (BASE, 0, Ask(False, DUE + dt.timedelta(hours=1), NextAction.FOLLOWUP)),
        # A follow-up that would land past the cutoff: expire at the cutoff instead.
        (
            replace(BASE, followup_after=dt.timedelta(hours=4)),
            0,
            Ask(False, DUE + dt.timedelta(hours=3), NextAction.EXPIRE),
        ),
        # The nudge, only while the pain question is still unanswered.
        (
            replace(BASE, status="sent", stage="pain", next_action="followup"),
            60,
            Ask(True, DUE + dt.timedelta(hours=3), NextAction.EXPIRE),
        ),
        (
            replace(BASE, status="sent", stage="pain", next_action="followup", answered=True),
            60,
            Close(DUE + dt.timedelta(hours=3), NextAction.EXPIRE),
        ),
        (replace(BASE, status="sent", stage="sleep"), 10, Close(None, None)),
        # Past the cutoff: never asked → expired and the next day's chained; asked →
        # answered or expired.
        (BASE, 180, Expire(WorkStatus.EXPIRED, chain_next=True)),
        (replace(BASE, status="sent", answered=True), 180, Expire(WorkStatus.ANSWERED, False)),
        (replace(BASE, status="sent"), 180, Expire(WorkStatus.EXPIRED, False)),
        (replace(BASE, status="sent", next_action="expire"), 30, Expire(WorkStatus.EXPIRED, False)),
    ],
    ids=[
        "left",
        "paused",
        "ask",
        "ask-then-expire",
        "nudge",
        "answered-no-nudge",
        "already-asked",
        "expire-unsent",
        "expire-answered",
        "expire-unanswered",
        "expire-action",
    ],
)
def test_checkin_step(state: CheckinState, minutes: int, step: object) -> None:
    assert checkin_step(state, DUE + dt.timedelta(minutes=minutes)) == step


def test_quiet_hours_hold_a_checkin_until_they_end() -> None:
    late = DUE.replace(hour=22, minute=30)
    state = replace(BASE, due_at=late, quiet=NIGHT, missed_cutoff=dt.timedelta(hours=12))
    assert checkin_step(state, late) == Hold(dt.datetime(2026, 12, 2, 7, 0, tzinfo=dt.UTC))


def test_an_alarm_told_before_the_checkin_holds_it_for_the_day() -> None:
    """Thoughts of suicide told at 19:50: the crisis reply is the day's last word, not
    "How is your pain right now?" at 20:00 — held (not missed), tomorrow's chained."""
    told = replace(BASE, alarm_at=DUE - dt.timedelta(minutes=10))
    assert checkin_step(told, DUE) == Expire(WorkStatus.HELD, chain_next=True)
    # held whatever else: inside quiet hours, or found late past its cutoff
    assert checkin_step(replace(told, quiet=NIGHT), DUE.replace(hour=23)) == Expire(
        WorkStatus.HELD, chain_next=True
    )
    # an alarm told longer before is no reason: the check-in is asked
    early = replace(BASE, alarm_at=DUE - ALARM_HUSH - dt.timedelta(minutes=1))
    assert isinstance(checkin_step(early, DUE), Ask)


def test_an_alarm_told_after_the_checkin_was_asked_stops_its_nudge() -> None:
    """Asked at 20:00, thoughts of suicide told at 20:10: no "Just a gentle nudge 🙂" at
    21:00, and at the cutoff the unanswered question is held, not missed."""
    asked = replace(BASE, status="sent", stage="pain", next_action="followup")
    told = replace(asked, alarm_at=DUE + dt.timedelta(minutes=10))
    assert checkin_step(told, DUE + dt.timedelta(hours=1)) == Close(
        DUE + dt.timedelta(hours=3), NextAction.EXPIRE
    )
    expiring = replace(told, next_action="expire")
    assert checkin_step(expiring, DUE + dt.timedelta(hours=3)) == Expire(WorkStatus.HELD, False)
    # what was answered before the alarm is kept as answered
    answered = replace(expiring, answered=True)
    assert checkin_step(answered, DUE + dt.timedelta(hours=3)) == Expire(WorkStatus.ANSWERED, False)


def test_summary_step() -> None:
    assert summary_step(status="pending", active=True, paused=False, quiet=NO_QUIET, now=DUE) == (
        Send()
    )
    assert summary_step(status="sent", active=True, paused=False, quiet=NO_QUIET, now=DUE) == (
        Cancel()
    )
    night = DUE.replace(hour=23)
    held = summary_step(status="pending", active=True, paused=False, quiet=NIGHT, now=night)
    assert held == Hold(dt.datetime(2026, 12, 2, 7, 0, tzinfo=dt.UTC))


def test_after_a_reminder_its_followup_or_the_miss() -> None:
    cutoff = DUE + dt.timedelta(hours=2)
    kwargs = {"cutoff_at": cutoff, "quiet": NO_QUIET, "now": DUE}
    hour = dt.timedelta(hours=1)
    assert after_reminder(followup=False, followup_sent=False, followup_after=hour, **kwargs) == (
        DUE + hour,
        NextAction.FOLLOWUP,
    )
    assert after_reminder(followup=True, followup_sent=False, followup_after=hour, **kwargs) == (
        cutoff,
        NextAction.MISS,
    )
    three = dt.timedelta(hours=3)
    assert after_reminder(followup=False, followup_sent=False, followup_after=three, **kwargs) == (
        cutoff,
        NextAction.MISS,
    )


# ------------------------------------------------------------ a dose answered by mistake
_DUE = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)
_CUTOFF = _DUE + dt.timedelta(hours=3)


def test_reopened_before_its_cutoff_waits_again_without_a_nudge() -> None:
    got = reopened(
        reminded=True, due_at=_DUE, cutoff_at=_CUTOFF, now=_DUE + dt.timedelta(minutes=5)
    )
    assert got == Reopened(DoseStatus.SENT, _CUTOFF, NextAction.MISS)


def test_reopened_by_the_skip_menus_back_is_nudged_before_its_cutoff() -> None:
    now = _DUE + dt.timedelta(minutes=5)
    nudge = now + dt.timedelta(minutes=30)
    got = reopened(reminded=True, due_at=_DUE, cutoff_at=_CUTOFF, now=now, nudge_at=nudge)
    assert got == Reopened(DoseStatus.SENT, nudge, NextAction.FOLLOWUP)
    # A nudge that would come at or after the cutoff is none: the miss comes first.
    got = reopened(reminded=True, due_at=_DUE, cutoff_at=_CUTOFF, now=now, nudge_at=_CUTOFF)
    assert got == Reopened(DoseStatus.SENT, _CUTOFF, NextAction.MISS)
    late = _DUE + dt.timedelta(hours=4)
    got = reopened(reminded=True, due_at=_DUE, cutoff_at=_CUTOFF, now=late, nudge_at=late)
    assert got == Reopened(DoseStatus.MISSED, None, None)


def test_reopened_past_its_cutoff_is_missed() -> None:
    got = reopened(reminded=True, due_at=_DUE, cutoff_at=_CUTOFF, now=_DUE + dt.timedelta(hours=12))
    assert got == Reopened(DoseStatus.MISSED, None, None)


def test_reopened_before_its_reminder_is_reminded_at_its_time() -> None:
    early = _DUE - dt.timedelta(minutes=40)
    got = reopened(reminded=False, due_at=_DUE, cutoff_at=_CUTOFF, now=early)
    assert got == Reopened(DoseStatus.PENDING, _DUE, NextAction.REMIND)
    late = _DUE + dt.timedelta(minutes=20)
    got = reopened(reminded=False, due_at=_DUE, cutoff_at=_CUTOFF, now=late)
    assert got == Reopened(DoseStatus.PENDING, late, NextAction.REMIND)


def test_a_dose_over_a_day_old_is_not_reopened() -> None:
    now = _DUE + CORRECTABLE_FOR + dt.timedelta(minutes=1)
    assert reopened(reminded=True, due_at=_DUE, cutoff_at=_CUTOFF, now=now) is None
    now = _DUE + CORRECTABLE_FOR
    assert reopened(reminded=True, due_at=_DUE, cutoff_at=_CUTOFF, now=now) is not None


# ------------------------------------------------ Taken tapped late, its time offered
def test_a_dose_tapped_late_offers_its_due_time_in_its_window_or_past_it() -> None:
    def offered(taken: dt.datetime | None, status: str = DoseStatus.TAKEN) -> bool:
        return offers_due_time(status=status, due_at=_DUE, taken_at=taken)

    assert not offered(_DUE + dt.timedelta(minutes=30)), "on time, nothing to set right"
    assert offered(_DUE + dt.timedelta(minutes=31))
    # Past the cutoff (stored late, at the tap): the correction is offered all the same
    assert offered(_CUTOFF + dt.timedelta(hours=8))
    assert not offered(None) and not offered(_CUTOFF, DoseStatus.SKIPPED)


def _after_alarm(kind: str, alarm_at: dt.datetime | None, now: dt.datetime) -> object:
    return summary_step(
        status="pending",
        active=True,
        paused=False,
        quiet=NO_QUIET,
        now=now,
        alarm_at=alarm_at,
        after_alarm=HUSHED_WORK.get(kind),
    )


NOON = dt.datetime(2026, 12, 6, 12, 0, tzinfo=LONDON)  # a Sunday
MINUTE = dt.timedelta(minutes=1)


@pytest.mark.parametrize("kind", [WorkKind.SUMMARY, WorkKind.TRIAL])
def test_a_summary_or_a_trial_question_waits_out_an_alarms_hush(kind: WorkKind) -> None:
    told = NOON - dt.timedelta(hours=1)
    assert _after_alarm(kind, told, NOON) == Hold(told + ALARM_HUSH + PAST_HUSH)
    # its very end is in it, as for the check-in: just past it, then sent
    end = told + ALARM_HUSH
    assert _after_alarm(kind, told, end) == Hold(end + PAST_HUSH)
    assert _after_alarm(kind, None, end + PAST_HUSH) == Send()
    assert _after_alarm(kind, told - ALARM_HUSH, NOON) == Send()  # told 7 hours before
    assert _after_alarm(kind, None, NOON) == Send()


def test_a_wait_ending_at_night_ends_the_next_morning() -> None:
    told = dt.datetime(2026, 12, 6, 19, 30, tzinfo=LONDON)
    morning = dt.datetime(2026, 12, 7, 8, 0, tzinfo=LONDON)
    assert _after_alarm(WorkKind.SUMMARY, told, told + dt.timedelta(minutes=30)) == Hold(morning)
    early = dt.datetime(2026, 12, 6, 1, 0, tzinfo=LONDON)  # ends 07:00: at 08:00 that day
    assert _after_alarm(WorkKind.TRIAL, early, early) == Hold(morning - dt.timedelta(days=1))


def test_a_routine_reminder_in_an_alarms_hush_is_held_its_next_day_chained() -> None:
    told = NOON - dt.timedelta(hours=3)
    assert _after_alarm(WorkKind.ROUTINE, told, NOON) == Expire(WorkStatus.HELD, chain_next=True)
    assert _after_alarm(WorkKind.ROUTINE, told - ALARM_HUSH, NOON) == Send()


@pytest.mark.parametrize(
    "kind", [WorkKind.APPT_EVE, WorkKind.APPT_SOON, WorkKind.APPT_AFTER, WorkKind.CHECKBACK]
)
def test_visits_and_the_check_back_are_never_hushed(kind: WorkKind) -> None:
    assert _after_alarm(kind, NOON - dt.timedelta(minutes=5), NOON) == Send()


def test_the_checkin_and_the_rest_share_one_hush() -> None:
    assert hushes(NOON - ALARM_HUSH, NOON) and not hushes(NOON - ALARM_HUSH - MINUTE, NOON)
    assert hushes(NOON + MINUTE, NOON) and not hushes(None, NOON)
    assert replace(BASE, due_at=NOON, alarm_at=NOON - ALARM_HUSH).hushed


def test_an_alarm_exactly_a_hush_before_holds_every_kind_alike() -> None:
    """Told exactly ALARM_HUSH before: the check-in is held, a routine held, the summary
    and a trial's question wait (the summary was sent at that very minute)."""
    told = NOON - ALARM_HUSH
    checkin = replace(BASE, due_at=NOON, alarm_at=told)
    assert checkin_step(checkin, NOON) == Expire(WorkStatus.HELD, chain_next=True)
    assert _after_alarm(WorkKind.ROUTINE, told, NOON) == Expire(WorkStatus.HELD, True)
    for kind in (WorkKind.SUMMARY, WorkKind.TRIAL):
        assert _after_alarm(kind, told, NOON) == Hold(NOON + PAST_HUSH)


def test_a_forgotten_skip_put_back_is_judged_by_the_changes_age() -> None:
    # A weekly patch is told changed days after its time: the "taken" taken back is the
    # skip again, with nothing to remind of, while that change is under a day old.
    told = dt.datetime(2026, 12, 8, 10, 0, tzinfo=dt.UTC)
    back = restored_skip(answered_at=told, now=told + dt.timedelta(hours=2))
    assert back == Reopened(DoseStatus.SKIPPED, None, None)
    assert restored_skip(answered_at=told, now=told + dt.timedelta(hours=25)) is None
    assert restored_skip(answered_at=None, now=told) is None
