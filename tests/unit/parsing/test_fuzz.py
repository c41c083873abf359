"""Property tests: the parser never raises and always returns contract-valid JSON."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.parsing.addline import AddRequest, parse_add_line
from bot.parsing.intents import (
    ACTIVITY_KINDS,
    INTENT_KINDS,
    LOCATIONS,
    QUALITIES,
    SIDE_EFFECTS,
)
from bot.parsing.parser import parse, to_json
from bot.parsing.redflags import RED_FLAGS
from bot.parsing.timephrases import resolve_when

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ZONES = st.sampled_from(
    [ZoneInfo(z) for z in ("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata",
                           "Australia/Lord_Howe", "Pacific/Chatham")]
)  # fmt: skip
NOWS = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2090, 12, 31), timezones=ZONES
)
WORDS = st.sampled_from(
    [
        "took",
        "skipped",
        "pain",
        "7",
        "/10",
        "out",
        "of",
        "10",
        "at",
        "3pm",
        "an",
        "hour",
        "ago",
        "last",
        "night",
        "numb",
        "groin",
        "can't",
        "hold",
        "pee",
        "no",
        "fever",
        "slept",
        "badly",
        "walked",
        "20",
        "min",
        "advil",
        "tylenol",
        "gabapentin",
        "😭",
        "✅",
        "👍",
        "snooze",
        "later",
        "forgot",
        "ran",
        "out",
        "mood",
        "low",
        "dizzy",
        "lips",
        "swelling",
        "want",
        "to",
        "die",
        "not",
        "never",
        ",",
        ".",
        ";",
        "!",
        "?",
        "\n",
        "400mg",
        "half",
        "yesterday",
        "8",
        "noon",
        "midnight",
        "25:99",
        "99/10",
        "-5",
        "1e9",
        "∞",
        "٣",
        "七",
    ]
)
MESSY = st.one_of(
    st.text(max_size=300),
    st.lists(WORDS, max_size=40).map(" ".join),
    st.text(alphabet=st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF), max_size=50),
)


def _assert_valid(out: dict[str, object]) -> None:
    json.dumps(out, ensure_ascii=False)
    assert set(out) == {"intents"}
    intents = out["intents"]
    assert isinstance(intents, list)
    for intent in intents:
        assert intent["kind"] in INTENT_KINDS
        kind = intent["kind"]
        if kind == "dose":
            assert intent["status"] in ("taken", "skipped", "snoozed")
            assert intent["unit"] in (None, "mg", "mcg", "g", "ml", "unit")
            assert intent["reason"] in (
                None, "forgot", "side_effects", "felt_fine", "ran_out", "other"
            )  # fmt: skip
            if intent["at"] is not None:
                assert datetime.fromisoformat(intent["at"]).tzinfo is not None
        elif kind == "pain":
            assert 0 <= intent["score"] <= 10
            assert set(intent["locations"]) <= set(LOCATIONS)
            assert set(intent["qualities"]) <= set(QUALITIES)
        elif kind == "side_effect":
            assert intent["effects"] and set(intent["effects"]) <= set(SIDE_EFFECTS)
        elif kind == "red_flag":
            assert intent["flags"] and set(intent["flags"]) <= set(RED_FLAGS)
        elif kind == "sleep":
            assert intent["quality"] in ("good", "fair", "poor")
        elif kind == "activity":
            assert set(intent["kinds"]) <= set(ACTIVITY_KINDS)
        elif kind == "note":
            assert isinstance(intent["text"], str) and intent["text"]


@SETTINGS
@given(text=MESSY, now=NOWS, meds=st.lists(st.text(max_size=20), max_size=4))
def test_parse_never_raises_and_output_is_valid(text: str, now: datetime, meds: list[str]) -> None:
    assert now.tzinfo is not None
    _assert_valid(to_json(parse(text, meds, now, ZoneInfo("Europe/Berlin"))))


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chunk=MESSY)
def test_very_long_text(chunk: str) -> None:
    text = (chunk + " took 2 advil at 3pm, pain 7, 😭 ") * (10_000 // (len(chunk) + 30) + 1)
    assert len(text) >= 10_000
    now = datetime(2026, 11, 25, 20, 5, tzinfo=ZoneInfo("Europe/Berlin"))
    _assert_valid(to_json(parse(text, ["ibuprofen"], now, ZoneInfo("Europe/Berlin"))))


@SETTINGS
@given(text=MESSY, now=NOWS)
def test_resolve_when_is_aware_or_none(text: str, now: datetime) -> None:
    zone = ZoneInfo("America/New_York")
    when = resolve_when(text, now, zone)
    if when is not None:
        assert when.tzinfo is not None
        assert when - now < timedelta(days=1)


@SETTINGS
@given(text=MESSY)
def test_add_line_never_raises(text: str) -> None:
    req = parse_add_line(text)
    assert isinstance(req, AddRequest)
    assert list(req.times) == sorted(set(req.times))
    assert req.weekdays <= frozenset(range(7)) and req.weekdays


def test_a_run_of_digits_before_a_time_is_read_at_once() -> None:
    """Twenty zeros before "at 3pm" split every way in one pattern and took minutes (the
    long-text test's chunk, found in CI): a message must never hold the bot up."""
    now = datetime(2026, 11, 25, 20, 5, tzinfo=ZoneInfo("Europe/Berlin"))
    text = "0" * 40 + " took 2 advil at 3pm, pain 7"
    _assert_valid(to_json(parse(text, ["ibuprofen"], now, ZoneInfo("Europe/Berlin"))))
