"""The first page's detail: days with data, doses by time of day and why not taken (per
version), as-needed use day by day, and side effects with what was taken before."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.domain.clinician_detail import PartOfDay, clinician_detail, worst_part
from bot.domain.records import ExtraDose, History, PainReport, ScheduledDose, SideEffectReport
from bot.domain.summary import reason_label

CHICAGO = ZoneInfo("America/Chicago")
NOW = dt.datetime(2026, 1, 18, 18, 0, tzinfo=CHICAGO)


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 1, day, hour, minute, tzinfo=CHICAGO)


def dose(med_id: int, day: int, hour: int, status: str, reason: str | None = None) -> ScheduledDose:
    due = at(day, hour)
    return ScheduledDose(
        med_id=med_id,
        name="gabapentin" if med_id < 3 else "meloxicam",
        generic=None,
        due_at=due,
        local_date=due.date(),
        local_time=due.time(),
        status=status,
        answer_until=due + dt.timedelta(hours=3),
        taken_at=due if status == "taken" else None,
        skip_reason=reason,
    )


def test_detail_of_a_fortnight() -> None:
    history = History(
        zone="America/Chicago",
        doses=(
            dose(1, 12, 8, "taken"),
            dose(1, 12, 14, "skipped", "side_effects"),
            dose(1, 12, 22, "sent"),  # past its cutoff by now: no answer
            dose(2, 16, 8, "skipped", "ran_out"),
            dose(2, 16, 22, "taken"),
            dose(3, 16, 8, "taken"),
            dose(2, 18, 22, "pending"),  # still to come: not counted
        ),
        extra_doses=(
            ExtraDose("Norco", "hydrocodone", at(13, 9), count=2),
            ExtraDose("Norco", "hydrocodone", at(13, 21), count=1),
            ExtraDose("Tylenol", "acetaminophen", at(16, 10), count=2),
        ),
        pain=(PainReport(at(10, 20), 6),),  # before the period shown
        side_effects=(SideEffectReport(at(16, 12), ("dizziness",), "dizzy"),),
    )
    d = clinician_detail(history, dt.date(2026, 1, 12), dt.date(2026, 1, 18), NOW)
    # Entries on 12 (doses), 13 (Norco), 16 (doses, Tylenol, dizziness): first 12, last 16.
    assert (d.first_day, d.last_day, d.days_with_data) == (
        dt.date(2026, 1, 12),
        dt.date(2026, 1, 16),
        3,
    )
    # 08:00 ×3 (2 taken), 14:00 ×1 (0), 22:00 ×2 (1 taken); the pending one left out.
    assert [(p.part, p.taken, p.due) for p in d.by_part] == [
        ("morning", 2, 3),
        ("midday", 0, 1),
        ("night", 1, 2),
    ]
    reasons = {n.med_id: n.reasons for n in d.not_taken}
    assert reasons == {1: (("side_effects", 1), ("no_answer", 1)), 2: (("ran_out", 1),)}
    (effect,) = d.effects
    # Taken in the 24 h before Fri 16 12:00: meloxicam at 08:00 and Tylenol at 10:00 (the
    # 08:00 gabapentin was skipped; the 22:00 one comes after).
    assert effect.taken_before == ("Meloxicam", "Tylenol")
    assert effect.words == "dizzy"


def test_nothing_recorded() -> None:
    d = clinician_detail(History(zone="UTC"), dt.date(2026, 1, 12), dt.date(2026, 1, 18), NOW)
    assert (d.first_day, d.days_with_data, d.by_part, d.effects) == (None, 0, (), ())


def test_a_skip_without_a_reason_is_said_to_have_none() -> None:
    history = History(
        zone="America/Chicago",
        doses=(dose(1, 12, 8, "skipped"), dose(1, 13, 8, "skipped", "other")),
    )
    d = clinician_detail(history, dt.date(2026, 1, 12), dt.date(2026, 1, 18), NOW)
    (row,) = d.not_taken
    assert dict(row.reasons) == {"unsaid": 1, "other": 1}
    assert reason_label("unsaid") == "skipped, no reason given"


# ------------------------------------------------------------- the worst part of the day


def _parts(**taken_due: tuple[int, int]) -> tuple[PartOfDay, ...]:
    return tuple(PartOfDay(name, t, n) for name, (t, n) in taken_due.items())


def test_a_part_of_the_day_clearly_worse_than_the_rest_is_named() -> None:
    worst = worst_part(_parts(morning=(6, 7), evening=(2, 6), night=(5, 6)), 3)
    assert worst is not None
    assert (worst.part.part, worst.other_taken, worst.other_due) == ("evening", 11, 13)


def test_no_part_is_named_when_every_part_is_missed_alike() -> None:
    # Morning 2 of 7, evening 1 of 6: both poor, neither the schedule's problem alone.
    assert worst_part(_parts(morning=(2, 7), evening=(1, 6)), 3) is None


def test_a_single_part_of_the_day_has_nothing_to_stand_out_from() -> None:
    assert worst_part(_parts(night=(1, 7)), 3) is None


def test_fewer_doses_not_taken_than_the_floor_name_nothing() -> None:
    assert worst_part(_parts(morning=(7, 7), evening=(5, 7)), 3) is None
    assert worst_part(_parts(morning=(7, 7), evening=(4, 7)), 3) is not None


def test_of_two_parts_that_stand_out_the_lower_share_is_named() -> None:
    worst = worst_part(_parts(morning=(14, 14), midday=(3, 7), night=(1, 7)), 3)
    assert worst is not None and worst.part.part == "night"
