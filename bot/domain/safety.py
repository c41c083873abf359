"""Medication safety rules — pure functions over plain dataclasses.

No Telegram, no database, no clock: every input is passed in (a dose's ``at`` is
the only time used). Facts come from :mod:`bot.knowledge` (``drugs.yaml``).

Every :class:`SafetyWarning` states a fact in plain language, names the two
medications or the total, and ends with exactly "talk to your doctor or
pharmacist." It never tells anyone to take more or less of anything.

Amount conventions
------------------
* ``RegimenItem.amount_per_unit`` is the strength of ONE unit (tablet, patch). For
  a combination product it is the amount of its main ingredient (the opioid in
  Norco/Percocet/Ultracet); ``strength="10/325"`` may be given instead or as well,
  and wins when it names every ingredient.
* ``DoseTaken``: with ``count`` set, ``amount`` is the strength per unit (``2 x
  500 mg``); with ``count`` unset, ``amount`` is the total taken (``1000 mg``).
  With no ``amount`` the regimen item's strength is used. ``unit`` ``g``/``mcg``
  are converted to mg; ``None`` means mg; ``"unit"`` means ``amount`` is a count.
* Fentanyl patches: ``amount_per_unit`` is the patch rate in mcg/hr.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from bot.domain.regimen import display_name
from bot.knowledge import (
    Drug,
    combination_rules,
    get_drug,
    mme_guidance,
    normalize_name,
    parse_strength,
    resolve_name,
)

__all__ = [
    "END",
    "OVERDOSE",
    "DoseTaken",
    "MmeLine",
    "MmeResult",
    "RegimenItem",
    "SafetyWarning",
    "Severity",
    "Warning",
    "check_as_needed_dose",
    "check_dose_outside_regimen",
    "check_new_medication",
    "check_regimen",
    "dose_ingredients",
    "combination_amount",
    "daily_mme",
    "ingredient_amounts",
]

END = "talk to your doctor or pharmacist."
#: The code of a warning past a labelled maximum that quotes the label's overdose advice.
OVERDOSE = "overdose"
_WINDOW = timedelta(hours=24)
_EPS = 1e-6


class Severity(StrEnum):
    INFO = "info"
    CAUTION = "caution"
    WARNING = "warning"

    @property
    def rank(self) -> int:
        return {"info": 0, "caution": 1, "warning": 2}[self.value]


@dataclass(frozen=True)
class SafetyWarning:
    """One safety message. ``code`` is a stable identifier for tests and logs."""

    code: str
    severity: Severity
    text: str
    medications: tuple[str, ...] = ()


Warning = SafetyWarning  # noqa: A001 - the name used in the issue/brief


@dataclass(frozen=True)
class RegimenItem:
    """A medicine in the user's regimen (plain data, no ORM)."""

    generic: str | None
    name: str
    amount_per_unit: float | None
    unit: str | None
    units_per_day: float | None
    as_needed: bool
    max_per_day: int | None
    strength: str | None = None


@dataclass(frozen=True)
class DoseTaken:
    """A logged dose; `scheduled`: a reminder's dose answered Taken (not an extra one)."""

    generic: str | None
    name: str
    amount: float | None
    unit: str | None
    count: float | None
    at: datetime
    scheduled: bool = False
    strength: str | None = None  # a combination's strength as written ("30/500")


@dataclass(frozen=True)
class MmeLine:
    generic: str
    name: str
    mg_per_day: float | None
    factor: float | None
    mme: float | None
    note: str | None = None
    #: An as-needed line counted at the user's own daily maximum: an upper bound.
    at_max: bool = False


@dataclass(frozen=True)
class MmeResult:
    """Total morphine milligram equivalents per day (CDC 2022 factors)."""

    total: float
    per_drug: tuple[MmeLine, ...] = ()
    notes: tuple[str, ...] = ()
    complete: bool = True
    warnings: tuple[SafetyWarning, ...] = field(default=())


# ------------------------------------------------------------------- helpers


def _drug_for(generic: str | None, name: str) -> Drug | None:
    if generic:
        drug = get_drug(generic)
        if drug is not None:
            return drug
        match = resolve_name(generic)
        if match is not None:
            return match.drug
    match = resolve_name(name) if name else None
    return match.drug if match is not None else None


def _label(name: str, drug: Drug | None) -> str:
    """``"Norco (hydrocodone/acetaminophen)"``; just the name when they agree."""
    # A name reads as a name, however it was typed ("tylenol" → "Tylenol").
    shown = display_name(name.strip()) or (drug.name if drug else "this medicine")
    if drug is None:
        return shown
    if normalize_name(shown) in (normalize_name(drug.generic), normalize_name(drug.name)):
        return drug.name
    return f"{shown} ({drug.name})"


def _fmt(x: float) -> str:
    if abs(x - round(x)) < 0.05:
        return f"{round(x):,}"
    return f"{x:,.1f}"


def _finish(body: str, lead: str = "Please") -> str:
    """Append the closing sentence; the text always ends with :data:`END`."""
    body = body.strip()
    return f"{body[:1].upper()}{body[1:]} {lead} {END}"


def _to_mg(amount: float, unit: str | None) -> float | None:
    u = (unit or "mg").strip().lower()
    if u in ("mg", "milligram", "milligrams"):
        return amount
    if u in ("g", "gram", "grams"):
        return amount * 1000.0
    if u in ("mcg", "µg", "ug", "microgram", "micrograms"):
        return amount / 1000.0
    return None


def ingredient_amounts(
    drug: Drug,
    amount_per_unit: float | None,
    unit: str | None,
    strength: str | None,
    name: str | None = None,
) -> dict[str, float]:
    """Amount of each ingredient in ONE unit (mg), as far as it can be known.

    Uses, in order: a written strength naming every ingredient (``"10/325"``); the
    unit amount matched against the marketed strengths; an ingredient amount that
    is the same in every marketed strength (e.g. 325 mg acetaminophen in Norco).
    Ingredients that cannot be pinned down are left out.
    """
    mg_units = {s.unit for s in drug.strengths} <= {"mg"}
    if not mg_units:
        return {}
    written = parse_strength(strength)
    whole = _written_amounts(drug, strength)
    if whole is not None:
        return whole
    amount = _to_mg(amount_per_unit, unit) if amount_per_unit is not None else None
    if amount is None and written and len(written) == 1:
        amount = written[0]
    if not drug.is_combination:
        return {drug.ingredients[0]: amount} if amount is not None else {}
    # The strengths a medicine of this name comes in (co-codamol's are not Tylenol #3's).
    candidates = [s.amounts for s in drug.strengths_for(name)]
    result: dict[str, float] = {}
    if amount is not None:
        matched = [st.amounts for st in drug.strengths_with_primary(amount, name)]
        if matched:
            candidates = matched
        else:
            result[drug.primary_ingredient] = amount
    for ingredient in drug.ingredients:
        if ingredient in result:
            continue
        values = {c[ingredient] for c in candidates}
        if len(values) == 1:
            result[ingredient] = values.pop()
    return result


def _written_amounts(drug: Drug, strength: str | None) -> dict[str, float] | None:
    """mg of each ingredient in one unit of a combination written "A/B": in the order of
    the drug's name, or reversed when only that order is a marketed strength ("325/10"
    for Norco, "30/500" for co-codamol). None unless it names every ingredient."""
    written = parse_strength(strength)
    if not drug.is_combination or not written or len(written) != len(drug.ingredients):
        return None
    marketed = [s.amounts for s in drug.strengths]

    def is_marketed(values: tuple[float, ...]) -> bool:
        pairs = dict(zip(drug.ingredients, values, strict=True))
        return any(all(abs(m.get(k, -1) - v) < _EPS for k, v in pairs.items()) for m in marketed)

    if not is_marketed(written) and is_marketed(written[::-1]):
        written = written[::-1]
    return dict(zip(drug.ingredients, written, strict=True))


def combination_amount(drug: Drug, strength: str) -> float | None:
    """mg of the ingredient that varies between products (hydrocodone in "10/325") in one
    unit of a combination written as "A/B" (either order, see `_written_amounts`)."""
    amounts = _written_amounts(drug, strength)
    return amounts[drug.primary_ingredient] if amounts is not None else None


def _dedupe(warnings: Iterable[SafetyWarning]) -> list[SafetyWarning]:
    seen: set[tuple[str, tuple[str, ...]]] = set()
    out: list[SafetyWarning] = []
    for w in warnings:
        key = (w.code, tuple(sorted(w.medications)))
        if key in seen:
            continue
        seen.add(key)
        out.append(w)
    out.sort(key=lambda w: -w.severity.rank)  # stable: keeps order within a level
    return out


def _unknown_notice(item: RegimenItem) -> SafetyWarning:
    name = item.name.strip() or (item.generic or "this medicine")
    return SafetyWarning(
        code="unknown_medication",
        severity=Severity.INFO,
        text=_finish(
            f"I don't recognise “{name}”, so there are no safety checks for this one: "
            "I can't tell whether it overlaps with or reacts with your other medicines.",
            lead="If you're not sure how it fits with the rest,",
        ),
        medications=(name,),
    )


def _pair_warnings(x: RegimenItem, dx: Drug, y: RegimenItem, dy: Drug) -> list[SafetyWarning]:
    out: list[SafetyWarning] = []
    lx, ly = _label(x.name, dx), _label(y.name, dy)
    meds = (dx.generic, dy.generic)
    if dx.generic == dy.generic:
        out.append(
            SafetyWarning(
                code="same_drug_twice",
                severity=Severity.CAUTION,
                text=_finish(
                    f"{ly} is the same medicine as {lx}, which is already in your list. "
                    "Having it listed twice can make the daily total hard to keep track of."
                ),
                medications=(dx.generic,),
            )
        )
        return out
    shared = [i for i in dx.ingredients if i in dy.ingredients]
    for ingredient in shared:
        ing_drug = get_drug(ingredient)
        extra = f" {ing_drug.overdose_note}" if ing_drug and ing_drug.overdose_note else ""
        limit = ""
        if ing_drug and ing_drug.max_daily and ing_drug.max_daily.unit == "mg":
            limit = (
                f" The labelled maximum for {ingredient} is "
                f"{_fmt(ing_drug.max_daily.absolute)} mg a day from all products together."
            )
        out.append(
            SafetyWarning(
                code="duplicate_ingredient",
                severity=Severity.WARNING if extra else Severity.CAUTION,
                text=_finish(
                    f"{lx} and {ly} both contain {ingredient}, so taking both adds up to "
                    f"more {ingredient} than either one alone.{extra}{limit}"
                ),
                medications=meds,
            )
        )
    for rule in combination_rules():
        if shared and rule.symmetric:
            continue  # the shared-ingredient warning already covers it
        if rule.a.matches(dx) and rule.b.matches(dy):
            first, second = lx, ly
        elif rule.a.matches(dy) and rule.b.matches(dx):
            first, second = ly, lx
        else:
            continue
        out.append(
            SafetyWarning(
                code=rule.code,
                severity=Severity(rule.severity),
                text=_finish(rule.message.format(a=first, b=second)),
                medications=meds,
            )
        )
    return out


# --------------------------------------------------------------- regimen checks


def check_new_medication(regimen: Sequence[RegimenItem], new: RegimenItem) -> list[SafetyWarning]:
    """Warnings to show when ``new`` is added to ``regimen``.

    Duplicate ingredients, the same drug twice, class-level combinations from the
    reference, the MME total if the new medicine is an opioid, and a notice when
    the new medicine is unknown (no checks possible).
    """
    new_drug = _drug_for(new.generic, new.name)
    if new_drug is None:
        return [_unknown_notice(new)]
    out: list[SafetyWarning] = []
    for item in regimen:
        drug = _drug_for(item.generic, item.name)
        if drug is not None:
            out.extend(_pair_warnings(item, drug, new, new_drug))
    if "opioid" in new_drug.classes:
        out.extend(daily_mme([*regimen, new]).warnings)
    return _dedupe(out)


def check_dose_outside_regimen(
    regimen: Sequence[RegimenItem], taken: RegimenItem
) -> list[SafetyWarning]:
    """Duplicate-ingredient and combination warnings for a dose of a medicine that is not
    in the regimen (``/took 2 advil`` on daily meloxicam), as when adding it; nothing for
    a medicine no list knows."""
    drug = _drug_for(taken.generic, taken.name)
    if drug is None:
        return []
    out: list[SafetyWarning] = []
    for item in regimen:
        known = _drug_for(item.generic, item.name)
        if known is not None and known.generic != drug.generic:
            out.extend(_pair_warnings(item, known, taken, drug))
    return _dedupe(out)


def check_regimen(regimen: Sequence[RegimenItem]) -> list[SafetyWarning]:
    """Every active warning for a regimen (for the weekly summary)."""
    resolved = [(item, _drug_for(item.generic, item.name)) for item in regimen]
    out: list[SafetyWarning] = []
    for i, (x, dx) in enumerate(resolved):
        if dx is None:
            out.append(_unknown_notice(x))
            continue
        for y, dy in resolved[i + 1 :]:
            if dy is not None:
                out.extend(_pair_warnings(x, dx, y, dy))
    out.extend(daily_mme(regimen).warnings)
    return _dedupe(out)


# ------------------------------------------------------------------------ MME


def _opioid_rows(drug: Drug) -> list[Drug]:
    rows: list[Drug] = []
    for ingredient in drug.ingredients:
        row = get_drug(ingredient)
        if row is not None and row.mme is not None:
            rows.append(row)
    return rows


def daily_mme(regimen: Sequence[RegimenItem]) -> MmeResult:
    """Morphine milligram equivalents per day with the CDC 2022 factors.

    Scheduled items use ``units_per_day``; as-needed items without it are counted
    at the user's own ``max_per_day``. Buprenorphine is listed but not counted.
    Methadone and fentanyl patches carry the guideline's "less reliable" caveat.
    The result's ``warnings`` hold the guideline wording once the total reaches
    the threshold (50 MME/day), phrased as a fact to discuss with the prescriber.
    """
    guidance = mme_guidance()
    lines: list[MmeLine] = []
    notes: dict[str, None] = {}
    complete = True
    less_reliable = False
    for item in regimen:
        drug = _drug_for(item.generic, item.name)
        if drug is None:
            continue
        rows = _opioid_rows(drug)
        if not rows:
            continue
        label = _label(item.name, drug)
        units = item.units_per_day
        counted_at_max = False
        if units is None and item.as_needed and item.max_per_day is not None:
            units, counted_at_max = float(item.max_per_day), True
        per_unit = ingredient_amounts(
            drug, item.amount_per_unit, item.unit, item.strength, item.name
        )
        for row in rows:
            mme = row.mme
            assert mme is not None
            if mme.factor is None:
                lines.append(MmeLine(row.generic, label, None, None, None, "not counted"))
                notes.setdefault(guidance.note_buprenorphine, None)
                continue
            if mme.less_reliable:
                less_reliable = True
            if mme.per == "mcg/hr":
                rate = item.amount_per_unit
                if rate is None and item.strength:
                    parsed = parse_strength(item.strength)
                    rate = parsed[0] if parsed else None
                if rate is None:
                    complete = False
                    lines.append(
                        MmeLine(row.generic, label, None, mme.factor, None, "rate missing")
                    )
                    continue
                lines.append(
                    MmeLine(row.generic, label, None, mme.factor, rate * mme.factor, "mcg/hr patch")
                )
                continue
            amount = per_unit.get(row.generic)
            if amount is None or units is None:
                complete = False
                lines.append(MmeLine(row.generic, label, None, mme.factor, None, "amount missing"))
                continue
            mg_day = amount * units
            note = "counted at your maximum per day" if counted_at_max else None
            if counted_at_max:
                notes.setdefault(guidance.note_as_needed_max, None)
            lines.append(
                MmeLine(
                    row.generic,
                    label,
                    mg_day,
                    mme.factor,
                    mg_day * mme.factor,
                    note,
                    counted_at_max,
                )
            )
    total = math.fsum(line.mme for line in lines if line.mme is not None)
    total = round(total, 1)
    if less_reliable:
        notes.setdefault(guidance.note_less_reliable, None)
    if not complete:
        notes.setdefault(guidance.note_incomplete, None)
    if lines:
        notes.setdefault(guidance.note_conversion, None)
    warnings: tuple[SafetyWarning, ...] = ()
    if total >= guidance.threshold:
        names = tuple(dict.fromkeys(line.generic for line in lines if line.mme))
        caveat = f" {guidance.note_less_reliable}" if less_reliable else ""
        warnings = (
            SafetyWarning(
                code="mme_threshold",
                severity=Severity.CAUTION,
                text=_finish(
                    f"Your opioid medicines add up to about {_fmt(total)} MME a day "
                    "(morphine milligram equivalents, a way to compare opioid doses)."
                    f"{caveat} The CDC's 2022 opioid guideline says that "
                    f"“{guidance.quote_threshold}”. This is a fact worth discussing "
                    "with your prescriber."
                ),
                medications=names,
            ),
        )
    return MmeResult(
        total=total,
        per_drug=tuple(lines),
        notes=tuple(notes),
        complete=complete,
        warnings=warnings,
    )


# -------------------------------------------------------------- as-needed doses


def _matching_item(regimen: Sequence[RegimenItem], drug: Drug) -> RegimenItem | None:
    for item in regimen:
        d = _drug_for(item.generic, item.name)
        if d is not None and d.generic == drug.generic:
            return item
    return None


def _dose_units(dose: DoseTaken, item: RegimenItem | None) -> float:
    """How many units (tablets, patches) a dose was."""
    if dose.count is not None:
        return dose.count
    if dose.amount is not None and (dose.unit or "").lower() == "unit":
        return dose.amount
    if dose.amount is not None and item is not None and item.amount_per_unit:
        total = _to_mg(dose.amount, dose.unit)
        per = _to_mg(item.amount_per_unit, item.unit)
        if total is not None and per:
            return total / per
    return 1.0


def _dose_ingredients(dose: DoseTaken, drug: Drug, item: RegimenItem | None) -> dict[str, float]:
    """Total mg of each ingredient in one logged dose (known ingredients only)."""
    strength = dose.strength or (item.strength if item is not None else None)
    item_amount = item.amount_per_unit if item is not None else None
    item_unit = item.unit if item is not None else None
    unit_is_count = (dose.unit or "").lower() == "unit"
    if dose.amount is not None and not unit_is_count:
        if dose.count is not None:
            per = ingredient_amounts(drug, dose.amount, dose.unit, None, dose.name)
            if drug.is_combination and strength:
                written = ingredient_amounts(drug, None, None, strength)
                primary_mg = _to_mg(dose.amount, dose.unit)
                if (
                    primary_mg is not None
                    and abs(written.get(drug.primary_ingredient, -1.0) - primary_mg) < _EPS
                ):
                    per = written
            return {k: v * dose.count for k, v in per.items()}
        total = _to_mg(dose.amount, dose.unit)
        if total is None:
            return {}
        if not drug.is_combination:
            return {drug.ingredients[0]: total}
        per_unit = ingredient_amounts(drug, item_amount, item_unit, strength, dose.name)
        primary = drug.primary_ingredient
        if per_unit.get(primary):
            n = total / per_unit[primary]
            return {k: v * n for k, v in per_unit.items()}
        return ingredient_amounts(drug, total, "mg", None, dose.name)
    units = _dose_units(dose, item)
    per_unit = ingredient_amounts(drug, item_amount, item_unit, strength, dose.name)
    return {k: v * units for k, v in per_unit.items()}


def dose_ingredients(dose: DoseTaken, regimen: Sequence[RegimenItem]) -> dict[str, float]:
    """mg of each known ingredient in one logged dose ({} for an unknown medicine); the
    regimen supplies the strength when the dose does not say it."""
    drug = _drug_for(dose.generic, dose.name)
    if drug is None:
        return {}
    return _dose_ingredients(dose, drug, _matching_item(regimen, drug))


def check_as_needed_dose(
    regimen: Sequence[RegimenItem],
    doses_last_24h: Sequence[DoseTaken],
    new: DoseTaken,
) -> list[SafetyWarning]:
    """Warnings after logging ``new``: 24-hour totals against the limits.

    For every ingredient of the new dose, all doses in the 24 hours up to
    ``new.at`` are added up across every product containing it (Norco +
    Tylenol both count as acetaminophen) and compared with the labelled maximum
    (and, as information, the OTC label's lower limit). Separately, the number of
    units of this product is compared with the user's own maximum per day.
    Unknown medicines give no warnings here.
    """
    new_drug = _drug_for(new.generic, new.name)
    if new_drug is None:
        return []
    window_start = new.at - _WINDOW
    doses = [d for d in doses_last_24h if window_start < d.at <= new.at and d is not new]
    doses.append(new)

    totals: dict[str, float] = {}
    sources: dict[str, dict[str, None]] = {}
    units_of_new_product = 0.0
    for dose in doses:
        drug = _drug_for(dose.generic, dose.name)
        if drug is None:
            continue
        item = _matching_item(regimen, drug)
        for ingredient, mg in _dose_ingredients(dose, drug, item).items():
            totals[ingredient] = totals.get(ingredient, 0.0) + mg
            sources.setdefault(ingredient, {})[_label(dose.name, drug)] = None
        if drug.generic == new_drug.generic:
            units_of_new_product += _dose_units(dose, item)

    out: list[SafetyWarning] = []
    for ingredient in new_drug.ingredients:
        ing_drug = get_drug(ingredient)
        limit = ing_drug.max_daily if ing_drug is not None else None
        total = totals.get(ingredient)
        if limit is None or limit.unit != "mg" or total is None:
            continue
        from_list = list(sources.get(ingredient, {}))
        origin = f" (from {', '.join(from_list)})" if len(from_list) > 1 else ""
        logged = (
            f"In the last 24 hours you've logged about {_fmt(total)} mg of {ingredient}{origin}."
        )
        extra = f" {ing_drug.overdose_note}" if ing_drug and ing_drug.overdose_note else ""
        if total > limit.absolute + _EPS and ing_drug is not None and ing_drug.poison_advice:
            # Past the label's own maximum of an ingredient whose label says what to do
            # after an overdose (acetaminophen): that advice, in the label's words.
            out.append(
                SafetyWarning(
                    code=OVERDOSE,
                    severity=Severity.WARNING,
                    text=_finish(
                        f"{logged} That is more than the labelled maximum of "
                        f"{_fmt(limit.absolute)} mg a day.{extra} The {ingredient} label "
                        f"says: “{ing_drug.poison_advice}” (That number is the US Poison "
                        "Control line; elsewhere, call your local poison centre.)",
                        lead="And please",
                    ),
                    medications=(ingredient,),
                )
            )
        elif total > limit.absolute + _EPS:
            out.append(
                SafetyWarning(
                    code="over_labelled_max",
                    severity=Severity.WARNING,
                    text=_finish(
                        f"{logged} That is more than the labelled maximum of "
                        f"{_fmt(limit.absolute)} mg a day.{extra}"
                    ),
                    medications=(ingredient,),
                )
            )
        elif limit.otc is not None and limit.rx is not None and total > limit.otc + _EPS:
            out.append(
                SafetyWarning(
                    code="over_otc_label_max",
                    severity=Severity.INFO,
                    text=_finish(
                        f"{logged} That is above the {_fmt(limit.otc)} mg a day on "
                        f"over-the-counter {ingredient} labels (the prescription-label "
                        f"maximum is {_fmt(limit.rx)} mg). If a prescriber set your amount, "
                        "that plan applies.",
                        lead="If you have questions,",
                    ),
                    medications=(ingredient,),
                )
            )

    item = _matching_item(regimen, new_drug)
    if (
        item is not None
        and item.max_per_day is not None
        and units_of_new_product > item.max_per_day + _EPS
    ):
        label = _label(item.name, new_drug)
        out.append(
            SafetyWarning(
                code="over_own_max",
                severity=Severity.CAUTION,
                text=_finish(
                    f"You've logged {_fmt(units_of_new_product)} × {label} in the last "
                    f"24 hours; your own maximum is {item.max_per_day} a day."
                ),
                medications=(new_drug.generic,),
            )
        )
    return _dedupe(out)
