"""Signs from two of the labels' groups, told on a pair whose labels name them for
serotonin syndrome, are an alarm; one group, or no such pair, is not (Sandbox, Dublin:
sweating, shaking and confusion on tramadol and Cymbalta were two side effects)."""

from __future__ import annotations

import pytest

from bot.domain.syndrome import syndrome_alarm
from bot.knowledge import SIGN_KEYS, Drug, combination_rules, get_drug


def _drug(generic: str) -> Drug:
    drug = get_drug(generic)
    assert drug is not None
    return drug


TRAMADOL = ("Tramadol", _drug("tramadol"))
CYMBALTA = ("Cymbalta (duloxetine)", _drug("duloxetine"))
PARACETAMOL = ("Paracetamol", _drug("acetaminophen"))
NAPROXEN = ("Naproxen", _drug("naproxen"))
SERTRALINE = ("Sertraline", _drug("sertraline"))
OXYCODONE = ("Oxycodone", _drug("oxycodone"))


def test_two_groups_on_tramadol_and_duloxetine_is_serotonin_syndrome() -> None:
    alarm = syndrome_alarm({"confusion", "sweating", "tremor"}, [PARACETAMOL, TRAMADOL, CYMBALTA])
    assert alarm is not None
    assert (alarm.code, alarm.name) == ("serotonin_syndrome", "serotonin syndrome")
    assert (alarm.first, alarm.second) == ("Tramadol", "Cymbalta (duloxetine)")
    assert alarm.signs == ("confusion", "sweating", "tremor")
    assert alarm.groups == ("mental status", "autonomic", "neuromuscular")


@pytest.mark.parametrize(
    "signs",
    [
        {"sweating", "tremor"},
        {"confusion", "muscle_jerks"},
        {"agitation", "racing_heart"},
        {"hallucinations", "fever"},
        {"feeling_hot", "tremor"},
    ],
)
def test_any_two_groups_will_do(signs: set[str]) -> None:
    assert syndrome_alarm(signs, [CYMBALTA, TRAMADOL]) is not None


@pytest.mark.parametrize(
    "signs",
    [
        {"sweating"},  # an everyday SNRI side effect alone
        {"sweating", "racing_heart", "feeling_hot"},  # one group, however many signs
        {"confusion", "agitation"},
        {"tremor", "muscle_jerks"},
        {"nausea", "diarrhea", "dizziness"},  # the pair's everyday side effects
        set(),
    ],
)
def test_one_group_is_no_alarm(signs: set[str]) -> None:
    assert syndrome_alarm(signs, [TRAMADOL, CYMBALTA]) is None


def test_without_a_serotonergic_pair_there_is_no_alarm() -> None:
    signs = {"confusion", "sweating", "tremor"}
    assert syndrome_alarm(signs, [TRAMADOL, PARACETAMOL, NAPROXEN]) is None
    assert syndrome_alarm(signs, [CYMBALTA, PARACETAMOL]) is None
    assert syndrome_alarm(signs, []) is None


def test_any_pair_the_knowledge_file_warns_of_counts() -> None:
    """Oxycodone with sertraline: the FDA's 2016 class-wide warning the bot already gives."""
    alarm = syndrome_alarm({"sweating", "tremor"}, [SERTRALINE, OXYCODONE])
    assert alarm is not None and (alarm.first, alarm.second) == ("Oxycodone", "Sertraline")


def test_the_serotonin_rules_carry_the_labels_signs_with_their_source() -> None:
    rules = {r.code: r for r in combination_rules() if r.signs is not None}
    assert {"serotonergic_opioid_antidepressant", "opioid_serotonergic"} <= set(rules)
    for rule in rules.values():
        assert rule.signs is not None
        assert "Cymbalta" in rule.signs.source and "Serotonin Syndrome Risk" in rule.signs.source
        assert {s for group in rule.signs.groups.values() for s in group} <= set(SIGN_KEYS)
        assert len(rule.signs.groups) == 3
