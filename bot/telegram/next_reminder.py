"""What to say to "remind me to take the oxy at 9" when no reminder is waiting: when
that medicine's reminders come (one of them usually is the dose meant), rather than
only "nothing to snooze". The bot keeps no one-off reminders, so it never promises one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from bot.domain.course import when_label
from bot.domain.regimen import display_name, names_it
from bot.domain.schedule import next_due, slots_between
from bot.domain.wording import and_list
from bot.storage.models import Medication
from bot.storage.repositories import schedule_of
from bot.telegram import texts


def nothing_to_snooze(
    meds: Sequence[Medication],
    named: Sequence[str | None],
    zone: ZoneInfo,
    now: dt.datetime,
    *,
    paused: bool = False,
) -> str:
    """The reply to a wait asked for with no reminder out: the reminders still to come
    today of each medicine named (or the next of any, with none named)."""
    if paused:
        return texts.SNOOZE_NOTHING_WAITING
    generics = {g for g in named if g}
    current = [m for m in meds if not m.paused]
    if generics:
        lines = [_line_of(m, zone, now) for m in current if any(_is(m, g) for g in generics)]
    else:
        lines = [_soonest(current, zone, now)]
    said = [line for line in lines if line]
    unknown = sorted(g for g in generics if not any(_is(m, g) for m in meds))
    if unknown:
        # "Lyrica 75 - remind me in 15 min" with no Lyrica on the list: that is the news
        # (it had read "No reminder is waiting" with the naproxen's waiting — Sandbox)
        missing = [texts.NOT_ON_YOUR_LIST.format(what=display_name(g)) for g in unknown]
        return "\n".join([*missing, *said])
    return "\n".join([texts.NO_REMINDER_WAITING, *said]) if said else texts.SNOOZE_NOTHING_WAITING


def coming_doses(
    meds: Sequence[Medication],
    named: Sequence[str],
    zone: ZoneInfo,
    now: dt.datetime,
    *,
    paused: bool = False,
) -> str:
    """The answer to "when is my next dose?": the reminders still to come of each
    medicine named, or the next reminder of any (every medicine due at that moment)."""
    if paused:
        return texts.ROUTINE_PAUSED
    current = [m for m in meds if not m.paused]
    if named:
        lines = [
            _paused_one(generic, meds) or _coming_of(generic, current, zone, now)
            for generic in dict.fromkeys(named)
        ]
        return "\n".join(lines)
    first = _first_due(current, zone, now)
    if first is None:
        return texts.NO_REMINDERS_SET
    due, due_meds = first
    when = _when(due.astimezone(zone), now.astimezone(zone))
    names = ", ".join(display_name(m.name) for m in due_meds)
    return texts.NEXT_DOSES.format(when=when, what=names)


def _is(med: Medication, named: str) -> bool:
    """Whether a name the parser read is this medicine: its generic, or its listed name
    (a name of more than one word is read as listed: "the patch" is "buprenorphine patch")."""
    return names_it(named, med.said_generic, med.name)


def _paused_one(generic: str, meds: Sequence[Medication]) -> str | None:
    """A medicine asked about that is on the list but paused: said so (it was called "not
    on your list", which invites adding it twice)."""
    mine = [m for m in meds if _is(m, generic)]
    if mine and all(m.paused for m in mine):
        return texts.MED_IS_PAUSED.format(what=display_name(mine[0].name))
    return None


def _coming_of(generic: str, meds: Sequence[Medication], zone: ZoneInfo, now: dt.datetime) -> str:
    mine = [m for m in meds if _is(m, generic)]
    if not mine:
        return texts.NOT_ON_YOUR_LIST.format(what=display_name(generic))
    return "\n".join(
        _line_of(m, zone, now) or texts.NO_REMINDER_COMING.format(what=display_name(m.name))
        for m in mine
    )


def reminders_line(med: Medication, zone: ZoneInfo, now: dt.datetime) -> str | None:
    """ "⏰ Naproxen: next reminder at 20:00" (its reminders still to come today, or its
    next one), or what an as-needed medicine has instead; None when none is coming."""
    return _line_of(med, zone, now)


def _line_of(med: Medication, zone: ZoneInfo, now: dt.datetime) -> str | None:
    """An as-needed medicine has no reminders; a scheduled one, those still to come."""
    if med.as_needed:
        return texts.AS_NEEDED_NO_REMINDER.format(what=display_name(med.name))
    return _reminders_of(med, zone, now)


def _first_due(
    meds: Sequence[Medication], zone: ZoneInfo, now: dt.datetime
) -> tuple[dt.datetime, list[Medication]] | None:
    """The next reminder of any scheduled medicine, and every medicine due then."""
    coming = [
        (due, m) for m in meds if not m.as_needed and (due := next_due(schedule_of(m), zone, now))
    ]
    if not coming:
        return None
    first = min(due for due, _ in coming)
    return first, [m for due, m in coming if due == first]


def _reminders_of(med: Medication, zone: ZoneInfo, now: dt.datetime) -> str | None:
    """ "⏰ Gabapentin: reminders today at 14:00 and 22:00", or its next one."""
    local = now.astimezone(zone)
    midnight = dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(), zone)
    schedule = schedule_of(med)
    today = slots_between(schedule, zone, now, midnight.astimezone(dt.UTC))
    name = display_name(med.name)
    times = [slot.local_time.strftime("%H:%M") for slot in today]
    if len(times) == 1:
        return texts.NEXT_REMINDER.format(what=name, when=f"at {times[0]}")
    if times:
        return texts.REMINDERS_TODAY.format(what=name, times=and_list(times))
    due = next_due(schedule, zone, now)
    if due is None:
        return None
    return texts.NEXT_REMINDER.format(what=name, when=_when(due.astimezone(zone), local))


def _soonest(meds: Sequence[Medication], zone: ZoneInfo, now: dt.datetime) -> str | None:
    first = _first_due(meds, zone, now)
    if first is None:
        return None
    due, due_meds = first
    when = _when(due.astimezone(zone), now.astimezone(zone))
    return texts.NEXT_REMINDER.format(what=display_name(due_meds[0].name), when=when)


def _when(at: dt.datetime, now: dt.datetime) -> str:
    if (at.date() - now.date()).days == 1:
        return f"tomorrow at {at.strftime('%H:%M')}"
    return when_label(at, now)


#: Past this since the last dose taken, the next reminder is said with its wait.
LONG_WAIT = dt.timedelta(hours=26)


def after_zone_change(
    upcoming: Sequence[tuple[Medication, dt.datetime, dt.datetime | None]],
    zone: ZoneInfo,
    now: dt.datetime,
) -> str:
    """When each medicine's next reminder comes in the new zone, and, where that is a
    long wait after its last dose (a day already dosed by the old clock is not reminded
    again), how long — said, never advised on. Empty with no reminders to come."""
    local = now.astimezone(zone)
    lines = []
    waits = False
    for med, due, last in upcoming:
        at = due.astimezone(zone)
        if due <= now:
            # flying east past a dose's hour: reminded now, late (passed_in_the_move)
            when = texts.TZ_NEXT_NOW.format(time=f"{at:%H:%M}")
        elif at.date() == local.date():
            when = f"today at {at:%H:%M}"
        else:
            when = _when(at, local)
        line = texts.TZ_NEXT_LINE.format(what=display_name(med.name), when=when)
        if last is not None and due - last > LONG_WAIT:
            waits = True
            line += texts.TZ_NEXT_WAIT.format(hours=round((due - last).total_seconds() / 3600))
        lines.append(line)
    if not lines:
        return ""
    return "\n".join([texts.TZ_NEXT_HEAD, *lines, *([texts.TZ_WAIT_NOTE] if waits else [])])
