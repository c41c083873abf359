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
        "got a new box of 30 today",  # which medicine?
        "got 30 naproxen and 60 gabapentin",  # two at once: /refill each
        "took 2 naproxen",
    ],
)
def test_no_refill_told(text: str) -> None:
    assert refill_told(text, MEDS) is None


def test_a_pack_size_said_before_the_pack() -> None:
    assert refill_told("bought a 32 pack of paracetamol", ["acetaminophen"]) == Refill(
        "acetaminophen", 32
    )
