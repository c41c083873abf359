"""Per-ingredient figures of what was taken: rolling 24 h over a label, daily totals, MME."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.domain.exposure import (
    daily_ingredient_totals,
    highest_days,
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


def test_a_crossing_half_a_day_after_the_peak_is_an_event_of_its_own() -> None:
    # Found living it: 5,000 mg on Friday, then a triple dose Saturday afternoon passed
    # 4,000 mg again in its own 24 hours (warned in the chat) and was folded into Friday.
    doses = [tylenol(11, h, 2) for h in (8, 12, 16, 20)] + [tylenol(11, 22, 2)]
    doses += [tylenol(12, 8, 2), tylenol(12, 14, 3)]
    episodes = overuse_episodes(doses)
    assert [e.end for e in episodes] == [at(11, 22), at(12, 14)]


def test_scheduled_acetaminophen_past_its_maximum_is_an_episode_as_the_chat_warned() -> None:
    # The chat warns at a scheduled dose past acetaminophen's 24-hour maximum (three-a-day
    # doses sliding late); the report must list what it warned of.
    def osteo(day: int, hour: int) -> DoseTaken:
        return DoseTaken(
            "acetaminophen", "Panadol Osteo", 665, "mg", 2, at(day, hour), scheduled=True
        )

    (e,) = overuse_episodes([osteo(8, 16), osteo(8, 22), osteo(9, 8), osteo(9, 15)])
    assert e.total_mg == 4 * 1330
    # Other medicines' scheduled doses alone stay the plan
    melox = [
        DoseTaken("meloxicam", "Meloxicam", 15, "mg", 1, at(d, h), scheduled=True)
        for d, h in ((8, 20), (9, 8))
    ]
    assert overuse_episodes(melox) == ()


def test_tablets_of_unsaid_strength_count_at_least_the_smallest_sold() -> None:
    """Sandbox, Phoenix: the chat warned "at least 4,600 mg" after "2 more tylenol"; the
    summary and the report counted those two tablets as nothing and showed 3,300 mg."""
    unsaid = DoseTaken("acetaminophen", "Tylenol", None, None, 2, at(7, 15))
    doses = [norco(6, 19, 2), norco(7, 7, 2), tylenol(7, 9), tylenol(7, 11), norco(7, 13, 2)]
    assert not overuse_episodes(doses)
    (e,) = overuse_episodes([*doses, unsaid])
    assert e.ingredient == "acetaminophen" and e.at_least
    assert e.total_mg == 6 * 325 + 4 * 500 + 2 * 325  # 4,600: the unsaid two at 325 mg


def test_known_strengths_are_not_said_at_least() -> None:
    doses = [norco(7, 10, 2), tylenol(7, 11), tylenol(7, 15), norco(7, 16, 2), tylenol(8, 1)]
    (e,) = overuse_episodes(doses)
    assert not e.at_least
    days = daily_ingredient_totals(doses, CHICAGO, ["acetaminophen"])
    assert days and not any(d.at_least for d in days)


def test_a_day_holding_a_dose_of_unsaid_strength_is_a_floor() -> None:
    """Sandbox, Chicago: "a tylenol" beside Norco; the report's day total (3,275 mg) read
    as exact though one tablet was counted at the smallest strength sold."""
    unsaid = DoseTaken("acetaminophen", "Tylenol", None, None, 1, at(7, 7))
    days = daily_ingredient_totals(
        [norco(7, 7, 2), unsaid, norco(8, 9, 2)], CHICAGO, ["acetaminophen"]
    )
    assert [(d.date.day, d.total_mg, d.at_least) for d in days] == [
        (7, 2 * 325 + 325, True),
        (8, 2 * 325, False),
    ]


def _cocodamol(day: int, hour: int, late_min: int = 0) -> DoseTaken:
    due = at(day, hour)
    return DoseTaken(
        "codeine/acetaminophen",
        "Co-codamol",
        None,
        None,
        2,
        due + dt.timedelta(minutes=late_min),
        scheduled=True,
        strength="30/500",
        due=due,
    )


def test_a_prescription_at_the_maximum_tapped_a_few_minutes_late_is_no_overdose() -> None:
    """Sandbox, Glasgow: co-codamol 30/500 two tablets four times a day is 4 g of
    paracetamol; one tap five minutes late put five doses in 24 hours, and the report
    listed a paracetamol overdose that never was."""
    doses = [_cocodamol(12, 22, late_min=5)]
    doses += [_cocodamol(13, h) for h in (8, 12, 17, 22)]
    assert overuse_episodes(doses) == ()
    # Taken hours late, it counts when it was taken: the 24 hours hold five doses.
    late = [_cocodamol(12, 20, late_min=150), *doses[1:]]
    (e,) = overuse_episodes(late)
    assert e.total_mg == 5000


def test_each_day_keeps_its_products_and_its_highest_day_is_found_once() -> None:
    doses = [norco(5, 9, 2), tylenol(5, 12), tylenol(6, 9, 2), norco(6, 20, 2), tylenol(7, 9)]
    days = daily_ingredient_totals(doses, CHICAGO, ["acetaminophen"])
    assert [d.products for d in days] == [("Norco", "Tylenol"), ("Tylenol", "Norco"), ("Tylenol",)]
    assert all(d.otc_limit_mg == 3000 and not d.at_least for d in days)
    # Mon and Tue both 1,650 mg: the earlier day
    (top,) = highest_days(days)
    assert (top.date.day, top.total_mg) == (5, 1650)


def test_a_day_with_an_unsaid_strength_is_at_least() -> None:
    unsaid = DoseTaken("acetaminophen", "Tylenol", None, None, 2, at(5, 9))
    (day,) = daily_ingredient_totals([unsaid, norco(5, 12)], CHICAGO, ["acetaminophen"])
    assert day.at_least and day.total_mg == 2 * 325 + 325
