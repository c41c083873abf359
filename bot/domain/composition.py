"""What of a product's ingredients, as told, can be counted and checked: the ones the
knowledge file has, kept with their strengths, even when another is not known (Sandbox,
Bengaluru: "aceclofenac 100, paracetamol 325, serratiopeptidase 15" kept Zerodol-SP
unknown as a whole, so its paracetamol was never in the 24-hour total nor in the
duplicate-ingredient check when Dolo 650 was added). Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.domain.dose_amounts import written_amounts
from bot.domain.wording import and_list
from bot.knowledge import get_drug, parse_strength, resolve_name
from bot.parsing.composition import Part

#: Longest `Medication.other_ingredients` kept.
OTHER_MAX = 200


@dataclass(frozen=True)
class Kept:
    """A product's ingredients as the checks read them."""

    #: The knowledge file's medicine it is counted as (one ingredient, or a combination
    #: the file has); None when nothing told can be.
    generic: str | None
    #: What one unit holds of that one ingredient, when said; None for a combination.
    amount: float | None
    unit: str | None
    #: The parts counted and checked, and those not known (never counted).
    counted: tuple[Part, ...]
    not_known: tuple[Part, ...]

    @property
    def known_apart(self) -> tuple[Part, ...]:
        """The parts not counted that the file knows on its own (chlorzoxazone beside the
        paracetamol of a product it has no row for)."""
        return tuple(p for p in self.not_known if p.generic is not None)

    @property
    def other_ingredients(self) -> str | None:
        """The parts not known, for `Medication.other_ingredients` ("aceclofenac 100,
        serratiopeptidase 15"); None when every part told is counted or none is."""
        if self.generic is None or not self.not_known:
            return None
        return ", ".join(p.said for p in self.not_known)[:OTHER_MAX]


def kept_of(parts: Sequence[Part]) -> Kept:
    """The parts the knowledge file has, as one medicine, beside those it does not."""
    known = [p for p in parts if p.generic is not None]
    unknown = tuple(p for p in parts if p.generic is None)
    generics = list(dict.fromkeys(p.generic for p in known if p.generic))
    if len(generics) == 1:
        part = known[0]
        unit = part.unit
        if part.amount is not None and unit is None:
            drug = get_drug(generics[0])
            units = {s.unit for s in drug.strengths} if drug is not None else set()
            unit = units.pop() if len(units) == 1 else None
        return Kept(generics[0], part.amount, unit, tuple(known), unknown)
    if len(generics) > 1:
        match = resolve_name(" + ".join(generics))
        if match is not None and match.exact:
            return Kept(match.generic, None, None, tuple(known), unknown)
        if COUNTED_FIRST in generics:
            # Several medicines the file has as no one product: the paracetamol, whose
            # daily maximum is the one hidden in combinations, is counted; the others
            # are kept beside it, said plainly (never dropped with it: Sandbox, Pune).
            para = tuple(p for p in parts if p.generic == COUNTED_FIRST)
            rest = tuple(p for p in parts if p.generic != COUNTED_FIRST)
            return replace(kept_of(para), not_known=rest)
    # Nothing, or several medicines the file has as no one product: not counted at all.
    return Kept(None, None, None, (), tuple(parts))


#: The ingredient counted when several are told that the file has as no one product.
COUNTED_FIRST = "acetaminophen"


def in_label_order(kept: Kept, strength: str | None) -> str | None:
    """The strength of a combination the file has, its numbers in the order its label
    writes the ingredients, when the parts were told with amounts in another ("chlorzoxazone
    500 + paracetamol 325": "325/500"), so each amount is read as the one said; the
    strength as it was otherwise (its order read right, or nothing to go by)."""
    drug = get_drug(kept.generic) if kept.generic else None
    if drug is None or not drug.is_combination or any(p.amount is None for p in kept.counted):
        return strength
    told = {p.generic: p.amount for p in kept.counted}
    if set(told) != set(drug.ingredients):
        return strength
    if written_amounts(drug, strength) == told:
        return strength
    return "/".join(f"{told[g]:g}" for g in drug.ingredients)


def amount_replaces(amount: float | None, strength: str | None) -> bool:
    """Whether the counted ingredient's amount takes the place of a medicine's own: it had
    none, or a strength of several parts ("100/325/15": its first was no ingredient's)."""
    return amount is None or len(parse_strength(strength) or ()) > 1


def counted_said(kept: Kept) -> str:
    """ "paracetamol 325 mg", "paracetamol and codeine": the parts counted, as told."""
    said = [
        p.name
        if p.amount is None
        else f"{p.name} {p.amount:g}{f' {u}' if (u := p.unit or kept.unit) else ''}"
        for p in kept.counted
    ]
    return and_list(said)


def not_known_said(kept: Kept) -> str:
    """ "aceclofenac or serratiopeptidase": the names of the parts not known."""
    names = [p.name for p in kept.not_known]
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " or " + names[-1]


def amounts_from(parts: Sequence[Part], strength: str | None, unit: str | None) -> tuple[Part, ...]:
    """The ingredients named without amounts ("chlorzoxazone and paracetamol") given those
    of the strength saved before ("250/300"), one to each, in the order both were said; the
    parts as they were when any has its own, or the numbers are not one to each."""
    written = parse_strength(strength) or ()
    if any(p.amount is not None for p in parts) or len(written) != len(parts) or len(parts) < 2:
        return tuple(parts)
    return tuple(
        replace(p, amount=float(v), unit=p.unit or unit)
        for p, v in zip(parts, written, strict=True)
    )
