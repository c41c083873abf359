"""A dose of a listed liquid told with no ml: its listed dose in ml, or, for a count said
alone ("took 2 oramorph"), the readings the person is asked to choose from."""

from __future__ import annotations

from bot.domain.dose_amounts import (
    RegimenItem,
    amount_beyond,
    is_liquid,
    listed_ml,
    ml_choices,
    part_taken,
    units_of,
)

RANGE = RegimenItem(
    "morphine", "Oramorph", 10.0, "mg", None, True, 6, None, None, None, 0.5, 1.0, volume_ml=5.0
)
FIXED = RegimenItem("morphine", "Oramorph", 10.0, "mg", None, True, 6, volume_ml=5.0)
TABLET = RegimenItem("morphine", "Morphine", 10.0, "mg", None, True, 6)


def test_a_listed_liquid_told_plainly_is_its_dose_in_ml() -> None:
    assert listed_ml(RANGE) == 2.5  # a range's least, as a tablet range's one tablet
    assert listed_ml(FIXED) == 5.0
    assert listed_ml(RANGE, 0.5) == 1.25  # "half my dose"


def test_a_count_of_a_liquid_is_each_reading_least_first() -> None:
    assert ml_choices(RANGE, 2) == (2.0, 5.0, 10.0)  # 2 ml, 2 × 2.5 ml, 2 × 5 ml
    assert ml_choices(FIXED, 2) == (2.0, 10.0)
    assert ml_choices(FIXED, 5) == (5.0, 25.0)


def test_a_tablet_or_a_combination_is_no_liquid() -> None:
    combination = RegimenItem(
        "codeine/paracetamol", "co-codamol", 30.0, "mg", None, True, 8, "30/500", volume_ml=5.0
    )
    for item in (TABLET, combination):
        assert not is_liquid(item)
        assert listed_ml(item) is None and ml_choices(item, 2) == ()
    assert is_liquid(RANGE) and is_liquid(FIXED)


def test_ml_of_a_liquid_are_units_of_its_measure() -> None:
    assert units_of(2.0, "ml", FIXED) == 0.4  # 2 ml of the 5 ml measure
    assert units_of(20.0, "mg", FIXED) == 2.0  # mg against the mg a measure holds
    assert units_of(2.0, "ml", TABLET) is None  # ml of a tablet: nothing to set it by
    assert part_taken(None, 2.0, "ml", FIXED) == 0.4  # "took 2ml" of a 5 ml dose
    assert part_taken(None, 5.0, "ml", FIXED) is None  # the whole dose


def test_an_amount_said_beyond_the_dose_is_the_rest_in_its_unit() -> None:
    assert amount_beyond(10.0, "ml", FIXED) == 5.0  # "took 10ml" of a 5 ml dose
    assert amount_beyond(7.5, "ml", RANGE) == 2.5  # beyond a 2.5–5 ml range's most
    assert amount_beyond(5.0, "ml", FIXED) is None  # the dose itself
    assert amount_beyond(2.0, "ml", FIXED) is None  # less than it
    assert amount_beyond(20.0, "mg", TABLET) == 10.0  # "20mg" of a 10 mg tablet
    combination = RegimenItem(
        "codeine/paracetamol", "co-codamol", 30.0, "mg", None, True, 8, "30/500"
    )
    assert amount_beyond(60.0, "mg", combination) is None  # one ingredient's mg only
