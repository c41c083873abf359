"""Clock times and relative time phrases, resolved in the user's zone (DST-safe)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.timephrases import (
    clock_range_said,
    parse_clock_time,
    resolve_when,
    time_spans,
)

BERLIN = ZoneInfo("Europe/Berlin")
NY = ZoneInfo("America/New_York")
EVENING = datetime(2026, 11, 25, 20, 5, tzinfo=BERLIN)
MORNING = datetime(2026, 11, 25, 8, 10, tzinfo=NY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08:00", time(8, 0)),
        ("8am", time(8, 0)),
        ("8 am", time(8, 0)),
        ("8 AM", time(8, 0)),
        ("8 a.m.", time(8, 0)),
        ("2pm", time(14, 0)),
        ("12pm", time(12, 0)),
        ("12am", time(0, 0)),
        ("14:30", time(14, 30)),
        ("noon", time(12, 0)),
        ("midnight", time(0, 0)),
        ("8.30pm", time(20, 30)),
        ("8:30 pm", time(20, 30)),
        ("9 o'clock", time(9, 0)),
        ("0:15", time(0, 15)),
    ],
)
def test_parse_clock_time_accepts_common_forms(text: str, expected: time) -> None:
    assert parse_clock_time(text) == expected


@pytest.mark.parametrize("text", ["", "8", "25:00", "13pm", "8:75", "soon", "400mg", "8.30"])
def test_parse_clock_time_rejects_non_times(text: str) -> None:
    assert parse_clock_time(text) is None


def _at(text: str, now: datetime = EVENING, zone: ZoneInfo = BERLIN) -> datetime | None:
    return resolve_when(text, now, zone)


def test_explicit_pm_time_today() -> None:
    assert _at("took it at 3pm") == datetime(2026, 11, 25, 15, 0, tzinfo=BERLIN)


def test_bare_hour_is_most_recent_past_morning_or_evening() -> None:
    assert _at("at 8") == datetime(2026, 11, 25, 20, 0, tzinfo=BERLIN)
    assert _at("at 9") == datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN)
    assert _at("at 8", MORNING, NY) == datetime(2026, 11, 25, 8, 0, tzinfo=NY)
    # 09:00 and 21:00 are both still ahead at 08:10: yesterday's 21:00 it is.
    assert _at("at 9", MORNING, NY) == datetime(2026, 11, 24, 21, 0, tzinfo=NY)


def test_this_morning_defaults_to_eight() -> None:
    assert _at("this morning") == datetime(2026, 11, 25, 8, 0, tzinfo=BERLIN)
    assert _at("this morning at 7") == datetime(2026, 11, 25, 7, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("text", "delta"),
    [
        ("an hour ago", timedelta(hours=1)),
        ("30 min ago", timedelta(minutes=30)),
        ("2 hours ago", timedelta(hours=2)),
        ("two hours ago", timedelta(hours=2)),
        ("half an hour ago", timedelta(minutes=30)),
        ("about 45 minutes ago", timedelta(minutes=45)),
        ("an hour and a half ago", timedelta(minutes=90)),
        ("a couple of hours ago", timedelta(hours=2)),
    ],
)
def test_relative_ago(text: str, delta: timedelta) -> None:
    assert _at(text) == EVENING.astimezone(UTC) - delta


def test_last_night_with_and_without_clock() -> None:
    assert _at("last night at 11pm") == datetime(2026, 11, 24, 23, 0, tzinfo=BERLIN)
    assert _at("last night") == datetime(2026, 11, 24, 22, 0, tzinfo=BERLIN)
    # After midnight is already today.
    assert _at("last night at 1am") == datetime(2026, 11, 25, 1, 0, tzinfo=BERLIN)
    assert _at("last night at 10") == datetime(2026, 11, 24, 22, 0, tzinfo=BERLIN)


def test_yesterday_and_noon() -> None:
    assert _at("yesterday at 9pm") == datetime(2026, 11, 24, 21, 0, tzinfo=BERLIN)
    assert _at("at noon") == datetime(2026, 11, 25, 12, 0, tzinfo=BERLIN)
    assert _at("yesterday at noon") == datetime(2026, 11, 24, 12, 0, tzinfo=BERLIN)


def test_time_that_cannot_be_today_moves_to_yesterday() -> None:
    # 11pm said at 08:10 is 15 hours ahead: it was last night.
    assert _at("took it at 11pm", MORNING, NY) == datetime(2026, 11, 24, 23, 0, tzinfo=NY)


def test_no_time_reference_is_none() -> None:
    assert _at("took it") is None
    assert _at("pain 7") is None
    assert _at("took 400mg") is None


def test_result_is_aware_in_users_zone() -> None:
    when = _at("at 3pm", EVENING.astimezone(ZoneInfo("UTC")))
    assert when is not None
    assert when.tzinfo == BERLIN
    assert when.utcoffset() == timedelta(hours=1)


def test_dst_gap_moves_forward() -> None:
    # Europe/Berlin springs forward 2026-03-29 02:00 -> 03:00; 02:30 does not exist.
    now = datetime(2026, 3, 29, 10, 0, tzinfo=BERLIN)
    when = _at("at 2:30am", now)
    assert when is not None
    assert (when.hour, when.minute) == (3, 30)
    assert when.utcoffset() == timedelta(hours=2)


def test_dst_ago_is_real_elapsed_time() -> None:
    now = datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN)  # 01:30 UTC
    when = _at("an hour ago", now)
    assert when is not None
    assert when == now.astimezone(UTC) - timedelta(hours=1)
    assert (when.hour, when.utcoffset()) == (1, timedelta(hours=1))


def test_dst_overlap_takes_the_occurrence_just_gone() -> None:
    # 2026-10-25 02:30 happens twice in Berlin; said at noon, both have come and the
    # later (winter time) is meant, as the corpus's fall-back lines have it.
    now = datetime(2026, 10, 25, 12, 0, tzinfo=BERLIN)
    when = _at("at 2:30am", now)
    assert when is not None
    assert when.utcoffset() == timedelta(hours=1)


def test_across_zones_same_phrase_same_wall_time() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    now = datetime(2026, 11, 25, 21, 0, tzinfo=tokyo)
    assert _at("at 3pm", now, tokyo) == datetime(2026, 11, 25, 15, 0, tzinfo=tokyo)


def test_time_spans_cover_phrases() -> None:
    text = "took 2 at 3pm, an hour ago"
    spans = time_spans(text)
    covered = "".join(text[a:b] for a, b in spans)
    assert "3pm" in covered
    assert "an hour ago" in covered


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("took it at 3:30", datetime(2026, 11, 25, 15, 30, tzinfo=BERLIN)),
        ("took it at 03:30", datetime(2026, 11, 25, 3, 30, tzinfo=BERLIN)),
        ("took it at 15:30", datetime(2026, 11, 25, 15, 30, tzinfo=BERLIN)),
        ("had my 2pm dose at 4", datetime(2026, 11, 25, 16, 0, tzinfo=BERLIN)),
        ("took my 8am pills at 10:15", datetime(2026, 11, 25, 10, 15, tzinfo=BERLIN)),
        ("took my 8am dose", datetime(2026, 11, 25, 8, 0, tzinfo=BERLIN)),
        ("took my meds late around 11", datetime(2026, 11, 25, 11, 0, tzinfo=BERLIN)),
        ("took it around 9ish", datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN)),
        ("took it ~7", datetime(2026, 11, 25, 19, 0, tzinfo=BERLIN)),
        ("took it at lunchtime", datetime(2026, 11, 25, 12, 0, tzinfo=BERLIN)),
        ("took it at dinner time", datetime(2026, 11, 25, 18, 0, tzinfo=BERLIN)),
    ],
)
def test_a_time_in_a_message_is_when_it_happened(text: str, expected: datetime) -> None:
    # "3:30" is as open as "at 3" (the latest past one); "my 2pm dose" only names the dose.
    assert _at(text, EVENING) == expected


@pytest.mark.parametrize("text", ["took about 2", "took it around 2 pills", "around 3 hours"])
def test_a_rough_number_that_is_not_a_clock_time(text: str) -> None:
    when = _at(text, EVENING)
    assert when is None or when == EVENING - timedelta(hours=3)


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("ten past 7", 19, 10),  # at 20:05: this evening's
        ("twenty-five past 6", 18, 25),
        ("25 to 11", 10, 35),
        ("at 14h", 14, 0),
        ("at 8h30", 8, 30),
        ("at half past nine this morning", 9, 30),
        ("at quarter to eight", 19, 45),
        ("at nine thirty", 9, 30),
        ("around seven", 19, 0),
    ],
)
def test_clock_times_in_words_and_continental(text: str, hour: int, minute: int) -> None:
    assert _at(text) == datetime(2026, 11, 25, hour, minute, tzinfo=BERLIN)


@pytest.mark.parametrize("text", ["half hour ago", "half hour back", "30 mins back"])
def test_ago_said_as_back_or_without_an(text: str) -> None:
    assert _at(text) == EVENING - timedelta(minutes=30)


def test_a_time_in_the_hour_a_fall_back_repeats_is_the_one_just_gone() -> None:
    # Carried for sessions as "DST 2:30 fall-back": on the night Sydney's clocks go back
    # (3:00 → 2:00, 5 Apr 2026), "took tramal at 2:30 this morning" said at 9 is the
    # second 2:30 (standard time, +10:00), the one just gone — not an hour before it.
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from bot.parsing.timephrases import resolve_when

    sydney = ZoneInfo("Australia/Sydney")
    nine = datetime(2026, 4, 5, 9, 0, tzinfo=sydney)
    took = resolve_when("took it at 2:30 this morning", nine, sydney)
    assert took is not None and took.isoformat() == "2026-04-05T02:30:00+10:00"
    # Before the second 2:30 has come, the first is the one meant.
    early = datetime(2026, 4, 5, 2, 10, tzinfo=sydney).replace(fold=1)
    took = resolve_when("took it at 2:05", early, sydney)
    assert took is not None and took.isoformat() == "2026-04-05T02:05:00+10:00"
    # A time in a spring-forward gap is still the first real instant after it.
    spring = datetime(2026, 10, 4, 9, 0, tzinfo=sydney)
    took = resolve_when("took it at 2:30 this morning", spring, sydney)
    assert took is not None and took.isoformat() == "2026-10-04T03:30:00+11:00"


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        # "by 7" as "at 7" (Nigerian English), after the dose's own words.
        ("I don take 2 tramadol 50mg by 7", 19),
        ("I take the diclofenac this morning by 8", 8),
        ("took 2 tabs by 6", 18),
    ],
)
def test_by_an_hour_after_a_dose_is_its_time(text: str, hour: int) -> None:
    now = datetime(2026, 9, 1, 21, 0, tzinfo=BERLIN)
    when = _at(text, now)
    assert when is not None and when.hour == hour, when


@pytest.mark.parametrize(
    "text", ["took my tramadol, should kick in by 3", "hope it settles by 9", "home by 6"]
)
def test_by_an_hour_of_something_else_is_no_dose_time(text: str) -> None:
    assert _at(text, datetime(2026, 9, 1, 21, 0, tzinfo=BERLIN)) is None


def test_four_figures_are_a_24_hour_clock_time() -> None:
    from bot.parsing.timephrases import parse_clock_time

    assert parse_clock_time("1730") == time(17, 30) and parse_clock_time("0800") == time(8)
    assert parse_clock_time("2400") is None and parse_clock_time("1799") is None


def test_an_hour_and_its_part_of_the_day_is_a_clock_time() -> None:
    # Found living it: "8 at nite" for the check-in time was "I couldn't read that time"
    from bot.parsing.timephrases import parse_clock_time

    assert parse_clock_time("8 at nite") == time(20) and parse_clock_time("8 at night") == time(20)
    assert parse_clock_time("9 in the morning") == time(9)
    assert parse_clock_time("7:30 in the evening") == time(19, 30)
    assert parse_clock_time("12 at night") == time(0)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("0900-1600", (time(9), time(16))),
        ("9am to 4pm", (time(9), time(16))),
        ("from 09:00 till 16:00", (time(9), time(16))),
        ("22:00–07:00", (time(22), time(7))),
    ],
)
def test_quiet_hours_typed_as_a_span(text: str, span: tuple[time, time]) -> None:
    assert clock_range_said(text) == span


@pytest.mark.parametrize("text", ["hello", "9-4", "0900-0900", "pain 7"])
def test_no_span_of_hours(text: str) -> None:
    assert clock_range_said(text) is None
