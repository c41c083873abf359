"""A missed dose made up by doubling the next is two records: the dose missed, and the
double taken — the double had been lost, and with it a day's total."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import DoseIntent, parse
from bot.parsing.redflags import detect_red_flags

ZONE = ZoneInfo("America/Denver")
NOW = dt.datetime(2026, 5, 4, 20, 15, tzinfo=ZONE)
MEDS = ["hydrocodone/acetaminophen", "baclofen", "naproxen", "duloxetine"]


def doses(text: str) -> list[tuple[str, str | None, float | None]]:
    return [
        (i.status, i.medication, i.count)
        for i in parse(text, MEDS, NOW, ZONE)
        if isinstance(i, DoseIntent)
    ]


@pytest.mark.parametrize(
    ("text", "medication"),
    [
        ("doubled up on the norco since i forgot the 2pm one", "hydrocodone/acetaminophen"),
        ("had a double dose of baclofen bc I skipped lunchtime's", "baclofen"),
        ("2 naproxen together tonight as i missed this morning's", "naproxen"),
        ("doubled my cymbalta today cuz I missed it yesterday", "duloxetine"),
    ],
)
def test_the_miss_and_the_double_are_both_kept(text: str, medication: str) -> None:
    assert sorted(doses(text)) == [("skipped", medication, None), ("taken", medication, 2.0)]


def test_a_double_with_its_count_said_gains_the_miss() -> None:
    said = doses("took 2 baclofen at 7 to make up for the one I missed")
    assert ("taken", "baclofen", 2.0) in said and ("skipped", "baclofen", None) in said


@pytest.mark.parametrize(
    "text",
    [
        "didn't double up on the naproxen even though I missed the morning one",
        "should i double up on the baclofen since i missed lunch's?",
        "pharmacist said not to double up, so I let the missed naproxen go",
        "thinking of doubling the cymbalta because i missed yesterday",
    ],
)
def test_a_double_declined_or_asked_is_no_double(text: str) -> None:
    assert all(count != 2.0 for status, _, count in doses(text) if status == "taken")


@pytest.mark.parametrize(
    "text",
    [
        "forgot the naproxen at breakfast, so 2 tabs with dinner",
        "baclofen slipped my mind at lunch so tea time was a two-pill job",
        "double dose of cymbalta this morning, missed it yesterday",
    ],
)
def test_the_double_told_in_a_clause_of_its_own(text: str) -> None:
    said = doses(text)
    assert [s for s, _, _ in sorted(said)] == ["skipped", "taken"]
    assert sorted(said)[1][2] == 2.0


def test_the_double_keeps_its_time_and_is_no_pain_score() -> None:
    said = parse("missed the 8am baclofen, made up for it with 2 at 11", MEDS, NOW, ZONE)
    assert not [i for i in said if i.kind == "pain"]
    taken = [i for i in said if isinstance(i, DoseIntent) and i.status == "taken"]
    assert [(t.count, t.at) for t in taken] == [(2.0, "2026-05-04T11:00:00-06:00")]


def test_a_catch_up_double_is_no_overdose_but_too_much_by_mistake_is() -> None:
    assert detect_red_flags("forgot the baclofen at lunch so i took a double dose at 6") == []
    assert detect_red_flags("naproxen slipped my mind, took a double dose tonight") == []
    assert detect_red_flags("i took a double dose by mistake") == ["overdose_signs"]


@pytest.mark.parametrize(
    "text",
    ["skipped the naproxen, pain was 2", "missed the baclofen, had a tea with 2 sugars after"],
)
def test_a_two_that_is_no_double_beside_a_miss(text: str) -> None:
    assert [s for s, _, _ in doses(text)] == ["skipped"]
