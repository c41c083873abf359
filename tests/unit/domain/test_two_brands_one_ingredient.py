"""Two list entries of one ingredient (Sandbox, Pune: Dolo 650 and Crocin 500, both
paracetamol): a dose is counted as the brand the person named — its strength, its own
maximum and gap — never as the first entry of that ingredient; and a gap quoted from one
maker's labels (Tylenol's strengths) is never said as another brand's label."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.domain.dose_amounts import DoseTaken, RegimenItem, dose_ingredients, matching_item
from bot.domain.regimen import product_names_it
from bot.domain.safety import check_as_needed_dose
from bot.knowledge import get_drug
from bot.knowledge.local_names import say_locally

AT = dt.datetime(2026, 12, 7, 8, 30, tzinfo=dt.UTC)
DOLO = RegimenItem("acetaminophen", "Dolo", 650.0, "mg", None, True, 4, min_gap_hours=6)
CROCIN = RegimenItem("acetaminophen", "Crocin", 500.0, "mg", None, True, 6)
LIST = [DOLO, CROCIN]  # Dolo listed first


def taken(name: str, at: dt.datetime, count: float | None = None) -> DoseTaken:
    return DoseTaken("acetaminophen", name, None, None, count, at)


@pytest.mark.parametrize(
    ("said", "listed", "names"),
    [
        ("crocin", "Crocin", True),
        ("dolo", "Dolo 650", True),
        ("dolo 650", "Dolo", True),
        ("crocin", "Dolo", False),
        ("paracetamol", "Crocin", False),
        (None, "Crocin", False),
    ],
)
def test_the_brand_written_names_its_list_entry(said: str | None, listed: str, names: bool) -> None:
    assert product_names_it(said, listed) is names


def test_the_entry_of_the_name_logged_not_the_first_of_the_ingredient() -> None:
    drug = get_drug("acetaminophen")
    assert drug is not None
    assert matching_item(LIST, drug, "Crocin") is CROCIN
    assert matching_item(LIST, drug, "Dolo") is DOLO
    assert matching_item(LIST, drug) is DOLO  # no name: the first, as before
    # 2 Crocin with no strength said are 1,000 mg, not 2 × Dolo's 650
    assert dose_ingredients(taken("Crocin", AT, 2), LIST) == {"acetaminophen": 1000.0}


def test_a_crocin_is_not_counted_against_dolos_own_maximum_or_gap() -> None:
    earlier = [taken("Dolo", AT - dt.timedelta(hours=h)) for h in (1, 2, 3, 4)]
    codes = [w.code for w in check_as_needed_dose(LIST, earlier, taken("Crocin", AT))]
    assert "over_own_max" not in codes  # four Dolo and one Crocin: not "5 × Dolo"
    assert "sooner_than_planned" not in codes  # Dolo's "every 6 hours" is not Crocin's
    texts = [w.text for w in check_as_needed_dose(LIST, earlier[:1], taken("Dolo", AT))]
    assert any("Your plan says at least 6 hours" in t for t in texts)


def test_the_gap_of_an_indian_brand_is_the_ingredients_fact_not_tylenols_label() -> None:
    earlier = [taken("Dolo", AT - dt.timedelta(hours=2))]
    (text,) = [
        w.text
        for w in check_as_needed_dose(LIST, earlier, taken("Crocin", AT))
        if w.code == "min_interval"
    ]
    said = say_locally(text, "Asia/Kolkata")
    assert "Its label says" not in said and "Regular Strength" not in said
    assert "US paracetamol labels give at least 4 hours between doses" in said
    # the last dose was a Dolo: so named, never "your last Crocin"
    assert said.startswith("Your last Dolo (paracetamol) was logged about 2 hours")
    assert said.endswith("talk to your doctor or pharmacist.")


def test_tylenols_own_label_is_still_quoted_as_its_label() -> None:
    regimen = [RegimenItem("acetaminophen", "Tylenol", 325.0, "mg", None, True, None)]
    earlier = [taken("Tylenol", AT - dt.timedelta(hours=2))]
    texts = [
        w.text
        for w in check_as_needed_dose(regimen, earlier, taken("Tylenol", AT))
        if w.code == "min_interval"
    ]
    assert texts and "Its label says" in texts[0]
