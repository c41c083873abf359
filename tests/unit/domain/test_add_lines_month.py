"""Every one-line `/add` example of PRODUCT.md §2, from the words to a month of doses.

Each line goes the way /add takes it (line_fields → AddDraft → one medication version
per taper step → the storage layer's schedule and slots_between) over 31 local days in
three zones, from two Wednesdays chosen so that every zone's month crosses a DST change.
The doses expected are worked out here from what the line means, day by day, not by the
product's own course or schedule code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest

from bot.domain.add_draft import AddDraft
from bot.domain.course import Course
from bot.domain.schedule import ALL_DAYS, slots_between, weekdays_to_mask
from bot.storage.models import Medication
from bot.storage.repositories import HORIZON, schedule_of
from bot.telegram.handlers.regimen import line_fields

ZONES = ("Europe/Berlin", "America/New_York", "Australia/Sydney")
# Both Wednesdays. The October month crosses Berlin's DST end (25 Oct) and New York's
# (1 Nov); the March one crosses Berlin's DST start (29 Mar) and Sydney's end (5 Apr).
STARTS = (dt.date(2026, 10, 21), dt.date(2026, 3, 25))
MONTH_DAYS = 31

#: What a line means on one day: the dose taken that day (i days after today), or None.
Plan = Callable[[int, dt.date], float | None]
#: One dose over the month: local date, local "HH:MM", amount, unit.
Dose = tuple[dt.date, str, float | None, str | None]


def daily(amount: float) -> Plan:
    def plan(i: int, day: dt.date) -> float | None:
        return amount

    return plan


def mon_to_fri(amount: float) -> Plan:
    def plan(i: int, day: dt.date) -> float | None:
        return amount if day.strftime("%a") in ("Mon", "Tue", "Wed", "Thu", "Fri") else None

    return plan


def steps(*doses: tuple[float, int]) -> Plan:
    """Consecutive (amount, days) from today, nothing after the last."""

    def plan(i: int, day: dt.date) -> float | None:
        for amount, days in doses:
            if i < days:
                return amount
            i -= days
        return None

    return plan


def every_other_day(amount: float) -> Plan:
    def plan(i: int, day: dt.date) -> float | None:
        return amount if i % 2 == 0 else None

    return plan


def from_first_monday(amount: float) -> Plan:
    # Today counts when it is a Monday: some day from today up to this one is a Monday.
    def plan(i: int, day: dt.date) -> float | None:
        seen = (day - dt.timedelta(days=k) for k in range(i + 1))
        return amount if any(d.strftime("%a") == "Mon" for d in seen) else None

    return plan


def never(i: int, day: dt.date) -> float | None:
    return None


@dataclass(frozen=True, slots=True)
class Line:
    """A spec line, what it should parse to, and what it means for a month of doses."""

    text: str
    name: str
    amount: float
    unit: str
    times: tuple[str, ...]
    plan: Plan
    #: Doses over 31 days from a Wednesday, counted by hand: a second statement of the
    #: plan, so a slip in a plan function does not pass unnoticed.
    count: int
    weekdays: tuple[int, ...] = ()
    as_needed: bool = False
    max_per_day: int | None = None
    every_hours: int | None = None
    supply: int | None = None


LINES: dict[str, Line] = {
    "ibuprofen-twice-daily": Line(
        "ibuprofen 400mg 08:00 20:00", "ibuprofen", 400, "mg", ("08:00", "20:00"),
        daily(400), count=62,
    ),
    "gabapentin-am-pm-words": Line(
        "gabapentin 300 mg at 8am, 2pm and 10pm", "gabapentin", 300, "mg",
        ("08:00", "14:00", "22:00"), daily(300), count=93,
    ),
    "duloxetine-mon-fri": Line(
        "duloxetine 60mg 9am mon-fri", "duloxetine", 60, "mg", ("09:00",),
        mon_to_fri(60), count=23, weekdays=(0, 1, 2, 3, 4),
    ),
    "acetaminophen-as-needed": Line(
        "acetaminophen 500mg as needed max 6 per day", "acetaminophen", 500, "mg", (),
        never, count=0, as_needed=True, max_per_day=6,
    ),
    "lidocaine-patch-percent": Line(
        "lidocaine patch 5% 08:00", "lidocaine patch", 5, "%", ("08:00",),
        daily(5), count=31,
    ),
    "naproxen-10-day-course": Line(
        "naproxen 500mg 08:00 20:00 for 10 days", "naproxen", 500, "mg", ("08:00", "20:00"),
        steps((500, 10)), count=20,
    ),
    "prednisone-taper": Line(
        "prednisone 20mg 08:00 for 5 days then 10mg for 5 days", "prednisone", 20, "mg",
        ("08:00",), steps((20, 5), (10, 5)), count=10,
    ),
    "vitamin-d-every-other-day": Line(
        "vitamin d 1000 unit 09:00 every other day", "vitamin d", 1000, "unit", ("09:00",),
        every_other_day(1000), count=16,
    ),
    "oxycodone-prn-min-gap": Line(
        "oxycodone 5mg as needed every 4 hours max 4 per day", "oxycodone", 5, "mg", (),
        never, count=0, as_needed=True, max_per_day=4, every_hours=4,
    ),
    "gabapentin-from-monday": Line(
        "gabapentin 300mg 08:00 14:00 22:00 from monday", "gabapentin", 300, "mg",
        ("08:00", "14:00", "22:00"), from_first_monday(300), count=78,
    ),
    "celecoxib-supply": Line(
        "celecoxib 200mg 08:00 20:00 supply 60", "celecoxib", 200, "mg", ("08:00", "20:00"),
        daily(200), count=62, supply=60,
    ),
}  # fmt: skip


def version(draft: AddDraft, amount: float | None, unit: str | None, course: Course) -> Medication:
    """A medication row as services.regimen.add_medication fills it, never flushed:
    add_medication needs a session, and the schedule reads only these columns."""
    times = sorted({dt.time.fromisoformat(t) for t in draft.times})
    return Medication(
        name=str(draft.name),
        amount=amount,
        unit=unit,
        times=",".join(t.strftime("%H:%M") for t in times),
        weekdays=weekdays_to_mask(frozenset(draft.weekdays or ALL_DAYS)),
        as_needed=draft.as_needed or not times,
        max_per_day=draft.max_per_day,
        first_day=course.first_day,
        last_day=course.last_day,
        every_days=course.every_days,
        min_gap_hours=draft.every_hours if (draft.as_needed or not times) else None,
    )


def versions(draft: AddDraft) -> list[Medication]:
    """The versions /add saves: the line's own, then one per later taper step (as
    handlers.regimen._save_later_steps does, a count without a unit is in tablets)."""
    out = [version(draft, draft.amount, draft.unit, draft.course())]
    for step in draft.later_steps():
        unit = step.unit or ("tablet" if step.amount is not None else None)
        out.append(version(draft, step.amount, unit, step.course))
    return out


def month_of_slots(
    med: Medication, zone: ZoneInfo, start: dt.datetime, end: dt.datetime
) -> list[tuple[Medication, dt.date, dt.time, dt.datetime]]:
    """The month as repositories.materialise lays it down: no doses for an as-needed
    medicine, otherwise back-to-back HORIZON windows, so a dose on a window's edge
    that came twice (or not at all) would show."""
    if med.as_needed:
        return []
    sched = schedule_of(med)
    out: list[tuple[Medication, dt.date, dt.time, dt.datetime]] = []
    lo = start
    while lo < end:
        hi = min(lo + HORIZON, end)
        for slot in slots_between(sched, zone, lo, hi):
            out.append((med, slot.local_date, slot.local_time, slot.due_at))
        lo = hi
    return out


def local_midnight(day: dt.date, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=zone).astimezone(dt.UTC)


def expected_doses(line: Line, today: dt.date) -> set[Dose]:
    out: set[Dose] = set()
    for i in range(MONTH_DAYS):
        day = today + dt.timedelta(days=i)
        amount = line.plan(i, day)
        if amount is not None:
            out |= {(day, hhmm, float(amount), line.unit) for hhmm in line.times}
    return out


@pytest.mark.parametrize("line", [pytest.param(v, id=k) for k, v in LINES.items()])
def test_line_parses_to_its_fields(line: Line) -> None:
    fields = line_fields(line.text, STARTS[0])
    said = {
        "name": fields.name,
        "amount": fields.amount,
        "unit": fields.unit,
        "times": fields.times,
        "weekdays": fields.weekdays,
        "as_needed": fields.as_needed,
        "max_per_day": fields.max_per_day,
        "every_hours": fields.every_hours,
        "supply": fields.supply,
        "course_problem": fields.course_problem,
        # Times said beside a part of the day would send /add to ask again.
        "fixed_times": fields.fixed_times,
    }
    assert said == {
        "name": line.name,
        "amount": line.amount,
        "unit": line.unit,
        "times": line.times,
        "weekdays": line.weekdays,
        "as_needed": line.as_needed,
        "max_per_day": line.max_per_day,
        "every_hours": line.every_hours,
        "supply": line.supply,
        "course_problem": None,
        "fixed_times": (),
    }


CASES = [
    pytest.param(line, zone, today, id=f"{key}-{zone}-{today.isoformat()}")
    for key, line in LINES.items()
    for zone in ZONES
    for today in STARTS
]


@pytest.mark.parametrize(("line", "zone_name", "today"), CASES)
def test_line_gives_a_month_of_doses(line: Line, zone_name: str, today: dt.date) -> None:
    zone = ZoneInfo(zone_name)
    draft = AddDraft()
    draft.take(line_fields(line.text, today))
    start = local_midnight(today, zone)
    end = local_midnight(today + dt.timedelta(days=MONTH_DAYS), zone)
    slots = [s for med in versions(draft) for s in month_of_slots(med, zone, start, end)]

    got = [(d, t.strftime("%H:%M"), med.amount, med.unit) for med, d, t, _ in slots]
    expected = expected_doses(line, today)
    assert len(expected) == line.count
    assert len(got) == len(set(got)), "a dose came twice"
    assert set(got) == expected
    assert len(got) == line.count

    dues = [due for *_, due in slots]
    assert len(dues) == len(set(dues)), "two doses at one instant"
    for _, day, at, due in slots:
        # Stored in UTC, and firing at the wall-clock time on that date whatever the
        # offset in force that day.
        assert due.utcoffset() == dt.timedelta(0)
        back = due.astimezone(zone)
        assert (back.date(), back.time()) == (day, at)


@pytest.mark.parametrize("zone_name", ZONES)
def test_some_month_crosses_the_zones_dst_change(zone_name: str) -> None:
    # Without this the month test could pass in a zone whose clocks never moved.
    zone = ZoneInfo(zone_name)

    def offset(day: dt.date) -> dt.timedelta | None:
        return dt.datetime.combine(day, dt.time(12), tzinfo=zone).utcoffset()

    assert any(
        offset(today) != offset(today + dt.timedelta(days=MONTH_DAYS - 1)) for today in STARTS
    )
