"""Aceclofenac, and India's aceclofenac + paracetamol tablets, are in the knowledge file
(Sandbox, Bengaluru: Zerodol-SP with ibuprofen or naproxen was told nothing of two
NSAIDs, aceclofenac being unknown): an NSAID with its UK label's daily maximum, and the
brands resolving to both of their ingredients."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.domain.dose_amounts import DoseTaken, ingredients_in_dose
from bot.knowledge import get_drug, resolve_name


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("aceclofenac", "aceclofenac"),
        ("Aceclofenac 100 mg", "aceclofenac"),
        ("aceclofenec", "aceclofenac"),
        ("Preservex", "aceclofenac"),
        ("Zerodol", "aceclofenac"),
        ("Zerodol-P", "aceclofenac/acetaminophen"),
        ("zerodol p", "aceclofenac/acetaminophen"),
        ("Zerodol-SP", "aceclofenac/acetaminophen"),
        ("zerodol sp", "aceclofenac/acetaminophen"),
        ("Zerodol SP 100/325/15", "aceclofenac/acetaminophen"),
        ("Hifenac-P", "aceclofenac/acetaminophen"),
        ("aceclofenac + paracetamol", "aceclofenac/acetaminophen"),
        ("paracetamol/aceclofenac", "aceclofenac/acetaminophen"),
    ],
)
def test_aceclofenac_and_its_indian_brands_resolve(name: str, generic: str) -> None:
    match = resolve_name(name)
    assert match is not None and match.exact, name
    assert match.generic == generic


def test_aceclofenac_is_an_nsaid_with_its_labelled_daily_maximum() -> None:
    drug = get_drug("aceclofenac")
    assert drug is not None
    assert drug.classes == ("nsaid",)
    assert drug.max_daily is not None and drug.max_daily.rx == 200
    assert drug.max_daily.unit == "mg"
    assert "SmPC" in drug.max_daily.source and "PRESERVEX" in drug.max_daily.source
    assert [s.amounts for s in drug.strengths] == [{"aceclofenac": 100}]


def test_the_combination_is_an_nsaid_holding_paracetamol_and_no_maximum_of_its_own() -> None:
    drug = get_drug("aceclofenac/acetaminophen")
    assert drug is not None
    assert set(drug.classes) == {"nsaid", "analgesic"}
    assert drug.ingredients == ("aceclofenac", "acetaminophen")
    # each ingredient is counted against its own row's maximum, across every product
    assert drug.max_daily is None
    assert "serratiopeptidase" in (drug.notes or "")


@pytest.mark.parametrize("name", ["Zerodol-P", "Zerodol-SP", "Hifenac-P"])
def test_one_tablet_counts_100_mg_aceclofenac_and_325_mg_paracetamol(name: str) -> None:
    dose = DoseTaken(
        generic="aceclofenac/acetaminophen",
        name=name,
        amount=None,
        unit=None,
        count=2,
        at=datetime(2026, 12, 8, 4, 30, tzinfo=UTC),
    )
    drug = get_drug("aceclofenac/acetaminophen")
    assert drug is not None
    assert ingredients_in_dose(dose, drug, None) == {"aceclofenac": 200, "acetaminophen": 650}


@pytest.mark.parametrize("word", ["zero", "zeros", "hifi", "serratiopeptidase", "dolor"])
def test_words_near_the_new_names_are_not_medicines(word: str) -> None:
    match = resolve_name(word)
    assert match is None or match.generic not in ("aceclofenac", "aceclofenac/acetaminophen")
