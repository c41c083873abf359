"""The signs the labels name for serotonin syndrome, as people type them (Sandbox, Dublin:
"shaking" was not read at all): shaking, muscle jerks, agitation, hallucinations, a racing
heart, feeling very hot are side effects the bot keeps — never a head shaken, hands
shaken with someone, shaking with cold, a restless night — and, being beyond the
contract's list, they stay out of the `backtrack parse` output."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.knowledge import MORE_SIDE_EFFECT_KEYS
from bot.parsing import SideEffectIntent
from bot.parsing.intents import MORE_SIDE_EFFECTS
from bot.parsing.parser import parse, to_json
from tests.unit.parsing.helpers import BERLIN

MEDS = ["tramadol", "duloxetine"]
NIGHT = datetime(2026, 12, 12, 22, 30, tzinfo=BERLIN)


def _effects(text: str) -> set[str]:
    return {
        e
        for i in parse(text, MEDS, NIGHT, BERLIN)
        if isinstance(i, SideEffectIntent)
        for e in i.effects
    }


@pytest.mark.parametrize(
    ("text", "signs"),
    [
        ("I took an extra tramadol and now I'm sweating, shaking and confused",
         {"sweating", "tremor", "confusion"}),
        ("Seamus is sweating and shaking and very confused, is it the tablets?",
         {"sweating", "tremor", "confusion"}),
        ("my hands are shaking", {"tremor"}),
        ("feeling shaky and trembling all evening", {"tremor"}),
        ("shaking like a leaf", {"tremor"}),
        ("hands shake when I hold a cup", {"tremor"}),
        ("muscles twitching all evening", {"muscle_jerks"}),
        ("my legs keep jerking", {"muscle_jerks"}),
        ("very agitated, can't sit still", {"agitation"}),
        ("seeing things that aren't there", {"hallucinations"}),
        ("heart racing and sweating", {"racing_heart", "sweating"}),
        ("palpitations since lunch", {"racing_heart"}),
        ("I feel very hot and confused", {"feeling_hot", "confusion"}),
    ],
)  # fmt: skip
def test_the_signs_are_read_as_side_effects(text: str, signs: set[str]) -> None:
    assert signs <= _effects(text), _effects(text)


@pytest.mark.parametrize(
    "text",
    [
        "shaking my head at the news",
        "shook hands with the GP",
        "shaking hands with the consultant",
        "shaking from the cold",
        "shake the bottle first",
        "had a restless night",
        "my legs are restless",
        "knee-jerk reaction, pain 5",
        "it is very hot today",
        "my arm's gone dead from sleeping on it, fine after a shake",
        "no shaking, pain 4",
    ],
)
def test_other_shaking_and_restlessness_is_no_sign(text: str) -> None:
    assert not _effects(text) & set(MORE_SIDE_EFFECTS), _effects(text)


def test_signs_beyond_the_contract_stay_out_of_the_parse_output() -> None:
    out = to_json(parse("sweating and shaking, heart racing", MEDS, NIGHT, BERLIN))["intents"]
    assert out == [{"kind": "side_effect", "effects": ["sweating"]}]
    assert to_json(parse("I'm shaking", MEDS, NIGHT, BERLIN)) == {"intents": []}


def test_the_parser_and_the_knowledge_file_read_the_same_extra_signs() -> None:
    assert tuple(MORE_SIDE_EFFECTS) == tuple(MORE_SIDE_EFFECT_KEYS)
