"""A dose denied after the fact ("never took it") against one skipped ahead."""

from __future__ import annotations

import pytest

from bot.parsing.correction import denies_taking


@pytest.mark.parametrize(
    "text",
    [
        "never took the naproxen this morning",
        "I didn't take it actually",
        "I didn’t take my gabapentin",  # a phone's curly apostrophe
        "haven't taken my pills yet",
        "did not have the tramadol after all",
        "pressed taken by mistake",
        "oops wrong button",
        "accidentally hit taken",
        "forgot my amitriptyline last night",
        "NOT TAKEN",
    ],
)
def test_denies_taking(text: str) -> None:
    assert denies_taking(text)


@pytest.mark.parametrize(
    "text",
    [
        "skip the naproxen tonight",
        "skipping naproxen, stomach bad",
        "not taking it tonight",
        "didn't have much pain today",
        "haven't had time to eat",
        "took it",
        "pain 6",
    ],
)
def test_does_not_deny_taking(text: str) -> None:
    assert not denies_taking(text)
