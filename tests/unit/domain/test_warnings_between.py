"""The labels' warnings for two medicines asked about together: the same rules as adding
one beside the other, and nothing for an unknown medicine or the same one twice."""

from __future__ import annotations

from bot.domain.safety import warnings_between
from tests.unit.domain.test_safety import BANNED, assert_well_formed, codes, item


def test_two_nsaids_and_an_nsaid_with_an_ssri() -> None:
    found = warnings_between(item("ibuprofen"), item("naproxen"))
    assert found and all("NSAID" in w.text for w in found)
    assert_well_formed(found)
    bleeding = warnings_between(item("naproxen"), item("sertraline"))
    assert bleeding and "bleeding" in bleeding[0].text


def test_hidden_acetaminophen_is_named() -> None:
    found = warnings_between(item("Norco", generic="hydrocodone/acetaminophen"), item("tylenol"))
    assert "duplicate_ingredient" in codes(found)


def test_no_warning_for_the_unknown_and_one_medicine_under_two_names_is_said() -> None:
    assert warnings_between(item("zorbatin"), item("naproxen")) == []
    same = warnings_between(item("aleve", generic="naproxen"), item("naproxen"))
    assert codes(same) == {"same_drug_twice"}
    assert "same medicine" in same[0].text
    assert_well_formed(same)


def test_the_words_are_facts_not_advice() -> None:
    for a, b in (("tramadol", "sertraline"), ("oxycodone", "gabapentin")):
        for w in warnings_between(item(a), item(b)):
            assert not BANNED.search(w.text), w.text
