"""A product told ingredient by ingredient is counted and checked as the ingredients the
knowledge file has, the rest said plainly (Sandbox, Bengaluru: Zerodol-SP's paracetamol
was never counted because aceclofenac was not known)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.domain.composition import amount_replaces, counted_said, kept_of, not_known_said
from bot.domain.safety import (
    DoseTaken,
    RegimenItem,
    check_as_needed_dose,
    check_dose_outside_regimen,
    check_new_medication,
    check_regimen,
)
from bot.parsing.composition import composition

ZERODOL = "aceclofenac 100 + paracetamol 325 + serratiopeptidase 15"
NOW = datetime(2026, 12, 10, 18, 0, tzinfo=UTC)


def _kept(text: str):  # type: ignore[no-untyped-def]
    parts = composition(text, amounts=False)
    assert parts is not None
    return kept_of(parts)


def test_the_known_ingredient_is_kept_with_its_strength() -> None:
    # (thiocolchicoside and serratiopeptidase: ingredients the knowledge file has no row for)
    kept = _kept("thiocolchicoside 4 + paracetamol 325 + serratiopeptidase 15")
    assert (kept.generic, kept.amount, kept.unit) == ("acetaminophen", 325, "mg")
    assert kept.other_ingredients == "thiocolchicoside 4, serratiopeptidase 15"
    assert counted_said(kept) == "paracetamol 325 mg"
    assert not_known_said(kept) == "thiocolchicoside or serratiopeptidase"


def test_zerodol_sp_told_is_its_aceclofenac_and_paracetamol_with_the_enzyme_apart() -> None:
    """Aceclofenac is in the knowledge file now: Zerodol-SP's two known ingredients are the
    aceclofenac/acetaminophen combination, so both the NSAID and the paracetamol count."""
    kept = _kept(ZERODOL)
    assert kept.generic == "aceclofenac/acetaminophen"
    assert kept.other_ingredients == "serratiopeptidase 15"
    assert not_known_said(kept) == "serratiopeptidase"


def test_a_combination_the_file_has_is_kept_whole() -> None:
    kept = _kept("paracetamol 325 mg + tramadol 37.5 mg")
    assert kept.generic is not None and "/" in kept.generic
    assert kept.amount is None and kept.other_ingredients is None


def test_nothing_known_keeps_nothing() -> None:
    kept = _kept("thiocolchicoside 4 + serratiopeptidase 15")
    assert kept.generic is None and kept.other_ingredients is None
    assert [p.name for p in kept.not_known] == ["thiocolchicoside", "serratiopeptidase"]


def test_the_amount_told_replaces_a_combinations_first_number_only() -> None:
    assert amount_replaces(None, None)
    assert amount_replaces(100, "100/325/15")
    assert not amount_replaces(40, None)


def _zerodol(as_needed: bool = False) -> RegimenItem:
    return RegimenItem(
        generic="acetaminophen",
        name="Zerodol-SP",
        amount_per_unit=325,
        unit="mg",
        units_per_day=None if as_needed else 2,
        as_needed=as_needed,
        max_per_day=None,
        strength="100/325/15",
        other_ingredients=("aceclofenac 100", "serratiopeptidase 15"),
    )


DOLO = RegimenItem(
    generic="acetaminophen",
    name="Dolo 650",
    amount_per_unit=650,
    unit="mg",
    units_per_day=None,
    as_needed=True,
    max_per_day=None,
)


def test_a_paracetamol_product_added_is_a_duplicate_ingredient_not_the_same_medicine() -> None:
    codes = [w.code for w in check_new_medication([_zerodol()], DOLO)]
    assert "duplicate_ingredient" in codes and "same_drug_twice" not in codes
    off_list = [w.code for w in check_dose_outside_regimen([_zerodol()], DOLO)]
    assert "duplicate_ingredient" in off_list


def test_the_part_not_known_is_said_in_the_regimens_checks() -> None:
    said = [w for w in check_regimen([_zerodol()]) if w.code == "partly_known_medication"]
    assert len(said) == 1
    assert "aceclofenac and serratiopeptidase" in said[0].text
    assert said[0].text.rstrip().endswith("talk to your doctor or pharmacist.")


def _dose(name: str, hours_ago: float, count: float, amount: float, strength: str | None = None):  # type: ignore[no-untyped-def]
    return DoseTaken(
        generic="acetaminophen",
        name=name,
        amount=amount,
        unit="mg",
        count=count,
        at=NOW - timedelta(hours=hours_ago),
        strength=strength,
    )


def test_the_24_hour_total_counts_the_combinations_paracetamol() -> None:
    """Thu 10 Dec: Zerodol-SP twice (2 × 325), Dolo 2 + 1 + 1 + 2 (6 × 650): 4,550 mg."""
    day = [
        _dose("Zerodol-SP", 14, 1, 325, "100/325/15"),
        _dose("Dolo 650", 12.5, 2, 650),
        _dose("Dolo 650", 9, 1, 650),
        _dose("Dolo 650", 6, 1, 650),
        _dose("Zerodol-SP", 2, 1, 325, "100/325/15"),
    ]
    new = _dose("Dolo 650", 0, 2, 650)
    warned = check_as_needed_dose([_zerodol(), DOLO], day, new)
    assert any("4,550 mg" in w.text for w in warned), [w.text for w in warned]
