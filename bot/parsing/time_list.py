"""Times listed after a dose, each a dose of it: "metamizol 500 at 8, 14 and 20",
"gabapentin 300 at 7am, 1pm and 7pm", "gabapentin 300 x3 today – 7am, 1pm, 7pm".

The list arrives as clauses of nothing but clock times (the commas split it); each such
clause right after a taken dose adds that medicine's doses at its times, so none of the
hours is read as a pain score and none of the doses is lost. Pure, like the rest of
bot.parsing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.parsing.findings import DoseEvent
from bot.parsing.timephrases import on_the_wall, resolve_scan, scan_time

_TIME = r"(?:\d{1,2}(?:[:.][0-5]\d)?(?:\s*[ap]\.?m\.?)?|noon|midday|midnight)"
# A clause of one or more times and nothing else ("14 and 20", "1pm", "and 7pm")
_ONLY_TIMES = re.compile(
    r"^\W*(?:and\s+|at\s+)?" + _TIME + r"(?:\s*(?:,|and|&)\s*(?:at\s+)?" + _TIME + r")*\W*$"
)
_ONE_TIME = re.compile(_TIME)
# "x3", "3x", "three times": the dose's count is of doses, said before their times
_TIMES_COUNTED = re.compile(r"\bx\s?[2-4]\b|\b[2-4]\s?x\b|\b(?:twice|three\s+times|3\s+times)\b")
_AM_PM = re.compile(r"[ap]\.?m|noon|midday|midnight")


def times_listed_after(
    clause: str,
    idx: int,
    doses: list[DoseEvent],
    parts: list[str],
    now: datetime,
    zone: ZoneInfo,
) -> bool:
    """Whether `clause` (number `idx` of `parts`) lists the times of more doses of the
    dose taken in the clause just before; those doses are added to `doses`."""
    if not doses or not idx or not _ONLY_TIMES.match(clause):
        return False
    said_before = parts[idx - 1]
    last = doses[-1]
    # (the clause before may itself have been one of the list's times: "– 7am, 1pm, 7pm")
    if last.status != "taken" or not (last.clause == idx - 1 or _ONLY_TIMES.match(said_before)):
        return False
    said = [m.group() for m in _ONE_TIME.finditer(clause)]
    in_chain = bool(_ONLY_TIMES.match(said_before))
    if len(said) == 1 and not in_chain and not _A_CLOCK.search(said[0]):
        return False  # "took gabapentin at 8. 7": a bare number closing it is its score
    whens = [resolve_scan(scan_time("at " + t), now, zone) for t in said]
    if any(w is None for w in whens):
        return False
    untimed = last.at is None or last.vague_at
    listed = len(said) + sum(
        len(_ONE_TIME.findall(p)) for p in _times_clauses_after(parts, idx + 1)
    )
    counted = _TIMES_COUNTED.search(said_before)
    of_doses = counted is not None and last.count is not None and listed == last.count
    if untimed and listed == 1 and not of_doses:
        return False  # "had my duloxetine at breakfast, 8am": that dose's own time
    times = [w.isoformat(timespec="seconds") for w in whens if w is not None]
    if untimed:
        if of_doses:
            last.count = None  # "x3 … 7am, 1pm, 7pm": three doses, not three tablets
        last.at, last.vague_at = times[0], False
        times, said = times[1:], said[1:]
    added = [
        replace(last, at=at, clause=idx, part=last.part + 1 + n, vague_at=False)
        for n, at in enumerate(times)
    ]
    _in_order([last, *added], ["am" if last.at else "", *said], zone)
    doses.extend(added)
    return True


_A_CLOCK = re.compile(r"[ap]\.?m|noon|midday|midnight|[:.]")


def _times_clauses_after(parts: list[str], start: int) -> list[str]:
    """The clauses of nothing but times that follow, up to the first of anything else."""
    out: list[str] = []
    for part in parts[start:]:
        if not _ONLY_TIMES.match(part):
            break
        out.append(part)
    return out


def _in_order(doses: list[DoseEvent], said: list[str], zone: ZoneInfo) -> None:
    """Each dose before the next: a bare hour said before a later one moves back twelve
    hours ("at 8, 2 and 8" said at 20:00 is 08:00, 14:00, 20:00)."""
    for i in range(len(doses) - 2, -1, -1):
        this, after = doses[i].at, doses[i + 1].at
        if this is None or after is None or this < after:
            continue
        if i > 0 and _AM_PM.search(said[i]):
            continue
        earlier = on_the_wall(datetime.fromisoformat(this), zone, -12)
        if earlier.isoformat(timespec="seconds") < after:
            doses[i].at = earlier.isoformat(timespec="seconds")
