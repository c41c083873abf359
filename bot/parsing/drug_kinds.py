"""A medicine called by its kind ("my nerve pill", "the muscle relaxer", "the
anti-inflammatory", "my pain patch"): the one of the person's own medicines of that kind,
as the knowledge file classes it. Pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.knowledge import get_drug

__all__ = ["KINDS", "names_a_kind", "of_kind"]

#: Words for a kind of medicine -> the knowledge file's classes it names (the first that
#: the person takes wins: "nerve pill" is the gabapentinoid, else the antidepressant).
KINDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\bmuscle\s+relax\w*|\brelaxers?\b"), ("muscle_relaxant",)),
    (
        re.compile(r"\bnerve\s+(?:pain\s+)?(?:pills?|meds?|medication|tablets?|caps(?:ules)?)\b"),
        ("gabapentinoid", "snri", "tca"),
    ),
    (re.compile(r"\banti[-\s]?inflammator\w*|\bnsaids?\b"), ("nsaid",)),
    (re.compile(r"\bsteroids?\b"), ("corticosteroid",)),
    (re.compile(r"\b(?:opioids?|opiates?|narcotics?)\b"), ("opioid",)),
    (re.compile(r"\banti[-\s]?depressants?\b"), ("snri", "tca", "ssri")),
    (re.compile(r"\bpain\s+patch(?:es)?\b"), ("patch",)),
)


# Medicines called by what they are for, with no class of the knowledge file behind
# them: a dose all the same ("took the painkillers", "had my water pills").
_ANY_MEDICINE = re.compile(
    r"pain\s*killers?\b|pain\s+(?:meds|medication|pills?|tablets?|relief)\b|"
    r"(?:sleeping|water|blood\s+pressure|bp)\s+(?:pills?|meds|tablets?)\b"
)


def names_a_kind(text: str, at: int) -> bool:
    """Whether `text` at `at` calls a medicine by its kind ("the muscle relaxer", "my
    painkillers"), not by its name."""
    return bool(_ANY_MEDICINE.match(text, at)) or any(
        pattern.match(text, at) for pattern, _ in KINDS
    )


def of_kind(classes: Sequence[str], meds: Sequence[str]) -> list[str]:
    """The person's medicines of the first of `classes` any of them has."""
    for cls in classes:
        found = [g for g in meds if _is(g, cls)]
        if found:
            return found
    return []


def _is(generic: str, cls: str) -> bool:
    drug = get_drug(generic)
    if cls == "patch":
        return "patch" in generic or (drug is not None and drug.route == "transdermal")
    return drug is not None and cls in drug.classes
