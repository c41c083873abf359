"""weekly_summary latency over a year of one user's data (computation only, no rendering).

Run from the repository root:

    .venv/bin/python benchmarks/summary_bench.py [--runs N]

The History holds 365 days of: 5 scheduled doses a day (ibuprofen ×2, duloxetine,
gabapentin ×2; a mix of taken / late / skipped / missed), 1–2 as-needed tramadol doses,
one or two pain ratings, side effects every few days, a weekly PEG, sleep and notes.
Each run summarises a different week of the year (as the Sunday job would), so no
result is reused. Prints mean, p50, p99 and max in milliseconds; target p99 < 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.domain.records import (  # noqa: E402
    ExtraDose,
    History,
    PainReport,
    PegReport,
    RedFlagReport,
    RegimenEntry,
    ScheduledDose,
    SideEffectReport,
    SleepReport,
)
from bot.domain.summary import weekly_summary  # noqa: E402

ZONE_NAME = "Europe/Berlin"  # has both DST changes inside the year
ZONE = ZoneInfo(ZONE_NAME)
UTC = dt.UTC
FIRST = dt.date(2025, 11, 3)  # a Monday
DAYS = 365
SCHEDULE = (  # med_id, name, generic, amount, local times
    (1, "Ibuprofen", "ibuprofen", 400.0, (dt.time(8), dt.time(18))),
    (2, "Duloxetine", "duloxetine", 60.0, (dt.time(9),)),
    (3, "Gabapentin", "gabapentin", 300.0, (dt.time(8), dt.time(21))),
)


@dataclass
class _Year:
    """build_history's records so far, and the day's underlying pain level."""

    doses: list[ScheduledDose] = field(default_factory=list)
    extras: list[ExtraDose] = field(default_factory=list)
    pain: list[PainReport] = field(default_factory=list)
    side: list[SideEffectReport] = field(default_factory=list)
    peg: list[PegReport] = field(default_factory=list)
    sleep: list[SleepReport] = field(default_factory=list)
    flags: list[RedFlagReport] = field(default_factory=list)
    notes: list[tuple[dt.datetime, str]] = field(default_factory=list)
    level: float = 5.0


def _at(day: dt.date, h: int, m: int = 0) -> dt.datetime:
    """`day` at h:m, local time, in UTC."""
    return dt.datetime.combine(day, dt.time(h, m), tzinfo=ZONE).astimezone(UTC)


def _regimen(start: dt.datetime) -> list[RegimenEntry]:
    """The scheduled medications of SCHEDULE and an as-needed tramadol."""
    regimen = [
        RegimenEntry(m, n, g, a, "mg", times, False, None, start, None)
        for m, n, g, a, times in SCHEDULE
    ]
    regimen.append(RegimenEntry(4, "Tramadol", "tramadol", 50.0, "mg", (), True, 4, start, None))
    return regimen


def _scheduled_dose(
    rng: random.Random,
    med: tuple[int, str, str, float, tuple[dt.time, ...]],
    day: dt.date,
    t: dt.time,
) -> ScheduledDose:
    """One scheduled dose: mostly taken (sometimes late), else skipped or missed."""
    med_id, name, generic, amount, _times = med
    due = dt.datetime.combine(day, t, tzinfo=ZONE)
    # The rng calls (and their order) are the seed's contract: the same History each run.
    r = rng.random()
    status = "taken" if r < 0.82 else "skipped" if r < 0.9 else "missed"
    late = status == "taken" and rng.random() < 0.1
    return ScheduledDose(
        med_id=med_id,
        name=name,
        generic=generic,
        due_at=due.astimezone(UTC),
        local_date=day,
        local_time=t,
        status=status,
        answer_until=(due + dt.timedelta(hours=2)).astimezone(UTC),
        taken_at=(due + dt.timedelta(minutes=80 if late else 5)).astimezone(UTC)
        if status == "taken"
        else None,
        taken_late=late,
        skip_reason=rng.choice(("felt sick", "forgot", "ran out")) if status == "skipped" else None,
        amount=amount,
        unit="mg",
    )


def _add_medication_day(rng: random.Random, day: dt.date, year: _Year) -> None:
    """The day's scheduled doses and 1–2 as-needed tramadol doses."""
    for med in SCHEDULE:
        for t in med[4]:
            year.doses.append(_scheduled_dose(rng, med, day, t))
    for _ in range(rng.randint(1, 2)):
        year.extras.append(
            ExtraDose(
                "Tramadol",
                "tramadol",
                _at(day, rng.randint(7, 23), rng.randint(0, 59)),
                50.0,
                "mg",
                float(rng.choice((1, 1, 2))),
                med_id=4,
            )
        )


def _add_reports_day(rng: random.Random, day: dt.date, year: _Year) -> None:
    """The day's pain ratings, side effects, PEG (Sundays), sleep, red flag and note."""
    year.level = min(10.0, max(0.0, year.level + rng.uniform(-1.0, 1.0)))
    level = year.level
    year.pain.append(PainReport(_at(day, 20), round(level * 2) / 2, ("lower back",)))
    if rng.random() < 0.4:
        year.pain.append(PainReport(_at(day, 12), float(rng.randint(2, 9))))
    if rng.random() < 0.3:
        effects = tuple(rng.sample(("nausea", "drowsiness", "constipation", "dizziness"), 2))
        year.side.append(SideEffectReport(_at(day, 14), effects))
    if day.weekday() == 6:
        year.peg.append(PegReport(_at(day, 18), level, level - 1, level + 1))
    year.sleep.append(SleepReport(_at(day, 8), rng.choice(("good", "fair", "poor"))))
    if rng.random() < 0.01:
        year.flags.append(RedFlagReport(_at(day, 15), ("leg_weakness",)))
    if rng.random() < 0.1:
        year.notes.append((_at(day, 21), "long walk today"))


def build_history(seed: int = 7) -> History:
    """A year of plausible data for one person (deterministic)."""
    rng = random.Random(seed)
    start = dt.datetime.combine(FIRST, dt.time(), tzinfo=ZONE)
    year = _Year()
    for i in range(DAYS):
        day = FIRST + dt.timedelta(days=i)
        _add_medication_day(rng, day, year)
        _add_reports_day(rng, day, year)
    return History(
        zone=ZONE_NAME,
        regimen=tuple(_regimen(start)),
        doses=tuple(year.doses),
        extra_doses=tuple(year.extras),
        pain=tuple(year.pain),
        side_effects=tuple(year.side),
        red_flags=tuple(year.flags),
        peg=tuple(year.peg),
        sleep=tuple(year.sleep),
        notes=tuple(year.notes),
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--runs", type=int, default=500, help="number of summaries to time")
    args = ap.parse_args()
    history = build_history()
    sundays = [FIRST + dt.timedelta(days=6 + 7 * k) for k in range(2, DAYS // 7)]
    nows = [
        (end, dt.datetime.combine(end, dt.time(18), tzinfo=ZONE).astimezone(UTC)) for end in sundays
    ]
    for end, now in nows[:5]:  # warm-up: imports, knowledge caches
        weekly_summary(history, end_date=end, now=now)
    clock = time.perf_counter
    times: list[float] = []
    for i in range(args.runs):
        end, now = nows[i % len(nows)]
        t0 = clock()
        weekly_summary(history, end_date=end, now=now)
        times.append((clock() - t0) * 1000)
    times.sort()
    n = len(times)
    print(
        f"history:  {len(history.doses):,} scheduled doses, {len(history.extra_doses):,} extra, "
        f"{len(history.pain):,} pain ratings, {len(history.side_effects):,} side-effect reports"
    )
    print(f"runs:     {n} (weeks cycled through the year)")
    print(
        f"latency:  mean {statistics.fmean(times):.2f} ms, p50 {statistics.median(times):.2f} ms, "
        f"p99 {times[min(n - 1, int(n * 0.99))]:.2f} ms, max {times[-1]:.2f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
