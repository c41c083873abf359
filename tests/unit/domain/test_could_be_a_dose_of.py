"""Which listed medicines an amount told unnamed could be a dose of ("had 2.5 mls",
"took 400mg")."""

from __future__ import annotations

import pytest

from bot.domain.dose_amounts import could_be_a_dose_of

TABLET_400 = (400.0, "mg", None)
LIQUID_10_IN_5 = (10.0, "mg", 5.0)


@pytest.mark.parametrize(
    ("amount", "unit", "listed", "fits"),
    [
        (2.5, "ml", LIQUID_10_IN_5, True),
        (2.5, "ml", TABLET_400, False),  # ml is never a tablet's
        (400, "mg", TABLET_400, True),
        (800, "mg", TABLET_400, True),
        (200, "mg", TABLET_400, True),  # half a tablet
        (600, "mg", TABLET_400, True),  # one and a half
        (1000, "mg", TABLET_400, False),  # two and a half: no one says that
        (2000, "mg", TABLET_400, False),  # five tablets: beyond what one dose is
        (300, "mg", TABLET_400, False),
        (0.4, "g", TABLET_400, True),
        (7.5, "mg", LIQUID_10_IN_5, True),  # any part of a spoonful
        (None, None, TABLET_400, True),  # nothing said to judge by
        (2, "unit", TABLET_400, True),
    ],
)
def test_an_amount_fits_what_could_hold_it(
    amount: float | None,
    unit: str | None,
    listed: tuple[float, str, float | None],
    fits: bool,
) -> None:
    assert could_be_a_dose_of(amount, unit, *listed) is fits


def test_a_medicine_listed_with_no_strength_may_be_any() -> None:
    assert could_be_a_dose_of(400, "mg", None, None, None) is True
