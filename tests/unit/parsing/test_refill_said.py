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


@pytest.mark.parametrize(
    ("text", "medicine", "short"),
    [
        ("they only gave me half the oxy", "oxycodone", True),
        ("only got a few of my oxycodone from the chemist", "oxycodone", True),
        ("the pharmacy didn't have all my naproxen", "naproxen", True),
        ("chemist couldn't give me the full amount of gabapentin", "gabapentin", True),
        ("picked up my naproxen and had one at 9", "naproxen", False),
        ("got my gabapentin from the pharmacy", "gabapentin", False),
    ],
)
def test_more_come_with_no_count_said_is_read(text: str, medicine: str, short: bool) -> None:
    from bot.parsing.refill_said import Uncounted, came_uncounted

    meds = [*MEDS, "oxycodone"]
    assert came_uncounted(text, meds) == Uncounted(medicine, short)
    assert refill_told(text, meds) is None


@pytest.mark.parametrize(
    "text",
    [
        "took half the oxy",  # a part of a dose
        "only took half my naproxen",
        "need to pick up my naproxen",  # not come yet
        "took the naproxen i picked up",  # a dose, nothing more
        "picked up the kids",
        "pharmacy only gave me 20 of the oxycodone",  # counted: refill_told reads it
    ],
)
def test_no_uncounted_fill_is_read_where_none_is_told(text: str) -> None:
    from bot.parsing.refill_said import came_uncounted

    assert came_uncounted(text, [*MEDS, "oxycodone"]) is None


def test_what_the_pharmacy_only_had_is_what_came() -> None:
    assert refill_told("pharmacy only had 10 of my gabapentin", MEDS) == Refill("gabapentin", 10)
