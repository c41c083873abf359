"""A combination product the knowledge file does not name, told ingredient by ingredient
in everyday forms, keeps each amount with its ingredient and counts its paracetamol
(Sandbox, Pune: Myospaz, "chlorzoxazone 250 mg paracetamol 300 mg", was kept as the
strength "250/300" alone and its paracetamol never counted in the day's total)."""

from __future__ import annotations

import pytest

from bot.domain.composition import amounts_from, in_label_order, kept_of
from bot.domain.dose_amounts import ingredient_amounts
from bot.knowledge import get_drug
from bot.parsing.composition import composition

MYOLGIN = {"acetaminophen": 300.0, "chlorzoxazone": 250.0}


@pytest.mark.parametrize(
    "said",
    [
        "chlorzoxazone 250 mg paracetamol 300 mg",
        "chlorzoxazone 250 paracetamol 300",
        "chlorzoxazone 250 + paracetamol 300",
        "paracetamol 300mg and chlorzoxazone 250mg",
        "chlorzoxazone + paracetamol 250/300",
        "paracetamol and chlorzoxazone 300/250 mg",
    ],
)
def test_each_everyday_form_keeps_each_amount_with_its_ingredient(said: str) -> None:
    parts = composition(said)
    assert parts is not None, said
    assert {p.generic: p.amount for p in parts} == MYOLGIN
    kept = kept_of(parts)
    assert kept.generic == "acetaminophen/chlorzoxazone" and kept.other_ingredients is None


@pytest.mark.parametrize(
    "said", ["morning 8 evening 20", "tab 1 paracetamol 500", "8am 2pm 10pm", "twice 250/300"]
)
def test_what_is_no_list_of_ingredients_is_still_none(said: str) -> None:
    assert composition(said) is None


def test_the_strength_as_told_is_read_in_the_order_said() -> None:
    """A strength of the file's row in either order is read right as it was written; one
    it has no row for is rewritten in the label's order (never 500 mg of paracetamol)."""
    drug = get_drug("acetaminophen/chlorzoxazone")
    assert drug is not None
    kept = kept_of(composition("chlorzoxazone 250 mg paracetamol 300 mg") or ())
    strength = in_label_order(kept, "250/300")
    assert ingredient_amounts(drug, None, "mg", strength) == MYOLGIN
    forte = kept_of(composition("chlorzoxazone 500 + paracetamol 325") or ())
    written = in_label_order(forte, "500/325")
    assert written == "325/500"
    assert ingredient_amounts(drug, None, "mg", written) == {
        "acetaminophen": 325.0,
        "chlorzoxazone": 500.0,
    }


def test_names_told_after_a_strength_take_its_numbers_in_their_order() -> None:
    """ "300/250" given as the strength, then "paracetamol and chlorzoxazone" at "what
    is in it?": 300 is the paracetamol's."""
    named = composition("paracetamol and chlorzoxazone", least=1, amounts=False)
    assert named is not None
    parts = amounts_from(named, "300/250", "mg")
    assert {p.generic: p.amount for p in parts} == MYOLGIN
    # one number for two names: nothing guessed
    assert all(p.amount is None for p in amounts_from(named, "550", "mg"))


def test_two_known_the_file_has_as_no_product_count_the_paracetamol() -> None:
    """Only one ingredient of a product the file has no row for can be counted: the
    paracetamol, whose labelled daily maximum is the one hidden in combinations; the
    other is kept beside it, never dropped."""
    kept = kept_of(composition("diclofenac 50 + paracetamol 325") or ())
    assert (kept.generic, kept.amount, kept.unit) == ("acetaminophen", 325, "mg")
    assert kept.other_ingredients == "diclofenac 50"
    assert [p.name for p in kept.known_apart] == ["diclofenac"]


def test_two_known_without_paracetamol_count_nothing() -> None:
    kept = kept_of(composition("tizanidine 2 + aceclofenac 100") or ())
    assert kept.generic is None and kept.other_ingredients is None
    assert [p.name for p in kept.known_apart] == ["tizanidine", "aceclofenac"]
