"""weekly_summary against weeks whose numbers are worked out by hand below."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.domain.records import (
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
from bot.domain.summary import (
    AmountTotal,
    AsNeededUse,
    DayPain,
    SideEffectCount,
    Summary,
    format_amount,
    percent,
    round1,
    weekly_summary,
)
from bot.reports.text import discussion_line, summary_text

UTC = dt.UTC
LONDON = "Europe/London"
_Z = ZoneInfo(LONDON)

# The fixture week: Mon 11 – Sun 17 May 2026, London (BST, UTC+1). "Now" is Sunday 18:00.
MON = dt.date(2026, 5, 11)
END = dt.date(2026, 5, 17)
NOW = dt.datetime(2026, 5, 17, 18, 0, tzinfo=_Z)
STARTED = dt.datetime(2026, 1, 1, tzinfo=UTC)


def at(day: dt.date, hh: int, mm: int = 0, zone: ZoneInfo = _Z) -> dt.datetime:
    """An aware local datetime (test days avoid DST gaps unless they mean to hit one)."""
    return dt.datetime.combine(day, dt.time(hh, mm), tzinfo=zone)


def day(n: int) -> dt.date:
    """The n-th day of the fixture week (0 = Monday)."""
    return MON + dt.timedelta(days=n)


def dose(
    med_id: int,
    name: str,
    generic: str,
    d: dt.date,
    hh: int,
    status: str,
    *,
    reason: str | None = None,
    late: bool = False,
    zone: ZoneInfo = _Z,
    window: dt.timedelta = dt.timedelta(hours=2),
) -> ScheduledDose:
    """A scheduled dose; its answer window closes two hours after it falls due."""
    due = at(d, hh, zone=zone)
    return ScheduledDose(
        med_id=med_id,
        name=name,
        generic=generic,
        due_at=due.astimezone(UTC),
        local_date=d,
        local_time=dt.time(hh),
        status=status,
        answer_until=(due + window).astimezone(UTC),
        taken_at=(due + dt.timedelta(minutes=90 if late else 5)).astimezone(UTC)
        if status == "taken"
        else None,
        taken_late=late,
        skip_reason=reason,
        amount=400 if med_id == 1 else 60,
        unit="mg",
    )


IBU = (1, "Ibuprofen", "ibuprofen")
DUL = (2, "Duloxetine", "duloxetine")

REGIMEN = (
    RegimenEntry(1, "Ibuprofen", "ibuprofen", 400, "mg", (dt.time(8), dt.time(17)), False, None,
                 STARTED, None),
    RegimenEntry(2, "Duloxetine", "duloxetine", 60, "mg", (dt.time(21),), False, None, STARTED,
                 None),
    RegimenEntry(3, "Tramadol", "tramadol", 50, "mg", (), True, 2, STARTED, None),
)  # fmt: skip


def fixture_history() -> History:
    """The hand-computed week (expected numbers are in test_fixture_week_*)."""
    s = "skipped"
    doses = [
        # Ibuprofen 08:00 and 17:00
        dose(*IBU, day(0), 8, "taken"),
        dose(*IBU, day(0), 17, "taken"),
        dose(*IBU, day(1), 8, "taken"),
        dose(*IBU, day(1), 17, s, reason="felt sick"),
        dose(*IBU, day(2), 8, "taken"),
        dose(*IBU, day(2), 17, "missed"),
        dose(*IBU, day(3), 8, "taken", late=True),
        dose(*IBU, day(3), 17, "taken"),
        dose(*IBU, day(4), 8, s, reason="Felt sick "),
        dose(*IBU, day(4), 17, "missed"),
        dose(*IBU, day(5), 8, "taken"),
        dose(*IBU, day(5), 17, "sent"),  # unanswered, window closed Sat 19:00 → missed
        dose(*IBU, day(6), 8, "taken"),
        dose(*IBU, day(6), 17, "sent"),  # window open until 19:00, now 18:00 → pending
        # Duloxetine 21:00
        dose(*DUL, day(0), 21, "taken"),
        dose(*DUL, day(1), 21, "taken"),
        dose(*DUL, day(2), 21, "taken"),
        dose(*DUL, day(3), 21, s, reason="ran out"),
        dose(*DUL, day(4), 21, "taken"),
        dose(*DUL, day(5), 21, "taken"),
        dose(*DUL, day(6), 21, "pending"),  # not yet due → pending
    ]
    # The week before: everything taken (7 × 3 = 21 of 21).
    for n in range(1, 8):
        d = MON - dt.timedelta(days=n)
        doses += [
            dose(*IBU, d, 8, "taken"),
            dose(*IBU, d, 17, "taken"),
            dose(*DUL, d, 21, "taken"),
        ]
    extra = (
        ExtraDose("Tramadol", "tramadol", at(day(0), 10), 50, "mg", 1, med_id=3),
        ExtraDose("Tramadol", "tramadol", at(day(2), 12), med_id=3),  # amount from regimen
        ExtraDose("Tramadol", "tramadol", at(day(2), 19), 50, "mg", 2, med_id=3),
        ExtraDose("Tramadol", "tramadol", at(day(5), 23, 30), 50, "mg", 1, med_id=3),
        ExtraDose("ibuprofen", None, at(day(3), 13), 200, "mg", 2),  # /took, matched by name
        ExtraDose("Tramadol", "tramadol", at(day(7), 0, 30), 50, "mg", 1, med_id=3),  # next Mon
    )
    pain = (
        PainReport(at(day(0), 0, 30), 4),  # 23:30 UTC on Sunday 10th: still Monday locally
        PainReport(at(day(0), 20), 6),
        PainReport(at(day(1), 9), 7),
        PainReport(at(day(2), 9), 8),
        PainReport(at(day(2), 21), 7),
        PainReport(at(day(4), 9), 3),
        PainReport(at(day(5), 9), 5.5),
        PainReport(at(day(5), 23, 45), 7),
        PainReport(at(day(6), 9), 4),
        PainReport(at(day(7), 0, 30), 10),  # Monday 18th locally: outside the period
        # previous week (three days rated: enough to compare, said as "3 days rated")
        PainReport(at(MON - dt.timedelta(days=7), 9), 3),
        PainReport(at(MON - dt.timedelta(days=5), 9), 4),
        PainReport(at(MON - dt.timedelta(days=2), 9), 3.5),
    )
    side = (
        SideEffectReport(at(day(0), 10), ("nausea",)),
        SideEffectReport(at(day(1), 10), ("nausea", "drowsiness")),
        SideEffectReport(at(day(1), 15), ("nausea",)),
        SideEffectReport(at(day(4), 10), ("Nausea ", "constipation")),
    )
    flags = (
        RedFlagReport(at(day(3), 14), ("leg_weakness",)),
        RedFlagReport(at(day(3), 16), ("leg_weakness",)),  # same flag, same day: once
    )
    peg = (
        PegReport(at(day(1), 10), 6, 5, 4),
        PegReport(at(day(6), 10), 5, 6, 6),
    )
    return History(
        zone=LONDON,
        regimen=REGIMEN,
        doses=tuple(doses),
        extra_doses=extra,
        pain=pain,
        side_effects=side,
        red_flags=flags,
        peg=peg,
    )


def fixture_summary() -> Summary:
    """The fixture week summarised on Sunday 18:00."""
    return weekly_summary(fixture_history(), end_date=END, now=NOW)


# ------------------------------------------------------------------ rounding


def test_rounding_is_half_up_not_bankers() -> None:
    assert round(2.5) == 2 and round(6.25, 1) == 6.2  # what we avoid
    assert round1(6.25) == 6.3
    assert round1(0.05) == 0.1
    assert percent(1, 8) == 13  # 12.5 → 13
    assert percent(5, 8) == 63  # 62.5 → 63
    assert percent(0, 0) is None
    assert format_amount(1000.0) == "1,000" and format_amount(2.5) == "2.5"


# --------------------------------------------------------------- fixture week


def test_fixture_week_period() -> None:
    s = fixture_summary()
    assert (s.start, s.end, s.days) == (MON, END, 7)
    assert (s.previous_start, s.previous_end) == (dt.date(2026, 5, 4), dt.date(2026, 5, 10))
    assert s.has_data


def test_fixture_week_adherence() -> None:
    a = fixture_summary().adherence
    ibu, dul = a.per_medication  # sorted by name: Duloxetine, Ibuprofen
    ibu, dul = (ibu, dul) if ibu.name == "Ibuprofen" else (dul, ibu)
    # Ibuprofen: 14 doses, Sun 17:00 pending → 13 counted.
    # taken Mon×2 Tue Wed Thu×2 Sat Sun = 8; skipped Tue 17, Fri 08 = 2;
    # missed Wed 17, Fri 17, Sat 17 (window closed, never answered) = 3. 8/13 = 61.5 % → 62.
    assert (ibu.scheduled, ibu.taken, ibu.skipped, ibu.missed, ibu.pending) == (13, 8, 2, 3, 1)
    assert ibu.percent == 62 and ibu.taken_late == 1
    assert ibu.top_skip_reason == "felt sick"  # "felt sick" + "Felt sick " → same reason
    # Duloxetine: 7 doses, Sun 21:00 pending → 6; taken 5, skipped 1. 5/6 = 83.3 % → 83.
    assert (dul.scheduled, dul.taken, dul.skipped, dul.missed, dul.pending) == (6, 5, 1, 0, 1)
    assert dul.percent == 83 and dul.top_skip_reason == "ran out"
    # Overall: 13 taken of 19 (13 + 6) = 68.4 % → 68; 2 pending; week before 21/21 = 100.
    assert (a.scheduled, a.taken, a.skipped, a.missed, a.pending) == (19, 13, 3, 3, 2)
    assert a.percent == 68 and a.previous_percent == 100


def test_fixture_week_as_needed() -> None:
    tram, ibu = fixture_summary().as_needed  # most-used first
    # Tramadol: Mon 1, Wed 1 (amount from regimen: 50 mg) + 2 × 50, Sat 23:30 BST 1
    # (22:30 UTC, still Saturday); next Monday's dose is outside. 4 logs, 5 tablets,
    # 50 + 50 + 100 + 50 = 250 mg; busiest Wed with 3 > own max 2.
    assert (tram.name, tram.times, tram.units) == ("Tramadol", 4, 5.0)
    assert (tram.most_in_one_day, tram.most_on) == (3.0, day(2))
    assert tram.totals == (AmountTotal(250.0, "mg"),)
    assert tram.max_per_day == 2 and tram.days_over_max == (day(2),)
    # Ibuprofen via /took, matched to the regimen entry by name: 2 × 200 mg = 400 mg.
    assert (ibu.name, ibu.med_id, ibu.times, ibu.units) == ("Ibuprofen", 1, 1, 2.0)
    assert ibu.totals == (AmountTotal(400.0, "mg"),) and ibu.days_over_max == ()


def test_fixture_week_pain() -> None:
    p = fixture_summary().pain
    # Daily means: Mon (4 + 6)/2 = 5, Tue 7, Wed (8 + 7)/2 = 7.5, Thu none, Fri 3,
    # Sat (5.5 + 7)/2 = 6.25, Sun 4. Mean of 6 days = 32.75 / 6 = 5.458 → 5.5.
    assert p.mean == 5.5 and p.reports == 9 and p.days_with_data == 6
    assert (p.min, p.max) == (3.0, 8.0)
    # Week before: 3, 4 and 3.5 on three days → 3.5. Change 5.5 − 3.5 = +2.0 points,
    # 2 / 3.5 = 57.1 % → 57.
    assert (p.previous_mean, p.change, p.change_percent) == (3.5, 2.0, 57)
    assert p.previous_days == 3
    assert p.meaningful_increase
    assert p.severe_days == 3  # Tue 7, Wed 8, Sat 7
    assert p.best_day == DayPain(day(4), 3.0) and p.worst_day == DayPain(day(2), 7.5)


def test_fixture_week_peg_side_effects_red_flags() -> None:
    s = fixture_summary()
    assert s.peg is not None  # latest: Sunday (5 + 6 + 6) / 3 = 5.67 → 5.7
    assert (s.peg.date, s.peg.score) == (day(6), 5.7)
    # nausea Mon, Tue (twice), Fri ("Nausea ") → 3 days, 4 reports
    assert s.side_effects == (
        SideEffectCount("nausea", 3, 4),
        SideEffectCount("constipation", 1, 1),
        SideEffectCount("drowsiness", 1, 1),
    )
    assert [(r.date, r.flag) for r in s.red_flags] == [(day(3), "leg_weakness")]
    assert s.red_flags[0].at.hour == 14


def test_fixture_week_mme_and_safety() -> None:
    s = fixture_summary()
    # Tramadol as-needed, no usual daily amount → counted at own max: 50 mg × 2 × 0.2 = 20.
    assert s.mme is not None and s.mme.total == 20.0
    assert any("maximum per day" in n for n in s.mme.notes)
    codes = {w.code for w in s.safety_warnings}
    assert {"serotonergic_opioid_antidepressant", "nsaid_antidepressant"} <= codes
    assert all(w.text.endswith("talk to your doctor or pharmacist.") for w in s.safety_warnings)


def test_fixture_week_discussion_list() -> None:
    s = fixture_summary()
    assert [d.code for d in s.discuss] == [
        "red_flag",
        "opioid_constipation",  # Fri, tramadol taken Wed 19:00 (within 72 h)
        "pain_up",
        "severe_pain_days",  # 3 days ≥ 7
        "low_adherence",  # 68 % < 80 %
        "part_of_day_missed",  # ibuprofen 17:00 taken 2 of 6, the rest 11 of 13
        "medication_missed",  # ibuprofen 5 (duloxetine only 1)
        "over_own_max",  # tramadol 3 on Wed, own max 2
        "side_effect_days",  # nausea on 3 days
    ]
    text = " ".join(discussion_line(d, ZoneInfo(s.zone)) for d in s.discuss)
    assert "weakness or loss of feeling in the legs" in text
    assert "Evening doses (5 to 9 pm) were taken 2 of 6 times, against 11 of 13 at other" in text
    # The reason is said of the skips that gave it, never of the misses.
    assert "Ibuprofen 400 mg: no answer 3 times, skipped twice (felt sick)." in text
    assert "from 3.5 to 5.5 (+2.0 points, +57%)" in text


def test_fixture_week_daily_series() -> None:
    s = fixture_summary()
    got = [(p.date, p.pain, p.taken, p.missed, p.skipped) for p in s.daily]
    assert got == [
        (day(0), 5.0, 3, 0, 0),
        (day(1), 7.0, 2, 0, 1),
        (day(2), 7.5, 2, 1, 0),
        (day(3), None, 2, 0, 1),
        (day(4), 3.0, 1, 1, 1),
        (day(5), 6.3, 2, 1, 0),  # 6.25 half up → 6.3 (round() would give 6.2)
        (day(6), 4.0, 1, 0, 0),  # the two pending doses are not shown as missed
    ]
    # As-needed tablets each local day (the one early next Monday falls outside the week):
    # the chart shows them, so tramadol taken as needed is never a hidden line. Wednesday
    # is 3 — one tablet at noon, two at once at 19:00 — as the summary's "most in a day"
    # counts it; the chart drew 2 (doses), half the opioid the text gave that evening.
    assert [p.as_needed for p in s.daily] == [1, 0, 3, 0, 0, 1, 0]
    busiest = next(u for u in s.as_needed if u.generic == "tramadol")
    assert (busiest.most_on, busiest.most_in_one_day) == (day(2), 3)
    # Thursday's extra ibuprofen is of a scheduled medicine: apart, never as-needed use.
    assert [p.extra for p in s.daily] == [0, 0, 0, 1, 0, 0, 0]


# ------------------------------------------------------------------ edge cases


def test_pending_doses_are_not_scheduled() -> None:
    now = at(day(0), 9)
    h = History(
        zone=LONDON,
        doses=(
            dose(*IBU, day(0), 8, "sent"),  # due 08:00, window to 10:00 → pending at 09:00
            dose(*IBU, day(0), 17, "pending"),  # not yet due
            dose(*DUL, day(0), 21, "pending"),
        ),
    )
    s = weekly_summary(h, end_date=day(0), now=now)
    assert (s.adherence.scheduled, s.adherence.pending, s.adherence.percent) == (0, 3, None)
    assert s.discuss == ()
    # Two hours later the 08:00 window has closed: now it counts, as missed.
    later = weekly_summary(h, end_date=day(0), now=at(day(0), 10, 1))
    assert (later.adherence.scheduled, later.adherence.missed, later.adherence.percent) == (
        1,
        1,
        0,
    )


def test_previous_period_change_down_and_percent() -> None:
    h = History(
        zone=LONDON,
        pain=(
            *(PainReport(at(MON - dt.timedelta(days=n), 9), 8) for n in (3, 4, 5)),  # previous: 8
            PainReport(at(day(2), 9), 6),  # this week: 6 → −2.0, −25 %
        ),
    )
    p = weekly_summary(h, end_date=END, now=NOW).pain
    assert (p.previous_mean, p.mean, p.change, p.change_percent) == (8.0, 6.0, -2.0, -25)
    assert not p.meaningful_increase
    assert p.best_day is None and p.worst_day is None  # one day of data: no best/worst


def test_thirty_percent_alone_counts_as_meaningful() -> None:
    h = History(
        zone=LONDON,
        pain=(
            *(PainReport(at(MON - dt.timedelta(days=n), 9), 3) for n in (1, 2, 3)),
            PainReport(at(day(0), 9), 4),
        ),
    )
    p = weekly_summary(h, end_date=END, now=NOW).pain
    assert (p.change, p.change_percent, p.meaningful_increase) == (1.0, 33, True)


def test_no_data_user() -> None:
    s = weekly_summary(History(zone="America/New_York"), end_date=END, now=NOW)
    a = s.adherence
    assert (a.scheduled, a.taken, a.pending, a.percent, a.previous_percent) == (0, 0, 0, None, None)
    assert a.per_medication == () and s.as_needed == ()
    p = s.pain
    assert (p.mean, p.min, p.max, p.previous_mean, p.change, p.change_percent) == (None,) * 6
    assert (p.reports, p.days_with_data, p.severe_days) == (0, 0, 0)
    assert p.best_day is None and p.worst_day is None and not p.meaningful_increase
    assert s.peg is None and s.side_effects == () and s.red_flags == ()
    assert s.mme is None and s.safety_warnings == () and s.discuss == ()
    assert len(s.daily) == 7 and all(d.pain is None and d.taken == 0 for d in s.daily)
    assert not s.has_data


def test_dst_week_berlin_fall_back() -> None:
    """Mon 19 – Sun 25 Oct 2026: clocks go back 03:00 CEST → 02:00 CET on Sunday."""
    zone = ZoneInfo("Europe/Berlin")
    end = dt.date(2026, 10, 25)
    u = lambda *a: dt.datetime(*a, tzinfo=UTC)  # noqa: E731
    h = History(
        zone="Europe/Berlin",
        pain=(
            PainReport(u(2026, 10, 18, 21, 30), 9),  # Sun 18th 23:30 CEST: previous period
            PainReport(u(2026, 10, 18, 22, 30), 2),  # Mon 19th 00:30 CEST: first day
            PainReport(u(2026, 10, 25, 0, 30), 4),  # Sun 02:30 CEST (first of the two)
            PainReport(u(2026, 10, 25, 1, 30), 6),  # Sun 02:30 CET (the repeated hour)
            PainReport(u(2026, 10, 25, 22, 30), 8),  # Sun 23:30 CET — a fixed +2 would say Mon
            PainReport(u(2026, 10, 25, 23, 30), 10),  # Mon 26th 00:30 CET: outside
        ),
        extra_doses=(
            ExtraDose("Tramadol", "tramadol", u(2026, 10, 25, 22, 59), 50, "mg"),  # Sun 23:59
            ExtraDose("Tramadol", "tramadol", u(2026, 10, 25, 23, 0), 50, "mg"),  # Mon 00:00
        ),
        doses=(
            dose(*IBU, end, 8, "taken", zone=zone),
            dose(*IBU, end, 17, "missed", zone=zone),
        ),
    )
    s = weekly_summary(h, end_date=end, now=dt.datetime(2026, 10, 25, 20, tzinfo=zone))
    assert len(s.daily) == 7 and s.daily[0].date == dt.date(2026, 10, 19)
    assert s.daily[0].pain == 2.0
    # Sunday: (4 + 6 + 8) / 3 = 6.0, all three in the 25-hour day.
    assert s.daily[-1].pain == 6.0 and (s.daily[-1].taken, s.daily[-1].missed) == (1, 1)
    assert s.pain.reports == 4 and s.pain.max == 8.0
    # (the previous period's one day: counted, too few to compare)
    assert (s.pain.previous_days, s.pain.previous_mean) == (1, None)
    assert s.as_needed[0].times == 1


def test_dst_week_new_york_fall_back() -> None:
    """Sun 1 Nov 2026, New York: 25-hour day; 23:30 EST is 04:30 UTC on the 2nd."""
    h = History(
        zone="America/New_York",
        pain=(
            PainReport(dt.datetime(2026, 11, 2, 4, 30, tzinfo=UTC), 5),  # Sun 1st 23:30 EST
            PainReport(dt.datetime(2026, 11, 1, 4, 30, tzinfo=UTC), 7),  # Sun 1st 00:30 EDT
        ),
    )
    now = dt.datetime(2026, 11, 2, 5, tzinfo=UTC)
    s = weekly_summary(h, end_date=dt.date(2026, 11, 1), now=now)
    assert s.daily[-1].pain == 6.0 and s.pain.reports == 2


def test_regimen_ended_before_period_end_is_not_in_mme() -> None:
    ended = RegimenEntry(
        9, "Oxycodone", "oxycodone", 10, "mg", (dt.time(8), dt.time(20)), False, None,
        STARTED, at(day(2), 12),
    )  # fmt: skip
    s = weekly_summary(History(zone=LONDON, regimen=(ended,)), end_date=END, now=NOW)
    assert s.mme is None and s.safety_warnings == ()
    current = weekly_summary(History(zone=LONDON, regimen=(ended,)), end_date=day(1), now=NOW)
    assert current.mme is not None and current.mme.total == 30.0  # 10 mg × 2 × 1.5


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        weekly_summary(History(zone=LONDON), end_date=END, days=0, now=NOW)
    with pytest.raises(ValueError):
        weekly_summary(History(zone=LONDON), end_date=END, now=dt.datetime(2026, 5, 17))


def _use(generic: str | None, units: float, totals: tuple[AmountTotal, ...]) -> AsNeededUse:
    return AsNeededUse(
        name="x", generic=generic, med_id=None, times=2, units=units, most_in_one_day=units,
        most_on=None, totals=totals, max_per_day=None,
    )  # fmt: skip


def test_as_needed_total_of_a_combination_shows_the_product_not_one_ingredient() -> None:
    norco = _use("hydrocodone/acetaminophen", 3, (AmountTotal(15.0, "mg"),))
    assert norco.total_text == "3 × 5/325 mg"  # "15 mg" would hide 975 mg acetaminophen
    assert _use("tramadol", 5, (AmountTotal(250.0, "mg"),)).total_text == "250 mg"
    odd = _use("hydrocodone/acetaminophen", 2, (AmountTotal(18.0, "mg"),))
    assert odd.total_text == "18 mg"  # 9 mg a tablet is no marketed strength: no guess
    assert _use("ibuprofen", 2, ()).total_text is None


def _busiest(
    units: float, most: float, totals: tuple[AmountTotal, ...], most_amount: float | None
) -> AsNeededUse:
    return AsNeededUse(
        name="tramadol", generic="tramadol", med_id=None, times=3, units=units,
        most_in_one_day=most, most_on=dt.date(2026, 5, 13), totals=totals, max_per_day=None,
        most_amount=most_amount,
    )  # fmt: skip


def test_the_busiest_day_says_what_it_counts() -> None:
    # "3 times … most in a day: 3" read as three doses; it was three tablets of 50 mg.
    same = _busiest(5, 3, (AmountTotal(250, "mg"),), 150)
    assert same.most_text == "3 × 50 mg"
    mixed = _busiest(3, 2, (AmountTotal(150, "mg"),), 150)  # 100 mg and 50 mg that day
    assert mixed.most_text == "150 mg"
    unknown = _busiest(4, 2, (), None)
    assert unknown.most_text == "2"


def test_a_strength_said_in_the_name_gives_the_as_needed_total() -> None:
    # "2 extra strength tylenol" off the list read "10 in all" on the doctor's page.
    extras = (
        ExtraDose("extra strength tylenol", "acetaminophen", at(day(0), 9), None, None, 2),
        ExtraDose("extra strength tylenol", "acetaminophen", at(day(1), 9), None, None, 2),
        ExtraDose("Tylenol", "acetaminophen", at(day(2), 9), None, None, 2),
    )
    s = weekly_summary(History(zone=LONDON, extra_doses=extras[:2]), end_date=END, now=NOW)
    (named,) = s.as_needed
    assert named.total_text == "2,000 mg" and named.most_text == "2 × 500 mg"
    # Beside plain Tylenol (no strength said) the total never reads as all of them.
    s = weekly_summary(History(zone=LONDON, extra_doses=extras), end_date=END, now=NOW)
    (both,) = s.as_needed
    assert both.total_text == "2,000 mg + 2 of unknown strength"


def test_a_total_never_reads_as_every_tablet_when_some_had_no_strength() -> None:
    extras = (
        ExtraDose("ibuprofen", "ibuprofen", at(day(0), 9), 400, "mg", 1),
        ExtraDose("nurofen", "ibuprofen", at(day(1), 9), None, None, 2),
        ExtraDose("Norco", "hydrocodone/acetaminophen", at(day(2), 9), 5, "mg", 1),
        ExtraDose("Norco", "hydrocodone/acetaminophen", at(day(3), 9), None, None, 1),
    )
    s = weekly_summary(History(zone=LONDON, extra_doses=extras), end_date=END, now=NOW)
    totals = {u.generic: u.total_text for u in s.as_needed}
    assert totals == {
        "ibuprofen": "400 mg + 2 of unknown strength",
        "hydrocodone/acetaminophen": "1 × 5/325 mg + 1 of unknown strength",
    }


def test_advil_beside_a_listed_ibuprofen_800_is_a_line_of_its_own() -> None:
    # "2 × Advil 200 mg" then one listed 800 mg tablet read "Ibuprofen: 2 times, 1,200 mg;
    # most in a day: 3 × 400 mg" — no tablet of 400 mg was taken.
    listed = RegimenEntry(
        4, "Ibuprofen", "ibuprofen", 800, "mg", (), True, 3, STARTED, None
    )  # fmt: skip
    extras = (
        ExtraDose("advil", "ibuprofen", at(day(0), 8), 200, "mg", 2),
        ExtraDose("Ibuprofen", "ibuprofen", at(day(0), 12), 800, "mg", None, med_id=4),
    )
    s = weekly_summary(
        History(zone=LONDON, regimen=(listed,), extra_doses=extras), end_date=END, now=NOW
    )
    lines = {u.name: (u.total_text, u.most_text) for u in s.as_needed}
    assert lines == {"advil": ("400 mg", "2 × 200 mg"), "Ibuprofen": ("800 mg", "800 mg")}


def test_the_busiest_day_of_mixed_tablets_is_said_in_mg() -> None:
    extras = (
        ExtraDose("Tramadol", "tramadol", at(day(0), 8), 50, "mg", 1),
        ExtraDose("Tramadol", "tramadol", at(day(0), 12), 100, "mg", 1),
        ExtraDose("Tramadol", "tramadol", at(day(0), 18), 50, "mg", 1),
    )
    s = weekly_summary(History(zone=LONDON, extra_doses=extras), end_date=END, now=NOW)
    (use,) = s.as_needed
    assert use.most_text == "200 mg"  # not "3 × 66.7 mg"


@pytest.mark.parametrize(
    ("missed", "reasons", "said"),
    [
        # Found living it: "missed or skipped 7 times (most often: side effects)" for six
        # misses and one skip for side effects — as if side effects were behind them all.
        (6, ["side_effects"], "Lyrica 75 mg: no answer 6 times, skipped once (side effects)."),
        (0, ["forgot", "forgot", "other"], "Lyrica 75 mg: skipped 3 times (2 of them: forgot)."),
        (4, [], "Lyrica 75 mg: no answer 4 times."),
        (1, [""], "Lyrica 75 mg: no answer once, skipped once."),
    ],
)
def test_missed_and_skipped_doses_are_told_apart(
    missed: int, reasons: list[str], said: str
) -> None:
    from bot.domain.summary import DiscussionPoint, MedicationAdherence, _top_reason
    from bot.reports.text import discussion_line

    top = _top_reason(reasons)
    m = MedicationAdherence(
        med_id=1, name="Lyrica", generic="pregabalin", scheduled=14,
        taken=14 - missed - len(reasons), taken_late=0, skipped=len(reasons), missed=missed,
        pending=0, percent=50,
        top_skip_reason=top, amount=75, unit="mg",
        top_skip_count=sum(1 for r in reasons if r == top),
    )  # fmt: skip
    point = DiscussionPoint("medication_missed", (("medication", m),))
    assert discussion_line(point, ZoneInfo("Europe/Dublin")) == said


# ------------------------------------------------------------------ part of a dose


def test_a_dose_taken_only_in_part_counts_as_taken_and_says_so() -> None:
    """ "½ an ibuprofen" at Monday 08:00: taken for adherence, counted in part, and its
    milligrams are the half in every total the checks read."""
    from dataclasses import replace

    from bot.domain.summary import taken_doses
    from bot.reports.text import _med_line

    history = fixture_history()
    first = history.doses[0]
    assert (first.name, first.local_date, first.status) == ("Ibuprofen", day(0), "taken")
    part = replace(first, units_taken=0.5)
    halved = replace(history, doses=(part, *history.doses[1:]))
    whole, summary = fixture_summary(), weekly_summary(halved, end_date=END, now=NOW)
    before = next(m for m in whole.adherence.per_medication if m.name == "Ibuprofen")
    after = next(m for m in summary.adherence.per_medication if m.name == "Ibuprofen")
    assert (after.taken, after.percent, after.part_taken) == (before.taken, before.percent, 1)
    assert before.part_taken == 0
    assert "· 1 of them only in part ·" in _med_line(after)
    assert "only in part" not in _med_line(before)
    on_monday = [d for d in taken_doses(halved) if d.at == first.taken_at]
    assert [(d.amount, d.count) for d in on_monday] == [(400, 0.5)]


def test_each_day_is_judged_against_the_maximum_set_that_day() -> None:
    # Found living it: the surgeon lowered Endone from 6 to 4 a day; the report then said
    # the 5 tablets of a day under the old maximum were "more than the set maximum of 4".
    from bot.domain.summary import _as_needed

    lowered = at(day(5), 14)
    old = RegimenEntry(9, "Endone", "oxycodone", 5, "mg", (), True, 6, STARTED, lowered)
    new = RegimenEntry(9, "Endone", "oxycodone", 5, "mg", (), True, 4, lowered, None)
    doses = [
        ExtraDose("Endone", "oxycodone", at(day(0), h), 5, "mg", 1, med_id=9) for h in range(8, 13)
    ]
    doses += [
        ExtraDose("Endone", "oxycodone", at(day(6), h), 5, "mg", 1, med_id=9) for h in range(8, 13)
    ]
    (use,) = _as_needed(doses, [old, new], _Z)
    assert use.days_over_max == (day(6),), "5 on day 0 was within the 6 then set"


def test_a_night_told_twice_is_one_night() -> None:
    """Sandbox, Dublin: "hardly slept a wink" at breakfast and the evening check-in's
    "Poor" for the same night counted as two nights; the later word stands."""
    morning = dt.datetime(2026, 5, 12, 8, 10, tzinfo=_Z)
    sleep = (
        SleepReport(morning, "poor", None),
        SleepReport(morning.replace(hour=21), "fair", 5.0),
        SleepReport(morning + dt.timedelta(days=2), "good", 8.0),
    )
    s = weekly_summary(History(zone=LONDON, sleep=sleep), end_date=END, now=NOW)
    assert s.sleep is not None
    assert (s.sleep.nights, s.sleep.poor, s.sleep.fair, s.sleep.good) == (2, 0, 1, 1)


def test_an_opioid_taken_in_an_unknown_amount_is_taken_not_none() -> None:
    """Sandbox, Johannesburg: Synap Forte (codeine) on 3 days read "Opioids: none taken
    this week"."""
    combo = "acetaminophen/codeine/doxylamine"
    extras = tuple(
        ExtraDose("Synap forte", combo, dt.datetime(2026, 5, d, 22, 0, tzinfo=_Z), count=2)
        for d in (12, 14)
    )
    s = weekly_summary(History(zone=LONDON, extra_doses=extras), end_date=END, now=NOW)
    assert s.mme is not None and not s.mme.taken
    assert s.mme.taken_unknown == (dt.date(2026, 5, 12), dt.date(2026, 5, 14))
    assert "Opioids: taken on 2 days" in summary_text(s)


def test_the_peg_of_the_evening_before_the_week_is_this_weeks() -> None:
    """The PEG is asked at the summary day's 20:00 check-in, after its 18:00 summary: the
    next summary shows it (no automatic summary ever showed a PEG — Sandbox), dated."""
    eve = MON - dt.timedelta(days=1)
    before = fixture_history()
    history = History(
        zone=LONDON,
        regimen=before.regimen,
        peg_history=(PegReport(at(eve, 20, 5), 6, 7, 5),),
    )
    peg = weekly_summary(history, end_date=END, now=NOW).peg
    assert peg is not None and (peg.date, peg.score) == (eve, 6.0)
    older = History(
        zone=LONDON,
        regimen=before.regimen,
        peg_history=(PegReport(at(eve - dt.timedelta(days=1), 20, 5), 6, 7, 5),),
    )
    assert weekly_summary(older, end_date=END, now=NOW).peg is None
    assert fixture_summary().peg is not None and fixture_summary().peg.date == day(6)


def test_an_as_needed_range_is_said_beside_its_counts() -> None:
    # Sandbox: "1-2 tabs" was kept as one; the week's "most in a day: 3" then read as
    # three doses. The listed range is said beside the counts, and the regimen line too.
    oxy = RegimenEntry(
        5, "Oxycodone", "oxycodone", 5, "mg", (), True, 8, STARTED, None,
        min_gap_hours=6, units_per_dose_max=2,
    )  # fmt: skip
    extras = (
        ExtraDose("Oxycodone", "oxycodone", at(day(0), 8), 5, "mg", 2, med_id=5),
        ExtraDose("Oxycodone", "oxycodone", at(day(0), 16), 5, "mg", None, med_id=5),
    )
    s = weekly_summary(
        History(zone=LONDON, regimen=(oxy,), extra_doses=extras), end_date=END, now=NOW
    )
    (use,) = s.as_needed
    assert use.dose_range == "1\u20132 tablets"
    assert "• Oxycodone (1\u20132 tablets a dose): 2 times, 15 mg in all" in summary_text(s)
    (version,) = s.regimen
    assert version.line.startswith("Oxycodone 5 mg, 1\u20132 tablets · as needed")
    assert version.label == "Oxycodone 5 mg, 1\u20132 tablets"


def test_numbness_and_weakness_in_the_legs_are_worth_discussing() -> None:
    """Sandbox, Bengaluru: numbness and weakness in both legs reached no summary line."""
    from bot.domain.records import PainPlaceReport

    both = ("leg_left", "leg_right")
    h = History(
        zone=LONDON,
        places=(
            PainPlaceReport(at(day(5), 19), both, None, ("numb",)),
            PainPlaceReport(at(day(5), 20), both, None, ("weak",)),
            PainPlaceReport(at(day(6), 9), ("leg_left",), None, ("tingling",)),
        ),
        started=STARTED,
    )
    s = weekly_summary(h, end_date=END, now=NOW)
    said = [discussion_line(d, _Z) for d in s.discuss]
    assert said == [
        "Numbness or tingling in both legs (Sat 16 May, Sun 17 May).",
        "Weakness in both legs (Sat 16 May).",
    ]
    assert "Worth discussing" in summary_text(s)


def test_the_summary_says_no_answer_as_the_report_does() -> None:
    # Found living it (Glasgow): the summary said "Pregabalin 75 mg was missed 9 times" of
    # doses left unanswered, the report "No answer"; a GP reads "missed" as not taken.
    from bot.reports.pdf import adherence_rows

    s = fixture_summary()
    text = summary_text(s)
    header, *rows = adherence_rows(s.adherence)
    ibuprofen = next(r for r in rows if r[0].startswith("Ibuprofen"))
    unanswered = ibuprofen[header.index("No answer")]
    assert unanswered == "3"
    assert f"{unanswered} no answer" in text
    assert "Ibuprofen 400 mg: no answer 3 times" in text
    assert " missed" not in text.replace("Missed", "")
