"""Schedule math: local wall-clock dose times → UTC instants, correct across DST.

Rules (ARCHITECTURE.md): a local time that does not exist (spring-forward gap) moves
forward to the first valid minute; an ambiguous one (fall-back) fires once, at the
first of the two instants.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

UTC = dt.UTC
ALL_DAYS = frozenset(range(7))
WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True, slots=True)
class DoseSchedule:
    """Wall-clock times on given weekdays (0 = Monday), optionally within a course
    (`first_day`..`last_day`, local dates, both included) and every `every_days` days
    counted from `first_day`."""

    times: tuple[dt.time, ...]
    weekdays: frozenset[int] = ALL_DAYS
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    every_days: int = 1

    def on(self, day: dt.date) -> bool:
        """Whether doses fall on local date `day`."""
        if day.weekday() not in self.weekdays:
            return False
        if self.first_day is not None and day < self.first_day:
            return False
        if self.last_day is not None and day > self.last_day:
            return False
        if self.every_days > 1 and self.first_day is not None:
            return (day - self.first_day).days % self.every_days == 0
        return True

    def final_day(self) -> dt.date | None:
        """The course's last day with doses on it (None: the schedule runs on)."""
        if self.last_day is None or not self.times:
            return None
        day = self.last_day
        # Weekdays and an interval repeat within 7 × every_days days.
        for _ in range(7 * self.every_days):
            if self.first_day is not None and day < self.first_day:
                return None
            if self.on(day):
                return day
            day -= dt.timedelta(days=1)
        return None


@dataclass(frozen=True, slots=True)
class Slot:
    """One scheduled dose: its local date and time, and the UTC instant it falls due."""

    local_date: dt.date
    local_time: dt.time
    due_at: dt.datetime


def local_to_utc(day: dt.date, at: dt.time, zone: ZoneInfo) -> dt.datetime:
    """The UTC instant of a local wall-clock time, applying the gap and fold rules."""
    naive = dt.datetime.combine(day, at)
    first = naive.replace(tzinfo=zone, fold=0)
    utc = first.astimezone(UTC)
    if utc.astimezone(zone).replace(tzinfo=None) == naive:
        return utc  # exists (fold=0 already picks the first of two ambiguous instants)
    # In a gap: fold=0 used the offset from before the jump, landing past the gap's
    # start. Search back for the transition instant (the first valid minute).
    after_offset = utc.astimezone(zone).utcoffset()
    lo, hi = utc - dt.timedelta(hours=4), utc
    while hi - lo > dt.timedelta(minutes=1):
        mid = lo + (hi - lo) / 2
        if mid.astimezone(zone).utcoffset() == after_offset:
            hi = mid
        else:
            lo = mid
    return hi.replace(second=0, microsecond=0)


def slots_between(
    schedule: DoseSchedule, zone: ZoneInfo, start: dt.datetime, end: dt.datetime
) -> list[Slot]:
    """Every slot with start <= due_at < end, in order."""
    if not schedule.times or not schedule.weekdays:
        return []
    first_day = start.astimezone(zone).date() - dt.timedelta(days=1)
    last_day = end.astimezone(zone).date() + dt.timedelta(days=1)
    # A course bounds the days looked at: cost follows the doses due, not the window.
    if schedule.first_day is not None:
        first_day = max(first_day, schedule.first_day)
    if schedule.last_day is not None:
        last_day = min(last_day, schedule.last_day)
    out: list[Slot] = []
    day = first_day
    while day <= last_day:
        if schedule.on(day):
            for t in sorted(schedule.times):
                due = local_to_utc(day, t, zone)
                if start <= due < end:
                    out.append(Slot(day, t, due))
        day += dt.timedelta(days=1)
    out.sort(key=lambda s: s.due_at)
    return out


def next_due(schedule: DoseSchedule, zone: ZoneInfo, after: dt.datetime) -> dt.datetime | None:
    """The first due instant strictly after `after`, or None for an empty schedule."""
    if not schedule.times or not schedule.weekdays:
        return None
    start = after + dt.timedelta(microseconds=1)
    for span in (2, 9, 8 + schedule.every_days):
        slots = slots_between(schedule, zone, start, after + dt.timedelta(days=span))
        if slots:
            return slots[0].due_at
    return None


def missed_cutoff(
    due: dt.datetime, schedule: DoseSchedule, zone: ZoneInfo, window: dt.timedelta
) -> dt.datetime:
    """When an unanswered dose counts as missed: `window` after it, or the next dose."""
    nxt = next_due(schedule, zone, due)
    limit = due + window
    return min(limit, nxt) if nxt is not None else limit


SlotKey = tuple[dt.date, dt.time]


def passed_in_the_move(
    schedule: DoseSchedule,
    zone: ZoneInfo,
    now: dt.datetime,
    window: dt.timedelta,
    still_to_come: Collection[SlotKey],
) -> list[Slot]:
    """After a zone change, the doses the old clock still had to come (`still_to_come`:
    their local date and time, not yet reminded) whose time by the new clock passed less
    than `window` ago, while they can still be answered. Flying east past 22:00 moved the
    22:00 dose before now: by neither clock was it reminded, nor was it counted. It is
    reminded late, as one whose time passed while the bot was down; a dose the old clock
    had already given keeps its slot (a day is never dosed twice at one hour)."""
    return [
        slot
        for slot in slots_between(schedule, zone, now - window, now)
        if (slot.local_date, slot.local_time) in still_to_come
        and missed_cutoff(slot.due_at, schedule, zone, window) > now
    ]


def named_by_its_old_time(
    said: dt.datetime, local_time: str, due_at: dt.datetime, zone: ZoneInfo
) -> bool:
    """Whether a time said with a dose taken ("took the 2pm gaba") is the name of a dose a
    zone change moved: its planned `local_time` (London's 14:00) where the new clock reads
    its instant otherwise (09:00 in New York). Read as when it was taken, "2pm" at 10:30
    in New York was yesterday's 14:00: an extra dose made up, and the 14:00 one missed."""
    return said.strftime("%H:%M") == local_time != due_at.astimezone(zone).strftime("%H:%M")


def takes_over_at(first_day: dt.date | None, zone: ZoneInfo, now: dt.datetime) -> dt.datetime:
    """When a changed version takes over from the old one: the local midnight of its
    first day when that is still to come ("from Thursday" said on Wednesday), else now."""
    if first_day is None:
        return now
    return max(now, local_to_utc(first_day, dt.time(0, 0), zone))


def taken_late(taken_at: dt.datetime | None, cutoff: dt.datetime) -> bool:
    """Whether a dose was taken after its window (the missed cutoff): judged on when it
    was taken, never on when that was told — 07:50 for an 08:00 dose is on time even
    when told after the dose was marked missed."""
    return taken_at is not None and taken_at > cutoff


def group_by_minute(items: Iterable[tuple[int, dt.datetime]]) -> list[list[int]]:
    """Group ids whose due instants fall in the same minute, keeping due order."""
    buckets: dict[dt.datetime, list[int]] = {}
    for ident, due in sorted(items, key=lambda p: (p[1], p[0])):
        buckets.setdefault(due.replace(second=0, microsecond=0), []).append(ident)
    return list(buckets.values())


def format_times(times: Sequence[dt.time]) -> str:
    """`08:00, 20:00` — the way times are shown and stored."""
    return ", ".join(t.strftime("%H:%M") for t in sorted(times))


def parse_times(stored: str) -> tuple[dt.time, ...]:
    """Inverse of the stored form (`08:00,20:00`)."""
    out = []
    for part in stored.replace(" ", "").split(","):
        if part:
            h, m = part.split(":")
            out.append(dt.time(int(h), int(m)))
    return tuple(sorted(set(out)))


def weekdays_to_mask(days: Iterable[int]) -> int:
    """Bit i set for weekday i."""
    mask = 0
    for d in days:
        mask |= 1 << d
    return mask


def mask_to_weekdays(mask: int) -> frozenset[int]:
    """Inverse of weekdays_to_mask."""
    return frozenset(d for d in range(7) if mask & (1 << d))


def describe_weekdays(days: frozenset[int]) -> str:
    """`every day`, `Mon–Fri`, or `Mon, Wed, Fri`."""
    if days == ALL_DAYS:
        return "every day"
    if days == frozenset(range(5)):
        return "Mon–Fri"
    if days == frozenset({5, 6}):
        return "weekends"
    return ", ".join(WEEKDAY_NAMES[d] for d in sorted(days))


def iter_days(start: dt.date, end: dt.date) -> Iterator[dt.date]:
    """Dates from start to end inclusive."""
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)
