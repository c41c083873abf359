"""Zerodol-P and Zerodol-SP (aceclofenac 100 mg + paracetamol 325 mg) are checked as both
of their ingredients: beside another NSAID they are two NSAIDs, and their paracetamol
is in the 24-hour total with every other paracetamol (Sandbox, Bengaluru)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.safety import (
    DoseTaken,
    RegimenItem,
    check_as_needed_dose,
    check_dose_outside_regimen,
    check_new_medication,
)

NOW = datetime(2026, 12, 8, 14, 0, tzinfo=UTC)  # 19:30 in Bengaluru


def _item(name: str, generic: str, *, amount: float | None = None, as_needed: bool = False,
          strength: str | None = None) -> RegimenItem:  # fmt: skip
    return RegimenItem(
        generic=generic,
        name=name,
        amount_per_unit=amount,
        unit="mg" if amount is not None else None,
        units_per_day=None if as_needed else 2,
        as_needed=as_needed,
        max_per_day=None,
        strength=strength,
    )


ZERODOL_SP = _item("Zerodol-SP", "aceclofenac/acetaminophen", strength="100/325")
ZERODOL_P = _item("Zerodol-P", "aceclofenac/acetaminophen", as_needed=True, strength="100/325")
DOLO = _item("Dolo 650", "acetaminophen", amount=650, as_needed=True)


@pytest.mark.parametrize(
    ("name", "generic", "amount"),
    [
        ("Ibuprofen", "ibuprofen", 400),
        ("Brufen", "ibuprofen", 400),
        ("Naproxen", "naproxen", 250),
        ("Diclofenac", "diclofenac", 50),
        ("Etodolac", "etodolac", 400),
    ],
)
def test_another_nsaid_beside_zerodol_sp_is_two_nsaids(
    name: str, generic: str, amount: float
) -> None:
    new = _item(name, generic, amount=amount, as_needed=True)
    for warned in (check_new_medication([ZERODOL_SP], new),
                   check_dose_outside_regimen([ZERODOL_SP], new)):  # fmt: skip
        pair = [w for w in warned if w.code == "nsaid_duplicate"]
        assert len(pair) == 1, [w.code for w in warned]
        assert "both NSAIDs" in pair[0].text
        assert pair[0].text.rstrip().endswith("talk to your doctor or pharmacist.")


@pytest.mark.parametrize(
    ("name", "generic", "amount"),
    [("Pregabalin", "pregabalin", 75), ("Pantoprazole", "pantoprazole", 40)],
)
def test_a_medicine_that_is_no_nsaid_is_not_told_of_two_nsaids(
    name: str, generic: str, amount: float
) -> None:
    new = _item(name, generic, amount=amount)
    assert "nsaid_duplicate" not in [w.code for w in check_new_medication([ZERODOL_SP], new)]


def test_plain_aceclofenac_beside_zerodol_sp_is_the_same_ingredient_twice() -> None:
    new = _item("Aceclofenac", "aceclofenac", amount=100)
    assert "duplicate_ingredient" in [w.code for w in check_new_medication([ZERODOL_SP], new)]


def test_dolo_beside_zerodol_p_is_paracetamol_twice() -> None:
    codes = [w.code for w in check_new_medication([ZERODOL_P], DOLO)]
    assert "duplicate_ingredient" in codes and "nsaid_duplicate" not in codes


def _dose(name: str, generic: str, hours_ago: float, count: float,
          amount: float | None = None) -> DoseTaken:  # fmt: skip
    return DoseTaken(
        generic=generic,
        name=name,
        amount=amount,
        unit="mg" if amount is not None else None,
        count=count,
        at=NOW - timedelta(hours=hours_ago),
    )


def test_zerodol_p_doses_count_toward_the_24_hour_paracetamol_total() -> None:
    """Zerodol-P 1 + 1 (650 mg paracetamol), Dolo 650 × 2 + 2 (2,600 mg), then Dolo 650 × 2:
    4,550 mg of paracetamol in 24 hours, past the 4,000 mg labelled maximum."""
    day = [
        _dose("Zerodol-P", "aceclofenac/acetaminophen", 13, 1),
        _dose("Dolo 650", "acetaminophen", 11, 2, 650),
        _dose("Dolo 650", "acetaminophen", 6, 2, 650),
        _dose("Zerodol-P", "aceclofenac/acetaminophen", 1, 1),
    ]
    new = _dose("Dolo 650", "acetaminophen", 0, 2, 650)
    warned = check_as_needed_dose([ZERODOL_P, DOLO], day, new)
    over = [w for w in warned if "4,550 mg of acetaminophen" in w.text]
    assert over, [w.text for w in warned]
    assert "Zerodol-P" in over[0].text and "Dolo 650" in over[0].text


def test_without_the_zerodol_p_the_same_dolo_doses_stay_under_the_maximum() -> None:
    day = [
        _dose("Dolo 650", "acetaminophen", 11, 2, 650),
        _dose("Dolo 650", "acetaminophen", 6, 2, 650),
    ]
    new = _dose("Dolo 650", "acetaminophen", 0, 2, 650)
    warned = check_as_needed_dose([DOLO], day, new)
    assert not any("labelled maximum" in w.text for w in warned), [w.text for w in warned]


def test_a_third_zerodol_p_in_a_day_passes_aceclofenacs_200_mg() -> None:
    day = [
        _dose("Zerodol-P", "aceclofenac/acetaminophen", 12, 1),
        _dose("Zerodol-P", "aceclofenac/acetaminophen", 6, 1),
    ]
    new = _dose("Zerodol-P", "aceclofenac/acetaminophen", 0, 1)
    warned = check_as_needed_dose([ZERODOL_P], day, new)
    over = [w for w in warned if w.code == "over_labelled_max"]
    assert over and "300 mg of aceclofenac" in over[0].text, [w.text for w in warned]
    assert "200 mg a day" in over[0].text
    two = check_as_needed_dose(
        [ZERODOL_P], day[:1], _dose("Zerodol-P", "aceclofenac/acetaminophen", 0, 1)
    )
    assert not any(w.code == "over_labelled_max" for w in two)
