"""Whether /add's words are a whole list (each medicine offered) or one medicine."""

from __future__ import annotations

import pytest

from bot.parsing.new_medicine import StartedMedicine
from bot.parsing.regimen_listed import (
    add_listed,
    either_left,
    listed_items,
    one_or_two,
    regimen_listed,
    several_listed,
)


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


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "naproxen 500, omeprazole 20",
            [("naproxen", "naproxen 500"), ("omeprazole", "omeprazole 20")],
        ),
        (
            "tramadol 50mg max 8 a day, paracetamol when needed",
            [
                ("tramadol", "tramadol 50mg max 8 a day"),
                ("acetaminophen", "paracetamol when needed"),
            ],
        ),
        (
            "tramadol 50 up to 8 a day and ibuprofen 400 no more than 3 a day",
            [
                ("tramadol", "tramadol 50 up to 8 a day"),
                ("ibuprofen", "ibuprofen 400 no more than 3 a day"),
            ],
        ),
        ("naproxen, omeprazole", [("naproxen", "naproxen"), ("omeprazole", "omeprazole")]),
        ("paracetamol, ibuprofen", [("acetaminophen", "paracetamol"), ("ibuprofen", "ibuprofen")]),
        (
            "paracetamol 500 and codeine 30",
            [("acetaminophen", "paracetamol 500"), ("codeine", "codeine 30")],
        ),
        (
            "I take naproxen 500 and omeprazole 20 mg",
            [("naproxen", "naproxen 500"), ("omeprazole", "omeprazole 20 mg")],
        ),
        (
            "co-codamol 30/500, naproxen 500",
            [("acetaminophen/codeine", "co-codamol 30/500"), ("naproxen", "naproxen 500")],
        ),
    ],
)
def test_an_add_line_naming_several_gives_each_only_its_own_words(
    text: str, items: list[tuple[str, str]]
) -> None:
    """Each medicine with its strength, schedule, most a day and "when needed", no
    schedule needed (Sandbox, London: omeprazole lost; tramadol saved as needed)."""
    assert [(m.medicine, m.line) for m in add_listed(text)] == items
    assert [(m.medicine, m.line) for m in listed_items(text)] == items


@pytest.mark.parametrize(
    "text",
    [
        "naproxen 500mg twice a day with food, max 2 a day",  # one medicine, its notes
        "gabapentin 300mg 3 times a day, 600 at night",
        "tylenol 3 as needed",
        "paracetamol 500mg, 2 tablets 4 times a day",
        "paracetamol and codeine 500/30",  # one combination, by its parts
        "paracetamol with codeine 500/8",
        "paracetamol 500 with codeine 8",
        "tramadol paracetamol 37.5/325",
        "hydrocodone acetaminophen 10/325 every 6 hours",
        "co-codamol 30/500",
        "tylenol with codeine",
        "omeprazole 20 to protect my stomach from naproxen",  # another named, not added
        "naproxen 500 for my mums back, omeprazole",
        "naproxen 500 or omeprazole 20?",
        "",
    ],
)
def test_one_medicine_or_one_combination_at_add_is_no_list(text: str) -> None:
    assert add_listed(text) == []


def test_a_list_told_is_numbered_as_before() -> None:
    """The offer's numbering reads a list told as it always did: the list with a
    schedule said, even where the /add reader would read it too."""
    text = "naproxen 500 twice a day, gabapentin 300 three times, and tylenol when needed"
    assert listed_items(text) == regimen_listed(text, [])
    one = "I take gabapentin 300 three times a day"
    assert [m.medicine for m in listed_items(one)] == ["gabapentin"]


@pytest.mark.parametrize(
    ("text", "product", "one", "other"),
    [
        ("paracetamol and codeine", "paracetamol/codeine", "paracetamol", "codeine"),
        ("Paracetamol + Ibuprofen", "paracetamol/ibuprofen", "paracetamol", "ibuprofen"),
        (
            "ibuprofen & paracetamol when needed",
            "ibuprofen/paracetamol when needed",
            "ibuprofen",
            "paracetamol when needed",
        ),
        ("tramadol and acetaminophen", "tramadol/acetaminophen", "tramadol", "acetaminophen"),
    ],
)
def test_two_parts_of_one_product_named_bare_are_the_product_or_each(
    text: str, product: str, one: str, other: str
) -> None:
    """Sandbox, London: "/add paracetamol and codeine" asked paracetamol's strength and
    dropped the codeine. It may be co-codamol, or the two apart: both readings offered."""
    either = one_or_two(text)
    assert [m.line for m in either] == [product, one, other]
    assert "/" in either[0].medicine and add_listed(text) == either


@pytest.mark.parametrize(
    "text",
    [
        "paracetamol and codeine 500/30",  # its strength says one product
        "paracetamol with codeine",
        "paracetamol 500 and ibuprofen 200",  # each its own strength: two
        "naproxen and omeprazole",  # no product holds both
        "co-codamol",
        "paracetamol and codeine?",
    ],
)
def test_one_product_or_two_medicines_said_plainly_are_not_asked(text: str) -> None:
    assert one_or_two(text) == []


def test_once_one_reading_is_added_the_other_is_not_offered() -> None:
    either = one_or_two("paracetamol and codeine")
    product, paracetamol, codeine = either
    assert either_left(either, []) == either
    assert either_left(either, ["acetaminophen/codeine"]) == []
    assert either_left(either, ["acetaminophen", "naproxen"]) == [codeine]
    assert either_left(either, ["codeine"]) == [paracetamol]
    assert either_left(either, ["acetaminophen", "codeine"]) == []
    assert isinstance(product, StartedMedicine)
