"""Per-ingredient figures of what was taken: rolling 24 h over a label, daily totals, MME."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.domain.exposure import (
    daily_ingredient_totals,
    opioid_days,
    overuse_episodes,
)
from bot.domain.safety import DoseTaken

CHICAGO = ZoneInfo("America/Chicago")


def at(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, 1, day, hour, 0, tzinfo=CHICAGO)


def norco(day: int, hour: int, count: float = 1) -> DoseTaken:
    # Stored as the regimen keeps Norco: hydrocodone 5 mg a tablet (5/325).
    return DoseTaken("hydrocodone/acetaminophen", "Norco", 5, "mg", count, at(day, hour))


def tylenol(day: int, hour: int, count: float = 2) -> DoseTaken:
    return DoseTaken("acetaminophen", "Tylenol", 500, "mg", count, at(day, hour))


def test_the_clinician_review_episode_shows_in_a_rolling_24_hours() -> None:
    """Wed 10:00 → Thu 01:00: Norco 5 × 325 + Tylenol 6 × 500 = 4,625 mg logged; the
    calendar Wednesday holds only 3,625 mg (clinician review §2.1)."""
    doses = [
        norco(7, 10, 2),
        tylenol(7, 11),
        tylenol(7, 15),
        norco(7, 16, 2),
        norco(8, 0, 1),
        tylenol(8, 1),
    ]
    (e,) = overuse_episodes(doses)
    assert e.ingredient == "acetaminophen" and e.limit_mg == 4000
    assert e.total_mg == 5 * 325 + 6 * 500  # 4,625
    assert (e.start, e.end) == (at(7, 10), at(8, 1))
    assert set(e.products) == {"Norco", "Tylenol"}
    days = {
        d.date.day: d.total_mg for d in daily_ingredient_totals(doses, CHICAGO, ["acetaminophen"])
    }
    assert days == {7: 4 * 325 + 4 * 500, 8: 325 + 1000}


def test_under_the_label_there_is_no_episode_and_separate_days_are_separate() -> None:
    assert overuse_episodes([tylenol(5, 8, 4), tylenol(5, 20, 3)]) == ()  # 3,500 mg
    two = overuse_episodes(
        [tylenol(5, 8, 5), tylenol(5, 20, 4), tylenol(9, 8, 5), tylenol(9, 20, 4)]
    )
    assert [(e.start.day, e.total_mg) for e in two] == [(5, 4500), (9, 4500)]


def test_overlapping_windows_are_one_episode_at_its_highest() -> None:
    doses = [tylenol(5, h, 2) for h in (6, 10, 14, 18, 22)] + [tylenol(6, 2, 2)]
    (e,) = overuse_episodes(doses)
    assert e.total_mg == 6000 and e.start == at(5, 6) and e.end == at(6, 2)


def test_opioid_mme_per_day_is_what_was_taken() -> None:
    days = opioid_days([norco(5, 9, 2), norco(7, 10, 2), norco(7, 16, 3)], CHICAGO)
    assert [(d.date.day, d.mme) for d in days] == [(5, 10.0), (7, 25.0)]


def test_unknown_medicines_count_nothing() -> None:
    doses = [DoseTaken(None, "CBD oil", 10, "mg", 1, at(5, 9))]
    assert overuse_episodes(doses) == () and opioid_days(doses, CHICAGO) == ()


def test_a_products_own_label_limit_is_an_episode_too() -> None:
    """Norco 10/325 × 7 in a day: under acetaminophen's 4,000 mg (2,275 mg) but past the
    label's 6 tablets; counted in tablets, named with its strength."""
    doses = [
        DoseTaken("hydrocodone/acetaminophen", "Norco", 10, "mg", 1, at(7, hour))
        for hour in (6, 9, 12, 15, 18, 20, 22)
    ]
    (e,) = overuse_episodes(doses)
    assert (e.ingredient, e.unit) == ("hydrocodone/acetaminophen 10/325", "tablets")
    assert (e.limit_mg, e.total_mg) == (6, 7)
    assert e.start == at(7, 6) and e.end == at(7, 22)


def test_a_forms_own_maximum_is_an_episode_in_mg() -> None:
    doses = [
        DoseTaken("tramadol", "ConZip", 200, "mg", 1, at(7, 8)),
        DoseTaken("tramadol", "ConZip", 150, "mg", 1, at(7, 20)),
    ]
    (e,) = overuse_episodes(doses)
    assert e.ingredient == "tramadol (extended-release)" and e.unit == "mg"
    assert (e.limit_mg, e.total_mg) == (300, 350)


def test_an_episode_is_printed_as_the_24_hours_of_its_highest_total() -> None:
    # Found reading a sandbox week's report: "Tue 08:00 – Wed 12:05 … 6,000 mg in 24 h",
    # a 28-hour span beside a 24-hour total.
    doses = [tylenol(5, h, 2) for h in (8, 12, 16, 22)] + [tylenol(6, h, 2) for h in (8, 12)]
    doses.append(tylenol(6, 3, 2))
    (e,) = overuse_episodes(doses)
    assert e.end - e.start < dt.timedelta(hours=24)
    window = [d for d in doses if e.start <= d.at <= e.end]
    assert e.total_mg == sum(500 * (d.count or 0) for d in window)


def test_a_crossing_half_a_day_after_the_peak_stays_in_its_episode_span() -> None:
    # Found living it: 5,000 mg on Friday, then a triple dose Saturday afternoon passed
    # 4,000 mg again in its own 24 hours (warned in the chat) and was folded into Friday,
    # unseen. Its window overlaps Friday's: one episode, whose span reaches Saturday's.
    doses = [tylenol(11, h, 2) for h in (8, 12, 16, 20)] + [tylenol(11, 22, 2)]
    doses += [tylenol(12, 8, 2), tylenol(12, 14, 3)]
    (e,) = overuse_episodes(doses)
    assert e.span == (at(11, 8), at(12, 14))
    assert e.longer_than_its_peak
    # its highest 24 hours: Fri 16:00 → Sat 14:00, 5,500 mg
    assert (e.start, e.end, e.total_mg) == (at(11, 16), at(12, 14), 5500)


def glasgow(day: int, hour: int, minute: int, what: str, count: float) -> DoseTaken:
    when = dt.datetime(2026, 12, day, hour, minute, tzinfo=ZoneInfo("Europe/London"))
    if what == "co-codamol":  # on the list: 30/500, 2 tablets four times a day
        return DoseTaken(
            "codeine/paracetamol", "Co-codamol", 30, "mg", count, when, True, "30/500", due=when
        )
    return DoseTaken("paracetamol", "Paracetamol", 500, "mg", count, when)


def test_overlapping_windows_of_one_ingredient_are_one_episode() -> None:
    # Found living it (Glasgow): co-codamol 2 × 4 a day with an extra paracetamol gave two
    # alerts, "Tue 8 Dec 08:40 – Tue 20:40 … 4,650 mg" and "Tue 12:40 – Wed 10:00 …
    # 4,650 mg", of one episode. One line: its whole span and its highest total.
    doses = [glasgow(8, h, 40, "co-codamol", 2) for h in (8, 12, 16, 20)]
    doses += [glasgow(8, 20, 40, "paracetamol", 1), glasgow(9, 10, 0, "paracetamol", 1)]
    doses += [glasgow(9, h, 40, "co-codamol", 2) for h in (8,)]
    (e,) = overuse_episodes(doses)
    assert e.ingredient == "acetaminophen"
    assert e.span == (doses[0].at, doses[5].at)  # Tue 08:40 → Wed 10:00
    # its highest 24 hours: Tue 12:40 → Wed 10:00, co-codamol 3 × 1,000 + 1,000 on Wed
    # morning, and both extra 500s
    assert (e.start, e.end, e.total_mg) == (doses[1].at, doses[5].at, 5000)


def test_windows_a_day_apart_are_two_episodes() -> None:
    doses = [tylenol(5, h, 3) for h in (8, 12, 16)]  # 4,500 mg on Monday
    doses += [tylenol(7, h, 3) for h in (8, 12, 16)]  # and again on Wednesday
    episodes = overuse_episodes(doses)
    assert [e.span for e in episodes] == [(at(5, 8), at(5, 16)), (at(7, 8), at(7, 16))]
    assert not any(e.longer_than_its_peak for e in episodes)
