"""Codeine and tramadol while breastfeeding: the FDA's 2017 warning, and the baby's signs
that need a doctor at once.

Sources (read): FDA, "Use of Codeine and Tramadol Products in Breastfeeding Women -
Questions and Answers" (fda.gov, Postmarket Drug Safety Information): codeine and
tramadol are changed in the liver (CYP2D6) to their active forms, faster in "ultra-rapid
metabolizers"; FDA Drug Safety Communication 2017-04-20 (as reported by Healio, 2017-04-20):
"Codeine and tramadol may increase the risk for serious adverse reactions in infants of
breastfeeding women, including excess sleepiness, difficulty breastfeeding or serious
breathing issues that may result in death", with a strengthened label warning
"recommending against" their use in breastfeeding mothers; FDA 2007 public health advisory
on codeine in nursing mothers: signs in the infant "increased sleepiness, difficulty
breastfeeding, difficulty with breathing, and limpness". Pure.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.domain.dose_amounts import drug_for

__all__ = ["through_the_milk"]

_WARNED: frozenset[str] = frozenset({"codeine", "tramadol"})


def through_the_milk(names: Iterable[str]) -> list[tuple[str, str]]:
    """Of the medicines `names`, those holding codeine or tramadol: (name, ingredient)."""
    out: list[tuple[str, str]] = []
    for name in names:
        drug = drug_for(None, name)
        if drug is None:
            continue
        held = sorted(_WARNED & set(drug.ingredients))
        if held:
            out.append((name, held[0]))
    return out
