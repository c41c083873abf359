"""Counts and comparisons rest on the days the diary holds: never on days before the
person began, never on a week before that holds one day (Sandbox, Lagos S2-8 and Sydney
S3-8). Each week below is worked out by hand."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.domain.clinician_detail import diary_began
from bot.domain.records import ExtraDose, History, PainReport, ScheduledDose
from bot.domain.summary import weekly_summary
from bot.domain.trials import trial_figures
from bot.reports.facts_text import report_fact_lines
from bot.reports.reassessment_text import change_pain
from bot.reports.text import summary_text
from tests.unit.domain.test_summary import DUL, dose

LAGOS = ZoneInfo("Africa/Lagos")
SYDNEY = ZoneInfo("Australia/Sydney")


def _at(zone: ZoneInfo, d: dt.date, hh: int = 9) -> dt.datetime:
    return dt.datetime.combine(d, dt.time(hh), tzinfo=zone)


def _dec(n: int) -> dt.date:
    return dt.date(2026, 12, n)


def _pains(zone: ZoneInfo, scores: dict[int, float]) -> tuple[PainReport, ...]:
    return tuple(PainReport(_at(zone, _dec(d)), s) for d, s in scores.items())


def test_a_week_before_with_one_day_rated_is_not_compared() -> None:
    # Lagos: she began on Mon 7 Dec (one rating, 7.5); /summary on Mon 14 covers
    # Tue 8 – Mon 14, all rated 6 → 6.0. The week before (Tue 1 – Mon 7) is Mon 7 alone:
    # it once said "Down 1.5 from 7.5 the week before."
    h = History(
        zone="Africa/Lagos",
        started=_at(LAGOS, _dec(7), 8),
        pain=_pains(LAGOS, {7: 7.5, **{d: 6 for d in range(8, 15)}}),
    )
    s = weekly_summary(h, end_date=_dec(14), now=_at(LAGOS, _dec(14), 12))
    p = s.pain
    assert (p.mean, p.previous_days) == (6.0, 1)
    assert (p.previous_mean, p.change, p.change_percent) == (None, None, None)
    text = summary_text(s)
    assert "📈 Pain: average 6.0 out of 10" in text
    assert "7.5" not in text and "week before" not in text


def test_a_week_before_rated_on_some_days_says_how_many() -> None:
    # Began Thu 3 Dec: Thu 8, Fri 7, Sat 7, Sun 6 → 28 / 4 = 7.0 on 4 days. The week
    # Mon 7 – Sun 13 rated 5 every day → 5.0: down 2.0, on 4 days rated.
    h = History(
        zone="Africa/Lagos",
        started=_at(LAGOS, _dec(3), 8),
        pain=_pains(LAGOS, {3: 8, 4: 7, 5: 7, 6: 6, **{d: 5 for d in range(7, 14)}}),
    )
    s = weekly_summary(h, end_date=_dec(13), now=_at(LAGOS, _dec(13), 20))
    assert (s.pain.previous_mean, s.pain.change, s.pain.previous_days) == (7.0, -2.0, 4)
    assert "Down 2.0 from 7.0 the week before (4 days rated)." in summary_text(s)


def test_a_week_before_rated_every_day_needs_no_count() -> None:
    h = History(
        zone="Africa/Lagos",
        started=_at(LAGOS, _dec(1), 8),
        pain=_pains(LAGOS, {**{d: 7 for d in range(1, 7)}, **{d: 5 for d in range(7, 14)}}),
    )
    # (Tue 1 – Sun 6 is 6 days of the week Mon 30 Nov – Sun 6 Dec: still a count)
    s = weekly_summary(h, end_date=_dec(13), now=_at(LAGOS, _dec(13), 20))
    assert "Down 2.0 from 7.0 the week before (6 days rated)." in summary_text(s)
    h = History(
        zone="Africa/Lagos",
        started=_at(LAGOS, _dec(1), 8),
        pain=_pains(LAGOS, {**{d: 7 for d in range(1, 8)}, **{d: 5 for d in range(8, 15)}}),
    )
    s = weekly_summary(h, end_date=_dec(14), now=_at(LAGOS, _dec(14), 20))
    assert "Down 2.0 from 7.0 the week before." in summary_text(s)


def test_days_of_use_count_from_the_first_contact() -> None:
    # Sydney: first contact Mon 7 Dec 20:00 UTC = Tue 8 Dec 07:00 AEDT. The week
    # Mon 7 – Sun 13 has 6 diary days; Endone 5 mg (oxycodone × 1.5 = 7.5 MME) every one
    # of them: "on 6 of 6 days", once "on 6 of 7 days".
    endone = tuple(
        ExtraDose("Endone", "oxycodone", _at(SYDNEY, _dec(d), 10), 5, "mg", 1) for d in range(8, 14)
    )
    h = History(
        zone="Australia/Sydney",
        started=dt.datetime(2026, 12, 7, 20, 0, tzinfo=dt.UTC),
        extra_doses=endone,
    )
    s = weekly_summary(h, end_date=_dec(13), now=_at(SYDNEY, _dec(13), 18))
    assert (s.began, s.covered_start, s.days_covered) == (_dec(8), _dec(8), 6)
    assert "Opioids taken: up to 7.5 MME in a day (Tue 8 Dec), on 6 of 6 days" in summary_text(s)
    assert s.facts is not None and s.facts.opioid is not None
    assert s.facts.opioid.period_days == 6
    assert report_fact_lines(s.facts)[0].startswith("Opioid as taken: on 6 of 6 days")


def test_a_dose_told_for_the_day_before_the_first_contact_starts_the_diary() -> None:
    # "took 2 endone last night", told on the first morning (Tue 8): Mon 7 is a diary day.
    h = History(
        zone="Australia/Sydney",
        started=dt.datetime(2026, 12, 7, 20, 0, tzinfo=dt.UTC),
        extra_doses=(ExtraDose("Endone", "oxycodone", _at(SYDNEY, _dec(7), 22), 5, "mg", 2),),
    )
    assert diary_began(h) == _dec(7)
    s = weekly_summary(h, end_date=_dec(13), now=_at(SYDNEY, _dec(13), 18))
    assert s.days_covered == 7


def test_an_unknown_start_counts_every_day() -> None:
    h = History(zone="Australia/Sydney", pain=_pains(SYDNEY, {10: 5}))
    assert diary_began(h) is None
    s = weekly_summary(h, end_date=_dec(13), now=_at(SYDNEY, _dec(13), 18))
    assert (s.covered_start, s.days_covered) == (_dec(7), 7)


def test_adherence_before_is_compared_only_with_doses_due_on_three_days() -> None:
    mon = dt.date(2026, 5, 11)
    london = ZoneInfo("Europe/London")
    now = dt.datetime(2026, 5, 17, 23, 30, tzinfo=london)

    def days(*back: int) -> list[ScheduledDose]:
        return [dose(*DUL, mon - dt.timedelta(days=n), 21, "taken") for n in back]

    this_week = [dose(*DUL, mon + dt.timedelta(days=n), 21, "taken") for n in range(7)]
    two = History(zone="Europe/London", doses=(*days(1, 2), *this_week))
    a = weekly_summary(two, end_date=dt.date(2026, 5, 17), now=now).adherence
    assert (a.percent, a.previous_days, a.previous_percent) == (100, 2, None)
    three = History(
        zone="Europe/London",
        doses=(*days(1, 2), dose(*DUL, mon - dt.timedelta(days=3), 21, "missed"), *this_week),
    )
    a = weekly_summary(three, end_date=dt.date(2026, 5, 17), now=now).adherence
    assert (a.previous_days, a.previous_percent) == (3, 67)  # 2 of 3 taken


def test_a_change_soon_after_the_start_counts_its_days_before_from_the_start() -> None:
    # Began Tue 1 Dec; a change on Fri 11 Dec has 10 diary days before it, not 14.
    # Before: Mon 7 – Thu 10 rated 7, 6, 6, 5 → 6.0 on 4 days; since: Fri 11 – Sun 13
    # rated 4, 5, 6 → 5.0 on 3 days.
    pain = _pains(SYDNEY, {7: 7, 8: 6, 9: 6, 10: 5, 11: 4, 12: 5, 13: 6})
    now = _at(SYDNEY, _dec(13), 20)
    f = trial_figures(_dec(11), SYDNEY, now, pain, began=_dec(1))
    assert (f.before.first_day, f.before.days, f.before.pain_days) == (_dec(1), 10, 4)
    assert f.comparable
    assert change_pain(f) == "6.0 in the 10 days before (4 days rated) → 5.0 since (3 days rated)"


def test_a_change_with_too_few_days_rated_before_is_not_compared() -> None:
    # Thu 10 (5) and a first rating Wed 9 (8) only: 2 days rated before Fri 11.
    pain = _pains(SYDNEY, {9: 8, 10: 5, 11: 4, 12: 5, 13: 6})
    now = _at(SYDNEY, _dec(13), 20)
    f = trial_figures(_dec(11), SYDNEY, now, pain, began=_dec(9))
    assert (f.before.days, f.before.pain_days, f.before.pain_mean) == (2, 2, 6.5)
    assert not f.comparable
    assert change_pain(f) == (
        "5.0 since (3 days rated); 2 days rated in the 2 days before, too few to compare"
    )
    # A change on the diary's first day has no day before it.
    first = trial_figures(_dec(9), SYDNEY, now, pain, began=_dec(9))
    assert first.before.days == 0
    assert change_pain(first) == "5.6 since (5 days rated); no diary days before it"
