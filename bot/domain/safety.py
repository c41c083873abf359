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
from datetime import date, datetime, timedelta
from enum import StrEnum

from bot.domain.regimen import display_name
from bot.knowledge import (
    CourseLimit,
    Drug,
    Form,
    MaxDaily,
    MinInterval,
    ProductMax,
    combination_rules,
    get_drug,
    knowledge,
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
    "danger_sign_notes",
    "dose_ingredients",
    "label_limits",
    "course_limit_notice",
    "plan_warnings",
    "drug_of",
    "product_units",
    "strength_label",
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
    #: The local date the medicine was first taken from (for labelled course limits).
    started: date | None = None


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
    form = drug.form_for(name)
    factor = form.as_ingredient if form is not None else 1.0
    amounts = _written_ingredient_amounts(drug, amount_per_unit, unit, strength, name)
    return {k: v * factor for k, v in amounts.items()} if factor != 1.0 else amounts


def _written_ingredient_amounts(
    drug: Drug,
    amount_per_unit: float | None,
    unit: str | None,
    strength: str | None,
    name: str | None,
) -> dict[str, float]:
    """`ingredient_amounts` as written on the pack (a salt at its own weight)."""
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
    replaced: set[str] = set()
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
        replaced.update(rule.supersedes)
    return [w for w in out if w.code not in replaced]


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
    out.extend(plan_warnings(new))
    course = course_limit_notice(new)
    if course is not None:
        out.append(course)
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


def check_regimen(regimen: Sequence[RegimenItem], today: date | None = None) -> list[SafetyWarning]:
    """Every active warning for a regimen (for the weekly summary); with `today`, also
    the medicines used past their label's course limit."""
    resolved = [(item, _drug_for(item.generic, item.name)) for item in regimen]
    out: list[SafetyWarning] = []
    for i, (x, dx) in enumerate(resolved):
        if dx is None:
            out.append(_unknown_notice(x))
            continue
        out.extend(plan_warnings(x))
        passed = course_limit_notice(x, today) if today is not None else None
        if passed is not None:
            out.append(passed)
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
    for item in regimen:
        drug = _drug_for(item.generic, item.name)
        for row in _opioid_rows(drug) if drug is not None else []:
            assert drug is not None
            line, note = _mme_line(item, drug, row)
            lines.append(line)
            if note:
                notes.setdefault(note, None)
    total = round(math.fsum(line.mme for line in lines if line.mme is not None), 1)
    less_reliable = any(_less_reliable(line.generic) for line in lines)
    complete = all(line.mme is not None or line.note == "not counted" for line in lines)
    if less_reliable:
        notes.setdefault(guidance.note_less_reliable, None)
    if not complete:
        notes.setdefault(guidance.note_incomplete, None)
    if lines:
        notes.setdefault(guidance.note_conversion, None)
    warnings: tuple[SafetyWarning, ...] = ()
    if total >= guidance.threshold:
        names = tuple(dict.fromkeys(line.generic for line in lines if line.mme))
        warnings = (_mme_warning(total, names, less_reliable),)
    return MmeResult(
        total=total,
        per_drug=tuple(lines),
        notes=tuple(notes),
        complete=complete,
        warnings=warnings,
    )


def _less_reliable(generic: str) -> bool:
    """The CDC says this opioid's factor is less reliable (methadone, fentanyl patch)."""
    row = get_drug(generic)
    return row is not None and row.mme is not None and row.mme.less_reliable


def _mme_line(item: RegimenItem, drug: Drug, row: Drug) -> tuple[MmeLine, str | None]:
    """One opioid ingredient of one medicine a day in MME, and the note it calls for."""
    guidance = mme_guidance()
    mme = row.mme
    assert mme is not None
    label = _label(item.name, drug)
    if mme.factor is None:
        # Levorphanol and meperidine are simply not in the CDC 2022 table; only
        # buprenorphine's note gives the table's own reason.
        note = (
            guidance.note_buprenorphine
            if row.generic == "buprenorphine"
            else f"{row.name.capitalize()} is not counted: the CDC 2022 MME table "
            "gives no conversion factor for it."
        )
        return MmeLine(row.generic, label, None, None, None, "not counted"), note
    if mme.per == "mcg/hr":
        rate = item.amount_per_unit
        if rate is None and item.strength:
            parsed = parse_strength(item.strength)
            rate = parsed[0] if parsed else None
        if rate is None:
            return MmeLine(row.generic, label, None, mme.factor, None, "rate missing"), None
        return MmeLine(
            row.generic, label, None, mme.factor, rate * mme.factor, "mcg/hr patch"
        ), None
    units = item.units_per_day
    at_max = units is None and item.as_needed and item.max_per_day is not None
    if at_max:
        units = float(item.max_per_day or 0)
    per_unit = ingredient_amounts(drug, item.amount_per_unit, item.unit, item.strength, item.name)
    amount = per_unit.get(row.generic)
    if amount is None or units is None:
        return MmeLine(row.generic, label, None, mme.factor, None, "amount missing"), None
    mg_day = amount * units
    return (
        MmeLine(
            row.generic,
            label,
            mg_day,
            mme.factor,
            mg_day * mme.factor,
            "counted at your maximum per day" if at_max else None,
            at_max,
        ),
        guidance.note_as_needed_max if at_max else None,
    )


def _mme_warning(total: float, names: tuple[str, ...], less_reliable: bool) -> SafetyWarning:
    guidance = mme_guidance()
    caveat = f" {guidance.note_less_reliable}" if less_reliable else ""
    return SafetyWarning(
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
    """Total mg of each ingredient in one logged dose (known ingredients only); nothing for
    a topical form (grams of gel are not milligrams swallowed)."""
    if label_limits(drug, _dose_name(dose, item), dose.unit).topical:
        return {}
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
            form = drug.form_for(_dose_name(dose, item))
            return {drug.ingredients[0]: total * (form.as_ingredient if form else 1.0)}
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
    (and, as information, the OTC label's lower limit); then the product's own label
    (units a day, a form's maximum, the gap between doses); then the number of units of
    this product against the user's own maximum per day. Unknown medicines give none.
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
    out = [
        w
        for ingredient in new_drug.ingredients
        if ingredient in totals
        and (
            w := _ingredient_total_warning(
                ingredient, totals[ingredient], list(sources[ingredient])
            )
        )
    ]
    product = _product_dose_warnings(regimen, doses, new, new_drug)
    out.extend(product)
    item = _matching_item(regimen, new_drug)
    if not any(w.code == "over_product_max" for w in product):
        own = _own_max_warning(item, new_drug, units_of_new_product)
        if own is not None:
            out.append(own)
    return _dedupe(out)


def _ingredient_total_warning(
    ingredient: str, total: float, from_list: list[str]
) -> SafetyWarning | None:
    """One ingredient's 24-hour total against its labelled maximum (and, as information,
    the lower over-the-counter one); past acetaminophen's, the label's overdose advice."""
    ing_drug = get_drug(ingredient)
    limit = ing_drug.max_daily if ing_drug is not None else None
    if ing_drug is None or limit is None or limit.unit != "mg":
        return None
    origin = f" (from {', '.join(from_list)})" if len(from_list) > 1 else ""
    logged = f"In the last 24 hours you've logged about {_fmt(total)} mg of {ingredient}{origin}."
    extra = f" {ing_drug.overdose_note}" if ing_drug.overdose_note else ""
    over = f"{logged} That is more than the labelled maximum of {_fmt(limit.absolute)} mg a day."
    if total > limit.absolute + _EPS and ing_drug.poison_advice:
        # Past the label's own maximum of an ingredient whose label says what to do after
        # an overdose (acetaminophen): that advice, in the label's words.
        return SafetyWarning(
            code=OVERDOSE,
            severity=Severity.WARNING,
            text=_finish(
                f"{over}{extra} The {ingredient} label says: “{ing_drug.poison_advice}” "
                "(That number is the US Poison Control line; elsewhere, call your local "
                "poison centre.)",
                lead="And please",
            ),
            medications=(ingredient,),
        )
    if total > limit.absolute + _EPS:
        return SafetyWarning(
            code="over_labelled_max",
            severity=Severity.WARNING,
            text=_finish(f"{over}{extra}"),
            medications=(ingredient,),
        )
    if limit.otc is not None and limit.rx is not None and total > limit.otc + _EPS:
        return SafetyWarning(
            code="over_otc_label_max",
            severity=Severity.INFO,
            text=_finish(
                f"{logged} That is above the {_fmt(limit.otc)} mg a day on over-the-counter "
                f"{ingredient} labels (the prescription-label maximum is {_fmt(limit.rx)} mg). "
                "If a prescriber set your amount, that plan applies.",
                lead="If you have questions,",
            ),
            medications=(ingredient,),
        )
    return None


def _own_max_warning(item: RegimenItem | None, drug: Drug, units: float) -> SafetyWarning | None:
    """The units of this product in 24 hours against the person's own maximum a day."""
    if item is None or item.max_per_day is None or units <= item.max_per_day + _EPS:
        return None
    return SafetyWarning(
        code="over_own_max",
        severity=Severity.CAUTION,
        text=_finish(
            f"You've logged {_fmt(units)} × {_label(item.name, drug)} in the last 24 hours; "
            f"your own maximum is {item.max_per_day} a day."
        ),
        medications=(drug.generic,),
    )


# ------------------------------------------------------- a product label's own limits


@dataclass(frozen=True)
class LabelLimits:
    """The limits a product's own label sets, beside its ingredients' maxima: a form's
    own mg maximum (ConZip 300 mg), units a day (Norco 10/325: 6 tablets), how long
    it is used (ketorolac 5 days) and the shortest gap between doses."""

    drug: Drug
    form: Form | None
    max_daily: MaxDaily | None
    product_max: ProductMax | None
    course_limit: CourseLimit | None
    min_interval: MinInterval | None
    topical: bool

    @property
    def product_name(self) -> str:
        """ "tramadol (extended-release)" for a form, else the medicine's name."""
        if self.form is None:
            return self.drug.name
        return f"{self.drug.name} ({self.form.name})"


def label_limits(drug: Drug, name: str | None, unit: str | None = None) -> LabelLimits:
    """The label limits of `drug` as the medicine called `name` (its form, if any); a
    dose in grams of a medicine with a topical form is that form (Voltaren 4 g)."""
    form = drug.form_for(name)
    if form is None and (unit or "").lower() == "g":
        form = next((f for f in drug.forms if f.route == "topical"), None)
    route = form.route if form is not None and form.route else drug.route

    def pick(attr: str) -> object:
        own = getattr(form, attr) if form is not None else None
        return own if own is not None else getattr(drug, attr)

    return LabelLimits(
        drug=drug,
        form=form,
        max_daily=form.max_daily if form is not None else None,
        product_max=pick("product_max"),  # type: ignore[arg-type]
        course_limit=pick("course_limit"),  # type: ignore[arg-type]
        min_interval=pick("min_interval"),  # type: ignore[arg-type]
        topical=route == "topical",
    )


def _dose_name(dose: DoseTaken, item: RegimenItem | None) -> str:
    """The name that tells a dose's form: as logged, else as the regimen has it."""
    if (
        item is not None
        and dose.generic
        and normalize_name(dose.name) == normalize_name(dose.generic)
    ):
        return item.name
    return dose.name


_UNIT_WORDS = {
    "tablet": ("tablet", "tablets"),
    "capsule": ("capsule", "capsules"),
    "patch": ("patch", "patches"),
    "g": ("g", "g"),
    "dose": ("dose", "doses"),
}


def _units_text(n: float, unit: str) -> str:
    one, many = _UNIT_WORDS[unit]
    if unit == "g":
        return f"{_fmt(n)} g"
    return f"{_fmt(n)} {one if abs(n - 1) < _EPS else many}"


def product_units(dose: DoseTaken, item: RegimenItem | None, cap: ProductMax) -> float | None:
    """How many of the label's units (tablets, patches, grams of gel) a dose was."""
    if cap.unit != "g":
        return _dose_units(dose, item)
    unit = (dose.unit or "").lower()
    if dose.amount is None or unit not in ("g", "mg"):
        return None
    grams = dose.amount if unit == "g" else dose.amount / 1000.0
    return grams * (dose.count or 1.0)


def strength_label(drug: Drug, dose: DoseTaken, item: RegimenItem | None) -> str | None:
    """The marketed strength a dose was ("10/325"), when it can be told."""
    name = _dose_name(dose, item)
    strength = dose.strength or (item.strength if item is not None else None)
    per: float | None = None
    unit: str | None = None
    if dose.amount is not None and dose.count is not None:
        per, unit = dose.amount, dose.unit
    elif item is not None:
        per, unit = item.amount_per_unit, item.unit
    amounts = ingredient_amounts(drug, per, unit, strength, name)
    if len(amounts) != len(drug.ingredients):
        return None
    for s in drug.strengths_for(name):
        if all(abs(s.amounts[k] - amounts[k]) < _EPS for k in drug.ingredients):
            return s.label
    return None


def _cap_for(cap: ProductMax, label: str | None) -> float | None:
    """A label's unit maximum for one strength; unknown strength: the most it allows."""
    value = cap.for_strength(label)
    if value is None and label is None and cap.by_strength:
        return max(cap.by_strength.values())
    return value


def _same_product(limits: LabelLimits, drug: Drug, name: str, unit: str | None) -> bool:
    if drug.generic != limits.drug.generic:
        return False
    other = label_limits(drug, name, unit).form
    return (other.name if other else None) == (limits.form.name if limits.form else None)


def _product_dose_warnings(
    regimen: Sequence[RegimenItem],
    doses: Sequence[DoseTaken],
    new: DoseTaken,
    drug: Drug,
) -> list[SafetyWarning]:
    """A product label's own limits after a dose: units a day, a form's mg maximum and
    the shortest gap between doses, counted over the 24 hours up to `new`."""
    item = _matching_item(regimen, drug)
    limits = label_limits(drug, _dose_name(new, item), new.unit)
    same = [
        d
        for d in doses
        if (dd := _drug_for(d.generic, d.name)) is not None
        and _same_product(limits, dd, _dose_name(d, item), d.unit)
    ]
    label = _label(_dose_name(new, item), drug)
    found = (
        _over_units(limits, same, item, label),
        _over_form_max(limits, same, item, label),
        _too_soon(limits, same, new, label),
    )
    return [w for w in found if w is not None]


def _over_units(
    limits: LabelLimits, same: Sequence[DoseTaken], item: RegimenItem | None, label: str
) -> SafetyWarning | None:
    """Past the label's units a day; mixed strengths count as shares of each one's limit
    (3 of 6 plus 7 of 12 is more than one day's worth)."""
    cap = limits.product_max
    if cap is None:
        return None
    share, counted, strengths = 0.0, 0.0, dict[str | None, float]()
    for d in same:
        units = product_units(d, item, cap)
        strength = strength_label(limits.drug, d, item)
        most = _cap_for(cap, strength)
        if units is None or most is None:
            continue
        share += units / most
        counted += units
        strengths[strength] = strengths.get(strength, 0.0) + units
    if share <= 1 + _EPS:
        return None
    only = next(iter(strengths)) if len(strengths) == 1 else None
    most = _cap_for(cap, only) if len(strengths) == 1 else None
    if most is not None:
        which = f" of the {only} strength" if only and cap.by_strength else ""
        limit_text = f"The label's maximum is {_units_text(most, cap.unit)} a day{which}"
    else:
        each = ", ".join(f"{_units_text(v, cap.unit)} of {k}" for k, v in cap.by_strength.items())
        limit_text = f"Together that is more than the label's daily maximum ({each})"
    return SafetyWarning(
        code="over_product_max",
        severity=Severity.WARNING,
        text=_finish(
            f"In the last 24 hours you've logged {_units_text(counted, cap.unit)} of {label}. "
            f"{limit_text}."
        ),
        medications=(limits.drug.generic,),
    )


def _over_form_max(
    limits: LabelLimits, same: Sequence[DoseTaken], item: RegimenItem | None, label: str
) -> SafetyWarning | None:
    """Past a form's own mg maximum (ConZip 300 mg, where tramadol allows 400)."""
    own = limits.max_daily
    if own is None or own.unit != "mg" or limits.form is None:
        return None
    primary = limits.drug.primary_ingredient
    total = math.fsum(_dose_ingredients(d, limits.drug, item).get(primary, 0.0) for d in same)
    if total <= own.absolute + _EPS:
        return None
    return SafetyWarning(
        code="over_labelled_max",
        severity=Severity.WARNING,
        text=_finish(
            f"In the last 24 hours you've logged about {_fmt(total)} mg of {label}. That is "
            f"more than the labelled maximum of {_fmt(own.absolute)} mg a day for "
            f"{limits.product_name}."
        ),
        medications=(limits.drug.generic,),
    )


def _too_soon(
    limits: LabelLimits, same: Sequence[DoseTaken], new: DoseTaken, label: str
) -> SafetyWarning | None:
    """A logged dose sooner than the label's shortest gap: the fact, as information."""
    gap = limits.min_interval
    earlier = [d for d in same if d.at < new.at]
    if gap is None or not earlier or new.scheduled:
        return None
    since = new.at - max(d.at for d in earlier)
    if since >= timedelta(hours=gap.hours) - timedelta(seconds=1):
        return None
    return SafetyWarning(
        code="min_interval",
        severity=Severity.INFO,
        text=_finish(
            f"Your last {label} was logged {_ago(since)} before this one. Its label says: "
            f"“{gap.text}”.",
            lead="If you have questions,",
        ),
        medications=(limits.drug.generic,),
    )


def _ago(gap: timedelta) -> str:
    minutes = int(gap.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    hours = minutes / 60
    return f"about {_fmt(round(hours * 2) / 2)} hour{'s' if hours >= 1.25 else ''}"


def plan_warnings(item: RegimenItem) -> list[SafetyWarning]:
    """Facts about one medicine's plan against its labels: a daily amount past an
    ingredient's maximum, a form's own maximum or the product's units a day."""
    drug = _drug_for(item.generic, item.name)
    units = item.units_per_day
    if units is None and item.as_needed and item.max_per_day:
        units = float(item.max_per_day)  # as needed: the person's own ceiling
    if drug is None or not units:
        return []
    limits = label_limits(drug, item.name, item.unit)
    plan = _Plan(
        item,
        limits,
        units,
        _label(item.name, drug),
        f"At your own maximum of {_fmt(units)} a day"
        if item.as_needed
        else f"At {_fmt(units)} a day",
    )
    per_unit = (
        {}
        if limits.topical
        else ingredient_amounts(drug, item.amount_per_unit, item.unit, item.strength, item.name)
    )
    return [*_plan_ingredients(plan, per_unit), *_plan_form(plan, per_unit), *_plan_units(plan)]


@dataclass(frozen=True)
class _Plan:
    item: RegimenItem
    limits: LabelLimits
    units: float  # units a day the plan allows
    label: str  # "Norco (hydrocodone/acetaminophen)"
    at: str  # "At 4 a day" / "At your own maximum of 6 a day"


def _plan_ingredients(plan: _Plan, per_unit: dict[str, float]) -> list[SafetyWarning]:
    out = []
    for ingredient, mg in per_unit.items():
        row = get_drug(ingredient)
        cap = row.max_daily if row is not None else None
        if cap is not None and cap.unit == "mg" and mg * plan.units > cap.absolute + _EPS:
            out.append(
                _plan_fact(
                    f"{plan.at}, {plan.label} adds up to {_fmt(mg * plan.units)} mg of "
                    f"{ingredient}. The labelled maximum is {_fmt(cap.absolute)} mg a day.",
                    plan.limits.drug,
                )
            )
    return out


def _plan_form(plan: _Plan, per_unit: dict[str, float]) -> list[SafetyWarning]:
    own = plan.limits.max_daily
    primary = per_unit.get(plan.limits.drug.primary_ingredient)
    if own is None or own.unit != "mg" or primary is None:
        return []
    if primary * plan.units <= own.absolute + _EPS:
        return []
    return [
        _plan_fact(
            f"{plan.at}, {plan.label} adds up to {_fmt(primary * plan.units)} mg. The labelled "
            f"maximum for {plan.limits.product_name} is {_fmt(own.absolute)} mg a day.",
            plan.limits.drug,
        )
    ]


def _plan_units(plan: _Plan) -> list[SafetyWarning]:
    cap = plan.limits.product_max
    if cap is None or cap.unit == "g":
        return []
    item = plan.item
    probe = DoseTaken(item.generic, item.name, None, None, None, datetime.min)
    strength = strength_label(plan.limits.drug, probe, item)
    most = _cap_for(cap, strength)
    if most is None or plan.units <= most + _EPS:
        return []
    which = f" of the {strength} strength" if strength and cap.by_strength else ""
    return [
        _plan_fact(
            f"{plan.at}, that is {_units_text(plan.units, cap.unit)} of {plan.label}. The "
            f"label's maximum is {_units_text(most, cap.unit)} a day{which}.",
            plan.limits.drug,
        )
    ]


def _plan_fact(text: str, drug: Drug) -> SafetyWarning:
    return SafetyWarning(
        code="plan_over_max",
        severity=Severity.WARNING,
        text=_finish(text),
        medications=(drug.generic,),
    )


def course_limit_notice(item: RegimenItem, today: date | None = None) -> SafetyWarning | None:
    """A labelled limit on how long a medicine is used: stated when it is added
    (`today` None), and again once the regimen has run past it."""
    drug = _drug_for(item.generic, item.name)
    if drug is None:
        return None
    limits = label_limits(drug, item.name, item.unit)
    course = limits.course_limit
    if course is None:
        return None
    label = _label(item.name, drug)
    if today is None:
        return SafetyWarning(
            code="course_limit",
            severity=Severity.INFO,
            text=_finish(
                f"The {label} label says it is for short-term use: “{course.text}”.",
                lead="If you have questions about how long to take it,",
            ),
            medications=(drug.generic,),
        )
    if item.started is None:
        return None
    days = (today - item.started).days + 1
    if days <= course.days:
        return None
    return SafetyWarning(
        code="course_limit_passed",
        severity=Severity.CAUTION,
        text=_finish(
            f"{label} has been on your list for {days} days, since "
            f"{item.started.strftime('%-d %b')}. Its label says: “{course.text}”. "
            "This is a fact worth discussing with your prescriber."
        ),
        medications=(drug.generic,),
    )


# ------------------------------------------------------------ label danger signs


def danger_sign_notes(flags: Sequence[str], names: Iterable[str]) -> list[str]:
    """For each red flag a class's Medication Guide names (an NSAID and stomach
    bleeding), one sentence naming the person's medicines of that class."""
    drugs: dict[str, tuple[Drug, str]] = {}
    for name in names:
        drug = _drug_for(None, name) if name else None
        if drug is not None and drug.generic not in drugs:
            drugs[drug.generic] = (drug, display_name(name.strip()) or drug.name)
    out: list[str] = []
    for flag in flags:
        for key, cls in knowledge().classes.items():
            sentence = cls.danger_signs.get(flag)
            if sentence is None:
                continue
            mine = [shown for drug, shown in drugs.values() if key in drug.classes]
            if mine:
                listed = [", ".join(mine[:-1]), mine[-1]] if len(mine) > 1 else mine
                meds = "your " + " and ".join(listed)
                text = sentence.format(meds=meds)
                if text not in out:
                    out.append(text[:1].upper() + text[1:])
    return out


def drug_of(dose: DoseTaken) -> Drug | None:
    """The knowledge row of a logged dose, by its generic or its name."""
    return _drug_for(dose.generic, dose.name)
