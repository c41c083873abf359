"""'Sorry I meant the paracetamol not the naproxen': the medicine just told, corrected."""

from __future__ import annotations

import pytest

from bot.parsing.med_swap import MedSwap, said_med_swap
from bot.parsing.parser import DEFAULT_RESOLVE

MEDS = ["naproxen", "acetaminophen", "gabapentin"]


@pytest.mark.parametrize(
    ("text", "swap"),
    [
        ("sorry I meant the paracetamol not the naproxen", MedSwap("acetaminophen", "naproxen")),
        ("not the naproxen, the paracetamol", MedSwap("acetaminophen", "naproxen")),
        ("sorry, paracetamol instead of naproxen", MedSwap("acetaminophen", "naproxen")),
        ("my bad it was the naproxen not tylenol", MedSwap("naproxen", "acetaminophen")),
        ("oops it was the tylenol", MedSwap("acetaminophen")),
        ("I meant gabapentin", MedSwap("gabapentin")),
    ],
)
def test_a_medicine_corrected(text: str, swap: MedSwap) -> None:
    assert said_med_swap(text, MEDS, DEFAULT_RESOLVE) == swap


@pytest.mark.parametrize(
    "text",
    [
        "took naproxen",
        "no not the naproxen",  # which one then?
        "sorry pain 6 not 8",  # a number corrected
        "the naproxen isnt working, took paracetamol",
        "sorry, took the paracetamol too",  # one more, not another one
        "did I mean the naproxen?",
        "sorry I meant 2 naproxen",
    ],
)
def test_no_medicine_corrected(text: str) -> None:
    assert said_med_swap(text, MEDS, DEFAULT_RESOLVE) is None
