"""Solpadeine (Ireland), Solpadeine Plus and Solpadeine Soluble are paracetamol 500 mg with
codeine 8 mg a tablet: their paracetamol counts toward the day's total (it was read as a
dose of the person's Panadol, or as a medicine the bot could not check)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.domain.dose_amounts import DoseTaken, ingredients_in_dose
from bot.knowledge import resolve_name


@pytest.mark.parametrize("name", ["solpadeine", "Solpadeine Plus", "solpadeine soluble"])
def test_two_tablets_hold_a_gram_of_paracetamol_and_16_mg_of_codeine(name: str) -> None:
    match = resolve_name(name)
    assert match is not None and match.drug.generic == "acetaminophen/codeine"
    dose = DoseTaken(
        generic="acetaminophen/codeine",
        name=name,
        amount=None,
        unit=None,
        count=2,
        at=dt.datetime(2026, 12, 7, 18, tzinfo=dt.UTC),
    )
    assert ingredients_in_dose(dose, match.drug, None) == {"acetaminophen": 1000, "codeine": 16}


def test_solpadeine_max_keeps_its_own_strength() -> None:
    match = resolve_name("solpadeine max")
    assert match is not None
    at = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    dose = DoseTaken("acetaminophen/codeine", "solpadeine max", None, None, 2, at)
    assert ingredients_in_dose(dose, match.drug, None) == {"acetaminophen": 1000, "codeine": 25.6}
