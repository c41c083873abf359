"""What a medicine has in it, said to the person who asked ("any paracetamol in the co
codamol?"): the knowledge file's ingredients and, for their own listed strength, the mg of
each in one unit. Facts only; pure."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.domain.wording import and_list

__all__ = ["contents_said"]


def _mg(value: float) -> str:
    """ "500", "7.5", "1,000": a whole number without its point."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


def contents_said(
    name: str,
    ingredients: Sequence[str],
    per_unit: Mapping[str, float],
    asked: str | None,
    limit_mg: float | None,
) -> str:
    """The answer: whether `name` has `asked` in it (None: what it has), the mg of each
    ingredient in one unit when `per_unit` knows them all, and for an ingredient with a
    labelled daily maximum, that every product containing it counts towards it."""
    has = asked is None or asked in ingredients
    if asked is None and len(ingredients) == 1:
        head = f"{name} is {ingredients[0]} alone."
    elif asked is None:
        head = f"{name} has {and_list(list(ingredients))} in it."
    elif has:
        head = f"Yes — {name} has {asked} in it."
    else:
        head = (
            f"No — as far as I know, {name} has {and_list(list(ingredients))} in it, "
            f"no {asked}. The label on the pack says for sure."
        )
    lines = [head]
    if has and per_unit and all(i in per_unit for i in ingredients):
        parts = [f"{_mg(per_unit[i])} mg {i}" for i in ingredients]
        lines.append(f"Each one has {and_list(parts)}.")
    if has and asked is not None and limit_mg is not None:
        lines.append(
            f"The labelled maximum for {asked} is {_mg(limit_mg)} mg a day from all products "
            f"together, so {asked} from anything else you take adds to it. When you log a "
            "dose, I add it up across everything you've logged."
        )
    lines.append("If you're not sure, talk to your doctor or pharmacist.")
    return "\n".join(lines)
