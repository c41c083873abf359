"""As needed "every 4 hours": a dose logged sooner than the person's own plan gets the
fact of when the gap ends — never advice — and the label's own gap is not repeated."""

from __future__ import annotations

import datetime as dt

from bot.domain.dose_amounts import DoseTaken, RegimenItem
from bot.domain.safety import check_as_needed_dose

AT = dt.datetime(2026, 12, 2, 12, 30, tzinfo=dt.UTC)


def oxy(gap: int | None) -> RegimenItem:
    return RegimenItem("oxycodone", "oxycodone", 5.0, "mg", 4.0, True, 4, min_gap_hours=gap)


def dose(at: dt.datetime, *, scheduled: bool = False) -> DoseTaken:
    return DoseTaken("oxycodone", "oxycodone", 5.0, "mg", 1, at, scheduled=scheduled)


def planned(gap: int | None, earlier: list[dt.datetime]) -> list[str]:
    new = dose(AT)
    warnings = check_as_needed_dose([oxy(gap)], [dose(t) for t in earlier], new)
    return [w.text for w in warnings if w.code == "sooner_than_planned"]


def test_sooner_than_the_plan_says_when_the_gap_ends() -> None:
    (text,) = planned(4, [AT - dt.timedelta(hours=2, minutes=30)])
    assert "logged about 2.5 hours before this one" in text
    assert "at least 4 hours between doses" in text
    assert "came about 1.5 hours sooner than the plan" in text
    # The next is counted from this dose, never from the one before it (found in a
    # sandbox week: "the next would be in 20 minutes" read as leave to take another).
    assert "the next would be 4 hours after this one" in text
    assert text.endswith("talk to your doctor or pharmacist.")
    assert "should" not in text and "take " not in text.lower().replace("taken", "")


def test_not_when_the_gap_has_passed_or_there_is_none() -> None:
    assert planned(4, [AT - dt.timedelta(hours=4)]) == []
    assert planned(4, []) == []
    assert planned(None, [AT - dt.timedelta(hours=1)]) == []


def test_the_labels_gap_is_not_said_twice() -> None:
    earlier = [dose(AT - dt.timedelta(hours=1))]
    codes = [w.code for w in check_as_needed_dose([oxy(4)], earlier, dose(AT))]
    assert "sooner_than_planned" in codes and "min_interval" not in codes


def test_a_reminded_dose_is_never_told_off() -> None:
    new = dose(AT, scheduled=True)
    warnings = check_as_needed_dose([oxy(4)], [dose(AT - dt.timedelta(hours=1))], new)
    assert not any(w.code == "sooner_than_planned" for w in warnings)


def test_a_scheduled_dose_past_the_label_is_said_only_beside_doses_off_the_plan() -> None:
    from bot.domain.safety import DoseTaken, RegimenItem, check_scheduled_dose

    para = RegimenItem("acetaminophen", "Paracetamol", 1000, "mg", 4, False, None)
    day = dt.datetime(2026, 3, 2, tzinfo=dt.UTC)

    def sched(hour: int) -> DoseTaken:
        return DoseTaken(
            "acetaminophen",
            "Paracetamol",
            1000,
            "mg",
            1,
            day + dt.timedelta(hours=hour),
            scheduled=True,
        )

    extra = DoseTaken(
        "acetaminophen/codeine", "Co-codamol", 500, "mg", 2, day + dt.timedelta(hours=10)
    )
    taps = [sched(h) for h in (8, 12, 16, 22)]
    (w,) = check_scheduled_dose([para], [*taps, extra], taps[-1])
    assert "5,000 mg of acetaminophen" in w.text
    # A once-daily dose taken late one day and on time the next: the plan, no warning
    melox = RegimenItem("meloxicam", "Meloxicam", 15, "mg", 1, False, None)
    late = DoseTaken(
        "meloxicam", "Meloxicam", 15, "mg", 1, day + dt.timedelta(hours=13), scheduled=True
    )
    on_time = DoseTaken(
        "meloxicam", "Meloxicam", 15, "mg", 1, day + dt.timedelta(hours=32), scheduled=True
    )
    assert check_scheduled_dose([melox], [late, on_time], on_time) == []


def test_scheduled_doses_alone_past_acetaminophens_maximum_are_said() -> None:
    # Found living it: Panadol Osteo 2 × 665 mg three times a day, taken late around night
    # shifts — four doses, 5,320 mg in 22 hours, and no word.
    from bot.domain.safety import DoseTaken, RegimenItem, check_scheduled_dose

    osteo = RegimenItem("acetaminophen", "Panadol Osteo", 665, "mg", 6, False, None)
    start = dt.datetime(2026, 12, 8, 5, 45, tzinfo=dt.UTC)
    taps = [
        DoseTaken(
            "acetaminophen",
            "Panadol Osteo",
            665,
            "mg",
            2,
            start + dt.timedelta(hours=h),
            scheduled=True,
        )
        for h in (0, 5.75, 15.25, 22.4)
    ]
    (w,) = check_scheduled_dose([osteo], taps, taps[-1])
    assert w.code == "overdose" and "5,320 mg" in w.text


def test_four_doses_a_day_at_the_maximum_tapped_minutes_late_are_not_five() -> None:
    """Sandbox, Glasgow: paracetamol 1 g four times a day; the 22:00 tap came at 22:05,
    so the next day's 22:00 dose had five in 24 hours and a poison-line alarm."""
    from bot.domain.safety import DoseTaken, RegimenItem, check_scheduled_dose

    para = RegimenItem("acetaminophen", "Paracetamol", 1000, "mg", 4, False, None)
    day = dt.datetime(2026, 12, 12, tzinfo=dt.UTC)

    def tap(hour: int, late_min: int = 0) -> DoseTaken:
        due = day + dt.timedelta(hours=hour)
        at = due + dt.timedelta(minutes=late_min)
        return DoseTaken("acetaminophen", "Paracetamol", 1000, "mg", 1, at, True, due=due)

    taps = [tap(22, late_min=5), *(tap(24 + h) for h in (8, 12, 17, 22))]
    assert check_scheduled_dose([para], taps, taps[-1]) == []
    # answered hours after it was due, the dose counts when it was told
    late = [tap(20, late_min=150), *taps[1:]]
    (w,) = check_scheduled_dose([para], late, late[-1])
    assert w.code == "overdose"


def test_tablets_of_unsaid_strength_count_at_least_the_smallest_sold() -> None:
    # Found living it: "2 more tylenol" (no strength, not on the list) counted as 0 mg, so
    # a day of 4,275 mg at the least read 3,625 mg, under the maximum.
    from bot.domain.safety import DoseTaken, RegimenItem, check_as_needed_dose

    perc = RegimenItem(
        "oxycodone/acetaminophen", "Percocet", 5, "mg", None, True, 4, strength="5/325"
    )
    day = dt.datetime(2026, 12, 10, 14, 0, tzinfo=dt.UTC)

    def dose(name: str, hours: float, amount: float | None, count: float) -> DoseTaken:
        generic = "oxycodone/acetaminophen" if name == "Percocet" else "acetaminophen"
        unit = "mg" if amount is not None else None
        return DoseTaken(generic, name, amount, unit, count, day + dt.timedelta(hours=hours))

    doses = [dose("Percocet", h, 5, 1) for h in (0, 2, 4, 6, 8)]
    doses += [dose("tylenol extra strength", 1, 500, 2), dose("tylenol extra strength", 9, 500, 2)]
    unsaid = dose("tylenol", 9.5, None, 2)
    warned = check_as_needed_dose([perc], [*doses, unsaid], unsaid)
    over = [w for w in warned if "acetaminophen" in w.text and "maximum" in w.text]
    assert over and "at least 4,275 mg of acetaminophen" in over[0].text, [w.text for w in warned]
