"""The name a dose was written by, kept when it says more than the generic: a brand, a
form, or the ingredient's name in another country — never a shortening or misspelling."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import DoseIntent
from bot.parsing.detect_doses import product_name
from bot.parsing.parser import parse

LONDON = ZoneInfo("Europe/London")
NOW = dt.datetime(2026, 3, 3, 19, 30, tzinfo=LONDON)


@pytest.mark.parametrize(
    ("generic", "written", "kept"),
    [
        ("acetaminophen", "paracetamol", "paracetamol"),  # the UK's word for it
        ("meperidine", "pethidine", "pethidine"),
        ("ibuprofen", "Advil", "Advil"),  # a brand
        ("acetaminophen", "apap", None),  # a shortening reads as the generic
        ("ibuprofen", "ibu", None),
        ("acetaminophen", "acetaminophen", None),
        ("acetaminophen", "paracetemol", None),  # a misspelling is only read
        # the combination's British name, hyphen and all: an unlisted one is logged by it
        ("acetaminophen/codeine", "co-codamol", "co-codamol"),
        ("acetaminophen/codeine", "co-codomol", None),  # (a misspelling still only read)
        # a form's brand as written whole, never the same caplet's other brand
        ("acetaminophen", "tylenol arthritis", "Tylenol Arthritis"),
        ("acetaminophen", "tylenol es", "Tylenol Extra Strength"),
    ],
)
def test_the_written_name_is_kept_when_it_says_more(
    generic: str, written: str, kept: str | None
) -> None:
    assert product_name(generic, written) == kept


def test_paracetamol_beside_co_codamol_keeps_its_name() -> None:
    intents = parse("took 2 co codamol and 2 paracetamol", ["acetaminophen/codeine"], NOW, LONDON)
    doses = [i for i in intents if isinstance(i, DoseIntent)]
    assert [(d.medication, d.product, d.count) for d in doses][-1] == (
        "acetaminophen",
        "paracetamol",
        2,
    )
