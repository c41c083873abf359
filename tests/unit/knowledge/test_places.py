"""Offline timezone resolution: IANA names, offsets, abbreviations, countries, cities."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.knowledge.places import (
    ZoneChoice,
    preload,
    resolve_zone,
    zone_for_location,
    zone_shown,
)


def zones(text: str) -> list[str]:
    return [c.zone for c in resolve_zone(text)]


def first(text: str) -> ZoneChoice:
    choices = resolve_zone(text)
    assert choices, f"nothing for {text!r}"
    return choices[0]


# ----------------------------------------------------------------- IANA names


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("  EUROPE/BERLIN ", "Europe/Berlin"),
        ("America/New_York", "America/New_York"),
        ("america/new york", "America/New_York"),
        ("America/Argentina/Buenos Aires", "America/Argentina/Buenos_Aires"),
        ("Asia/Calcutta", "Asia/Kolkata"),  # backward link -> canonical
        ("US/Eastern", "America/New_York"),
        ("europe/kiev", "Europe/Kyiv"),
    ],
)
def test_iana_names(text: str, zone: str) -> None:
    assert zones(text) == [zone]
    assert not first(text).fixed_offset


def test_iana_label_names_city_and_country() -> None:
    assert first("Europe/Berlin").label == "Berlin, Germany (Europe/Berlin)"


# ----------------------------------------------------------------- UTC and offsets


@pytest.mark.parametrize("text", ["UTC", "utc", "GMT", "Z", "z", "Etc/UTC", "UTC+0", "+00:00"])
def test_utc(text: str) -> None:
    choice = first(text)
    assert choice.zone == "UTC"
    assert choice.fixed_offset
    assert "no daylight saving" in choice.label


def test_gmt_also_offers_london() -> None:
    assert zones("gmt") == ["UTC", "Europe/London"]


@pytest.mark.parametrize(
    ("text", "zone", "hours"),
    [
        ("UTC+2", "Etc/GMT-2", 2),
        ("utc-5", "Etc/GMT+5", -5),
        ("GMT+3", "Etc/GMT-3", 3),
        ("+02:00", "Etc/GMT-2", 2),
        ("-0800", "Etc/GMT+8", -8),
        ("UTC +1", "Etc/GMT-1", 1),
        ("UTC\u22123", "Etc/GMT+3", -3),  # unicode minus sign
        ("UTC+14", "Etc/GMT-14", 14),
        ("UTC-12", "Etc/GMT+12", -12),
        ("Etc/GMT-2", "Etc/GMT-2", 2),
    ],
)
def test_whole_hour_offsets_are_fixed_etc_zones(text: str, zone: str, hours: int) -> None:
    choice = first(text)
    assert choice.zone == zone
    assert choice.fixed_offset
    assert "fixed offset" in choice.label
    # the inverted POSIX sign is really what zoneinfo means
    offset = datetime(2024, 7, 1, tzinfo=ZoneInfo(choice.zone)).utcoffset()
    assert offset == timedelta(hours=hours)
    assert choice.label.startswith(f"UTC{'+' if hours >= 0 else '-'}{abs(hours):02d}:00")


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("GMT+5:30", "Asia/Kolkata"),
        ("+05:30", "Asia/Kolkata"),
        ("utc+0530", "Asia/Kolkata"),
        ("UTC+5:45", "Asia/Kathmandu"),
        ("UTC-3:30", "America/St_Johns"),
        ("UTC+9:30", "Australia/Darwin"),
    ],
)
def test_fractional_offsets_map_to_representative_zones(text: str, zone: str) -> None:
    choice = first(text)
    assert choice.zone == zone
    assert not choice.fixed_offset  # a real zone, may observe daylight saving
    assert choice.label.startswith("UTC")


def test_fractional_offset_zones_have_that_standard_offset() -> None:
    from bot.knowledge.places import _HALF_HOUR_ZONES

    for minutes, candidates in _HALF_HOUR_ZONES.items():
        for zone in candidates:
            offsets = {
                datetime(2024, month, 15, tzinfo=ZoneInfo(zone)).utcoffset() for month in (1, 7)
            }
            assert timedelta(minutes=minutes) in offsets, zone


@pytest.mark.parametrize("text", ["UTC+15", "UTC-13", "+2:30", "UTC+5:99", "UTC+"])
def test_impossible_offsets_are_rejected(text: str) -> None:
    assert resolve_zone(text) == []


# ----------------------------------------------------------------- cities


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("berlin", "Europe/Berlin"),
        ("Berlin", "Europe/Berlin"),
        ("new york", "America/New_York"),
        ("New York City", "America/New_York"),
        ("new_york", "America/New_York"),
        ("nyc", "America/New_York"),
        ("sydney", "Australia/Sydney"),
        ("munich", "Europe/Berlin"),
        ("münchen", "Europe/Berlin"),
        ("MUENCHEN", "Europe/Berlin"),
        ("sao paulo", "America/Sao_Paulo"),
        ("São Paulo", "America/Sao_Paulo"),
        ("london", "Europe/London"),
        ("tokyo", "Asia/Tokyo"),
        ("kiev", "Europe/Kyiv"),
        ("Москва", "Europe/Moscow"),  # alternate names in other scripts
        ("Europe/Berlim", "Europe/Berlin"),  # unknown IANA name: last part as a city
    ],
)
def test_cities(text: str, zone: str) -> None:
    assert first(text).zone == zone


def test_city_label() -> None:
    assert first("münchen").label == "Munich, Germany (Europe/Berlin)"
    assert first("portland").label == "Portland, Oregon, United States (America/Los_Angeles)"


def test_same_name_cities_ordered_by_population_deduplicated_by_zone() -> None:
    assert zones("london")[:2] == ["Europe/London", "America/Toronto"]
    assert zones("sydney")[:2] == ["Australia/Sydney", "America/Glace_Bay"]
    assert zones("portland")[:2] == ["America/Los_Angeles", "America/New_York"]
    for text in ("london", "sydney", "portland", "washington"):
        found = zones(text)
        assert len(found) == len(set(found))


def test_small_aliases_do_not_shadow_the_real_city() -> None:
    assert zones("berlin") == ["Europe/Berlin"]  # not "North Canton, Ohio" (alias Berlin)


def test_qualified_city_names() -> None:
    assert zones("London, Canada") == ["America/Toronto"]
    assert zones("Portland, Maine") == ["America/New_York"]
    assert zones("Berlin, DE") == ["Europe/Berlin"]


def test_a_city_with_a_region_the_index_does_not_name() -> None:
    # Sandbox, Pune: "Pune Maharashtra" got "I couldn't find"; only countries and US
    # states are known regions, so the city is found by itself
    for said in ("Pune Maharashtra", "pune, maharashtra", "Pune (Maharashtra)", "pune MH"):
        assert zones(said) == ["Asia/Kolkata"], said
    assert zones("chennai tamil nadu") == ["Asia/Kolkata"]
    # a country or US state named that the city is not in: that place was meant
    assert zones("london texas") == []
    assert zones("pune canada") == []
    # a name of several clocks stays a choice
    assert "America/Toronto" in zones("london ontario")
    assert zones("my back hurts") == []


# ----------------------------------------------------------------- countries, states


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("germany", "Europe/Berlin"),
        ("Deutschland", "Europe/Berlin"),
        ("france", "Europe/Paris"),
        ("japan", "Asia/Tokyo"),
        ("india", "Asia/Kolkata"),
        ("UK", "Europe/London"),
        ("the netherlands", "Europe/Amsterdam"),
    ],
)
def test_single_zone_countries(text: str, zone: str) -> None:
    assert zones(text) == [zone]


def test_country_label() -> None:
    assert first("germany").label == "Germany (Europe/Berlin)"


def test_multi_zone_countries_give_a_choice_list() -> None:
    us = zones("united states")
    assert us[:3] == ["America/New_York", "America/Chicago", "America/Los_Angeles"]
    assert zones("usa") == us
    assert zones("spain")[0] == "Europe/Madrid"
    assert "Atlantic/Canary" in zones("spain")


def test_us_states() -> None:
    assert first("oregon").zone == "America/Los_Angeles"
    assert zones("georgia")[:2] == ["Asia/Tbilisi", "America/New_York"]  # country first


# ----------------------------------------------------------------- abbreviations


def test_abbreviations_give_choices() -> None:
    assert zones("CET")[0] == "Europe/Berlin"
    assert zones("cest") == zones("CET")
    assert zones("EST")[0] == "America/New_York"
    assert zones("PST")[0] == "America/Los_Angeles"
    assert set(zones("IST")) >= {"Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"}
    assert zones("JST") == ["Asia/Tokyo"]
    assert all(not c.fixed_offset for c in resolve_zone("CST"))


def test_every_returned_zone_is_loadable() -> None:
    samples = ["CET", "EST", "IST", "AEST", "ART", "united states", "russia", "UTC+5",
               "+05:45", "london", "gmt", "china", "brazil"]  # fmt: skip
    for text in samples:
        for choice in resolve_zone(text):
            ZoneInfo(choice.zone)


# ----------------------------------------------------------------- nothing


@pytest.mark.parametrize("text", ["", "   ", "asdfghjkl", "x" * 500, "12:30", "/timezone"])
def test_nothing(text: str) -> None:
    assert resolve_zone(text) == []


# ----------------------------------------------------------------- performance


def test_index_rebuilds_to_the_same_answers() -> None:
    # Build time and look-up speed: benchmarks/lookup_bench.py. Here: a fresh build (in
    # its child process) answers exactly as the cached one did.
    from bot.knowledge import places

    queries = ["berlin", "Europe/Berlin", "UTC+2", "new york", "germany", "CET", "münchen"]
    before = [resolve_zone(q) for q in queries]
    places._built_gazetteer.cache_clear()
    preload()
    assert [resolve_zone(q) for q in queries] == before


# ----------------------------------------------------------------- coordinates


@pytest.mark.parametrize(
    ("lat", "lon", "zone"),
    [
        (52.52, 13.405, "Europe/Berlin"),
        (40.7128, -74.0060, "America/New_York"),
        (-33.8688, 151.2093, "Australia/Sydney"),
        (48.1351, 11.5820, "Europe/Berlin"),
        (35.6762, 139.6503, "Asia/Tokyo"),
    ],
)
def test_zone_for_location(lat: float, lon: float, zone: str) -> None:
    assert zone_for_location(lat, lon) == zone


def test_open_ocean_gives_nautical_etc_zone() -> None:
    # Mid-Atlantic: timezonefinder's nautical zone, UTC-2 (POSIX sign inverted).
    assert zone_for_location(0.0, -30.0) == "Etc/GMT+2"


@pytest.mark.parametrize(("lat", "lon"), [(91.0, 0.0), (0.0, 181.0), (float("nan"), 0.0)])
def test_invalid_coordinates(lat: float, lon: float) -> None:
    assert zone_for_location(lat, lon) is None


@pytest.mark.parametrize(("text", "zone"), [("Berlin?", "Europe/Berlin"), ("UTC+2.", "Etc/GMT-2")])
def test_an_answer_with_its_punctuation(text: str, zone: str) -> None:
    assert resolve_zone(text)[0].zone == zone


def test_a_bare_name_far_bigger_than_its_namesakes_is_the_one_meant() -> None:
    # Found living it: "sydney" asked Australia or Canada; the person typed "8pm" next,
    # never tapped, and every reminder came on UTC's clock.
    from bot.knowledge.places import dominant_choice

    found = dominant_choice("sydney")
    assert found is not None and found[0].zone == "Australia/Sydney"
    assert found[1] == "Sydney, Canada"
    london = dominant_choice("London")
    assert london is not None and london[0].zone == "Europe/London"
    # Found living it: an Irish patient's "dublin" was asked "Which one?" (17.7 times the
    # next Dublin, in California).
    dublin = dominant_choice("dublin")
    assert dublin is not None and dublin[0].zone == "Europe/Dublin"
    assert dublin[1] == "Dublin, California"
    # Namesakes of a like size are still asked about; a country or a region is no city.
    for text in (
        "portland", "birmingham", "hyderabad", "richmond", "kingston", "india", "London, Canada"
    ):  # fmt: skip
        assert dominant_choice(text) is None, text


@pytest.mark.parametrize(
    ("zone", "shown"),
    [
        ("Etc/GMT+5", "UTC-05:00"),  # POSIX's sign is inverted: this is five hours behind
        ("Etc/GMT-2", "UTC+02:00"),
        ("Etc/GMT-14", "UTC+14:00"),
        ("UTC", "UTC"),
        ("Etc/UTC", "UTC"),
        ("Europe/London", "Europe/London"),
    ],
)
def test_a_zone_as_a_person_reads_it(zone: str, shown: str) -> None:
    assert zone_shown(zone) == shown
