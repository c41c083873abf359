"""A medicine called by its kind ("my nerve pill", "the muscle relaxer", "the
anti-inflammatory", "my pain patch"): the one of the person's own medicines of that kind,
as the knowledge file classes it. Pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.knowledge import get_drug

__all__ = ["KINDS", "names_a_kind", "of_kind", "one_pill_by_its_look"]

#: Words for a kind of medicine -> the knowledge file's classes it names (the first that
#: the person takes wins: "nerve pill" is the gabapentinoid, else the antidepressant).
KINDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\bmuscle\s+relax\w*|\brelaxers?\b"), ("muscle_relaxant",)),
    (
        re.compile(
            r"\bnerve\s+(?:pain\s+)?(?:pills?|meds?|medication|medicine|tablets?|tabs?|"
            r"caps?|capsules?|drugs?|one)\b"
        ),
        ("gabapentinoid", "snri", "tca"),
    ),
    # "the mood pill", "the one for my mood": the antidepressant
    (
        re.compile(
            r"\b(?:mood|depression|happy)\s+(?:pills?|meds?|medication|medicine|tablets?|tabs?|"
            r"caps?|capsules?|drugs?|one)\b|\bone\s+for\s+(?:my\s+)?(?:mood|depression)\b"
        ),
        ("snri", "tca", "ssri"),
    ),
    (re.compile(r"\banti[-\s]?inflam\w*|\bnsaids?\b"), ("nsaid",)),
    (re.compile(r"\bsteroids?\b"), ("corticosteroid",)),
    (re.compile(r"\b(?:opioids?|opiates?|narcotics?)\b"), ("opioid",)),
    (re.compile(r"\banti[-\s]?depressants?\b"), ("snri", "tca", "ssri")),
    (re.compile(r"\bpain\s+patch(?:es)?\b"), ("patch",)),
    # "took my ibuprofen and the antibiotic": a short course beside the regimen (Sandbox)
    (re.compile(r"\b(?:anti[-\s]?biotics?|abx)\b"), ("antibiotic",)),
    # "my stomach tablet", "the tummy pill": the stomach protector taken beside an NSAID
    (
        re.compile(
            r"\b(?:stomach|tummy|gut|acid|heartburn)\s+(?:protect\w*\s+)?(?:pills?|meds?|"
            r"medication|medicine|tablets?|tabs?|caps?|capsules?|one)\b"
        ),
        ("gastroprotective",),
    ),
)


# Medicines called by what they are for or how they look, with no class of the
# knowledge file behind them: a dose all the same ("took the painkillers", "had my water
# pills", "took the little white one", "the sleepy tablet")
_LOOK = (
    r"(?:(?:little|big|small|tiny|huge|round|oval|long|fat|white|yellow|blue|pink|orange|green|red|"
    r"brown|purple|grey|gray|peach|sleepy|horse|chalky|chewy|bitter|funny[-\s]shaped)\s+){1,3}"
)
_ANY_MEDICINE = re.compile(
    r"pain\s*killers?\b|pain\s+(?:meds|medication|pills?|tablets?|relief)\b|"
    r"(?:sleeping|water|blood\s+pressure|bp)\s+(?:pills?|meds|tablets?)\b|"
    + _LOOK
    + r"(?:ones?|pills?|tablets?|tabs?|capsules?|caps?)\b"
)
# One of them, by its look: "the little white one", "my sleepy tablet" (never "the white
# ones": those may be all that is due)
_ONE_BY_ITS_LOOK = re.compile(
    r"\b(?:the|my|that|this)\s+" + _LOOK + r"(?:one|pill|tablet|tab|capsule|cap)\b(?!s)"
)


def one_pill_by_its_look(text: str) -> bool:
    """Whether `text` calls one pill by how it looks ("the little white one"): one dose of
    one of the medicines due, not all of them."""
    return bool(_ONE_BY_ITS_LOOK.search(text))


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


# Antibiotics by their names' families (the knowledge file holds the back-pain medicines
# only): penicillins, cephalosporins, macrolides, quinolones, tetracyclines and the rest
_ANTIBIOTIC_NAME = re.compile(
    r"cillin|cef|ceph|mycin|micin|floxacin|cycline|amoxiclav|augmentin|keflex|cipro\b|doxy\b|"
    r"metronidazole|flagyl|trimethoprim|nitrofurantoin|macrobid|co-?trimoxazole|bactrim|"
    r"sulfamethoxazole|septrin|zithromax|z-?pac?k|linezolid|fosfomycin|rifampi"
)


def _is(generic: str, cls: str) -> bool:
    drug = get_drug(generic)
    if cls == "patch":
        return "patch" in generic or (drug is not None and drug.route == "transdermal")
    if cls == "antibiotic":
        return bool(_ANTIBIOTIC_NAME.search(generic.lower()))
    return drug is not None and cls in drug.classes
