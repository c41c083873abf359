"""Two products of one medicine in a list cut into clauses by its commas, "plus", "then"
(Sandbox, Pune): "took crocin, dolo and advil" and "a crocin plus a dolo" kept one
paracetamol dose. Each product named is its own dose, with its own count and time; the
same product said again, the ingredient's name restating it, a correction or a doubt
stay one dose."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.findings import DoseEvent
from bot.parsing.intents import DoseIntent
from bot.parsing.parser import parse
from bot.parsing.products_listed import another_product

PUNE = ZoneInfo("Asia/Kolkata")
NOW = datetime(2026, 12, 7, 16, 0, tzinfo=PUNE)
MEDS = ["acetaminophen", "ibuprofen", "tramadol"]


def _doses(text: str) -> list[tuple[str | None, str | None, float | None, str | None]]:
    return [
        (i.medication, (i.product or "").lower() or None, i.count, i.at and i.at[11:16])
        for i in parse(text, MEDS, NOW, PUNE)
        if isinstance(i, DoseIntent)
    ]


@pytest.mark.parametrize(
    ("text", "products"),
    [
        ("took crocin, dolo and advil", ["crocin", "dolo", "advil"]),
        ("took crocin, dolo, advil", ["crocin", "dolo", "advil"]),
        ("a crocin plus a dolo", ["crocin", "dolo"]),
        ("had crocin & dolo", ["crocin", "dolo"]),
        ("crocin + dolo 650 at 2pm", ["crocin", "dolo"]),
        ("took crocin then dolo", ["crocin", "dolo"]),
        ("took crocin also dolo", ["crocin", "dolo"]),
        ("took advil with motrin", ["advil", "motrin"]),
        ("took tylenol, panadol", ["tylenol", "panadol"]),
        ("took crocin. dolo too", ["crocin", "dolo"]),
        ("had my panadol, a tylenol and a tramadol", ["panadol", "tylenol", None]),
    ],
)
def test_each_product_named_is_a_dose(text: str, products: list[str | None]) -> None:
    assert [p for _, p, _, _ in _doses(text)] == products


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("took 1 crocin, 1 dolo", [1.0, 1.0]),
        ("took 2 crocin, a dolo", [2.0, 1.0]),
        ("took crocin, 2 dolo and advil", [None, 2.0, None]),
    ],
)
def test_each_keeps_its_own_count(text: str, counts: list[float | None]) -> None:
    assert [c for _, _, c, _ in _doses(text)] == counts


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("took crocin at 8, dolo at 2", ["08:00", "14:00"]),
        ("took crocin, then dolo at 6", [None, "06:00"]),
        ("crocin + dolo 650 at 2pm", ["14:00", "14:00"]),
    ],
)
def test_each_keeps_its_own_time(text: str, times: list[str | None]) -> None:
    assert [t for _, _, _, t in _doses(text)] == times


@pytest.mark.parametrize(
    ("text", "product"),
    [
        # a correction: the one meant, never both
        ("took crocin, I mean dolo", "dolo"),
        ("took crocin, sorry dolo", "dolo"),
        ("took crocin, actually dolo", "dolo"),
        # the same product said again, or restated by its ingredient or a longer name
        ("took advil, advil again at 6", "advil"),
        ("took my tylenol, the acetaminophen", "tylenol"),
        ("took crocin, the paracetamol", "crocin"),
        ("took panadol, paracetamol", "panadol"),
        ("took tylenol, tylenol extra strength", "tylenol"),
        # a doubt or a contrast is no second thing taken
        ("took crocin, or was it dolo", "crocin"),
        ("took crocin, not dolo", "crocin"),
        ("took crocin but dolo didn't help", "crocin"),
        ("took crocin, dolo?", "crocin"),
    ],
)
def test_one_product_stays_one_dose(text: str, product: str) -> None:
    doses = _doses(text)
    assert [p for _, p, _, _ in doses] == [product], doses


def _event(generic: str, product: str | None) -> DoseEvent:
    return DoseEvent(status="taken", medication=generic, product=product)


@pytest.mark.parametrize(
    ("a", "b", "another"),
    [
        (("acetaminophen", "Crocin"), ("acetaminophen", "dolo"), True),
        (("ibuprofen", "advil"), ("ibuprofen", "Motrin"), True),
        (("acetaminophen", "crocin"), ("acetaminophen", "crocin"), False),
        (("acetaminophen", "tylenol"), ("acetaminophen", "tylenol extra strength"), False),
        (("acetaminophen", "crocin"), ("acetaminophen", "paracetamol"), False),
        (("acetaminophen", "crocin"), ("acetaminophen", None), False),
        (("acetaminophen", "tylenol"), ("ibuprofen", "advil"), False),
    ],
)
def test_another_product(
    a: tuple[str, str | None], b: tuple[str, str | None], another: bool
) -> None:
    assert another_product(_event(*a), _event(*b)) is another


@pytest.mark.parametrize(
    "written", ["tylenol es", "extra strength tylenol", "Tylenol Extra Strength"]
)
def test_a_brands_form_is_named_as_its_maker_spells_it(written: str) -> None:
    """Sandbox, Phoenix: "Tylenol, Extra strength tylenol and Tylenol es" read as three
    products of acetaminophen on the doctor's report; two of them were one."""
    from bot.parsing.detect_doses import product_name

    assert product_name("acetaminophen", written) == "Tylenol Extra Strength"
    # a generic's form is no Tylenol
    assert product_name("acetaminophen", "extra strength acetaminophen") != "Tylenol Extra Strength"
