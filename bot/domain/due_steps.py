"""What to do with a check-in or a summary that has fallen due: pure decisions on plain
values, which the scheduler executes and records once (bot.scheduling.dispatcher).

Keeping the policy here (expire? hold past quiet hours? nudge?) lets it be tested without
a database or a chat, and keeps the dispatcher to "claim, act, record".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.domain.dose_amounts import ON_TIME_SLACK
from bot.domain.quiet import defer_past_quiet_hours
from bot.domain.schedule import local_to_utc
from bot.domain.states import DoseStatus, NextAction, WorkKind, WorkStatus

__all__ = [
    "ALARM_HUSH",
    "HUSHED_WORK",
    "AfterAlarm",
    "Ask",
    "Cancel",
    "CheckinState",
    "Close",
    "Expire",
    "Hold",
    "NextAction",
    "PAST_HUSH",
    "Quiet",
    "Reopened",
    "Send",
    "WorkStatus",
    "after_reminder",
    "checkin_step",
    "hushes",
    "reopened",
    "restored_skip",
    "summary_step",
]


@dataclass(frozen=True, slots=True)
class Quiet:
    """The person's zone and quiet hours ("22:00"–"07:00", or none)."""

    zone: ZoneInfo
    start: str | None
    end: str | None

    def hold(self, at: dt.datetime) -> dt.datetime:
        """`at`, or the end of the quiet period it falls in."""
        return defer_past_quiet_hours(at, self.zone, self.start, self.end)


#: A red flag's alarm told this long before a check-in's time (or after it) holds it:
#: minutes after the crisis line or "go to the emergency department now", "How is your
#: pain right now?" and then "Just a gentle nudge 🙂" read as not having listened
#: (Sandbox, Toronto: thoughts of suicide told at 19:50, the pain question at 20:00 and
#: its nudge at 20:30). The alarm's reply is that day's last word, as it is for a
#: check-in under way (bot.services.checkin.close_early); the caring contact after
#: thoughts of suicide is the next morning's check-back (bot.domain.checkback). Dose
#: reminders are not held: missing a dose is a harm of its own (a withdrawal, pain).
ALARM_HUSH = dt.timedelta(hours=6)


def hushes(alarm_at: dt.datetime | None, at: dt.datetime) -> bool:
    """Whether a standing alarm told at `alarm_at` hushes what would be said at `at`: it
    was told from ALARM_HUSH before `at` on (or after it) — both ends in, for the
    check-in and for all HUSHED_WORK alike."""
    return alarm_at is not None and alarm_at >= at - ALARM_HUSH


#: Work that waited out an alarm's hush comes this long after it: the hush's last
#: instant is in it (a check-in due exactly six hours after the alarm is held), so what
#: waited comes just past it, not at it (the weekly summary came the very minute a
#: check-in at that time was held).
PAST_HUSH = dt.timedelta(minutes=1)


class AfterAlarm(StrEnum):
    """What routine work falling in an alarm's hush (ALARM_HUSH) does: wait until the
    hush is over, or not come that time (held, as the check-in is)."""

    WAITS = "waits"
    HELD = "held"


#: The work an alarm hushes besides the check-in. The weekly summary ("Your week at a
#: glance") and a trial's "is it helping?" wait until the hours after the alarm are over:
#: they are still wanted that day, just not an hour after "go to the emergency
#: department now". A routine's reminder ("Time for your stretches") is held: it belongs
#: to its moment (one later than ROUTINE_STALE is dropped anyway), six hours on it reads
#: as not having listened, and one stretch left out on such a day costs nothing; the next
#: day's comes as usual. Dose reminders, appointment messages and the check-back after
#: thoughts of suicide are never hushed: a missed dose is a harm of its own, a visit
#: keeps its time, and the check-back is the caring contact itself.
HUSHED_WORK: dict[str, AfterAlarm] = {
    WorkKind.SUMMARY: AfterAlarm.WAITS,
    WorkKind.TRIAL: AfterAlarm.WAITS,
    WorkKind.ROUTINE: AfterAlarm.HELD,
}


@dataclass(frozen=True, slots=True)
class CheckinState:
    """A claimed check-in row and its owner's settings, as plain values. `alarm_at`:
    when the latest red-flag alarm that still stands was told, among those told from
    ALARM_HUSH before the check-in's time on (None when none)."""

    status: str
    next_action: str | None
    stage: str | None
    answered: bool
    due_at: dt.datetime
    active: bool
    paused: bool
    quiet: Quiet
    missed_cutoff: dt.timedelta
    followup_after: dt.timedelta
    alarm_at: dt.datetime | None = None

    @property
    def hushed(self) -> bool:
        """Whether an alarm told in the hours before it (or since) holds this check-in."""
        return hushes(self.alarm_at, self.due_at)


@dataclass(frozen=True, slots=True)
class Cancel:
    """The person left or paused: the row is closed, nothing sent."""


@dataclass(frozen=True, slots=True)
class Expire:
    """Past its cutoff, or held by an alarm (`status` HELD): closed with `status`; a
    never-sent one chains the next day's."""

    status: WorkStatus
    chain_next: bool


@dataclass(frozen=True, slots=True)
class Hold:
    """Inside quiet hours: wake again at `until`."""

    until: dt.datetime


@dataclass(frozen=True, slots=True)
class Close:
    """Nothing to send now (answered, or already asked): wait for `at` to do `then`."""

    at: dt.datetime | None
    then: NextAction | None


@dataclass(frozen=True, slots=True)
class Ask:
    """Send the pain question (`nudge`: the gentle reminder of it), then wake at `next_at`
    for `then`; a first ask chains the next day's check-in."""

    nudge: bool
    next_at: dt.datetime
    then: NextAction


CheckinStep = Cancel | Expire | Hold | Close | Ask


def checkin_step(c: CheckinState, now: dt.datetime) -> CheckinStep:
    """The one thing to do with a due check-in at `now`."""
    expire_at = c.due_at + c.missed_cutoff
    if not c.active or c.paused:
        return Cancel()
    if c.status == WorkStatus.PENDING and c.hushed:
        # Not asked today, and not missed: tomorrow's comes as usual.
        return Expire(WorkStatus.HELD, chain_next=True)
    if c.next_action == NextAction.EXPIRE or now >= expire_at:
        if c.status == WorkStatus.SENT:
            unanswered = WorkStatus.HELD if c.hushed else WorkStatus.EXPIRED
            status = WorkStatus.ANSWERED if c.answered else unanswered
        elif c.status == WorkStatus.PENDING:
            status = WorkStatus.EXPIRED
        else:
            status = WorkStatus(c.status)
        return Expire(status, chain_next=c.status == WorkStatus.PENDING)
    held = c.quiet.hold(now)
    if held > now:
        return Hold(held)
    if c.next_action == NextAction.FOLLOWUP:
        if c.status != WorkStatus.SENT or c.answered or c.stage != "pain" or c.hushed:
            return Close(expire_at, NextAction.EXPIRE)
        return Ask(nudge=True, next_at=expire_at, then=NextAction.EXPIRE)
    if c.status != WorkStatus.PENDING:
        return Close(None, None)
    follow = c.quiet.hold(now + c.followup_after)
    if follow < expire_at:
        return Ask(nudge=False, next_at=follow, then=NextAction.FOLLOWUP)
    return Ask(nudge=False, next_at=expire_at, then=NextAction.EXPIRE)


@dataclass(frozen=True, slots=True)
class Send:
    """Send the weekly summary now and chain next week's."""


SummaryStep = Cancel | Expire | Hold | Send


def summary_step(
    *,
    status: str,
    active: bool,
    paused: bool,
    quiet: Quiet,
    now: dt.datetime,
    alarm_at: dt.datetime | None = None,
    after_alarm: AfterAlarm | None = None,
) -> SummaryStep:
    """The one thing to do with a due weekly summary (or one-shot work) at `now`;
    `alarm_at`: the latest standing alarm told from ALARM_HUSH before `now` on, which
    work hushed by one (`after_alarm`) waits out or is held by."""
    if not active or paused or status != WorkStatus.PENDING:
        return Cancel()
    if after_alarm is not None and alarm_at is not None and hushes(alarm_at, now):
        if after_alarm is AfterAlarm.HELD:
            return Expire(WorkStatus.HELD, chain_next=True)
        return Hold(quiet.hold(_by_day(alarm_at + ALARM_HUSH + PAST_HUSH, quiet.zone)))
    held = quiet.hold(now)
    return Hold(held) if held > now else Send()


#: Work that waited out an alarm's hush comes in the day's waking hours: the hush ends
#: at 02:00 after an alarm at 20:00, and few set quiet hours ("Your week at a glance" at
#: 02:00 would wake the person who was just told to seek care).
BY_DAY = (dt.time(8, 0), dt.time(21, 0))


def _by_day(at: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """`at`, or the next BY_DAY morning when it falls at night in `zone`."""
    local = at.astimezone(zone)
    start, end = BY_DAY
    if start <= local.time() < end:
        return at
    day = local.date() + dt.timedelta(days=1 if local.time() >= end else 0)
    return local_to_utc(day, start, zone)


def after_reminder(
    *,
    followup: bool,
    followup_sent: bool,
    cutoff_at: dt.datetime,
    quiet: Quiet,
    now: dt.datetime,
    followup_after: dt.timedelta,
) -> tuple[dt.datetime, NextAction]:
    """When a dose reminder just sent wakes next, and for what: its follow-up (held past
    quiet hours) if that comes before the cutoff, else being marked missed."""
    if followup or followup_sent:
        return cutoff_at, NextAction.MISS
    at = quiet.hold(now + followup_after)
    return (at, NextAction.FOLLOWUP) if at < cutoff_at else (cutoff_at, NextAction.MISS)


def offers_due_time(*, status: str, due_at: dt.datetime, taken_at: dt.datetime | None) -> bool:
    """Whether a dose tapped Taken well after its time (stored at the tap's time, late or
    not) offers to be set at its due time instead.

    A Taken tapped 90 minutes late is as likely "took it at 8, tapping now": stored at
    the tap, the next morning's 1 g fell inside 24 hours of it and read as 5 g (Sandbox,
    Dublin). Past the cutoff the tap is as likely "I did take it last night" (the 22:00
    pregabalin tapped at 07:45); it is stored at once all the same — asking first lost
    the dose when the question went unanswered — and one tap sets it right.
    """
    return status == DoseStatus.TAKEN and taken_at is not None and taken_at - due_at > ON_TIME_SLACK


#: How long after its time a dose answered by mistake can still be set back.
CORRECTABLE_FOR = dt.timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class Reopened:
    """A dose's state once its answer is taken back."""

    status: DoseStatus
    next_at: dt.datetime | None
    next_action: NextAction | None


def reopened(
    *,
    reminded: bool,
    due_at: dt.datetime,
    cutoff_at: dt.datetime,
    now: dt.datetime,
    nudge_at: dt.datetime | None = None,
) -> Reopened | None:
    """A dose answered by mistake, as if it had never been answered: missed once past its
    cutoff, else waiting (reminded at its time if it never was); None when the dose is
    more than CORRECTABLE_FOR old, so an old button cannot rewrite an old week.
    `nudge_at`: the nudge it waits for again (a Skip taken back by its menu's Back: the
    person never answered), when that comes before the cutoff."""
    if now - due_at > CORRECTABLE_FOR:
        return None
    if now >= cutoff_at:
        return Reopened(DoseStatus.MISSED, None, None)
    if not reminded:
        return Reopened(DoseStatus.PENDING, max(due_at, now), NextAction.REMIND)
    if nudge_at is not None and nudge_at < cutoff_at:
        return Reopened(DoseStatus.SENT, max(nudge_at, now), NextAction.FOLLOWUP)
    # Just answered by hand: no nudge on top, only the miss at the cutoff.
    return Reopened(DoseStatus.SENT, cutoff_at, NextAction.MISS)


def restored_skip(*, answered_at: dt.datetime | None, now: dt.datetime) -> Reopened | None:
    """A forgotten skip told taken after all, that "taken" taken back: the skip again, as
    it was (nothing more to remind of). The age that matters is the change's, not the
    dose's: a weekly patch is told changed days after its time. None when the change is
    more than CORRECTABLE_FOR old."""
    if answered_at is None or now - answered_at > CORRECTABLE_FOR:
        return None
    return Reopened(DoseStatus.SKIPPED, None, None)
