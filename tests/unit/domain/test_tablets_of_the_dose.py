"""Which tablet a counted dose is made of (bot.domain.dose_amounts.tablet_of_the_dose) and
the tablets beyond a listed dose (tablets_beyond)."""

from __future__ import annotations

import pytest

from bot.domain.dose_amounts import RegimenItem, tablet_of_the_dose, tablets_beyond


def _item(generic: str, amount: float, unit: str = "mg", **kw: object) -> RegimenItem:
    return RegimenItem(generic, generic, amount, unit, None, False, None, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("generic", "amount", "unit", "count", "tablet"),
    [
        ("acetaminophen", 1, "g", 2, 500.0),  # 1 g is no tablet sold: two of 500 mg
        ("acetaminophen", 1000, "mg", 3, 500.0),  # the tablet is known, the count is not the dose
        ("acetaminophen", 1300, "mg", 2, 650.0),  # 2 x 650 or 4 x 325: the count says which
        ("acetaminophen", 1300, "mg", 4, 325.0),
        ("acetaminophen", 1300, "mg", 3, None),  # neither
        ("acetaminophen", 500, "mg", 2, None),  # 500 mg is a tablet: two are two doses
        ("ibuprofen", 400, "mg", 2, None),  # 400 mg is sold: "2 ibuprofen" stays 800 mg
        ("gabapentin", 900, "mg", 3, 300.0),
        ("amitriptyline", 20, "mg", 2, 10.0),
        ("acetaminophen", 1000, "mg", 1, None),  # one: a 1 g tablet, as said
        ("acetaminophen", 5000, "mg", 2, None),  # ten tablets: no dose is made so
    ],
)
def test_the_tablet_of_a_dose(
    generic: str, amount: float, unit: str, count: float, tablet: float | None
) -> None:
    assert tablet_of_the_dose(_item(generic, amount, unit), count) == tablet


def test_no_guess_for_doses_already_in_tablets_or_combinations() -> None:
    assert tablet_of_the_dose(_item("acetaminophen", 500, units_per_dose=2.0), 2) is None
    assert tablet_of_the_dose(_item("acetaminophen", 1000, units_per_dose_max=2.0), 2) is None
    assert tablet_of_the_dose(_item("acetaminophen", 1000, strength="30/500"), 2) is None
    assert tablet_of_the_dose(_item("cbd oil", 1000), 2) is None


@pytest.mark.parametrize(
    ("count", "amount", "unit", "listed", "more"),
    [
        (4, 500, "mg", 1000, 2.0),
        (2, 500, "mg", 1000, None),  # the dose itself
        (1, 500, "mg", 1000, None),  # half of it
        (2, 0.5, "g", 500, 1.0),  # two of 0.5 g beside a listed 500 mg: one more
        (3, 200, "mg", 400, 1.0),
    ],
)
def test_tablets_beyond_the_listed_dose(
    count: float, amount: float, unit: str, listed: float, more: float | None
) -> None:
    assert tablets_beyond(count, amount, unit, _item("acetaminophen", listed)) == more


def test_tablets_beyond_a_range_count_from_its_most() -> None:
    oxy = _item("oxycodone", 5, units_per_dose_max=2.0)
    assert tablets_beyond(2, 5, "mg", oxy) is None
    assert tablets_beyond(3, 5, "mg", oxy) == 1
