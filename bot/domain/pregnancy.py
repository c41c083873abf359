"""A pregnancy told — known, possible or planned — or asked about: what the labels of the
person's medicines say of pregnancy, each fact with its source, and whom to ask soon.
Never whether to stop or go on with a medicine: that is the doctor's or the pharmacist's.

The facts and their sources are in bot/knowledge/drugs.yaml (`pregnancy:`): the FDA's
2020 NSAID labelling change (about 20 weeks or later: the unborn baby's kidneys, low
amniotic fluid), the EMA's 2013–2014 thiocolchicoside referral, the opioid boxed warning
(neonatal opioid withdrawal syndrome), the pregabalin and gabapentin labels' §8.1 and
acetaminophen's Drug Facts. A medicine none of them is said of is named for the
pharmacist to check its label. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.domain.dose_amounts import drug_for, label_for
from bot.domain.regimen import display_name
from bot.domain.wording import and_list
from bot.knowledge import pregnancy_facts

__all__ = ["LabelFact", "PregnancyLabels", "labels_on_pregnancy", "said_of_pregnancy"]

HEAD = "🤰 Pregnancy and your medicines — here is what their labels say (facts, not advice):"
FACT = "• {text} (Source: {cite})"
UNREAD = (
    "• I hold no pregnancy wording from the label of {names}: please ask your pharmacist to "
    "check {labels}."
)
NO_MEDICINES = "🤰 You haven't told me of any medicines yet, so I have no labels to show."
KEPT = "I've kept this in your notes for your report."
# The reply's last words: whom to ask, and soon (the button's line comes before them)
ASK_LAST = (
    "Please don't wait for an appointment — talk to your doctor or pharmacist about your "
    "medicines soon."
)
TAP = "Tap below to keep the question for your doctor too."


@dataclass(frozen=True, slots=True)
class LabelFact:
    """One label's or regulator's words, said of the person's medicines `shown`."""

    code: str
    text: str
    cite: str
    shown: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PregnancyLabels:
    """The facts held for the medicines, and the medicines none is held for."""

    facts: tuple[LabelFact, ...]
    unread: tuple[str, ...]


def labels_on_pregnancy(names: Iterable[str]) -> PregnancyLabels:
    """What the labels say of pregnancy for the medicines `names` (as the person calls
    them), in the knowledge file's order; each medicine once."""
    shown_of: dict[str, None] = {}
    held: dict[str, list[str]] = {}
    read: set[str] = set()
    facts = pregnancy_facts()
    for name in names:
        drug = drug_for(None, name)
        shown = display_name(label_for(name, drug))  # "Naproxen", never "naproxen"
        if shown in shown_of:
            continue
        shown_of[shown] = None
        for fact in facts:
            if fact.matches(drug, name):
                held.setdefault(fact.code, []).append(shown)
                read.add(shown)
    said = tuple(
        LabelFact(f.code, f.text.format(meds=and_list(held[f.code])), f.cite, tuple(held[f.code]))
        for f in facts
        if f.code in held
    )
    return PregnancyLabels(said, tuple(s for s in shown_of if s not in read))


def said_of_pregnancy(labels: PregnancyLabels, *, kept: bool = True, offer: bool = True) -> str:
    """The one reply: the labels' facts with their sources, the medicines to have checked,
    that it was kept for the report (`kept`), the button to keep the question (`offer`),
    and the doctor or pharmacist, soon."""
    lines = [HEAD] if labels.facts or labels.unread else [NO_MEDICINES]
    lines += [FACT.format(text=f.text, cite=f.cite) for f in labels.facts]
    if labels.unread:
        which = "their labels" if len(labels.unread) > 1 else "its label"
        lines.append(UNREAD.format(names=and_list(list(labels.unread)), labels=which))
    end = [KEPT] if kept else []
    end += [TAP] if offer else []
    end.append(ASK_LAST)
    return "\n\n".join([*lines, " ".join(end)])
