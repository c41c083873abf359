"""One product holding an opioid and another medicine that slows the brain (Sandbox,
Johannesburg: Synap Forte, read as acetaminophen/codeine/doxylamine once its ingredients
were told): the pair rule's own fact, worded for the one product, under the pair's
source — where two medicines on the list got it and the one product got nothing."""

from __future__ import annotations

from bot.domain.safety import (
    END,
    RegimenItem,
    Severity,
    check_dose_outside_regimen,
    check_new_medication,
    check_regimen,
)
from bot.knowledge import combination_rules

COMBO = "acetaminophen/codeine/doxylamine"
RULE = "opioid_sedating_antihistamine"


def _item(name: str, generic: str | None = None, amount: float | None = None) -> RegimenItem:
    return RegimenItem(generic, name, amount, "mg", None, True, 8)


def _rule_fact() -> str:
    return next(r.report for r in combination_rules() if r.code == RULE)


def test_one_product_holding_codeine_and_doxylamine_gets_the_pairs_fact_once() -> None:
    found = [w for w in check_new_medication([], _item("Synap forte", COMBO)) if w.code == RULE]
    assert len(found) == 1
    (w,) = found
    assert w.text.startswith("Synap forte holds codeine and doxylamine, which both slow the brain")
    assert "severe drowsiness, breathing problems, coma and death" in w.text
    assert w.text.endswith(END)
    assert w.severity is Severity.CAUTION
    # the same label source as the pair warning, for the report's first page
    assert w.fact == _rule_fact() and "(opioid label)" in w.fact
    assert w.medications == (COMBO,)


def test_a_brand_the_file_knows_is_named_as_written() -> None:
    (w,) = [w for w in check_new_medication([], _item("mersyndol forte")) if w.code == RULE]
    assert w.text.startswith("Mersyndol Forte holds codeine and doxylamine")


def test_the_same_two_as_separate_medicines_keep_the_pair_wording() -> None:
    codeine = _item("Tylenol with Codeine", "acetaminophen/codeine")
    found = check_new_medication([codeine], _item("Doxylamine", "doxylamine", 25))
    (w,) = [w for w in found if w.code == RULE]
    assert " is an opioid and doxylamine contains an antihistamine" in w.text
    assert " holds " not in w.text


def test_the_product_beside_another_opioid_gets_both_facts_each_once() -> None:
    tramadol = RegimenItem("tramadol", "Tramadol", 50, "mg", 2.0, False, None)
    found = [w for w in check_new_medication([tramadol], _item("Mersyndol")) if w.code == RULE]
    assert sorted(w.medications for w in found) == [(COMBO,), ("tramadol", COMBO)]


def test_the_regimen_check_says_it_once_for_the_summary_and_report() -> None:
    found = [w for w in check_regimen([_item("Synap forte", COMBO)]) if w.code == RULE]
    assert len(found) == 1 and found[0].text.startswith("Synap forte holds codeine")


def test_a_product_with_one_such_ingredient_gets_nothing() -> None:
    for name, generic in (("Tylenol PM", None), ("Tylenol with Codeine", "acetaminophen/codeine")):
        assert not [w for w in check_new_medication([], _item(name, generic)) if w.code == RULE]


def test_not_repeated_at_each_dose_of_it_off_the_list() -> None:
    # told when added, as the pair is; a dose of it taken off the list says only pairs
    assert check_dose_outside_regimen([], _item("Synap forte", COMBO)) == []
