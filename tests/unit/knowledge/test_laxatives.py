"""The laxatives people on opioids very often take are known by their names, brands and
the ways people misspell them (Sandbox, Dublin: "I don't know “Lactulose” yet"), with the
strengths their labels give and no interaction the labels do not name."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.domain.dose_amounts import DoseTaken, ingredients_in_dose
from bot.knowledge import get_drug, knowledge, resolve_name, side_effects_for


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("lactulose", "lactulose"),
        ("Lactulose", "lactulose"),
        ("lactalose", "lactulose"),
        ("lactulos", "lactulose"),
        ("Duphalac", "lactulose"),
        ("Lactugal", "lactulose"),
        ("Kristalose", "lactulose"),
        ("senna", "senna"),
        ("sennosides", "senna"),
        ("Senokot", "senna"),
        ("senakot", "senna"),
        ("Ex-Lax", "senna"),
        ("docusate sodium", "docusate"),
        ("Colace", "docusate"),
        ("Dulcoease", "docusate"),
        ("bisacodyl", "bisacodyl"),
        ("dulcolax", "bisacodyl"),
        ("miralax", "polyethylene glycol"),
        ("MiraLAX", "polyethylene glycol"),
        ("movicol", "polyethylene glycol"),
        ("laxido", "polyethylene glycol"),
        ("CosmoCol", "polyethylene glycol"),
        ("macrogol", "polyethylene glycol"),
        ("polyethylene glycol 3350", "polyethylene glycol"),
        ("Senokot-S", "senna/docusate"),
        ("Peri-Colace", "senna/docusate"),
        ("senna/docusate", "senna/docusate"),
    ],
)
def test_a_laxative_resolves_by_its_name_brand_or_misspelling(name: str, generic: str) -> None:
    match = resolve_name(name)
    assert match is not None, name
    assert match.generic == generic


@pytest.mark.parametrize("text", ["laxative", "laxatives", "peg", "stool", "softener"])
def test_the_words_for_a_laxative_or_the_peg_scale_are_no_medicine(text: str) -> None:
    assert resolve_name(text) is None


def test_the_labelled_strengths() -> None:
    def labels(generic: str, name: str | None = None) -> list[str]:
        drug = get_drug(generic)
        assert drug is not None
        return [s.label for s in drug.strengths_for(name)]

    assert labels("senna", "Senokot") == ["8.6"]
    assert labels("senna", "Ex-Lax") == ["15"]
    assert labels("docusate") == ["100"]
    assert labels("bisacodyl") == ["5"]
    assert labels("senna/docusate", "Senokot-S") == ["8.6/50"]
    # a solution and a powder: their grams are said in the notes, never read as tablets
    assert labels("lactulose") == [] and labels("polyethylene glycol") == []


def test_two_senokot_s_tablets_count_their_senna_and_their_docusate() -> None:
    drug = get_drug("senna/docusate")
    assert drug is not None
    at = dt.datetime(2026, 12, 8, 22, tzinfo=dt.UTC)
    dose = DoseTaken("senna/docusate", "Senokot-S", None, None, 2, at)
    assert ingredients_in_dose(dose, drug, None) == {"senna": 17.2, "docusate": 100}


def test_the_label_maxima_are_those_the_labels_state() -> None:
    senna, combo, docusate = (get_drug(g) for g in ("senna", "senna/docusate", "docusate"))
    assert senna is not None and senna.product_max is not None
    assert senna.product_max.for_strength("8.6") == 8  # "4 tablets twice a day"
    assert senna.product_max.for_strength("15") is None  # Ex-Lax: no maximum read
    assert combo is not None and combo.product_max is not None
    assert combo.product_max.per_day == 8
    assert docusate is not None and docusate.max_daily is not None
    assert docusate.max_daily.absolute == 500  # Dulcoease SmPC
    for generic in ("lactulose", "bisacodyl", "polyethylene glycol"):
        drug = get_drug(generic)
        assert drug is not None and drug.max_daily is None and drug.product_max is None


def test_laxatives_are_in_no_interaction_rule_and_no_pregnancy_fact() -> None:
    data = knowledge()
    assert "laxative" in data.classes
    for rule in data.combinations:
        assert "laxative" not in (*rule.a.classes, *rule.b.classes), rule.code
    for fact in data.pregnancy:
        assert "laxative" not in fact.classes, fact.code
    laxatives = [d for d in data.drugs if "laxative" in d.classes]
    assert {d.generic for d in laxatives} == {
        "lactulose",
        "senna",
        "docusate",
        "bisacodyl",
        "polyethylene glycol",
        "senna/docusate",
    }
    assert all(d.notes and d.notes.startswith("A laxative:") for d in laxatives)


def test_the_check_in_asks_of_a_laxative_what_its_labels_name() -> None:
    assert side_effects_for(["lactulose"]) == ["diarrhea", "stomach_pain", "nausea"]
    with_tramadol = side_effects_for(["tramadol", "lactulose"])
    assert {"constipation", "diarrhea"} <= set(with_tramadol)
