"""Quiet hours: non-dose messages wait until they end."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from bot.domain.schedule import local_to_utc


def parse_hhmm(value: str | None) -> dt.time | None:
    """`22:00` → time; None or junk → None."""
    if not value:
        return None
    try:
        h, m = value.split(":")
        return dt.time(int(h), int(m))
    except ValueError:
        return None


def in_quiet_hours(local: dt.time, start: dt.time, end: dt.time) -> bool:
    """True inside [start, end), which may wrap past midnight."""
    if start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end


def doses_in_quiet_hours(
    times: Iterable[dt.time], start: str | None, end: str | None
) -> tuple[dt.time, ...]:
    """The dose times, in order, that quiet hours `start`–`end` cover: their reminders
    still come (dose reminders are never held), and the person setting them is told."""
    qs, qe = parse_hhmm(start), parse_hhmm(end)
    if qs is None or qe is None:
        return ()
    return tuple(sorted({t for t in times if in_quiet_hours(t, qs, qe)}))


def defer_past_quiet_hours(
    at: dt.datetime, zone: ZoneInfo, start: str | None, end: str | None
) -> dt.datetime:
    """`at`, or the end of the quiet period it falls in."""
    qs, qe = parse_hhmm(start), parse_hhmm(end)
    if qs is None or qe is None:
        return at
    local = at.astimezone(zone)
    if not in_quiet_hours(local.time(), qs, qe):
        return at
    day = local.date()
    if local.time() >= qe and qs > qe:
        day += dt.timedelta(days=1)
    return local_to_utc(day, qe, zone)
