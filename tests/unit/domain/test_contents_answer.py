"""What a medicine has in it is said from the file's ingredients, with the mg of each in
one unit only when all are known, and the day's maximum across products when it has one."""

from __future__ import annotations

from bot.domain.contents_answer import contents_said

CODAMOL = ("acetaminophen", "codeine")


def test_yes_with_each_amount_and_the_maximum_from_all_products() -> None:
    said = contents_said(
        "Co-codamol 30/500", CODAMOL, {"acetaminophen": 500, "codeine": 30}, "acetaminophen", 4000
    )
    assert said.splitlines() == [
        "Yes — Co-codamol 30/500 has acetaminophen in it.",
        "Each one has 500 mg acetaminophen and 30 mg codeine.",
        "The labelled maximum for acetaminophen is 4,000 mg a day from all products together, "
        "so acetaminophen from anything else you take adds to it. When you log a dose, I add "
        "it up across everything you've logged.",
        "If you're not sure, talk to your doctor or pharmacist.",
    ]


def test_amounts_not_all_known_are_not_said() -> None:
    said = contents_said("Co-codamol", CODAMOL, {"acetaminophen": 500}, None, None)
    assert said.splitlines()[0] == "Co-codamol has acetaminophen and codeine in it."
    assert "Each one" not in said and "maximum" not in said


def test_an_ingredient_it_has_not_is_said_with_the_pack_as_the_last_word() -> None:
    said = contents_said("Naproxen", ("naproxen",), {"naproxen": 500}, "acetaminophen", 4000)
    assert said.startswith("No — as far as I know, Naproxen has naproxen in it, no acetaminophen.")
    assert "maximum" not in said and "Each one" not in said
    assert said.endswith("talk to your doctor or pharmacist.")


def test_one_ingredient_asked_what_is_in_it() -> None:
    said = contents_said("Naproxen", ("naproxen",), {"naproxen": 500}, None, None)
    assert said.splitlines()[:2] == ["Naproxen is naproxen alone.", "Each one has 500 mg naproxen."]
