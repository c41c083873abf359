"""Etoricoxib (Arcoxia), the COX-2 inhibitor people with back pain take outside the US, is
in the knowledge file: `/add arcoxia` ran no safety check, so Arcoxia with naproxen was
told nothing of two NSAIDs. An NSAID with the strengths of its UK leaflet and the highest
daily dose its label gives (for acute gout only; said in the note)."""

from __future__ import annotations

import pytest

from bot.domain.safety import RegimenItem, check_as_needed_dose, check_new_medication
from bot.knowledge import get_drug, resolve_name
from tests.unit.domain.test_safety import assert_well_formed, codes, dose, item


@pytest.mark.parametrize(
    "name",
    [
        "etoricoxib",
        "Etoricoxib 90 mg",
        "Arcoxia",
        "arcoxia 60",
        "Etoriax",
        "Acoxxel",
        "etorocoxib",
        "arcoxcia",
    ],
)
def test_etoricoxib_resolves_by_its_name_brand_or_misspelling(name: str) -> None:
    match = resolve_name(name)
    assert match is not None and match.exact, name
    assert match.generic == "etoricoxib"


@pytest.mark.parametrize("word", ["arcade", "toxic", "etcetera", "coxib", "celecoxib", "etodolac"])
def test_words_near_the_new_names_are_not_etoricoxib(word: str) -> None:
    match = resolve_name(word)
    assert match is None or match.generic != "etoricoxib"


def test_etoricoxib_is_an_nsaid_with_its_labelled_strengths_and_highest_dose() -> None:
    drug = get_drug("etoricoxib")
    assert drug is not None
    assert drug.classes == ("nsaid",)
    assert [s.amounts["etoricoxib"] for s in drug.strengths] == [30, 60, 90, 120]
    assert drug.max_daily is not None and drug.max_daily.rx == 120 and drug.max_daily.otc is None
    # the 120 mg is the gout dose: the note says so, with the lower maxima by condition
    assert "gout" in (drug.max_daily.note or "") and "90 mg" in (drug.max_daily.note or "")
    assert "SmPC" in drug.max_daily.source and "emc" in drug.source


@pytest.mark.parametrize(
    ("other", "rule"),
    [
        (item("naproxen 500mg", 500, 2), "nsaid_duplicate"),
        (item("ibuprofen 400mg", 400, 3), "nsaid_duplicate"),
        (item("warfarin 5mg", 5, 1), "nsaid_anticoagulant"),
        (item("prednisone 20mg", 20, 1), "nsaid_corticosteroid"),
    ],
)
def test_arcoxia_gets_the_nsaid_combination_checks(other: RegimenItem, rule: str) -> None:
    arcoxia = item("Arcoxia 60mg", 60, 1)
    for first, second in ((arcoxia, other), (other, arcoxia)):
        warnings = check_new_medication([first], second)
        assert_well_formed(warnings)
        assert rule in codes(warnings), [w.text for w in warnings]


def test_a_day_past_the_labels_highest_dose_is_said() -> None:
    history = [dose("Arcoxia 120mg", 10, count=1, amount=120, unit="mg")]
    warnings = check_as_needed_dose(
        [], history, dose("Arcoxia 60mg", 0, count=1, amount=60, unit="mg")
    )
    text = " ".join(w.text for w in warnings if w.code == "over_labelled_max")
    assert "180 mg of etoricoxib" in text and "120 mg" in text, [w.text for w in warnings]
    quiet = check_as_needed_dose([], [], dose("Arcoxia 120mg", 0, count=1, amount=120, unit="mg"))
    assert "over_labelled_max" not in codes(quiet)
