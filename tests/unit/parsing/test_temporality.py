"""A medicine spoken of long ago, as a rule or for later records no dose; the same words
beside a dose taken or missed now keep that dose."""

from __future__ import annotations

import pytest

from bot.parsing.temporality import as_a_rule, goes_with_a_meal, not_now
from tests.unit.parsing.helpers import run

MEDS = ["duloxetine", "cyclobenzaprine", "methocarbamol", "ibuprofen", "amitriptyline",
        "diazepam", "gabapentin", "meloxicam", "naproxen"]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "I used to be on flexeril AND robaxin at the same time back in 2022, what a mess",
        "GP asked if I'd tried amitriptyline before - I had it in 2019 for a few months",
        "haven't had a diazepam in weeks, only use it when my back goes into spasm",
        "Doctor has advised to start duloxetine 20 from tomorrow, kindly add it",
        "note to self: 2 advil + flexeril before the flight tomorrow",
        "I usually take gabapentin at 9 but tonight I'll hold off till 11",
        "mobic goes with breakfast, not up properly yet",
        "naproxen 500 years ago gave me an ulcer",
    ],
)
def test_long_ago_as_a_rule_or_later_records_no_dose(text: str) -> None:
    out = run(text, meds=MEDS)
    assert [o for o in out if o["kind"] == "dose" and o["status"] != "snoozed"] == [], out


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("didnt take the flexeril bc i have a test tmrw", [("cyclobenzaprine", "skipped")]),
        ("took my gabapentin, tomorrow I start the new dose", [("gabapentin", "taken")]),
        ("usually take 2 but only took 1 gabapentin at 8", [("gabapentin", "taken")]),
        ("no robaxin left til the pharmacy fills it tomorrow", [("methocarbamol", "skipped")]),
    ],
)
def test_a_dose_taken_or_missed_now_stays_beside_them(
    text: str, expect: list[tuple[str, str]]
) -> None:
    out = run(text, meds=MEDS)
    assert [(o["medication"], o["status"]) for o in out if o["kind"] == "dose"] == expect, out


def test_the_pieces_read_only_their_own_words() -> None:
    assert as_a_rule("i usually take gabapentin at 9", 10)
    assert not as_a_rule("i took gabapentin at 9", 2)
    assert goes_with_a_meal("mobic goes with breakfast")
    assert not goes_with_a_meal("took mobic with breakfast")
    assert not_now("back in 2019 i was on tramadol")
    assert not not_now("took tramadol at 8")


def test_what_else_a_clause_of_long_ago_says_is_still_read() -> None:
    # no dose of now, but the night told in the same clause is still the writer's
    out = run("had a terrible night and the naproxen I used to take never helped", MEDS)
    assert [o for o in out if o["kind"] == "dose"] == [], out
    assert [o["quality"] for o in out if o["kind"] == "sleep"] == ["poor"], out
