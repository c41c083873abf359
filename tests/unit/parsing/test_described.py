"""A medicine described by its look or use is no name; a word we don't know still is."""

from __future__ import annotations

import pytest

from bot.parsing.described import described_not_named


@pytest.mark.parametrize(
    "text",
    [
        "the white ones",
        "White ones",
        "my blue pill",
        "the big tablets",
        "the ones for my back",
        "the little pink pills",
        "mum's white tablets",
        "light blue ones",
        "my pain pills",
        "the ones for pain",
    ],
)
def test_described(text: str) -> None:
    assert described_not_named(text)


@pytest.mark.parametrize(
    "text",
    [
        "naproxen",
        "Zorbex",
        "Blue Emu",
        "White Flower oil",
        "tiger balm",
        "Naproxen tablets",
        "the white naproxen",
        "the patch",
        "pain",
        "Lyrica 75mg",
        "",
    ],
)
def test_named(text: str) -> None:
    assert not described_not_named(text)
