"""Names as a prescription or a box writes them: a product with its generic in brackets,
generics joined by "/" or "+", a generic beside its maker's word. Each is the known
medicine (Sandbox, Lagos: "Tramadol/paracetamol (Ultracet)" and "Paracetamol Emzor"
were saved unknown, with no safety checks)."""

from __future__ import annotations

import pytest

from bot.knowledge import resolve_name


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("Tramadol/paracetamol (Ultracet)", "tramadol/acetaminophen"),
        ("Tramadol/paracetamol (Ultracet) 37.5/325", "tramadol/acetaminophen"),
        ("Ultracet (tramadol/paracetamol)", "tramadol/acetaminophen"),
        ("Ultracet (37.5/325)", "tramadol/acetaminophen"),
        ("tramadol + paracetamol", "tramadol/acetaminophen"),
        ("Tramadol/Paracetamol Teva", "tramadol/acetaminophen"),
        ("Emzor (paracetamol)", "acetaminophen"),
        ("Panadol (paracetamol)", "acetaminophen"),
        # the bracket names an ingredient of the product: the product, with all of them
        ("Panadol Extra (paracetamol)", "acetaminophen/caffeine"),
        ("Paracetamol Emzor", "acetaminophen"),
        ("Paracetamol Emzor 500mg", "acetaminophen"),
        ("Ibuprofen Teva", "ibuprofen"),
        ("Tramadol Sandoz", "tramadol"),
        ("Teva ibuprofen", "ibuprofen"),
        ("gabapentin sandoz", "gabapentin"),
    ],
)
def test_a_written_name_is_the_known_medicine(name: str, generic: str) -> None:
    match = resolve_name(name)
    assert match is not None and match.generic == generic and match.exact


@pytest.mark.parametrize(
    "name",
    [
        "emzor",  # a maker alone is no medicine
        "Norco (ibuprofen)",  # two different medicines: asked, never guessed
        "paracetamol extra",  # another product (with caffeine)
        "paracetamol junior",  # a child's strength
        "ibuprofen gel",  # rubbed on, not swallowed
        "ibuprofen cold",
        "tylenol emzor",  # a brand beside a word may be another product of that brand
        "ibuprofen famotidine",  # an ingredient the file does not hold
        "paracetamol orphenadrine",
        "tramadol paracetamol ultracet",
    ],
)
def test_other_words_beside_a_generic_are_not_a_maker(name: str) -> None:
    match = resolve_name(name)
    assert match is None or match.generic not in ("acetaminophen", "ibuprofen", "tramadol")


def test_an_ingredient_beside_the_generic_is_still_the_combination() -> None:
    match = resolve_name("paracetamol caffeine")
    assert match is not None and match.generic == "acetaminophen/caffeine"
