"""ml of a liquid listed with its concentration are counted as the mg they hold."""

from __future__ import annotations

import datetime as dt

from bot.domain.dose_amounts import DoseTaken, RegimenItem, dose_ingredients, in_mg_of_liquid

ORAMORPH = RegimenItem("morphine", "Oramorph", 10.0, "mg", None, True, None, volume_ml=5.0)
AT = dt.datetime(2026, 12, 7, 8, tzinfo=dt.UTC)


def test_ml_of_a_listed_concentration_are_its_mg() -> None:
    assert in_mg_of_liquid(5.0, "ml", None, ORAMORPH) == 10.0
    assert in_mg_of_liquid(2.5, "ml", 2.0, ORAMORPH) == 10.0


def test_nothing_is_made_up_without_a_concentration_or_ml() -> None:
    tablets = RegimenItem("morphine", "morphine", 10.0, "mg", None, True, None)
    assert in_mg_of_liquid(5.0, "ml", None, tablets) is None
    assert in_mg_of_liquid(5.0, "ml", None, None) is None
    assert in_mg_of_liquid(10.0, "mg", None, ORAMORPH) is None


def test_a_dose_in_ml_holds_morphine_in_mg() -> None:
    dose = DoseTaken("morphine", "Oramorph", 5.0, "ml", None, AT)
    assert dose_ingredients(dose, [ORAMORPH]) == {"morphine": 10.0}
