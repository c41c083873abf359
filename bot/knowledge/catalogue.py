"""The README's "Safety checks" tables, written from ``drugs.yaml`` so the two cannot
drift apart: ``python -m bot.knowledge.catalogue`` prints them and rewrites README.md
between its markers; a test fails when the README's copy is stale."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from bot.knowledge.models import Drug, Form, Knowledge, ProductMax, Selector, unit_word
from bot.knowledge.registry import knowledge

BEGIN = "<!-- knowledge:begin (python -m bot.knowledge.catalogue) -->"
END = "<!-- knowledge:end -->"


def _selector(sel: Selector) -> str:
    return " / ".join([*sel.ingredients, *(c.replace("_", " ") for c in sel.classes)])


def _units(n: float, unit: str) -> str:
    return f"{n:g} {unit_word(unit, n)}"


def _cap(cap: ProductMax) -> str:
    if cap.by_strength:
        return ", ".join(f"{k}: {_units(v, cap.unit)}" for k, v in cap.by_strength.items()) + (
            " a day"
        )
    return f"{_units(cap.per_day or 0, cap.unit)} a day"


def _limits(drug: Drug, form: Form | None) -> list[str]:
    owner = form or drug
    out = []
    if form is not None and form.max_daily is not None:
        out.append(f"{form.max_daily.absolute:g} mg a day")
    elif form is None and drug.max_daily is not None and drug.max_daily.unit == "mg":
        out.append(f"{drug.max_daily.absolute:g} mg a day")
    if owner.product_max is not None:
        out.append(_cap(owner.product_max))
    if owner.course_limit is not None:
        out.append(f"course {owner.course_limit.days} days")
    if owner.min_interval is not None:
        out.append(f"≥ {owner.min_interval.hours:g} h between doses")
    return out


def tables(data: Knowledge | None = None) -> str:
    """Markdown: the combination rules, then every product's own labelled limits."""
    data = data or knowledge()
    lines = [
        "| rule | severity | when a list holds | source |",
        "|---|---|---|---|",
    ]
    for rule in data.combinations:
        source = " ".join(rule.source.split())[:90]
        both = ", or one product holding both" if rule.one_product else ""
        lines.append(
            f"| `{rule.code}` | {rule.severity} | {_selector(rule.a)} + {_selector(rule.b)}"
            f"{both} | {source}… |"
        )
    lines += ["", "| medicine | form | labelled limits |", "|---|---|---|"]
    for drug in data.drugs:
        rows: list[tuple[str, list[str]]] = [("", _limits(drug, None))]
        rows += [(f.name, _limits(drug, f)) for f in drug.forms]
        for form_name, limits in rows:
            if limits:
                lines.append(f"| {drug.name} | {form_name} | {'; '.join(limits)} |")
    lines += ["", "Danger signs tied to a class (the alarm names the person's medicine):", ""]
    for key, cls in data.classes.items():
        if cls.danger_signs:
            flags = ", ".join(f"`{f}`" for f in cls.danger_signs)
            lines.append(f"- {key.replace('_', ' ')}: {flags}")
    return "\n".join(lines)


def rewrite(readme: Path) -> bool:
    """Put the current tables between the README's markers; True if it changed."""
    text = readme.read_text("utf-8")
    block = f"{BEGIN}\n{tables()}\n{END}"
    new = re.sub(re.escape(BEGIN) + r".*?" + re.escape(END), lambda _: block, text, flags=re.S)
    if new != text:
        readme.write_text(new, "utf-8")
    return new != text


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("README.md")
    print("README.md rewritten" if rewrite(target) else "README.md already current")
