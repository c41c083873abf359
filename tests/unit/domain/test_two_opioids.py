"""Two different opioids on one list are told at once, with the opioid Medication Guide's
words (Sandbox, Sydney: Endone added beside Panadeine Forte's codeine said nothing of it);
two products of one opioid keep their shared-ingredient warning instead."""

from __future__ import annotations

from bot.domain.safety import RegimenItem, check_new_medication


def _item(generic: str, name: str, *, as_needed: bool = False) -> RegimenItem:
    return RegimenItem(generic, name, None, None, None, as_needed, None)


def test_an_opioid_added_beside_another_is_told() -> None:
    listed = [_item("acetaminophen/codeine", "Panadeine Forte")]
    said = check_new_medication(listed, _item("oxycodone", "Endone", as_needed=True))
    two = [w for w in said if w.code == "two_opioids"]
    assert len(two) == 1
    assert "both opioids" in two[0].text
    assert "breathing problems" in two[0].text
    assert two[0].text.endswith("talk to your doctor or pharmacist.")


def test_two_products_of_one_opioid_are_told_their_shared_ingredient_only() -> None:
    listed = [_item("oxycodone/acetaminophen", "Percocet")]
    codes = {w.code for w in check_new_medication(listed, _item("oxycodone", "OxyContin"))}
    assert "duplicate_ingredient" in codes
    assert "two_opioids" not in codes


def test_an_opioid_beside_a_non_opioid_is_not_two_opioids() -> None:
    listed = [_item("ibuprofen", "Advil")]
    codes = {w.code for w in check_new_medication(listed, _item("tramadol", "Ultram"))}
    assert "two_opioids" not in codes
