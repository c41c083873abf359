"""Whether /add's words are a whole list (each medicine offered) or one medicine."""

from __future__ import annotations

import pytest

from bot.parsing.regimen_listed import regimen_listed, several_listed


@pytest.mark.parametrize(
    "text",
    [
        "naproxen 500 twice a day, gabapentin 300 three times, and tylenol when needed",
        "naproxen 500 twice a day and omeprazole 20",
        "I take gabapentin 300 three times a day, tramadol 50 when needed",
        "omeprazole 20 in the morning, amitriptyline 10 at night",
        "meloxicam 15 once daily plus cyclobenzaprine 10 at bedtime",
    ],
)
def test_two_or_more_medicines_told_as_taken_are_a_list(text: str) -> None:
    assert several_listed(text)


@pytest.mark.parametrize(
    "text",
    [
        "naproxen 500mg twice a day with food, max 2 a day",  # one medicine, its notes
        "naproxen 500 twice a day",  # one alone
        "paracetamol and codeine 500/30 twice a day",  # one combination's parts
        "hydrocodone acetaminophen 10/325 every 6 hours",
        "co-codamol 30/500 2 tablets 4 times a day",
        "took naproxen 500 and gabapentin 300 this morning",  # doses taken
        "naproxen 500, gabapentin 300",  # no schedule said: not read as a list
        "",
    ],
)
def test_one_medicine_or_no_schedule_is_no_list(text: str) -> None:
    assert not several_listed(text)


def test_the_list_still_leaves_out_what_is_on_it() -> None:
    """regimen_listed, read through the same items: gabapentin on the list is left out."""
    text = "naproxen 500 twice a day, gabapentin 300 three times, and tylenol when needed"
    got = [(m.medicine, m.line) for m in regimen_listed(text, ["gabapentin"])]
    assert got == [
        ("naproxen", "naproxen 500 twice a day"),
        ("acetaminophen", "tylenol when needed"),
    ]
