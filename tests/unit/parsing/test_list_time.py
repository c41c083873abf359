"""One time said after a list of medicines dates every dose of the list ("took crocin,
dolo and advil at 8" logged the Crocin at the moment it was told — Sandbox, Pune); a
time said with each, a verb, "then" or a new sentence between them keeps each its own."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.intents import DoseIntent
from bot.parsing.parser import parse

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 7, 14, 0, tzinfo=LONDON)
MEDS = ["naproxen", "ibuprofen", "gabapentin", "acetaminophen"]


def _times(text: str) -> list[tuple[str | None, str | None]]:
    """(medicine, HH:MM or None for now) of each dose, in the order told."""
    return [
        (i.medication, i.at and i.at[11:16])
        for i in parse(text, MEDS, NOW, LONDON)
        if isinstance(i, DoseIntent)
    ]


NAP, IBU, GABA = "naproxen", "ibuprofen", "gabapentin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("took naproxen, advil at 8", [(NAP, "08:00"), (IBU, "08:00")]),
        ("naproxen, advil at 8", [(NAP, "08:00"), (IBU, "08:00")]),
        ("had my naproxen and gabapentin at 9am", [(NAP, "09:00"), (GABA, "09:00")]),
        ("naproxen + advil around 10", [(NAP, "10:00"), (IBU, "10:00")]),
        ("naproxen plus advil at 10", [(NAP, "10:00"), (IBU, "10:00")]),
        ("naproxen, advil & gabapentin at 10", [(NAP, "10:00"), (IBU, "10:00"), (GABA, "10:00")]),
        (
            "took naproxen, advil and gabapentin this morning at 8",
            [(NAP, "08:00"), (IBU, "08:00"), (GABA, "08:00")],
        ),
        (
            "i took naproxen, advil, gabapentin at about 9:30",
            [(NAP, "09:30"), (IBU, "09:30"), (GABA, "09:30")],
        ),
        (
            "i've had my naproxen, my advil and my gabapentin at 8am",
            [(NAP, "08:00"), (IBU, "08:00"), (GABA, "08:00")],
        ),
        ("just popped naproxen, advil at 8", [(NAP, "08:00"), (IBU, "08:00")]),
        ("took naproxen, and advil at 9", [(NAP, "09:00"), (IBU, "09:00")]),
        ("naproxen, advil n gabapentin at 8", [(NAP, "08:00"), (IBU, "08:00"), (GABA, "08:00")]),
        ("naproxen 500mg, advil 400mg at 7", [(NAP, "07:00"), (IBU, "07:00")]),
        ("took naproxen, advil 2 hours ago", [(NAP, "12:00"), (IBU, "12:00")]),
        ("took naproxen, advil - at 8", [(NAP, "08:00"), (IBU, "08:00")]),
        ("took naproxen, advil at 8, pain 6", [(NAP, "08:00"), (IBU, "08:00")]),
    ],
)
def test_one_time_after_the_list_dates_each(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _times(text) == expected


def test_two_products_of_one_medicine_in_the_list_each_dated() -> None:
    doses = [
        (i.product and i.product.lower(), i.at and i.at[11:16])
        for i in parse("took crocin, dolo and advil at 8", MEDS, NOW, LONDON)
        if isinstance(i, DoseIntent)
    ]
    assert doses == [("crocin", "08:00"), ("dolo", "08:00"), ("advil", "08:00")]


def test_counts_stay_each_its_own() -> None:
    doses = [
        (i.medication, i.count, i.at and i.at[11:16])
        for i in parse("2 naproxen, 1 advil at 8", MEDS, NOW, LONDON)
        if isinstance(i, DoseIntent)
    ]
    assert doses == [(NAP, 2.0, "08:00"), (IBU, 1.0, "08:00")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each its own time
        ("took naproxen at 8 and advil at 11", [(NAP, "08:00"), (IBU, "11:00")]),
        ("took naproxen at 8, advil at 11", [(NAP, "08:00"), (IBU, "11:00")]),
        (
            "naproxen at 8, advil at 11, gabapentin at 12",
            [(NAP, "08:00"), (IBU, "11:00"), (GABA, "12:00")],
        ),
        # the time said before the second name is the first one's
        ("took naproxen at 8, advil just now", [(NAP, "08:00"), (IBU, None)]),
        ("took naproxen at 8, advil", [(NAP, "08:00"), (IBU, None)]),
        ("naproxen at 8. advil", [(NAP, "08:00"), (IBU, None)]),
        # a time of its own for the first ("this morning": its usual time)
        ("took naproxen this morning, advil at 2", [(NAP, "08:00"), (IBU, "14:00")]),
        ("took naproxen with breakfast, advil at 2", [(NAP, "08:00"), (IBU, "14:00")]),
        # a new sentence, a sequence, a second verb, a contrast: not one list
        ("took naproxen. advil at 8", [(NAP, None), (IBU, "08:00")]),
        ("took naproxen\nadvil at 8", [(NAP, None), (IBU, "08:00")]),
        ("took naproxen, then advil at 8", [(NAP, None), (IBU, "08:00")]),
        ("took naproxen, took advil at 8", [(NAP, None), (IBU, "08:00")]),
        ("took naproxen but advil at 8", [(NAP, None), (IBU, "08:00")]),
        ("took naproxen for my back, advil at 8", [(NAP, None), (IBU, "08:00")]),
        # the time is the one said with the name before it, not the list's end
        (
            "took naproxen, advil at 8 and gabapentin just now",
            [(NAP, None), (IBU, "08:00"), (GABA, None)],
        ),
    ],
)
def test_a_time_not_closing_a_list_stays_its_own(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "missed naproxen, advil at 8",
        "didn't take naproxen, advil at 8",
    ],
)
def test_a_dose_not_taken_is_not_dated_by_the_list(text: str) -> None:
    assert (NAP, "08:00") not in _times(text)
    assert (IBU, "08:00") in _times(text)


def test_the_same_name_said_again_stays_one_dose() -> None:
    assert [m for m, _ in _times("took advil, advil again at 6")] == [IBU]
