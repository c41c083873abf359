"""A dose told "at the same time" as one said before it, in a clause of its own: "I took
my gabapentin at 7:30 this morning, and one Tylenol at the same time", "tapentadol at 8:00
and at 20:00, and the pregabalin at the same hours". It takes that dose's time (or
times); it had been kept as taken now. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.parsing.findings import Found

__all__ = ["at_the_same_time"]

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
