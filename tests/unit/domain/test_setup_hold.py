"""What setup holds for after it, as stored in users.draft: both shapes read."""

from __future__ import annotations

import json

import pytest

from bot.domain.add_draft import AddDraft
from bot.domain.setup_hold import SetupHold


def test_a_hold_reads_back_as_written() -> None:
    held = SetupHold(add="naproxen 500mg", listed="naproxen 500 twice a day, omeprazole 20")
    raw = held.to_json()
    assert json.loads(raw)["kind"] == "after_setup"
    assert SetupHold.from_json(raw) == held
    assert SetupHold.from_json(SetupHold(add="").to_json()) == SetupHold(add="")


def test_the_earlier_shape_reads_as_the_add_held() -> None:
    assert SetupHold.from_json('{"after_setup": "naproxen"}') == SetupHold(add="naproxen")


@pytest.mark.parametrize(
    "raw",
    [None, "", "not json", "[1]", '{"after_setup": 3}', AddDraft(name="naproxen").to_json()],
)
def test_anything_else_is_no_hold(raw: str | None) -> None:
    assert SetupHold.from_json(raw) is None


def test_words_are_cut_as_kept_elsewhere() -> None:
    held = SetupHold.from_json(SetupHold(add="a" * 500, listed="b" * 5000).to_json())
    assert held is not None and held.add is not None and held.listed is not None
    assert (len(held.add), len(held.listed)) == (200, 4000)
