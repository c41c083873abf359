"""Alendronate (alendronic acid, Fosamax), the weekly bone medicine many people with back
pain take, is in the knowledge file (Sandbox: `/add alendronic acid 70mg every monday 7am`
saved it, then asked "What medicine is in it?"): a bisphosphonate with its labelled
strengths and no daily maximum (a weekly tablet)."""

from __future__ import annotations

import pytest

from bot.domain.safety import check_new_medication
from bot.knowledge import get_drug, resolve_name, side_effects_for
from tests.unit.domain.test_safety import codes, item


@pytest.mark.parametrize(
    "name",
    [
        "alendronate",
        "alendronic acid",
        "Alendronic Acid 70mg",
        "alendronate sodium",
        "Fosamax",
        "fosomax",
        "Binosto",
        "alendronat",
    ],
)
def test_alendronate_resolves_by_its_names(name: str) -> None:
    match = resolve_name(name)
    assert match is not None and match.exact, name
    assert match.generic == "alendronate"


@pytest.mark.parametrize("word", ["acid", "alender", "fossil", "fosrenol", "risedronate"])
def test_words_near_the_new_names_are_not_alendronate(word: str) -> None:
    match = resolve_name(word)
    assert match is None or match.generic != "alendronate"


def test_alendronate_is_a_bisphosphonate_with_its_labelled_strengths_and_no_daily_max() -> None:
    drug = get_drug("alendronate")
    assert drug is not None
    assert drug.classes == ("bisphosphonate",)
    assert [s.amounts["alendronate"] for s in drug.strengths] == [5, 10, 35, 40, 70]
    assert drug.max_daily is None and drug.min_interval is None
    assert "14e931fd-2c5f-4d90-b7db-5980706f4a56" in drug.source
    assert side_effects_for(["alendronate"])[:3] == ["stomach_pain", "heartburn", "constipation"]


def test_alendronate_is_no_nsaid_beside_the_back_pain_nsaids() -> None:
    weekly = item("alendronic acid 70mg", 70, 1)
    for other in (item("naproxen 500mg", 500, 2), item("Arcoxia 60mg", 60, 1)):
        warnings = check_new_medication([other], weekly)
        assert not codes(warnings) & {"nsaid_duplicate", "duplicate_ingredient"}, warnings
