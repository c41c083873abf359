"""Doses of a scheduled medicine taken outside its schedule are counted apart from
as-needed use, in the one computation every rendering reads (Sandbox, Sydney S2-6)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.domain.records import ExtraDose, History, RegimenEntry, ScheduledDose
from bot.domain.summary import Summary, outside_schedule, weekly_summary

SYDNEY = "Australia/Sydney"
_Z = ZoneInfo(SYDNEY)
MON = dt.date(2026, 12, 7)
END = dt.date(2026, 12, 13)
NOW = dt.datetime(2026, 12, 13, 18, 0, tzinfo=_Z)
STARTED = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)

REGIMEN = (
    RegimenEntry(1, "Lyrica", "pregabalin", 75, "mg", (dt.time(8), dt.time(20)), False, None,
                 STARTED, None),
    RegimenEntry(2, "Celebrex", "celecoxib", 200, "mg", (dt.time(8),), False, None, STARTED,
                 None),
    RegimenEntry(3, "Endone", "oxycodone", 5, "mg", (), True, 4, STARTED, None),
)  # fmt: skip


def at(n: int, hh: int) -> dt.datetime:
    """Local hh:00 on the n-th day of the week (0 = Monday)."""
    return dt.datetime.combine(MON + dt.timedelta(days=n), dt.time(hh), tzinfo=_Z)


def _dose(med_id: int, name: str, n: int, hh: int, status: str) -> ScheduledDose:
    due = at(n, hh)
    return ScheduledDose(
        med_id=med_id,
        name=name,
        generic=None,
        due_at=due.astimezone(dt.UTC),
        local_date=due.date(),
        local_time=due.time(),
        status=status,
        answer_until=(due + dt.timedelta(hours=2)).astimezone(dt.UTC),
        taken_at=(due + dt.timedelta(minutes=5)).astimezone(dt.UTC) if status == "taken" else None,
    )


def sydney_history() -> History:
    """Thu 10 Dec: Lyrica at 08:00 skipped, an extra one at 13:00, then 20:00 missed; an
    extra Celebrex; Endone taken as needed on Thu and (2 tablets) on Sat."""
    return History(
        zone=SYDNEY,
        regimen=REGIMEN,
        doses=(
            _dose(1, "Lyrica", 3, 8, "skipped"),
            _dose(1, "Lyrica", 3, 20, "missed"),
            _dose(2, "Celebrex", 3, 8, "taken"),
        ),
        extra_doses=(
            ExtraDose("Lyrica", "pregabalin", at(3, 13).astimezone(dt.UTC), 75, "mg", 1, 1),
            ExtraDose("Celebrex", "celecoxib", at(3, 13).astimezone(dt.UTC), med_id=2),
            ExtraDose("Endone", "oxycodone", at(3, 21).astimezone(dt.UTC), 5, "mg", 1, 3),
            ExtraDose("Endone", "oxycodone", at(5, 21).astimezone(dt.UTC), 5, "mg", 2, 3),
        ),
    )


def sydney_summary() -> Summary:
    return weekly_summary(sydney_history(), end_date=END, now=NOW)


def test_extra_doses_of_scheduled_medicines_are_not_as_needed_use() -> None:
    s = sydney_summary()
    got = {u.name: (u.scheduled, u.times, u.units, u.per_day) for u in s.as_needed}
    thu, sat = MON + dt.timedelta(days=3), MON + dt.timedelta(days=5)
    assert got == {
        "Lyrica": (True, 1, 1.0, ((thu, 1.0),)),
        "Celebrex": (True, 1, 1.0, ((thu, 1.0),)),
        "Endone": (False, 2, 3.0, ((thu, 1.0), (sat, 2.0))),
    }
    assert {u.name: u.days_used for u in s.as_needed} == {"Lyrica": 1, "Celebrex": 1, "Endone": 2}


def test_the_daily_series_counts_them_apart() -> None:
    s = sydney_summary()
    # Thursday: one Endone as needed; one Lyrica and one Celebrex beyond their schedule.
    # Saturday: two Endone at once, drawn as the 2 tablets the summary counts that day.
    assert [p.as_needed for p in s.daily] == [0, 0, 0, 1, 0, 2, 0]
    assert [p.extra for p in s.daily] == [0, 0, 0, 2, 0, 0, 0]
    assert (s.daily[3].taken, s.daily[3].not_taken) == (1, 2)


def test_outside_schedule_by_the_medicine_it_belongs_to() -> None:
    h = sydney_history()
    said = [outside_schedule(x, h.regimen) for x in h.extra_doses]
    assert said == [True, True, False, False]
    # Matched by name when /took gave no medicine id; an unlisted medicine is not scheduled.
    lyrica = ExtraDose("lyrica", None, at(4, 9).astimezone(dt.UTC), 75, "mg")
    panadol = ExtraDose("Panadol", "paracetamol", at(4, 9).astimezone(dt.UTC), 500, "mg")
    assert outside_schedule(lyrica, h.regimen) and not outside_schedule(panadol, h.regimen)
