"""The unit a dose's bare amount is kept in: mg where the day's totals count it so."""

from __future__ import annotations

import datetime as dt

from bot.domain.dose_amounts import DoseTaken, counted_unit, ingredients_in_dose, to_mg
from bot.knowledge import get_drug

AT = dt.datetime(2026, 12, 7, 10, tzinfo=dt.UTC)


def test_a_bare_amount_of_a_known_medicine_is_mg() -> None:
    assert counted_unit("acetaminophen", "tylenol", 1000, None) == "mg"
    assert counted_unit(None, "tylenol", 1000, None) == "mg"  # the name tells the medicine


def test_the_totals_count_it_as_the_record_now_says() -> None:
    drug = get_drug("acetaminophen")
    assert drug is not None
    bare = DoseTaken("acetaminophen", "tylenol", 1000, None, None, AT)
    kept = DoseTaken("acetaminophen", "tylenol", 1000, "mg", None, AT)
    assert ingredients_in_dose(bare, drug, None) == ingredients_in_dose(kept, drug, None)
    assert to_mg(1000, None) == to_mg(1000, "mg")


def test_a_unit_said_is_kept() -> None:
    assert counted_unit("acetaminophen", "tylenol", 1, "g") == "g"


def test_no_amount_or_an_unknown_medicine_says_no_unit() -> None:
    assert counted_unit("acetaminophen", "tylenol", None, None) is None
    assert counted_unit(None, "zorblax", 2, None) is None


def test_a_gels_bare_number_is_no_mg() -> None:
    assert counted_unit("diclofenac", "voltaren gel", 4, None) is None
