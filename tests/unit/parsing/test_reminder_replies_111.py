"""Answers to a reminder in blind set 111's kinds: "sorted", Singlish particles, a thumb
or a plain check mark closing the answer, none on hand said outright, a low score or a
dry mouth as the skip's reason, a wait told by where the writer will be, and the scale's
ends that are no score."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

LONDON = ZoneInfo("Europe/London")
MORNING = datetime(2026, 1, 6, 7, 30, tzinfo=LONDON)
MEDS = ["pregabalin", "oxycodone", "amitriptyline", "meloxicam", "tizanidine"]


def read(text: str) -> list[dict[str, Any]]:
    return run(text, MEDS, MORNING, LONDON)


def doses(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(o["status"], o["medication"], o["reason"]) for o in read(text) if o["kind"] == "dose"]


@pytest.mark.parametrize("text", ["sorted", "ok taken liao", "done lah", "sorted, thanks"])
def test_taken_in_few_words(text: str) -> None:
    assert doses(text) == [("taken", None, None)]


@pytest.mark.parametrize("text", ["done 👍 pain 4", "sorted 👍 back's a 4", "done 👍🏽 pain 4"])
def test_a_thumb_closes_the_answer(text: str) -> None:
    out = read(text)
    assert ("taken", None, None) in doses(text)
    assert [o["score"] for o in out if o["kind"] == "pain"] == [4]


def test_a_plain_check_mark_is_taken() -> None:
    assert doses("mobic ✓") == [("taken", "meloxicam", None)]


@pytest.mark.parametrize(
    ("text", "medication"),
    [
        ("pharmacy hadn't got it in", None),
        ("no tablets left", None),
        ("all out till monday", None),
        ("insurance wont refill the zanaflex til monday so I got none", "tizanidine"),
        ("Chemist didn't have stock of lyrica, will get tomorrow", "pregabalin"),
    ],
)
def test_none_on_hand_is_a_skip_for_want_of_it(text: str, medication: str | None) -> None:
    assert doses(text) == [("skipped", medication, "ran_out")]


def test_a_shop_short_of_one_strength_is_no_skip() -> None:
    assert doses("chemist didnt have the lyrica 75s, only 150s") == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("pain 2 so didn't bother with the oxy", "felt_fine"),
        ("endone no need today, back's pretty good", "felt_fine"),
        ("pass on the oxy today, so bunged up I can't go", "side_effects"),
        ("no amitriptyline tonight, my mouth was like sandpaper all day", "side_effects"),
    ],
)
def test_the_skip_and_its_reason(text: str, reason: str) -> None:
    ((status, _, why),) = doses(text)
    assert (status, why) == ("skipped", reason)


def test_passing_on_a_message_is_no_skip() -> None:
    assert doses("pass on the message to the doc") == []


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("after I've had my tea", None),
        ("once I'm home", None),
        ("bit later mate, just about to eat", None),
        ("in the shower, 15", 15),
    ],
)
def test_a_wait_told_by_where_the_writer_will_be(text: str, minutes: int | None) -> None:
    out = [o for o in read(text) if o["kind"] == "dose"]
    assert [(o["status"], o["minutes"]) for o in out] == [("snoozed", minutes)]
    assert not [o for o in read(text) if o["kind"] == "note"]


def test_in_the_middle_of_the_back_is_no_wait() -> None:
    assert doses("pain 5, in the middle of my back") == []


def test_the_scales_ends_are_no_score() -> None:
    assert [o for o in read("what's the scale, 1 to 10?") if o["kind"] == "pain"] == []


def test_a_spoken_name_beside_a_nickname_of_another_medicine() -> None:
    assert doses("took the pre gabba lynn 75") == [("taken", "pregabalin", None)]
    assert doses("took my gabba at 9") == [("taken", "gabapentin", None)]
