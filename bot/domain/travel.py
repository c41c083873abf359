"""Where the person was when: the zone of each instant, from the zone changes they made.

Records keep UTC instants only; the zone set now is not the zone a dose was taken in
once the person has flown. A 09:00 London dose read in New York time says 04:00, which
misleads the doctor and the patient, so the summary, report and export read each instant
in the zone in effect then (`lived_zone`), and say where the zone changed (`zone_spans`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.knowledge.places import zone_shown


@dataclass(frozen=True, slots=True)
class ZoneChange:
    """The person's zone set from `before` to `after` at `at` (aware)."""

    at: dt.datetime
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class ZoneSpan:
    """One zone and the instants it held: [start, end), None for open ends."""

    zone: str
    start: dt.datetime | None
    end: dt.datetime | None


def _spans(changes: Sequence[ZoneChange]) -> list[ZoneSpan]:
    """The zones in turn; the first from before any change, the last still open."""
    ordered = sorted(changes, key=lambda c: c.at)
    out: list[ZoneSpan] = []
    start: dt.datetime | None = None
    zone = ordered[0].before
    for c in ordered:
        if c.after == zone:
            continue
        out.append(ZoneSpan(zone, start, c.at))
        zone, start = c.after, c.at
    out.append(ZoneSpan(zone, start, None))
    return out


def _holds(span: ZoneSpan, at: dt.datetime) -> bool:
    return (span.start is None or span.start <= at) and (span.end is None or at < span.end)


def zone_spans(
    changes: Sequence[ZoneChange], current: str, start: dt.datetime, end: dt.datetime
) -> tuple[ZoneSpan, ...]:
    """The zones the person was in during [start, end), oldest first, each cut to it;
    with no change known, the current zone throughout."""
    if not changes:
        return (ZoneSpan(current, start, end),)
    return tuple(
        ZoneSpan(s.zone, max(start, s.start or start), min(end, s.end or end))
        for s in _spans(changes)
        if (s.start is None or s.start < end) and (s.end is None or s.end > start)
    )


class LivedZone(ZoneInfo):
    """A zone reading each instant in the zone the person was in then: `astimezone`
    gives a time in that place's own zone (its offset and calendar day). Its key is
    the current zone's."""

    _lived: tuple[tuple[ZoneSpan, ZoneInfo], ...]

    def _at(self, at: dt.datetime) -> ZoneInfo:
        return next(z for s, z in self._lived if _holds(s, at))

    def fromutc(self, d: dt.datetime) -> dt.datetime:
        # The result carries the place's plain zone, so two times read in different
        # places still compare and subtract by their instants.
        utc = d.replace(tzinfo=dt.UTC)
        return utc.astimezone(self._at(utc))

    def _wall(self, d: dt.datetime) -> ZoneInfo:
        """The zone a wall time given in this zone is read in: the span holding it (the
        later one, with fold=1, when a flight west makes an hour happen twice)."""
        fits = []
        for span, zone in self._lived:
            for fold in (0, 1):
                at = d.replace(tzinfo=zone, fold=fold).astimezone(dt.UTC)
                if _holds(span, at) and zone not in fits:
                    fits.append(zone)
        if not fits:  # skipped by a flight east: read as before it
            return self._at(d.replace(tzinfo=dt.UTC))
        return fits[min(d.fold, len(fits) - 1)]

    def utcoffset(self, d: dt.datetime | None) -> dt.timedelta | None:
        return None if d is None else self._wall(d).utcoffset(d.replace(tzinfo=None))

    def dst(self, d: dt.datetime | None) -> dt.timedelta | None:
        return None if d is None else self._wall(d).dst(d.replace(tzinfo=None))

    def tzname(self, d: dt.datetime | None) -> str | None:
        return None if d is None else self._wall(d).tzname(d.replace(tzinfo=None))


def lived_zone(current: str, changes: Sequence[ZoneChange]) -> ZoneInfo:
    """The current zone, or (once the person changed zone) one reading each instant in
    the zone they were in then."""
    spans = _spans(changes) if changes else []
    if len(spans) < 2:
        return ZoneInfo(current)
    zone = LivedZone.no_cache(current)
    zone._lived = tuple((s, ZoneInfo(s.zone)) for s in spans)
    return zone


def zones_of_days(
    current: str, changes: Sequence[ZoneChange], first: dt.date, last: dt.date
) -> tuple[ZoneSpan, ...]:
    """The zones the person was in over the local days `first`..`last`."""
    tz = lived_zone(current, changes)
    start = dt.datetime.combine(first, dt.time(), tzinfo=tz).astimezone(dt.UTC)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=tz)
    return zone_spans(changes, current, start, end.astimezone(dt.UTC))


def place_of(zone: str) -> str:
    """A zone as a place: "America/New_York" is "New York"; "Etc/GMT+5" is "UTC-05:00"."""
    shown = zone_shown(zone)
    return shown if shown != zone else zone.rsplit("/", 1)[-1].replace("_", " ")


def zones_said(spans: Sequence[ZoneSpan]) -> str | None:
    """ "Times are local: London time until Wed 9 Dec 10:05, New York time after." — or
    None when the days were all in one zone."""
    if len(spans) < 2:
        return None
    parts = []
    for span in spans[:-1]:
        assert span.end is not None  # every span but the last ends at a change
        ended = span.end.astimezone(ZoneInfo(span.zone))
        parts.append(f"{place_of(span.zone)} time until {ended:%a} {ended.day} {ended:%b %H:%M}")
    parts.append(f"{place_of(spans[-1].zone)} time after")
    return "Times are local: " + ", ".join(parts) + "."
