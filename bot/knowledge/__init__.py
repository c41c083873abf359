"""Drug knowledge: names, classes, strengths, labelled maximums, MME factors.

The facts live in ``drugs.yaml`` (data, with a source for every fact) and are
validated with pydantic when this package is imported.
"""

from bot.knowledge.models import (
    SIDE_EFFECT_KEYS,
    CombinationRule,
    Drug,
    DrugClass,
    Knowledge,
    MaxDaily,
    Mme,
    MmeGuidance,
    SideEffect,
    Strength,
)
from bot.knowledge.registry import (
    DEFAULT_SIDE_EFFECTS,
    MAX_SIDE_EFFECT_CHOICES,
    DrugMatch,
    KnowledgeError,
    all_drugs,
    class_labels,
    combination_rules,
    drug_class,
    drug_side_effects,
    get_drug,
    knowledge,
    load_knowledge,
    mme_guidance,
    normalize_name,
    parse_strength,
    resolve_name,
    side_effects_for,
)

__all__ = [
    "DEFAULT_SIDE_EFFECTS",
    "MAX_SIDE_EFFECT_CHOICES",
    "SIDE_EFFECT_KEYS",
    "CombinationRule",
    "Drug",
    "DrugClass",
    "DrugMatch",
    "Knowledge",
    "KnowledgeError",
    "MaxDaily",
    "Mme",
    "MmeGuidance",
    "SideEffect",
    "Strength",
    "all_drugs",
    "class_labels",
    "combination_rules",
    "drug_class",
    "drug_side_effects",
    "get_drug",
    "knowledge",
    "load_knowledge",
    "mme_guidance",
    "normalize_name",
    "parse_strength",
    "resolve_name",
    "side_effects_for",
]
