"""A dose said by a listed medicine's plain name or a brand of its generic, with no count
or amount ("took advil" of a listed ibuprofen 400 mg), is the listed dose; a count of the
brand ("took 2 advil") is tablets of the brand's labelled strength; a name that says a
strength ("extra strength tylenol") is that strength (Sandbox, Toronto: "took advil" was
logged as 200 mg beside her 400 mg, halving every ibuprofen total)."""

from __future__ import annotations

import pytest

from bot.domain.dose_amounts import plainly_named, saved_as
from bot.parsing import DoseIntent
from bot.services.doses import part_of_the_dose
from bot.storage.models import Medication


def _med(name: str, generic: str, amount: float, unit: str | None = "mg") -> Medication:
    return Medication(
        name=name, generic=generic, amount=amount, unit=unit, times="08:00", as_needed=False
    )


@pytest.mark.parametrize(
    ("product", "generic", "listed", "plain"),
    [
        ("advil", "ibuprofen", "ibuprofen", True),  # a brand of the listed generic
        ("Motrin", "ibuprofen", "ibuprofen", True),
        ("advil", "ibuprofen", "advil", True),  # the saved name itself
        ("aleve", "naproxen", "naproxen", True),
        ("extra strength tylenol", "acetaminophen", "tylenol", False),  # says a strength
        ("naproxen sodium 220", "naproxen", "naproxen", False),
        ("anaprox ds", "naproxen", "naproxen", False),
        (None, "ibuprofen", "ibuprofen", False),
    ],
)
def test_a_plain_name_of_the_listed_medicine(
    product: str | None, generic: str, listed: str, plain: bool
) -> None:
    assert plainly_named(product, generic, listed) is plain


def test_saved_as_is_the_listed_name_only() -> None:
    assert saved_as("Advil", "advil")
    assert not saved_as("advil", "ibuprofen")
    assert not saved_as(None, "advil")


@pytest.mark.parametrize(
    ("count", "product", "part"),
    [
        (None, "advil", None),  # "took advil": the whole listed 400 mg dose
        (1.0, "advil", 0.5),  # "took an advil": one 200 mg tablet, half of it
        (2.0, "advil", None),  # "took 2 advil": 400 mg, the whole dose
        (None, None, None),  # "took my ibuprofen"
    ],
)
def test_a_scheduled_ibuprofen_400_answered_by_advil(
    count: float | None, product: str | None, part: float | None
) -> None:
    intent = DoseIntent(status="taken", medication="ibuprofen", count=count, product=product)
    assert part_of_the_dose(intent, _med("ibuprofen", "ibuprofen", 400.0)) == part


def test_extra_strength_tylenol_keeps_its_strength_beside_a_listed_325() -> None:
    intent = DoseIntent(
        status="taken", medication="acetaminophen", product="extra strength tylenol"
    )
    # 500 mg is more than the listed 325 mg: the whole dose (and more), not a part of it
    med = _med("tylenol", "acetaminophen", 325.0)
    med.units_per_dose = 2.0
    assert part_of_the_dose(intent, med) == pytest.approx(500 / 325)


def test_another_brand_of_one_ingredient_is_a_product_of_its_own() -> None:
    from bot.domain.dose_amounts import another_brand

    assert another_brand("acetaminophen", "crocin", "Dolo 650")
    assert another_brand("acetaminophen", "panadol", "Tylenol")
    # the same brand, longer or shorter; the ingredient's own name; a listed generic
    assert not another_brand("acetaminophen", "tylenol extra strength", "Tylenol")
    assert not another_brand("acetaminophen", "dolo", "Dolo 650")
    assert not another_brand("acetaminophen", "paracetamol", "Dolo 650")
    assert not another_brand("acetaminophen", "crocin", "paracetamol")
    assert not another_brand("ibuprofen", "advil", "ibuprofen")
    assert another_brand("ibuprofen", "advil", "Brufen")


def test_one_brand_written_two_ways_is_not_another_brand() -> None:
    from bot.domain.dose_amounts import another_brand

    # "zerodol p" of a listed "Zerodol-P" (Bengaluru): one product, hyphen or not
    assert not another_brand("aceclofenac/paracetamol", "zerodol p", "Zerodol-P")
    assert not another_brand("aceclofenac/paracetamol", "Zerodol-P", "zerodol p")
    # a brand named after the ingredient ("paracetamol-ratiopharm") is no other brand
    assert not another_brand("acetaminophen", "crocin", "paracetamol 500")
