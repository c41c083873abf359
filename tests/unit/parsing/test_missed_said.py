"""Doses told as gone by untaken, with no clock time ("forgot my morning pills")."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.missed_said import missed_told, skip_decided
from bot.parsing.parser import parse


@pytest.mark.parametrize(
    ("text", "hour", "covered"),
    [
        ("forgot my morning pills", 8, True),
        ("forgot my morning pills", 14, False),
        ("missed my evening dose", 18, True),
        ("forgot to take my meds at lunch", 13, True),
        ("no morning meds today, ran out", 7, True),
        ("didn't take the duloxetine today, felt sick", 8, True),  # no part: any
        ("skipped my bedtime pill last night", 23, True),
        ("skipped my bedtime pill last night", 1, True),  # night runs past midnight
        # told of a dose gone by even when said before it was due (Toronto, 05:35): the
        # bot then says the dose is not due yet, never records it forgotten
        ("forgot the naproxen this am", 8, True),
    ],
)
def test_gone_by(text: str, hour: int, covered: bool) -> None:
    told = missed_told(text)
    assert told is not None and told.covers(hour) is covered


@pytest.mark.parametrize(
    "text",
    [
        "I haven't taken my gabapentin yet",  # still to come
        "skip the naproxen tonight",  # ahead
        "skipping the naproxen this morning",  # decided ahead, may be recorded ahead
        "did I take my meds?",  # a question
        "took my morning pills",
        "will take it later",
    ],
)
def test_not_gone_by(text: str) -> None:
    assert missed_told(text) is None


def test_last_nights_dose_taken_with_the_morning_one_is_two_doses_one_late() -> None:
    # Sandbox, Sydney: read as last night's skipped (forgot) and one dose taken
    zone = ZoneInfo("Australia/Sydney")
    now = datetime(2026, 12, 10, 8, 20, tzinfo=zone)
    text = "forgot me lyrica last nite, took it this mornin with the mornin one"
    doses = [i for i in parse(text, ["pregabalin"], now, zone) if i.kind == "dose"]
    assert [(d.status, d.medication) for d in doses] == [("taken", "pregabalin")] * 2
    assert [d.for_due is not None for d in doses] == [False, True]
    # Before the morning dose's hour, "this morning" is already past: now, not 08:00
    early = now.replace(hour=7)
    doses = [i for i in parse(text, ["pregabalin"], early, zone) if i.kind == "dose"]
    assert {d.at for d in doses} == {early.isoformat()}


@pytest.mark.parametrize(
    ("text", "chosen"),
    [
        ("skipped the cyclo, need to be awake for my kids today", True),
        ("skipping the naproxen, stomach's bad", True),
        ("forgot the cyclo, skipped it by accident", False),
        ("missed my morning pills", False),
        ("didn't skip anything", False),
    ],
)
def test_a_skip_chosen_is_told_from_one_forgotten(text: str, chosen: bool) -> None:
    assert skip_decided(text) is chosen
