"""A medicine not on the list told as started by a clinician: which one, and its words as
`/add` reads them; never a plan, a question, a refusal, a past one or another's."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing.new_medicine import StartedMedicine, started_told
from bot.services.add_line import line_fields

LISTED = ["naproxen"]


@pytest.mark.parametrize(
    ("text", "medicine", "line"),
    [
        # (Sandbox, Leeds: each got "it doesn't sound like one you took")
        (
            "dr started me on pregabalin 75mg twice a day",
            "pregabalin",
            "pregabalin 75mg twice a day",
        ),
        (
            "home now, they gave me tramadol 50mg every 6h for a week",
            "tramadol",
            "tramadol 50mg every 6h for a week",
        ),
        (
            "GP put me on amitriptyline 10mg at night",
            "amitriptyline",
            "amitriptyline 10mg at night",
        ),
        (
            "new prescription: ibuprofen 400 twice daily for 10 days",
            "ibuprofen",
            "ibuprofen 400 twice daily for 10 days",
        ),
        ("Doc's started me on Lyrica 75mg BD, feeling a bit dizzy", "pregabalin", "lyrica 75mg bd"),
        (
            "they sent me home with oxycodone 5mg every 4 hours as needed",
            "oxycodone",
            "oxycodone 5mg every 4 hours as needed",
        ),
        (
            "I've been started on duloxetine 30mg in the morning",
            "duloxetine",
            "duloxetine 30mg in the morning",
        ),
        (
            "GP put me on amitriptyline 10mg at night but it makes me groggy",
            "amitriptyline",
            "amitriptyline 10mg at night",
        ),
        (
            "GP added amitriptyline 10mg at bedtime",
            "amitriptyline",
            "amitriptyline 10mg at bedtime",
        ),
        (
            "stopped naproxen, GP switched me to celecoxib 200 once a day",
            "celecoxib",
            "celecoxib 200 once a day",
        ),
        (
            "got a new script for gabapentin 300 three times a day",
            "gabapentin",
            "gabapentin 300 three times a day",
        ),
    ],
)
def test_a_medicine_started_is_read_with_its_own_words(text: str, medicine: str, line: str) -> None:
    assert started_told(text, LISTED) == StartedMedicine(medicine=medicine, line=line)


@pytest.mark.parametrize(
    "text",
    [
        # a question, a plan, a refusal
        "should I start pregabalin?",
        "is the dr going to start me on pregabalin",
        "doc might start me on pregabalin",
        "dr wants to put me on pregabalin 75mg twice a day",
        "they're going to put me on pregabalin",
        "they didn't put me on pregabalin",
        # someone else's
        "my wife started on pregabalin",
        "my wife was put on pregabalin 75 twice a day",
        "she's been put on pregabalin 75mg twice a day",
        # long past, or a medicine named before the words
        "put me on tramadol years ago",
        "the pregabalin they put me on makes me dizzy",
        "they put me on the waiting list",
        # one dose handed over, not a medicine begun
        "the nurse gave me morphine",
        "the nurse gave me morphine at 3",
        # a dose taken
        "took my pregabalin 75mg",
        # on the list already: a change, offered as one (says_regimen_changed)
        "dr started me on naproxen 500 twice a day",
        "new prescription: naproxen 500 twice daily for 10 days",
    ],
)
def test_no_start_of_a_new_medicine_is_read(text: str) -> None:
    assert started_told(text, LISTED) is None


def test_the_line_reads_as_add_would_read_it() -> None:
    """The words kept for /add say the strength, how often and the course."""
    found = started_told("home now, they gave me tramadol 50mg every 6h for a week", LISTED)
    assert found is not None
    fields = line_fields(found.line, dt.date(2026, 12, 7))
    assert (fields.name, fields.amount, fields.unit) == ("tramadol", 50.0, "mg")
    assert (fields.every_hours, fields.first_day, fields.last_day) == (
        6,
        "2026-12-07",
        "2026-12-13",
    )
