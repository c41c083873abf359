"""The chat summary's acetaminophen line: the report's daily totals, said briefly."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.domain.records import ExtraDose, History, ScheduledDose
from bot.domain.summary import Summary, weekly_summary
from bot.domain.warnings import END
from bot.knowledge.local_names import say_locally
from bot.reports.first_page import _peaks
from bot.reports.text import ingredient_total_lines, summary_text

CHICAGO = "America/Chicago"
_Z = ZoneInfo(CHICAGO)
MON = dt.date(2026, 12, 7)  # the week Mon 7 – Sun 13 Dec 2026
SUN = MON + dt.timedelta(days=6)
NOW = dt.datetime(2026, 12, 13, 18, 0, tzinfo=_Z)


def at(day: int, hour: int, zone: ZoneInfo = _Z) -> dt.datetime:
    return dt.datetime.combine(MON + dt.timedelta(days=day), dt.time(hour), tzinfo=zone)


def norco(day: int, hour: int, count: float = 1) -> ExtraDose:
    # as the regimen keeps Norco 5/325: hydrocodone 5 mg a tablet
    return ExtraDose("Norco", "hydrocodone/acetaminophen", at(day, hour), 5, "mg", count)


def tylenol(day: int, hour: int, count: float = 2, mg: float | None = 500) -> ExtraDose:
    return ExtraDose("Tylenol", "acetaminophen", at(day, hour), mg, "mg" if mg else None, count)


def week(*extra: ExtraDose, zone: str = CHICAGO, doses: tuple[ScheduledDose, ...] = ()) -> Summary:
    end = SUN
    now = NOW.astimezone(ZoneInfo(zone))
    history = History(zone=zone, extra_doses=tuple(extra), doses=doses)
    return weekly_summary(history, end_date=end, now=now)


def test_norco_and_tylenol_are_summed_into_the_highest_day() -> None:
    # Tue: Norco 3 × 325 + Tylenol 4 × 500 = 2,975 mg; Wed: 2 × 500 = 1,000 mg.
    s = week(norco(1, 9, 2), tylenol(1, 12), norco(1, 16), tylenol(1, 20), tylenol(2, 9))
    assert ingredient_total_lines(s) == [
        "💊 Acetaminophen (in Norco and Tylenol): highest day 2,975 mg (Tue 8 Dec) · "
        "label max 4,000 mg a day"
    ]
    # the report's first page says the same figure: one computation
    assert "acetaminophen 2,975 mg (Tue 8 Dec, label max 4,000 mg)" in _peaks(s)[0]


def test_no_acetaminophen_no_line() -> None:
    s = week(ExtraDose("Advil", "ibuprofen", at(1, 9), 200, "mg", 2))
    assert ingredient_total_lines(s) == []
    assert "💊 Acetaminophen" not in summary_text(s)
    assert ingredient_total_lines(week()) == []


def test_a_day_past_the_label_is_a_fact_ending_with_whom_to_ask() -> None:
    # Tue 4,650 mg (Norco 2 × 325 + Tylenol 8 × 500) and Thu 4,325 mg: two days over.
    s = week(
        norco(1, 8, 2),
        *(tylenol(1, h) for h in (9, 13, 17, 21)),
        norco(3, 8),
        *(tylenol(3, h) for h in (9, 13, 17, 21)),
    )
    (line,) = ingredient_total_lines(s)
    assert line == (
        "💊 Acetaminophen (in Norco and Tylenol): highest day 4,650 mg (Tue 8 Dec), more "
        f"than the label max of 4,000 mg a day on 2 days. Please {END}"
    )
    for advice in ("should", "stop", "take less", "reduce"):
        assert advice not in line.lower()


def test_over_the_otc_packs_figure_says_it_beside_the_labels() -> None:
    s = week(*(tylenol(2, h) for h in (8, 14, 20)), norco(2, 22, 2))  # 3,650 mg
    (line,) = ingredient_total_lines(s)
    assert line.endswith(
        "highest day 3,650 mg (Wed 9 Dec) · label max 4,000 mg a day "
        "(3,000 mg on some over-the-counter packs)"
    )


def test_a_rolling_24_hours_over_the_label_is_pointed_to_when_no_calendar_day_is() -> None:
    # As in the clinician review's story: Wed 10:00 → Thu 01:00 is 4,625 mg logged, the
    # calendar Wednesday only 3,300 mg; the line must not read as "fine".
    s = week(
        norco(2, 10, 2),
        tylenol(2, 11),
        tylenol(2, 15),
        norco(2, 16, 2),
        norco(3, 0),
        tylenol(3, 1),
    )
    (line,) = ingredient_total_lines(s)
    assert "highest day 3,300 mg (Wed 9 Dec)" in line
    assert line.endswith("; it went past that within 24 hours (see below)")
    text = summary_text(s)
    assert text.index("💊 Acetaminophen") < text.index("Acetaminophen went past its labelled")


def test_an_unsaid_strength_is_at_least_the_smallest_sold() -> None:
    s = week(tylenol(1, 9, 2, mg=None), norco(1, 12))  # 2 × 325 + 325
    (line,) = ingredient_total_lines(s)
    assert "highest day at least 975 mg (Tue 8 Dec)" in line


def test_plain_paracetamol_is_no_product_it_hides_in_and_is_named_locally() -> None:
    london = ZoneInfo("Europe/London")
    doses = (
        ExtraDose("paracetamol", "acetaminophen", at(1, 9, london), 500, "mg", 2),
        ExtraDose("Co-codamol", "codeine/acetaminophen", at(1, 13, london), 30, "mg", 2),
    )
    s = week(*doses, zone="Europe/London")
    text = say_locally(summary_text(s), s.zone)
    assert "💊 Paracetamol (in Co-codamol): highest day 2,000 mg (Tue 8 Dec)" in text
    alone = week(doses[0], zone="Europe/London")
    (line,) = ingredient_total_lines(alone)
    assert say_locally(line, "Asia/Kolkata").startswith("💊 Paracetamol: highest day 1,000 mg")


def test_scheduled_tylenol_and_norco_are_counted_too() -> None:
    def taken(name: str, generic: str, amount: float, day: int, hour: int) -> ScheduledDose:
        due = at(day, hour)
        return ScheduledDose(
            med_id=1 if name == "Tylenol" else 2,
            name=name,
            generic=generic,
            due_at=due.astimezone(dt.UTC),
            local_date=due.date(),
            local_time=due.time(),
            status="taken",
            answer_until=(due + dt.timedelta(hours=2)).astimezone(dt.UTC),
            taken_at=due.astimezone(dt.UTC),
            taken_late=False,
            skip_reason=None,
            amount=amount,
            unit="mg",
        )

    doses = tuple(
        taken(*med, day, hour)
        for day in range(3)
        for hour in (8, 14, 20)
        for med in (
            ("Tylenol", "acetaminophen", 1000.0),
            ("Norco", "hydrocodone/acetaminophen", 5.0),
        )
    )
    s = week(doses=doses)
    # 3 × (1,000 + 325) = 3,975 mg each day; the first such day
    assert [(d.date.day, d.total_mg) for d in s.ingredient_peaks] == [(7, 3975)]
    (line,) = ingredient_total_lines(s)
    assert "highest day 3,975 mg (Mon 7 Dec)" in line
