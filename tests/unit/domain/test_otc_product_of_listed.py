"""Another product of a listed medicine, bought over the counter: "2 aleve" beside a
listed Naproxen 500 mg is the same medicine (said once), and its label's tablets a day
count its own tablets, not shares of the listed 500 mg (Sandbox, New York)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.domain.safety import (
    END,
    DoseTaken,
    RegimenItem,
    check_as_needed_dose,
    check_other_product_of_listed,
)

NAPROXEN = RegimenItem("naproxen", "Naproxen", 500, "mg", 2, False, None)
T0 = datetime(2026, 12, 7, 13, 7, tzinfo=UTC)


def _aleve(count: float, at: datetime) -> DoseTaken:
    return DoseTaken("naproxen", "Aleve", 220, "mg", count, at, off_list=True)


def test_aleve_beside_listed_naproxen_is_told_the_same_medicine_with_the_nsaid_label_fact() -> None:
    taken = RegimenItem("naproxen", "Aleve", 220, "mg", None, True, None)
    (warning,) = check_other_product_of_listed(NAPROXEN, taken)
    assert warning.code == "same_drug_twice"
    assert warning.text.startswith("Aleve is naproxen, the same medicine as the Naproxen")
    assert "stomach bleeding" in warning.text and warning.text.endswith(END)
    assert "take less" not in warning.text and "stop" not in warning.text


def test_the_listed_name_itself_or_another_medicine_is_told_nothing() -> None:
    same = RegimenItem("naproxen", "naproxen", 500, "mg", None, True, None)
    advil = RegimenItem("ibuprofen", "Advil", 200, "mg", None, True, None)
    unknown = RegimenItem(None, "Zorblex", None, None, None, True, None)
    assert check_other_product_of_listed(NAPROXEN, same) == []
    assert check_other_product_of_listed(NAPROXEN, advil) == []
    assert check_other_product_of_listed(NAPROXEN, unknown) == []


def test_a_non_nsaid_product_is_told_the_same_medicine_without_the_nsaid_fact() -> None:
    listed = RegimenItem("acetaminophen", "Acetaminophen", 500, "mg", 2, False, None)
    tylenol = RegimenItem("acetaminophen", "Tylenol", 325, "mg", None, True, None)
    (warning,) = check_other_product_of_listed(listed, tylenol)
    assert "Tylenol is acetaminophen" in warning.text and "NSAID" not in warning.text


def test_four_aleve_in_twelve_hours_pass_the_aleve_labels_three_beside_listed_naproxen() -> None:
    first = _aleve(2, T0)
    second = _aleve(2, T0 + timedelta(hours=12))
    codes = [w.code for w in check_as_needed_dose([NAPROXEN], [first], second)]
    assert "over_product_max" in codes
    # three are the label's day: nothing
    assert "over_product_max" not in [
        w.code for w in check_as_needed_dose([NAPROXEN], [first], _aleve(1, second.at))
    ]
