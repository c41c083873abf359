"""The gentle check-back the day after thoughts of suicide were told: one short, warm
message asking how the person is (a caring contact), never clinical advice. When it is
due, whether it is still wanted when that time comes, and what its answers mean. Pure:
the scheduler plans and sends it as due work (bot.domain.states.WorkKind.CHECKBACK)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum

from bot.domain.due_steps import Quiet
from bot.domain.episodes import Told, standing_alarms
from bot.domain.schedule import local_to_utc

__all__ = [
    "CHECKBACK_AT",
    "CHECKBACK_FLAG",
    "MIN_GAP",
    "CheckBackAnswer",
    "answers_before_asked",
    "checkback_alarm",
    "checkback_due",
    "checkback_wanted",
]

#: The flag whose alarm is checked back on.
CHECKBACK_FLAG = "suicidal"
#: Mid-morning, local: after a night's sleep, in waking hours, apart from the usual
#: 08:00 and 20:00 check-ins and dose rushes.
CHECKBACK_AT = dt.time(10, 0)
#: At least this long after the alarm: told at 00:30, asked at 10:00 that morning; told
#: at 05:00, the morning after (asking five hours later would be no "next day").
MIN_GAP = dt.timedelta(hours=6)


class CheckBackAnswer(StrEnum):
    """How the person says they are (kept as the red-flag record's `then`)."""

    BETTER = "better"  # "A bit better"
    SAME = "same"  # "About the same"
    HELP = "help"  # "I need help now": the crisis reply again


def checkback_due(alarm_at: dt.datetime, quiet: Quiet) -> tuple[dt.date, dt.datetime]:
    """The local day and UTC instant of the check-back after an alarm at `alarm_at`: the
    first CHECKBACK_AT at least MIN_GAP later, held past the person's quiet hours."""
    zone = quiet.zone
    day = alarm_at.astimezone(zone).date()
    due = local_to_utc(day, CHECKBACK_AT, zone)
    while due - alarm_at < MIN_GAP:
        day += dt.timedelta(days=1)
        due = local_to_utc(day, CHECKBACK_AT, zone)
    return day, quiet.hold(due)


def checkback_wanted(told: Iterable[Told]) -> bool:
    """Whether the check-back is still wanted: an alarm for thoughts of suicide stands
    (nothing told since said the person is safe, did not mean it, or had been seen to)."""
    return any(CHECKBACK_FLAG in t.flags for t in standing_alarms(told))


def checkback_alarm(told: Iterable[Told]) -> dt.datetime | None:
    """When the thoughts a planned check-back follows were told, among `told` (what was
    told since the last check-back went): the first telling (an alarm, or "I need help
    now" answered to a check-back); later ones in the episode planned no other. None when
    none is among them. Re-planning after a new zone or new quiet hours starts from it."""
    plans = [
        t.at
        for t in told
        if CHECKBACK_FLAG in t.flags and (not t.followup or t.then == CheckBackAnswer.HELP)
    ]
    return min(plans, default=None)


def answers_before_asked(alarm_at: dt.datetime, now: dt.datetime) -> bool:
    """Whether how the person says they are at `now`, before the check-back after thoughts
    told at `alarm_at` has gone, is its answer ("still pretty low tbh" at 06:35 the
    morning after: asking "How are you feeling today?" at 10:00 would read as not having
    listened; Sandbox, Toronto). Only from MIN_GAP after the alarm, when the check-back
    itself could have come: "about the same" minutes after the crisis reply is no next
    day, and the caring contact still follows."""
    return now - alarm_at >= MIN_GAP
