"""Brands people type outside the US: each is read as the right knowledge row, and the
amount of every ingredient in one tablet reaches that ingredient's own daily total, so the
acetaminophen hidden in co-dydramol or Panadol Extra and the codeine in Nurofen Plus or
Solpadeine Max are counted with the person's other medicines."""

from __future__ import annotations

import pytest

from bot.domain.safety import (
    check_as_needed_dose,
    check_new_medication,
    daily_mme,
    ingredient_amounts,
)
from bot.knowledge import get_drug, resolve_name
from tests.unit.domain.test_safety import assert_well_formed, codes, dose, item


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("Nurofen Plus", "ibuprofen/codeine"),
        ("co-dydramol", "dihydrocodeine/acetaminophen"),
        ("codydramol", "dihydrocodeine/acetaminophen"),
        ("co dydramol", "dihydrocodeine/acetaminophen"),
        ("Panadol Extra", "acetaminophen/caffeine"),
        ("Panadol Extra Advance", "acetaminophen/caffeine"),
        ("Solpadeine Max", "acetaminophen/codeine"),
        ("Zaldiar", "tramadol/acetaminophen"),
        ("Cetadol", "tramadol/acetaminophen"),
        ("Alaxan", "acetaminophen/ibuprofen"),
        ("Alaxan FR", "acetaminophen/ibuprofen"),
        ("Robaxacet", "methocarbamol/acetaminophen"),
        ("Mersyndol", "acetaminophen/codeine/doxylamine"),
        ("Mersyndol Forte", "acetaminophen/codeine/doxylamine"),
        ("Nolotil", "metamizole"),
        ("dipyrone", "metamizole"),
        ("dihydrocodeine", "dihydrocodeine"),
        ("Unisom SleepTabs", "doxylamine"),
        ("Tempra", "acetaminophen"),
        ("paracetamol-ratiopharm", "acetaminophen"),
        ("Medicol Advance", "ibuprofen"),
        ("Diclac", "diclofenac"),
        ("Feminax Ultra", "naproxen"),
    ],
)
def test_a_brand_from_abroad_is_read_as_its_own_row(name: str, generic: str) -> None:
    match = resolve_name(name)
    assert match is not None, name
    assert match.generic == generic
    assert match.exact


@pytest.mark.parametrize(
    "word",
    # Ordinary words a letter or two from a new brand stay words.
    ["medical", "medicine", "temper", "temprature", "tempo", "panda", "plus", "extra"],
)
def test_everyday_words_near_a_new_brand_are_not_medicines(word: str) -> None:
    assert resolve_name(word) is None


def test_brands_whose_label_was_not_read_stay_unknown() -> None:
    # Combiflam, Dolex, Pregabid, Dolfenal: no label giving their contents was read, so
    # none of them is guessed into a row. (Zerodol's was: tests/unit/knowledge/test_aceclofenac.py)
    for name in ("combiflam", "dolex", "pregabid", "dolfenal", "feminax", "medicol"):
        assert resolve_name(name) is None, name


@pytest.mark.parametrize(
    ("name", "strength", "amounts"),
    [
        ("Nurofen Plus", None, {"ibuprofen": 200, "codeine": 12.8}),
        ("Panadol Extra", None, {"acetaminophen": 500, "caffeine": 65}),
        ("Solpadeine Max", None, {"acetaminophen": 500, "codeine": 12.8}),
        ("co-dydramol", "10/500", {"dihydrocodeine": 10, "acetaminophen": 500}),
        ("co-dydramol", "20/500", {"dihydrocodeine": 20, "acetaminophen": 500}),
        # Strength not said: every co-dydramol holds 500 mg paracetamol, so that still counts.
        ("co-dydramol", None, {"acetaminophen": 500}),
        ("Mersyndol", None, {"acetaminophen": 450, "codeine": 9.75, "doxylamine": 5}),
        ("Mersyndol Forte", None, {"acetaminophen": 450, "codeine": 30, "doxylamine": 5}),
        ("Alaxan FR", None, {"acetaminophen": 325, "ibuprofen": 200}),
        ("Zaldiar", None, {"tramadol": 37.5, "acetaminophen": 325}),
        ("Cetadol", None, {"tramadol": 37.5, "acetaminophen": 325}),
        # Robaxacet's caplet amounts were not read: nothing is invented for it.
        ("Robaxacet", None, {}),
    ],
)
def test_one_tablet_holds_what_its_label_says(
    name: str, strength: str | None, amounts: dict[str, float]
) -> None:
    match = resolve_name(name)
    assert match is not None
    assert ingredient_amounts(match.drug, None, None, strength, name) == pytest.approx(amounts)


def test_a_named_strength_stays_with_its_own_name() -> None:
    codeine_combo = get_drug("acetaminophen/codeine")
    assert codeine_combo is not None
    assert [s.label for s in codeine_combo.strengths_for("Solpadeine Max")] == ["500/12.8"]
    assert "500/12.8" not in [s.label for s in codeine_combo.strengths_for("co-codamol")]
    assert "500/12.8" not in [s.label for s in codeine_combo.strengths_for("Tylenol #3")]
    dual = get_drug("acetaminophen/ibuprofen")
    assert dual is not None
    assert [s.label for s in dual.strengths_for("Advil Dual Action")] == ["250/125"]
    assert [s.label for s in dual.strengths_for("Alaxan FR")] == ["325/200"]


def test_co_dydramol_acetaminophen_counts_with_tylenol() -> None:
    """6 co-dydramol (3,000 mg paracetamol) and 3 Tylenol 500 mg: 4,500 mg in a day."""
    earlier = [
        *(dose("co-dydramol", 20 - 3 * i, count=1) for i in range(6)),
        *(dose("Tylenol", 4 - i, amount=500, unit="mg", count=1) for i in range(2)),
    ]
    warnings = check_as_needed_dose([], earlier, dose("Tylenol", 0, amount=500, unit="mg", count=1))
    assert_well_formed(warnings)
    (w,) = [w for w in warnings if w.code == "overdose"]
    assert "4,500 mg of acetaminophen" in w.text
    assert "Co-dydramol" in w.text and "Tylenol" in w.text


def test_panadol_extra_acetaminophen_counts_with_tylenol() -> None:
    """8 Panadol Extra hold the whole 4,000 mg: one more Tylenol passes the label."""
    earlier = [dose("Panadol Extra", 22 - 2.5 * i, count=1) for i in range(8)]
    warnings = check_as_needed_dose([], earlier, dose("Tylenol", 0, amount=500, unit="mg", count=1))
    assert_well_formed(warnings)
    (w,) = [w for w in warnings if w.code == "overdose"]
    assert "4,500 mg of acetaminophen" in w.text and "Panadol Extra" in w.text


def test_cetadol_paracetamol_counts_with_biogesic_and_its_tablets_with_its_label() -> None:
    """Sandbox, Manila: 7 Cetadol (2,275 mg paracetamol) and 4 Biogesic 500 mg: 4,275 mg,
    past the labelled 4,000; a ninth Cetadol is past the 8 tablets a day of its own
    prescribing information (MIMS Philippines) and Ultracet's label alike."""
    earlier = [
        *(dose("Cetadol", 22 - 3 * i, count=1) for i in range(7)),
        *(dose("Biogesic", 2 - 0.5 * i, amount=500, unit="mg", count=1) for i in range(3)),
    ]
    warnings = check_as_needed_dose(
        [], earlier, dose("Biogesic", 0, amount=500, unit="mg", count=1)
    )
    assert_well_formed(warnings)
    (w,) = [w for w in warnings if w.code == "overdose"]
    assert "4,275 mg of acetaminophen" in w.text
    assert "Cetadol" in w.text and "Biogesic" in w.text
    eight = [dose("Cetadol", 22 - 2.5 * i, count=1) for i in range(8)]
    warnings = check_as_needed_dose([], eight, dose("Cetadol", 0, count=1))
    (w,) = [w for w in warnings if w.code == "over_product_max"]
    assert "9 tablets" in w.text and "8 tablets" in w.text


def test_panadol_extra_has_its_own_tablet_limit() -> None:
    earlier = [dose("Panadol Extra", 22 - 2.5 * i, count=1) for i in range(8)]
    warnings = check_as_needed_dose([], earlier, dose("Panadol Extra", 0, count=1))
    (w,) = [w for w in warnings if w.code == "over_product_max"]
    assert "9 tablets" in w.text and "8 tablets" in w.text


def test_solpadeine_max_codeine_counts_with_tylenol_4() -> None:
    """5 Tylenol #4 (300 mg codeine) and 5 Solpadeine Max (64 mg): 364 mg, over 360."""
    earlier = [
        *(dose("Tylenol #4", 22 - 4 * i, count=1) for i in range(5)),
        *(dose("Solpadeine Max", 21 - 4 * i, count=1) for i in range(4)),
    ]
    warnings = check_as_needed_dose([], earlier, dose("Solpadeine Max", 0, count=1))
    assert_well_formed(warnings)
    (w,) = [w for w in warnings if w.code == "over_labelled_max"]
    assert "364 mg of codeine" in w.text and "360 mg" in w.text
    assert "Solpadeine Max" in w.text


def test_nurofen_plus_codeine_is_counted_as_an_opioid() -> None:
    result = daily_mme([item("Nurofen Plus", None, 6, unit=None)])
    (line,) = result.per_drug
    assert line.generic == "codeine"
    assert line.mg_per_day == pytest.approx(6 * 12.8)
    assert result.total == pytest.approx(11.5)


def test_nurofen_plus_ibuprofen_meets_the_ibuprofen_on_the_list() -> None:
    warnings = check_new_medication(
        [item("Advil", 200, 3)], item("Nurofen Plus", None, 6, unit=None)
    )
    assert_well_formed(warnings)
    assert "duplicate_ingredient" in codes(warnings)
    assert "course_limit" in codes(warnings)  # the label's 3 days, quoted


def test_nurofen_plus_has_its_own_tablet_limit() -> None:
    earlier = [dose("Nurofen Plus", 22 - 3 * i, count=1) for i in range(6)]
    warnings = check_as_needed_dose([], earlier, dose("Nurofen Plus", 0, count=1))
    (w,) = [w for w in warnings if w.code == "over_product_max"]
    assert "7 tablets" in w.text and "6 tablets" in w.text


def test_dihydrocodeine_has_no_cdc_factor_and_says_so() -> None:
    result = daily_mme([item("co-dydramol", None, 8, unit=None, strength="20/500")])
    (line,) = result.per_drug
    assert line.generic == "dihydrocodeine" and line.mme is None and line.note == "not counted"
    assert any(note.startswith("Dihydrocodeine is not counted") for note in result.notes)


def test_alaxan_does_not_borrow_advil_dual_actions_tablet_limit() -> None:
    alaxan = [dose("Alaxan FR", 22 - 3 * i, count=1) for i in range(7)]
    assert "over_product_max" not in codes(check_as_needed_dose([], alaxan[:-1], alaxan[-1]))
    dual = [dose("Advil Dual Action", 22 - 3 * i, count=1) for i in range(7)]
    assert "over_product_max" in codes(check_as_needed_dose([], dual[:-1], dual[-1]))


def test_metamizole_is_a_pain_reliever_not_an_nsaid() -> None:
    drug = get_drug("metamizole")
    assert drug is not None and drug.classes == ("analgesic",)
    assert drug.max_daily is not None and drug.max_daily.absolute == 3450
    warnings = check_new_medication([item("Advil", 200, 3)], item("Nolotil", 575, 3))
    assert "nsaid_duplicate" not in codes(warnings)


def test_new_opioid_and_acetaminophen_rows_keep_the_file_rules() -> None:
    dhc = get_drug("dihydrocodeine")
    assert dhc is not None and dhc.mme is not None and dhc.mme.factor is None
    assert dhc.max_daily is not None and dhc.max_daily.absolute == 180
    for generic in ("ibuprofen/codeine", "dihydrocodeine/acetaminophen", "acetaminophen/caffeine"):
        drug = get_drug(generic)
        assert drug is not None and drug.is_combination
        assert drug.max_daily is None and drug.mme is None  # counted in their ingredients' rows
        assert drug.product_max is not None
