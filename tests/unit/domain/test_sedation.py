"""Confusion or extreme sleepiness on an opioid or gabapentinoid with another medicine
that slows the brain: the FDA's sign of breathing trouble (Sandbox, Dublin)."""

from __future__ import annotations

from bot.domain.sedation import sedation_pair
from bot.parsing.sleepy import strongly_sleepy, unusually_dizzy

TRAMADOL = ("Tramadol", frozenset({"opioid"}))
PREGABALIN = ("Pregabalin", frozenset({"gabapentinoid"}))
NAPROXEN = ("Naproxen", frozenset({"nsaid"}))
AMITRIPTYLINE = ("Amitriptyline", frozenset({"tca"}))
DULOXETINE = ("Duloxetine", frozenset({"snri"}))


def test_muddled_on_tramadol_and_pregabalin_is_a_sign() -> None:
    assert sedation_pair({"confusion"}, False, [NAPROXEN, TRAMADOL, PREGABALIN]) == (
        "Tramadol",
        "Pregabalin",
    )


def test_very_drowsy_counts_plain_drowsy_does_not() -> None:
    meds = [TRAMADOL, PREGABALIN]
    assert sedation_pair({"drowsiness"}, True, meds) is not None
    assert sedation_pair({"drowsiness"}, False, meds) is None


def test_one_medicine_that_slows_the_brain_alone_is_no_pair() -> None:
    assert sedation_pair({"confusion"}, True, [TRAMADOL, NAPROXEN]) is None
    assert sedation_pair({"confusion"}, True, []) is None


def test_strong_sleepiness_is_read_from_the_words() -> None:
    assert strongly_sleepy("i feel very drowsy and muddled now")
    assert strongly_sleepy("can't keep my eyes open after the lyrica")
    assert not strongly_sleepy("a bit drowsy after lunch")


def test_unusual_dizziness_counts_plain_dizziness_does_not() -> None:
    """Sandbox, Sydney: a near fall from dizziness on codeine and pregabalin was only
    logged; the FDA's 2019 list names "unusual dizziness or lightheadedness"."""
    meds = [TRAMADOL, PREGABALIN]
    assert sedation_pair({"dizziness"}, False, meds, very_dizzy=True) == ("Tramadol", "Pregabalin")
    assert sedation_pair({"dizziness"}, False, meds) is None
    assert sedation_pair({"dizziness"}, False, [TRAMADOL, NAPROXEN], very_dizzy=True) is None


def test_unusual_dizziness_is_read_from_the_words() -> None:
    for said in (
        "felt dizzy gettin up this mornin, nearly went over, karen caught me",
        "so dizzy i had to lie down",
        "got lightheaded and fell in the kitchen",
        "mum was very dizzy and nearly fell",
        "dizzy and lost my balance on the stairs",
        "felt faint and collapsed",
    ):
        assert unusually_dizzy(said), said
    for said in (
        "a bit dizzy after lunch",
        "dizzy when i stand up",
        "fell asleep on the couch, bit dizzy",
        "nearly fell over laughing",  # no dizziness told
    ):
        assert not unusually_dizzy(said), said


def test_a_tricyclic_slows_the_brain_beside_an_opioid() -> None:
    """Oxycodone and amitriptyline, "can't keep my eyes open": the 2019 DSC names
    antidepressants among CNS depressants, and amitriptyline's label says it adds to them."""
    oxy = ("Oxycodone", frozenset({"opioid"}))
    assert sedation_pair({"drowsiness"}, True, [oxy, AMITRIPTYLINE]) == (
        "Oxycodone",
        "Amitriptyline",
    )
    assert sedation_pair({"confusion"}, False, [AMITRIPTYLINE, PREGABALIN]) == (
        "Pregabalin",
        "Amitriptyline",
    )
    assert sedation_pair({"confusion"}, False, [AMITRIPTYLINE, NAPROXEN]) is None
    assert sedation_pair({"confusion"}, False, [DULOXETINE, NAPROXEN]) is None
