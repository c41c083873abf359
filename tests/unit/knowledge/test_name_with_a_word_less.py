"""A brand typed without the word that names its second ingredient is not that
combination (Sandbox, Pune): "hifenac" was read as Hifenac-P (aceclofenac with
paracetamol), and a plain aceclofenac was told it doubled the paracetamol of Crocin."""

from __future__ import annotations

from bot.knowledge import resolve_name


def test_a_name_with_a_word_less_is_not_the_combination() -> None:
    assert resolve_name("hifenac") is None  # not read as Hifenac-P
    hp = resolve_name("hifenac p")
    assert hp is not None and hp.generic == "aceclofenac/acetaminophen"


def test_misspellings_are_still_read() -> None:
    for typed, generic in (("ibuprofin", "ibuprofen"), ("aceclofinac", "aceclofenac")):
        found = resolve_name(typed)
        assert found is not None and found.generic == generic
