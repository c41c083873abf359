"""A dose told "at the same time" as one said before it, in a clause of its own: "I took
my gabapentin at 7:30 this morning, and one Tylenol at the same time", "tapentadol at 8:00
and at 20:00, and the pregabalin at the same hours". It takes that dose's time (or
times); it had been kept as taken now. Pure."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.parsing.findings import Found
from bot.parsing.patterns import CLOCK_SAID
from bot.parsing.timephrases import scan_time

__all__ = ["again_on_that_day", "all_at_one_time", "at_the_same_time", "same_hour_too"]

_SAME_TIME = re.compile(
    r"\b(?:at\s+the\s+same\s+(?:time|hours?|times)|(?:at\s+)?same\s+time|"
    r"with\s+(?:it|that|them|those|both)|alongside\s+(?:it|that|them)|together\s+with\s+(?:it|that|them)|(?:at\s+)?the\s+same\s+hours?)\b"
)


def at_the_same_time(parts: list[str], found: Found) -> None:
    """Give each dose told "at the same time", with no time of its own, the time of the
    doses of the last clause before it that told one."""
    for d in list(found.doses):
        if d.at is not None or d.status != "taken" or d.clause == 0:
            continue
        if not _SAME_TIME.search(parts[d.clause]):
            continue
        before = [e for e in found.doses if e.clause < d.clause and e.at is not None]
        if not before:
            continue
        last = max(e.clause for e in before)
        told = [e for e in before if e.clause == last]
        # one medicine at several times: each of them; several medicines: the last said
        one = len({e.medication for e in told}) == 1
        times = list(dict.fromkeys(e.at for e in told)) if one else [told[-1].at]
        d.at = times[0]
        at = found.doses.index(d) + 1
        for n, when in enumerate(times[1:], start=1):
            found.doses.insert(at, replace(d, at=when, part=d.part + n))
            at += 1


# "gaba 600, cymbalta 60, celebrex 200 all down at 8": the time told once for all of them
_ALL_AT = re.compile(
    r"\b(?:all|both|the\s+lot|all\s+(?:three|four|of\s+them))\s+(?:\w+\s+)?(?:at|@|around|about)\s+\d"
)


# "Tylenol x2 at 8 this morning, Lyrica 75 at 8 too": the same 8 as the dose before
_TOO = re.compile(r"\bat\s+\d{1,2}(?::\d\d)?\s+(?:too|as\s+well|also)\b")


def same_hour_too(parts: list[str], found: Found, zone: ZoneInfo) -> None:
    """A dose at a bare hour said "too" or "as well", after one at that hour of the
    clock: that dose's time (the bare hour alone had read as the latest, 12 hours off)."""
    for j, d in enumerate(found.doses):
        clause = parts[d.clause]
        if d.at is None or d.status != "taken" or not _TOO.search(clause):
            continue
        if len(CLOCK_SAID.findall(clause)) != 1:
            continue  # ("the lyrica at 8 as well and again at 8 tonight": whose "too"?)
        scan = scan_time(clause)
        if scan.clock is None or scan.clock.period is not None:
            continue
        at = datetime.fromisoformat(d.at).astimezone(zone)
        for e in reversed(found.doses[:j]):
            if e.at is None:
                continue
            before = datetime.fromisoformat(e.at).astimezone(zone)
            if before.hour % 12 == at.hour % 12 and before.minute == at.minute:
                d.at = e.at
            break


def all_at_one_time(parts: list[str], found: Found) -> None:
    """Doses listed with no time of their own, then "all … at 8" said of the last: that
    time is each one's."""
    for d in found.doses:
        if d.at is None or d.status != "taken" or not _ALL_AT.search(parts[d.clause]):
            continue
        for e in found.doses:
            if e.at is None and e.status == "taken" and e.clause <= d.clause:
                e.at, e.vague_at = d.at, d.vague_at
        return


_AGAIN = re.compile(r"\b(?:again|another|more|then)\b")
# The days a dose told before may be named by (never "today", "this morning": today's)
_ANOTHER_DAY = re.compile(r"yesterday|last night|day before|weekday|days ago|last ")


def again_on_that_day(parts: list[str], found: Found, now: datetime, zone: ZoneInfo) -> None:
    """A dose told "again at 8pm" after one of a day named before it ("yesterday I took
    naproxen at 8am and again at 8pm") is of that day, not today's (it had been put on
    today, ahead of the message)."""
    told: dict[str | None, datetime] = {}
    for d in found.doses:
        if d.status != "taken" or d.at is None:
            continue
        at = datetime.fromisoformat(d.at)
        before = told.get(d.medication)
        clause = parts[d.clause] if d.clause < len(parts) else ""
        if before is not None and _AGAIN.search(clause) and at > now:
            local_before, local_at = before.astimezone(zone), at.astimezone(zone)
            moved = local_at.replace(
                year=local_before.year, month=local_before.month, day=local_before.day
            )
            if moved <= local_before:
                moved += timedelta(days=1)
            if moved <= now:
                d.at = moved.isoformat(timespec="seconds")
                at = moved
        anchor = scan_time(clause).anchor
        named_day = anchor is not None and _ANOTHER_DAY.search(anchor) is not None
        if named_day or before is not None:
            told[d.medication] = at
