"""bot.domain.travel: each instant read in the zone the person was in then."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.domain.travel import ZoneChange, lived_zone, zones_of_days, zones_said

FLEW = dt.datetime(2026, 12, 9, 10, 5, tzinfo=dt.UTC)  # Wed, 10:05 in London
TO_NY = (ZoneChange(FLEW, "Europe/London", "America/New_York"),)


def _utc(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, tzinfo=dt.UTC)


def test_without_a_change_it_is_the_plain_current_zone() -> None:
    assert lived_zone("America/New_York", ()) == ZoneInfo("America/New_York")


def test_a_time_before_the_flight_reads_in_london_and_after_in_new_york() -> None:
    tz = lived_zone("America/New_York", TO_NY)
    before = _utc(9, 9).astimezone(tz)
    after = _utc(9, 13).astimezone(tz)
    assert (before.strftime("%H:%M"), before.utcoffset()) == ("09:00", dt.timedelta(0))
    assert (after.strftime("%H:%M"), after.utcoffset()) == ("08:00", dt.timedelta(hours=-5))
    # read in two places, they still order by instant (09:00 London before 08:00 NY)
    assert before < after


def test_a_local_day_starts_at_midnight_where_the_person_was() -> None:
    tz = lived_zone("America/New_York", TO_NY)
    start_tue = dt.datetime(2026, 12, 8, tzinfo=tz).astimezone(dt.UTC)
    start_thu = dt.datetime(2026, 12, 10, tzinfo=tz).astimezone(dt.UTC)
    assert start_tue == _utc(8, 0)
    assert start_thu == _utc(10, 5)


def test_an_hour_lived_twice_after_flying_west_reads_by_fold() -> None:
    tz = lived_zone("America/New_York", TO_NY)
    seven = dt.datetime(2026, 12, 9, 7, tzinfo=tz)
    assert seven.astimezone(dt.UTC) == _utc(9, 7)  # London's 07:00
    assert seven.replace(fold=1).astimezone(dt.UTC) == _utc(9, 12)  # New York's


def test_the_days_say_where_the_zone_changed() -> None:
    spans = zones_of_days("America/New_York", TO_NY, dt.date(2026, 12, 8), dt.date(2026, 12, 14))
    assert [s.zone for s in spans] == ["Europe/London", "America/New_York"]
    assert zones_said(spans) == (
        "Times are local: London time until Wed 9 Dec 10:05, New York time after."
    )


def test_days_all_in_one_zone_say_nothing() -> None:
    spans = zones_of_days("America/New_York", TO_NY, dt.date(2026, 12, 10), dt.date(2026, 12, 14))
    assert zones_said(spans) is None


def test_a_round_trip_names_each_zone() -> None:
    back = ZoneChange(_utc(12, 23), "America/New_York", "Europe/London")
    spans = zones_of_days(
        "Europe/London", (*TO_NY, back), dt.date(2026, 12, 8), dt.date(2026, 12, 14)
    )
    assert zones_said(spans) == (
        "Times are local: London time until Wed 9 Dec 10:05, "
        "New York time until Sat 12 Dec 18:00, London time after."
    )
    tz = lived_zone("Europe/London", (*TO_NY, back))
    assert _utc(13, 8).astimezone(tz).strftime("%H:%M %Z") == "08:00 GMT"
