"""Confusion or extreme sleepiness on an opioid or gabapentinoid with another medicine
that slows the brain: the FDA's sign of breathing trouble (Sandbox, Dublin)."""

from __future__ import annotations

from bot.domain.sedation import sedation_pair
from bot.parsing.sleepy import strongly_sleepy

TRAMADOL = ("Tramadol", frozenset({"opioid"}))
PREGABALIN = ("Pregabalin", frozenset({"gabapentinoid"}))
NAPROXEN = ("Naproxen", frozenset({"nsaid"}))


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
