"""Loads ``drugs.yaml`` and answers look-ups: names, drugs, classes, side effects.

Name resolution is on the hot path of the free-text parser (2,000 messages/s), so
it is cached, tries an exact dictionary look-up first and only then falls back to
``rapidfuzz`` with a score cutoff.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from bot.knowledge.models import CombinationRule, Drug, DrugClass, Knowledge, MmeGuidance

__all__ = [
    "DEFAULT_SIDE_EFFECTS",
    "MAX_SIDE_EFFECT_CHOICES",
    "DrugMatch",
    "KnowledgeError",
    "all_drugs",
    "class_labels",
    "combination_rules",
    "drug_side_effects",
    "drug_class",
    "get_drug",
    "knowledge",
    "load_knowledge",
    "mme_guidance",
    "multiword_names",
    "normalize_name",
    "parse_strength",
    "resolve_name",
    "side_effects_for",
]

MAX_SIDE_EFFECT_CHOICES = 8
DEFAULT_SIDE_EFFECTS: tuple[str, ...] = (
    "drowsiness",
    "dizziness",
    "nausea",
    "constipation",
    "stomach_pain",
    "headache",
)
"""Check-in choices when none of the user's medicines is known."""

# Fuzzy matching guards: short words never fuzzy-match, and a few ordinary English
# words that sit one letter away from a drug name are refused outright.
_MIN_FUZZY_LEN = 5
_FUZZY_CUTOFF_SHORT = 90.0  # 5-6 characters: one edit at most
_FUZZY_CUTOFF = 85.0
_FUZZY_STOPWORDS = frozenset(
    {
        "ultra",
        "lyric",
        "lyrics",
        "alive",
        "olive",
        "motion",
        "morning",
        "value",
        "panda",
        "mobile",
        "nurse",
        "flexible",
        "celebrate",
        "normal",
        "narco",
        "codes",
        "coding",
        "tramp",
    }
)

_FORM_WORDS = re.compile(
    r"\b(tablets?|tabs?|pills?|capsules?|caps|caplets?|gelcaps?|softgels?|"
    r"liquid gels?|liqui-gels?|extended[- ]release|immediate[- ]release|"
    r"er|xr|sr|ir|cr|dr|ds|mg|mcg|milligrams?|generic|brand)\b"
)
_STRENGTH = re.compile(r"\d+(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?)*\s*(?:mg|mcg(?:/hr?)?|g|%)?")
_SPACES = re.compile(r"\s+")
_JOINERS = re.compile(r"\s*(?:/|\+|&|-|\band\b|\bwith\b|\bw/)\s*")
_STRENGTH_LABEL = re.compile(
    r"(\d+(?:\.\d+)?)(?:\s*/\s*(\d+(?:\.\d+)?))?(?:\s*/\s*(\d+(?:\.\d+)?))?"
)


class KnowledgeError(RuntimeError):
    """Raised when the knowledge file is missing, unreadable or invalid."""


@dataclass(frozen=True)
class DrugMatch:
    """Result of :func:`resolve_name`."""

    generic: str
    drug: Drug
    score: float
    exact: bool


# --------------------------------------------------------------------- loading


def load_knowledge(path: Path | str | None = None) -> Knowledge:
    """Read and validate a knowledge YAML file (default: the packaged ``drugs.yaml``)."""
    try:
        if path is None:
            text = resources.files("bot.knowledge").joinpath("drugs.yaml").read_text("utf-8")
        else:
            text = Path(path).read_text("utf-8")
        raw: Any = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:  # pragma: no cover - packaging error
        raise KnowledgeError(f"cannot read drug knowledge: {exc}") from exc
    try:
        return Knowledge.model_validate(raw)
    except ValueError as exc:
        raise KnowledgeError(f"invalid drug knowledge: {exc}") from exc


def normalize_name(text: str) -> str:
    """Lower-case, unify joiners (``/``, ``-``, ``and``, ``with``) and spaces."""
    s = text.lower().replace("®", "").replace("™", "").replace("’", "'")
    s = s.replace("no.", "#").replace("# ", "#")
    s = _JOINERS.sub("/", s)
    s = re.sub(r"[^\w#%/.' ]+", " ", s)
    s = _SPACES.sub(" ", s).strip(" ./'")
    return s


def _strip_strength(normalized: str) -> str:
    s = _STRENGTH.sub(" ", normalized)
    s = _FORM_WORDS.sub(" ", s)
    s = re.sub(r"(?:^|\s)#(?=\s|$)", " ", s)
    s = re.sub(r"/+", "/", _SPACES.sub(" ", s))
    s = re.sub(r"\s*/\s*", "/", s)
    return s.strip(" /.")


def parse_strength(text: str | None) -> tuple[float, ...] | None:
    """``"10/325"`` -> ``(10.0, 325.0)``; ``"500 mg"`` -> ``(500.0,)``; else None."""
    if not text:
        return None
    m = _STRENGTH_LABEL.search(text)
    if m is None:
        return None
    return tuple(float(g) for g in m.groups() if g is not None)


class _Registry:
    def __init__(self, data: Knowledge) -> None:
        self.data = data
        self.by_generic: dict[str, Drug] = {d.generic: d for d in data.drugs}
        self.index: dict[str, str] = {}
        for drug in data.drugs:
            for name in self._names(drug):
                key = normalize_name(name)
                if not key:
                    continue
                owner = self.index.setdefault(key, drug.generic)
                if owner != drug.generic:
                    raise KnowledgeError(
                        f"name {name!r} is claimed by both {owner!r} and {drug.generic!r}"
                    )
        self.choices: list[str] = sorted(self.index)

    @staticmethod
    def _names(drug: Drug) -> Iterable[str]:
        if drug.named:
            yield drug.generic
        if drug.display:
            yield drug.display
        yield from drug.brands
        yield from drug.aliases
        yield from drug.misspellings
        if drug.is_combination:
            # every order of the ingredients, with "apap" for acetaminophen
            parts = list(drug.ingredients)
            for order in (parts, parts[::-1]):
                yield "/".join(order)
                yield "/".join("apap" if p == "acetaminophen" else p for p in order)


_registry = _Registry(load_knowledge())


# ------------------------------------------------------------------- look-ups


def knowledge() -> Knowledge:
    """The validated knowledge file."""
    return _registry.data


def all_drugs() -> Sequence[Drug]:
    """Every knowledge row, in file order."""
    return _registry.data.drugs


def get_drug(generic: str) -> Drug | None:
    """Row for a generic name exactly as stored (case-insensitive), or None."""
    return _registry.by_generic.get(generic.strip().lower())


def drug_class(key: str) -> DrugClass | None:
    return _registry.data.classes.get(key)


def combination_rules() -> Sequence[CombinationRule]:
    return _registry.data.combinations


def mme_guidance() -> MmeGuidance:
    return _registry.data.mme_guidance


@lru_cache(maxsize=1)
def multiword_names() -> Mapping[str, str]:
    """Names of two or more words that say more than their first word: another product
    ("tylenol pm" is not plain Tylenol) or a form ("ultram er") — name -> generic."""
    out: dict[str, str] = {}
    for key, generic in _registry.index.items():
        if " " not in key or not re.fullmatch(r"[a-z]+(?: [a-z]+)+", key):
            continue
        word = key.split(" ", 1)[0]
        first = _registry.index.get(word)
        drug = _registry.by_generic[generic]
        # "panadeine forte" is the 500/30 strength, plain panadeine the 500/8
        own_strength = drug.strengths_for(key) != drug.strengths_for(word)
        if first != generic or drug.form_for(key) is not None or own_strength:
            out[key] = generic
    return out


def resolve_name(text: str) -> DrugMatch | None:
    """Generic, brand or misspelled name -> the knowledge row, or None.

    Exact dictionary look-up first (also with strength and form words removed, so
    ``"norco 10/325"`` and ``"tylenol 500mg tablets"`` work), then a fuzzy match
    (``rapidfuzz`` ratio with a cutoff) for names of five letters or more.
    """
    return _resolve_text(text)


@lru_cache(maxsize=16384)
def _resolve_text(text: str) -> DrugMatch | None:
    return _resolve_normalized(normalize_name(text))


@lru_cache(maxsize=8192)
def _resolve_normalized(key: str) -> DrugMatch | None:
    if not key:
        return None
    index = _registry.index
    generic = index.get(key)
    if generic is None:
        stripped = _strip_strength(key)
        generic = index.get(stripped) if stripped else None
        key = stripped
    if generic is not None:
        return DrugMatch(generic, _registry.by_generic[generic], 100.0, True)
    parts = _COMBINATION_SPLIT.split(key)
    ingredients = [_single(part) for part in parts] if len(parts) >= 2 else []
    if ingredients and all(ingredients):
        # "codeine-paracetamol": the combination of exactly those medicines, or nothing —
        # a spelling guess could turn it into another opioid's combination.
        combo = _combination_of({i for i in ingredients if i})
        return DrugMatch(combo, _registry.by_generic[combo], 100.0, True) if combo else None
    if len(key.replace(" ", "")) < _MIN_FUZZY_LEN or key in _FUZZY_STOPWORDS:
        return None
    if not re.search(r"[a-z]{3}", key):
        return None
    cutoff = _FUZZY_CUTOFF_SHORT if len(key) <= 6 else _FUZZY_CUTOFF
    best = process.extractOne(key, _registry.choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    if best is None:
        return None
    choice, score, _ = best
    generic = index[choice]
    return DrugMatch(generic, _registry.by_generic[generic], float(score), False)


_COMBINATION_SPLIT = re.compile(r"\s*[/+-]\s*|\s+with\s+")


def _single(name: str) -> str | None:
    """The one medicine a name is exactly (no combination), or None."""
    index = _registry.index
    generic = index.get(name) or index.get(_strip_strength(name) or "")
    return generic if generic is not None and "/" not in generic else None


def _combination_of(ingredients: set[str]) -> str | None:
    """The combination product whose ingredients are exactly these medicines."""
    for generic in _registry.by_generic:
        if "/" in generic and set(generic.split("/")) == ingredients:
            return generic
    return None


def _lookup(name: str) -> Drug | None:
    drug = get_drug(name)
    if drug is not None:
        return drug
    match = resolve_name(name)
    return match.drug if match is not None else None


def drug_side_effects(drug: Drug) -> tuple[str, ...]:
    """Side effects to ask about for one drug (its own list or its classes')."""
    if drug.side_effects is not None:
        return drug.side_effects
    seen: dict[str, None] = {}
    for cls in drug.classes:
        dc = _registry.data.classes[cls]
        for effect in dc.side_effects:
            seen.setdefault(effect, None)
    return tuple(seen)


def side_effects_for(generics: Iterable[str]) -> list[str]:
    """Tailored check-in choices for a regimen: ordered, de-duplicated, at most 8.

    Each medicine's list is taken in its own order and the lists are interleaved
    (round robin) so every medicine is represented before any gets a second slot.
    Unknown names are ignored; if nothing is known the general default is returned.
    """
    lists: list[tuple[str, ...]] = []
    seen_generics: set[str] = set()
    for name in generics:
        drug = _lookup(name)
        if drug is None or drug.generic in seen_generics:
            continue
        seen_generics.add(drug.generic)
        lists.append(drug_side_effects(drug))
    if not lists:
        return list(DEFAULT_SIDE_EFFECTS)
    out: dict[str, None] = {}
    depth = max(len(lst) for lst in lists)
    for i in range(depth):
        for lst in lists:
            if i < len(lst):
                out.setdefault(lst[i], None)
                if len(out) >= MAX_SIDE_EFFECT_CHOICES:
                    return list(out)
    return list(out)


def class_labels(drug: Drug) -> Mapping[str, str]:
    return {c: _registry.data.classes[c].label for c in drug.classes}
