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

from bot.knowledge.models import (
    CombinationRule,
    Drug,
    DrugClass,
    Knowledge,
    MmeGuidance,
    PregnancyFact,
)

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
    "pregnancy_facts",
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


#: libyaml's safe loader where PyYAML was built with it: the same documents read, ten
#: times faster (0.04 s against 0.35 s for drugs.yaml), at every start and in each test
#: that loads a file of its own.
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_knowledge(path: Path | str | None = None) -> Knowledge:
    """Read and validate a knowledge YAML file (default: the packaged ``drugs.yaml``)."""
    try:
        if path is None:
            text = resources.files("bot.knowledge").joinpath("drugs.yaml").read_text("utf-8")
        else:
            text = Path(path).read_text("utf-8")
        raw: Any = yaml.load(text, Loader=_SAFE_LOADER)
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
        self.ingredients = frozenset(i for d in data.drugs for i in d.ingredients)

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


def pregnancy_facts() -> Sequence[PregnancyFact]:
    """What the labels and regulators say of pregnancy, in file order."""
    return _registry.data.pregnancy


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
    ``"norco 10/325"`` and ``"tylenol 500mg tablets"`` work), a name with another in
    brackets ("Tramadol/paracetamol (Ultracet)"), a generic beside its maker's word
    ("Paracetamol Emzor"), then a fuzzy match (``rapidfuzz`` ratio with a cutoff) for
    names of five letters or more.
    """
    return _resolve_text(text)


@lru_cache(maxsize=16384)
def _resolve_text(text: str) -> DrugMatch | None:
    whole = _resolve_normalized(normalize_name(text))
    if (whole is None or not whole.exact) and (bracketed := _BRACKETED.fullmatch(text)):
        return (
            _agreeing(
                _resolve_text(f"{bracketed['out']} {bracketed['tail']}"),
                _resolve_text(bracketed["in"]),
            )
            or whole
        )
    return whole


# "Tramadol/paracetamol (Ultracet)", "Emzor (paracetamol)": the name and the one beside it
# in brackets, as a doctor or a box writes them
_BRACKETED = re.compile(r"(?P<out>[^()]*)\((?P<in>[^()]*)\)(?P<tail>[^()]*)")


def _agreeing(a: DrugMatch | None, b: DrugMatch | None) -> DrugMatch | None:
    """The one medicine two names of a product say: the one that resolves, or the one
    holding all the other's ingredients ("Panadol Extra (paracetamol)"); None when they
    name different medicines (then asked, never guessed)."""
    if a is None or b is None:
        return a or b
    if set(b.drug.ingredients) <= set(a.drug.ingredients):
        return a if a.exact or not b.exact else DrugMatch(a.generic, a.drug, a.score, True)
    if set(a.drug.ingredients) <= set(b.drug.ingredients):
        return b
    return None


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
    if (generic := _with_maker(key)) is not None:
        return DrugMatch(generic, _registry.by_generic[generic], 100.0, True)
    if len(key.replace(" ", "")) < _MIN_FUZZY_LEN or key in _FUZZY_STOPWORDS:
        return None
    if not re.search(r"[a-z]{3}", key):
        return None
    cutoff = _FUZZY_CUTOFF_SHORT if len(key) <= 6 else _FUZZY_CUTOFF
    best = process.extractOne(key, _registry.choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    if best is None:
        return None
    choice, score, _ = best
    if choice.startswith(key + " "):
        # not a misspelling but the name with a word less: "hifenac" is not Hifenac-P
        # (aceclofenac with paracetamol), whose "P" says the paracetamol (Sandbox, Pune:
        # an aceclofenac told "both contain paracetamol")
        return None
    generic = index[choice]
    return DrugMatch(generic, _registry.by_generic[generic], float(score), False)


_COMBINATION_SPLIT = re.compile(r"\s*[/+-]\s*|\s+with\s+")


def _single(name: str) -> str | None:
    """The one medicine a name is exactly (no combination), or None."""
    index = _registry.index
    generic = index.get(name) or index.get(_strip_strength(name) or "") or _with_maker(name)
    return generic if generic is not None and "/" not in generic else None


# Names that are the medicine itself, not a product: the generic, and the international
# names used outside the US (bot.knowledge.local_names)
_INTERNATIONAL = {"paracetamol": "acetaminophen", "pethidine": "meperidine"}
# Beside a generic, words that say another product or another form, never a maker's
# name: "paracetamol extra" holds caffeine, "ibuprofen gel" is rubbed on, "paracetamol
# junior" is a child's strength
_NOT_A_MAKER = frozenset(
    str.split(
        """pm night nighttime nite sleep day daytime extra plus forte duo max maximum strength
    cold flu sinus allergy allergies compound complex co d gel gels cream ointment patch
    patches spray drops drop injection injectable inj suppository suppositories syrup
    suspension solution liquid elixir rub foam lotion emulgel topical plaster lozenge
    lozenges eye ear nasal oral sachet sachets powder effervescent soluble dispersible
    chewable junior child children childrens kids infant infants baby paediatric pediatric
    rapid fast retard la mr sr modified release long acting slow instant quick relief pain
    migraine period muscle back joint arthritis osteo fever new old my your the his her our
    their some other another no not non free without only and or one two"""
    )
)
_MAKER_WORD = re.compile(r"[a-z][a-z'-]{2,}")
# An ingredient beside the generic is another product ("paracetamol caffeine"), also one
# the knowledge file does not hold: named outright, or by the endings ingredients share
_OTHER_INGREDIENTS = frozenset(
    str.split(
        """caffeine aspirin guaifenesin dextromethorphan serratiopeptidase misoprostol
    thiocolchicoside vitamin vitamins"""
    )
)
_INGREDIENT_ENDING = re.compile(r".{3,}(?:ine|phen|fenac|profen|coxib|oxicam|azole|pam|lam)")


def _with_maker(key: str) -> str | None:
    """A generic beside one or two words of its maker's ("paracetamol emzor", "teva
    ibuprofen", "tramadol sandoz"): that generic; None for any other name."""
    words = _strip_strength(key).split()
    if not 2 <= len(words) <= 3 or "/" in key:
        return None
    for generic_word, others in ((words[0], words[1:]), (words[-1], words[:-1])):
        generic = _registry.index.get(generic_word)
        # a brand beside another word is often another product ("panadol extra")
        named_generic = generic_word == generic or _INTERNATIONAL.get(generic_word) == generic
        if generic is not None and named_generic and all(_is_maker(w) for w in others):
            return generic
    return None


def _is_maker(word: str) -> bool:
    """Whether `word` can be a maker's name: a word no medicine, form or product is."""
    return (
        _MAKER_WORD.fullmatch(word) is not None
        and word not in _NOT_A_MAKER
        and word not in _FUZZY_STOPWORDS
        and word not in _OTHER_INGREDIENTS
        and word not in _registry.ingredients
        and _INGREDIENT_ENDING.fullmatch(word) is None
        and _resolve_normalized(word) is None
    )


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
