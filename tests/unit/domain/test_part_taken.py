"""Part of a listed dose: the units of the listed strength a "took ½ a naproxen" held,
and None when the whole dose (or more) was said."""

from __future__ import annotations

import pytest

from bot.domain.dose_amounts import RegimenItem, part_taken


def _item(
    amount: float | None = 500.0,
    unit: str | None = "mg",
    per_dose: float | None = None,
    strength: str | None = None,
) -> RegimenItem:
    return RegimenItem(
        "naproxen", "Naproxen", amount, unit, 2.0, False, None, strength, units_per_dose=per_dose
    )


@pytest.mark.parametrize(
    ("count", "amount", "unit", "item", "expected"),
    [
        (0.5, None, None, _item(), 0.5),  # "½ a naproxen"
        (None, 250.0, "mg", _item(), 0.5),  # "250mg" of a 500 mg tablet
        (None, 0.25, "g", _item(), 0.5),  # grams against milligrams
        (1.0, None, None, _item(per_dose=2.0), 1.0),  # one of a two-capsule dose
        (1.0, 200.0, "mg", _item(400.0, per_dose=2.0), 0.5),  # one 200 beside 2 × 400
        (None, 400.0, "mg", _item(400.0, per_dose=2.0), 1.0),  # 400 mg of 2 × 400 mg
        (0.5, None, None, _item(None, None), 0.5),  # a patch cut in half: no strength
    ],
)
def test_less_than_the_listed_dose_is_that_part(
    count: float | None,
    amount: float | None,
    unit: str | None,
    item: RegimenItem,
    expected: float,
) -> None:
    assert part_taken(count, amount, unit, item) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("count", "amount", "unit", "item"),
    [
        (None, None, None, _item()),  # "took my naproxen": the dose
        (1.0, None, None, _item()),  # one of a one-tablet dose
        (2.0, None, None, _item(per_dose=2.0)),  # both of a two-tablet dose
        (3.0, None, None, _item(per_dose=2.0)),  # more: an extra dose, not a part
        (None, 500.0, "mg", _item()),  # the listed amount
        (None, 1.0, "g", _item()),  # more than the listed amount
        (None, 5.0, "ml", _item()),  # ml cannot be set against mg
        (None, 5.0, "mg", _item(10.0, strength="10/325")),  # one ingredient of a combination
        (0.0, None, None, _item()),  # nothing is no part
    ],
)
def test_the_whole_dose_or_more_or_an_unknown_amount_is_no_part(
    count: float | None, amount: float | None, unit: str | None, item: RegimenItem
) -> None:
    assert part_taken(count, amount, unit, item) is None
