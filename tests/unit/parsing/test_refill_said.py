"""A refill told in words ("got a new box of 30 today"): which listed medicine, how many came."""

from __future__ import annotations

import pytest

from bot.parsing.refill_said import Refill, refill_told

MEDS = ["celecoxib", "naproxen", "gabapentin"]


@pytest.mark.parametrize(
    ("text", "refill"),
    [
        ("i'm running low on celecoxib, got a new box of 30 today", Refill("celecoxib", 30)),
        ("picked up my naproxen, 60 tablets", Refill("naproxen", 60)),
        ("collected my prescription of celecoxib (28)", Refill("celecoxib", 28)),
        ("refilled my gabapentin, 90 capsules", Refill("gabapentin", 90)),
        ("box of 30 naproxen arrived", Refill("naproxen", 30)),
    ],
)
def test_a_refill_told(text: str, refill: Refill) -> None:
    assert refill_told(text, MEDS) == refill


@pytest.mark.parametrize(
    "text",
    [
        "need to get a new box of 30 celecoxib",  # not come yet
        "do i need a refill of 30 naproxen?",
        "got 30 naproxen and 60 gabapentin",  # two at once: /refill each
        "took 2 naproxen",
        "the pharmacist gave me 20 mg more",  # a strength, not a count
        "pharmacy gave me 10 days worth",  # a length of time
        "the doctor gave me 20",  # a prescriber, not a supply
    ],
)
def test_no_refill_told(text: str) -> None:
    assert refill_told(text, MEDS) is None


def test_a_pack_size_said_before_the_pack() -> None:
    assert refill_told("bought a 32 pack of paracetamol", ["acetaminophen"]) == Refill(
        "acetaminophen", 32
    )


@pytest.mark.parametrize(
    ("text", "refill"),
    [
        ("got a new box of 30 today", Refill(None, 30)),  # the person taps which
        ("pharmacy only gave me 20", Refill(None, 20)),
        ("the chemist gave me just 14", Refill(None, 14)),
        ("pharmacy only gave me 20 of the naproxen", Refill("naproxen", 20)),
        ("pharmacist dispensed 28 gabapentin", Refill("gabapentin", 28)),
    ],
)
def test_a_refill_told_by_what_the_pharmacy_handed_over(text: str, refill: Refill) -> None:
    """Found in the sandbox (Ohio): "pharmacy only gave me 20" was "Sorry, I didn't catch
    that", and a refill naming no medicine was dropped rather than asked about."""
    assert refill_told(text, MEDS) == refill
