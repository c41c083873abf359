"""What a dose holds: the amount of each ingredient in one unit or one logged dose, the
strength and form it was, and the limits its own label sets (LabelLimits). Pure: the
knowledge file supplies the facts; every check in bot.domain reads doses through here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from bot.domain.patches import worn_for
from bot.domain.regimen import display_name, product_names_it
from bot.domain.warnings import EPS, fmt
from bot.knowledge import (
    CourseLimit,
    Drug,
    Form,
    MaxDaily,
    MinInterval,
    ProductMax,
    get_drug,
    normalize_name,
    parse_strength,
    resolve_name,
    unit_word,
)


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
    #: As needed "every 4 hours": the person's own shortest gap between doses.
    min_gap_hours: int | None = None
    #: Units (tablets) in one dose: "2 tablets" of `amount_per_unit`; None is one.
    units_per_dose: float | None = None
    #: A dose that varies ("1-2 tablets"): the most units one dose may be; None: no range.
    units_per_dose_max: float | None = None
    #: The ingredients told that no check knows ("aceclofenac 100"), beside `generic`.
    other_ingredients: tuple[str, ...] = ()
    #: An oral liquid's concentration: the ml that hold `amount_per_unit` ("10 mg/5 ml": 5).
    volume_ml: float | None = None

    @property
    def most_per_dose(self) -> float:
        """The most units one dose may be: a range's top, else the dose itself."""
        return self.units_per_dose_max or self.units_per_dose or 1.0


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
    #: logged of no listed medicine (an off-list dose is told its pair warnings in full)
    off_list: bool = False
    #: a scheduled dose's due time (its reminder's)
    due: datetime | None = None


#: A reminder's dose tapped Taken this soon after it was due is counted at its due time in
#: a 24-hour total: four doses a day at their times are not five in 24 hours because one
#: tap came five minutes late (Sandbox, Glasgow: co-codamol 2 × 4 a day, a poison-line
#: alarm at every late tap). Doses answered later keep the time they were told.
ON_TIME_SLACK = timedelta(minutes=30)


def counted_at(dose: DoseTaken) -> datetime:
    """When a dose counts in a rolling 24 hours: a scheduled dose tapped on time at its
    due time, else when it was taken."""
    if (
        dose.scheduled
        and dose.due is not None
        and timedelta(0) <= dose.at - dose.due <= ON_TIME_SLACK
    ):
        return dose.due
    return dose.at


def drug_for(generic: str | None, name: str) -> Drug | None:
    if generic:
        drug = get_drug(generic)
        if drug is not None:
            return drug
        match = resolve_name(generic)
        if match is not None:
            return match.drug
    match = resolve_name(name) if name else None
    return match.drug if match is not None else None


def label_for(name: str, drug: Drug | None) -> str:
    """``"Norco (hydrocodone/acetaminophen)"``; just the name when they agree."""
    # A name reads as a name, however it was typed ("tylenol" → "Tylenol").
    shown = display_name(name.strip()) or (drug.name if drug else "this medicine")
    if drug is None:
        return shown
    if normalize_name(shown) in (normalize_name(drug.generic), normalize_name(drug.name)):
        return drug.name
    return f"{shown} ({drug.name})"


def parts_of(other_ingredients: str | None) -> tuple[str, ...]:
    """`Medication.other_ingredients` as its parts ("aceclofenac 100", …)."""
    return tuple(p.strip() for p in (other_ingredients or "").split(",") if p.strip())


def to_mg(amount: float, unit: str | None) -> float | None:
    u = (unit or "mg").strip().lower()
    if u in ("mg", "milligram", "milligrams"):
        return amount
    if u in ("g", "gram", "grams"):
        return amount * 1000.0
    if u in ("mcg", "µg", "ug", "microgram", "micrograms"):
        return amount / 1000.0
    return None


def counted_unit(
    generic: str | None, name: str, amount: float | None, unit: str | None
) -> str | None:
    """The unit a dose's amount is counted in: as said; said bare ("1000 of tylenol") of a
    medicine the knowledge knows, taken by mouth, mg, as `to_mg` reads it for the day's
    totals (kept so, the record says what the chat and the totals said). A gel's bare
    number is no mg of it: left unsaid."""
    if unit is not None or amount is None:
        return unit
    drug = drug_for(generic, name)
    if drug is None or label_limits(drug, name).topical:
        return None
    return "mg"


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
    whole = written_amounts(drug, strength)
    if whole is not None:
        return whole
    amount = to_mg(amount_per_unit, unit) if amount_per_unit is not None else None
    if amount is None and written and len(written) == 1:
        amount = written[0]
    if not drug.is_combination:
        if amount is None:
            amount = _named_strength(drug, name)
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


def strength_in_name(generic: str | None, name: str) -> float | None:
    """mg in one unit of a single-ingredient medicine whose name says it ("extra strength
    tylenol": 500), as written on its pack; None when the name does not."""
    drug = drug_for(generic, name)
    if drug is None or drug.is_combination:
        return None
    return _named_strength(drug, name)


def saved_as(product: str | None, listed_name: str) -> bool:
    """Whether the name a dose was said by is the listed medicine's own name as saved
    ("advil" of a listed "Advil 400")."""
    return bool(product) and normalize_name(product or "") == normalize_name(listed_name)


def plainly_named(product: str | None, generic: str | None, listed_name: str) -> bool:
    """Whether a dose said by `product` names the listed medicine plainly — by its own
    saved name, or by one word that is a brand of its generic ("advil", "motrin" of a
    listed ibuprofen) — rather than by a name that says a strength ("extra strength
    tylenol", "naproxen sodium 220", "anaprox ds"): with no count or amount said, a plain
    name is the person's listed dose, never one tablet of the brand's labelled strength."""
    if not product:
        return False
    if saved_as(product, listed_name):
        return True
    drug = drug_for(generic, product)
    word = normalize_name(product)
    if drug is None or len(word.split()) != 1:
        return False
    return word in {normalize_name(b) for b in drug.brands}


def another_product(generic: str | None, product: str, listed_strength: str | None) -> bool:
    """Whether a combination product named ("zapain", co-codamol 500/8 or 500/30) is sold
    in no strength the listed one has (Solpadeine Max 500/12.8): another product, not a
    dose of the listed medicine."""
    drug = drug_for(generic, product)
    if drug is None or not drug.is_combination:
        return False
    word = product.strip().lower()
    named = [s.amounts for s in drug.strengths if word in (n.lower() for n in s.names)]
    listed = written_amounts(drug, listed_strength)
    return bool(named) and listed is not None and listed not in named


def another_brand(generic: str | None, product: str, listed_name: str) -> bool:
    """Whether a dose named by one brand ("crocin") is of another brand than the listed one
    ("Dolo 650"), both of one ingredient: a product of its own, not the listed dose. The
    ingredient's own name ("paracetamol") or a listed generic names the listed dose."""
    drug = drug_for(generic, listed_name)
    if drug is None:
        return False
    said, listed = drug.brand_family(product), drug.brand_family(listed_name)
    return said is not None and listed is not None and said != listed


def _named_strength(drug: Drug, name: str | None) -> float | None:
    """The amount in one unit when the name itself says it: a form sold in one strength
    ("extra strength tylenol" 500 mg, Aleve 220 mg). Plain "Tylenol" says nothing."""
    form = drug.form_for(name)
    if form is None or len(form.strengths) != 1 or form.strengths[0].unit != "mg":
        return None
    return form.strengths[0].amounts.get(drug.ingredients[0])


def written_amounts(drug: Drug, strength: str | None) -> dict[str, float] | None:
    """mg of each ingredient in one unit of a combination written "A/B": in the order of
    the drug's name, or reversed when only that order is a marketed strength ("325/10"
    for Norco, "30/500" for co-codamol). None unless it names every ingredient."""
    written = parse_strength(strength)
    if not drug.is_combination or not written:
        return None
    for st in drug.strengths:
        # A strength printed with a part no row counts (Zerodol-SP "100/325/15": its
        # serratiopeptidase) is read as the label the file gives it, never part by part.
        if len(st.amounts) < len(written) and parse_strength(st.label) == written:
            return dict(st.amounts)
    if len(written) != len(drug.ingredients):
        return None
    marketed = [s.amounts for s in drug.strengths]

    def is_marketed(values: tuple[float, ...]) -> bool:
        pairs = dict(zip(drug.ingredients, values, strict=True))
        return any(all(abs(m.get(k, -1) - v) < EPS for k, v in pairs.items()) for m in marketed)

    if not is_marketed(written) and is_marketed(written[::-1]):
        written = written[::-1]
    return dict(zip(drug.ingredients, written, strict=True))


def combination_amount(drug: Drug, strength: str) -> float | None:
    """mg of the ingredient that varies between products (hydrocodone in "10/325") in one
    unit of a combination written as "A/B" (either order, see `written_amounts`)."""
    amounts = written_amounts(drug, strength)
    return amounts[drug.primary_ingredient] if amounts is not None else None


def matching_item(
    regimen: Sequence[RegimenItem], drug: Drug, name: str | None = None
) -> RegimenItem | None:
    """The list entry of `drug`; of two entries of it (Crocin 500 mg and Dolo 650 mg, both
    paracetamol), the one called `name` (a dose's name as logged), else the first. A Crocin
    counted at Dolo's 650 mg, or against Dolo's own maximum, would be a wrong record
    (Sandbox, Pune)."""
    items = [
        item
        for item in regimen
        if (d := drug_for(item.generic, item.name)) is not None and d.generic == drug.generic
    ]
    if name and len(items) > 1:
        exact = normalize_name(name)
        named = next((i for i in items if normalize_name(i.name) == exact), None)
        named = named or next((i for i in items if product_names_it(name, i.name)), None)
        if named is not None:
            return named
    return items[0] if items else None


def dose_units(dose: DoseTaken, item: RegimenItem | None) -> float:
    """How many units (tablets, patches) a dose was — of the listed medicine's strength
    when the dose's own tablets are another ("2 advil" of 200 mg beside a listed 400 mg
    is one of those)."""
    if item is not None and item.volume_ml and dose.amount is not None and _ml(dose.unit):
        # ml of a listed liquid are units of its volume: 10 ml of 10 mg/5 ml is 2
        # (Sandbox: each ml dose counted 1, so 10 ml beside "max 6" read as 5 ml)
        return dose.amount * (dose.count or 1.0) / item.volume_ml
    if dose.count is not None:
        if item is None or dose.amount is None or not item.amount_per_unit:
            return dose.count
        if another_strength(dose.amount, dose.unit, item.amount_per_unit, item.unit, item.strength):
            return dose.count * dose.amount / item.amount_per_unit
        return dose.count
    if dose.amount is not None and (dose.unit or "").lower() == "unit":
        return dose.amount
    if dose.amount is not None and item is not None and item.amount_per_unit:
        total = to_mg(dose.amount, dose.unit)
        per = to_mg(item.amount_per_unit, item.unit)
        if total is not None and per:
            return total / per
    return 1.0


def _ml(unit: str | None) -> bool:
    return (unit or "").lower() == "ml"


def part_taken(
    count: float | None, amount: float | None, unit: str | None, item: RegimenItem
) -> float | None:
    """The units of the listed strength taken when less than one listed dose was said
    ("½ a naproxen", "250mg" of a 500 mg one, one of a two-tablet dose); None when the
    whole dose or more was, or the amount cannot be set against the listed strength (a
    combination's amount names one ingredient only)."""
    if amount is None:
        units = count
    elif item.strength or not item.amount_per_unit:
        units = None
    else:
        # An amount beside a count is one tablet's ("2 x 200mg"), alone it is the dose's.
        each = units_of(amount, unit, item)
        units = None if each is None else each * (count if count is not None else 1.0)
    whole = item.units_per_dose or 1.0
    if units is None or units <= EPS or units >= whole - EPS:
        return None
    return units


#: A listed dose is read as several tablets of one marketed strength only up to this many.
MOST_TABLETS_IN_A_DOSE = 4


def tablet_of_the_dose(item: RegimenItem, count: float) -> float | None:
    """mg in one tablet when `count` tablets were said of a listed dose that is no tablet
    sold but several of one ("2 paracetamol" of a listed 1 g: two 500 mg tablets, not 2 g);
    None when the listed dose is itself a marketed tablet, or which tablet is unclear."""
    if count < 2 or item.strength or item.most_per_dose != 1.0:
        return None
    if not item.amount_per_unit or item.unit is None:
        return None
    listed = to_mg(item.amount_per_unit, item.unit)
    drug = drug_for(item.generic, item.name)
    if listed is None or drug is None or drug.is_combination:
        return None
    sold = {s.amounts[drug.ingredients[0]] for s in drug.strengths if s.unit == "mg"}
    sold.discard(0.0)
    if not sold or any(abs(listed - each) < EPS for each in sold):
        return None
    # strengths of which a whole number of tablets (2 to 4) makes the listed dose
    makes = {each: listed / each for each in sold}
    fits = [
        each
        for each, n in makes.items()
        if abs(n - round(n)) < EPS and 2 <= round(n) <= MOST_TABLETS_IN_A_DOSE
    ]
    if len(fits) == 1:
        return fits[0]
    exact = [each for each in fits if abs(makes[each] - count) < EPS]
    return exact[0] if len(exact) == 1 else None


def tablets_beyond(
    count: float, amount: float, unit: str | None, item: RegimenItem
) -> float | None:
    """Tablets of `amount` beyond the listed dose, a range's most ("4 x 500mg" of a listed
    1 g: 2 more); None when they make the dose or less, or cannot be set against it (a
    combination)."""
    if item.strength or not item.amount_per_unit:
        return None
    each = units_of(amount, unit, item)
    if each is None or each <= EPS:
        return None
    more = count - item.most_per_dose / each
    return round(more, 3) if more > EPS else None


def amount_beyond(amount: float, unit: str | None, item: RegimenItem) -> float | None:
    """The part of an amount said alone, in its unit, beyond the listed dose, a range's
    most ("600mg" of a listed 300 mg: 300; "10 ml" of a 5 ml dose: 5); None when it is
    the dose or less, or cannot be set against it (a combination)."""
    if item.strength or not item.amount_per_unit:
        return None
    units = units_of(amount, unit, item)
    if units is None or units <= EPS or units - item.most_per_dose <= EPS:
        return None
    return round(amount * (units - item.most_per_dose) / units, 4)


def units_of(amount: float, unit: str | None, item: RegimenItem) -> float | None:
    """`amount` as listed units of `item`: ml of a liquid against its measure ("2 ml" of
    10 mg/5 ml: 0.4), else against its strength; None when the units do not convert."""
    if (unit or "").lower() in ("ml", "mls") and is_liquid(item) and item.volume_ml:
        return amount / item.volume_ml
    if item.amount_per_unit is None:
        return None
    return _in_listed_units(amount, unit, item.amount_per_unit, item.unit)


def _in_listed_units(
    amount: float, unit: str | None, listed: float, listed_unit: str | None
) -> float | None:
    """`amount` as a number of listed units ("250 mg" of 500 mg: 0.5); None across units
    that do not convert (ml against mg)."""
    mine, theirs = to_mg(amount, unit), to_mg(listed, listed_unit)
    if mine is not None and theirs:
        return mine / theirs
    if (unit or "").lower() == (listed_unit or "").lower():
        return amount / listed
    return None


def another_strength(
    amount: float | None,
    unit: str | None,
    listed: float | None,
    listed_unit: str | None,
    listed_strength: str | None = None,
) -> bool:
    """Whether one tablet of `amount` is another strength than the listed medicine's
    ("Advil" 200 mg beside a listed ibuprofen 800 mg): both known, in one unit, and
    not a combination's strength (whose amount names one ingredient only)."""
    if amount is None or listed is None or listed_strength:
        return False
    if (unit or "mg").lower() != (listed_unit or "mg").lower():
        return False
    return abs(amount - listed) > EPS


def in_mg_of_liquid(
    amount: float | None, unit: str | None, count: float | None, item: RegimenItem | None
) -> float | None:
    """A dose said in ml of a listed liquid as the mg it holds, by the concentration the
    person listed ("5 ml" of 10 mg/5 ml: 10 mg); None when it was not said in ml or the
    concentration is not known."""
    if amount is None or (unit or "").lower() != "ml" or item is None or not item.volume_ml:
        return None
    per_volume = to_mg(item.amount_per_unit, item.unit) if item.amount_per_unit else None
    if per_volume is None or item.strength:
        return None
    return amount * (count or 1.0) / item.volume_ml * per_volume


def is_liquid(item: RegimenItem | None) -> bool:
    """Whether a listed medicine is an oral liquid listed with its concentration, its
    doses then counted in ml ("Oramorph 10 mg/5 ml")."""
    return (
        item is not None
        and bool(item.volume_ml)
        and item.amount_per_unit is not None
        and (not item.strength)
    )


def listed_ml(item: RegimenItem, doses: float = 1.0) -> float | None:
    """The ml of `doses` of a listed liquid's own dose, a range's least ("took oramorph" of
    2.5–5 ml: 2.5, as a tablet range's least is its one tablet); None of no liquid."""
    if not is_liquid(item) or item.volume_ml is None:
        return None
    return round((item.units_per_dose or 1.0) * doses * item.volume_ml, 4)


def ml_choices(item: RegimenItem, count: float) -> tuple[float, ...]:
    """What "took 2 oramorph" may have been, in ml, least first: `count` of the listed
    dose (each end of a range), or `count` ml. The person picks; none is guessed."""
    if not is_liquid(item) or item.volume_ml is None or count <= 0:
        return ()
    least = (item.units_per_dose or 1.0) * item.volume_ml
    said = {round(count * least, 4), round(count * item.most_per_dose * item.volume_ml, 4)}
    said.add(round(count, 4))
    return tuple(sorted(said))


def liquid_step(
    amount: float | None,
    unit: str | None,
    listed: float | None,
    listed_unit: str | None,
    volume_ml: float | None,
) -> float | None:
    """A titration step's dose of a liquid listed as `listed` `listed_unit` per
    `volume_ml` ml, as units of that volume ("then 2.5 ml" or "then 5 mg" of 10 mg/5 ml:
    0.5), so the step keeps the concentration; None when it is no liquid or the step's
    dose cannot be read against it."""
    if amount is None or amount <= 0 or not volume_ml or listed is None or listed <= 0:
        return None
    if (unit or "").lower() in ("ml", "mls"):
        return round(amount / volume_ml, 4)
    said, per_volume = to_mg(amount, unit), to_mg(listed, listed_unit)
    if unit is None or said is None or per_volume is None:
        return None  # ("then 1": a count, not a dose we can measure against the bottle)
    return round(said / per_volume, 4)


def ingredients_in_dose(dose: DoseTaken, drug: Drug, item: RegimenItem | None) -> dict[str, float]:
    """Total mg of each ingredient in one logged dose (known ingredients only); nothing for
    a topical form (grams of gel are not milligrams swallowed)."""
    mg = in_mg_of_liquid(dose.amount, dose.unit, dose.count, item)
    if mg is not None:
        # (Sandbox, Dublin: 5 ml of Oramorph 10 mg/5 ml was no mg, so no MME, anywhere)
        dose = replace(dose, amount=round(mg, 4), unit="mg", count=None)
    if label_limits(drug, dose_name(dose, item), dose.unit).topical:
        return {}
    if worn_for(dose.generic, dose_name(dose, item)) is not None:
        # A week's patch is a rate (10 mcg/h), not an amount taken: as mg it was a day's
        # "buprenorphine 0 mg" beside paracetamol's total (Sandbox, Dublin).
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
                primary_mg = to_mg(dose.amount, dose.unit)
                if (
                    primary_mg is not None
                    and abs(written.get(drug.primary_ingredient, -1.0) - primary_mg) < EPS
                ):
                    per = written
            return {k: v * dose.count for k, v in per.items()}
        total = to_mg(dose.amount, dose.unit)
        if total is None:
            return {}
        if not drug.is_combination:
            form = drug.form_for(dose_name(dose, item))
            return {drug.ingredients[0]: total * (form.as_ingredient if form else 1.0)}
        per_unit = ingredient_amounts(drug, item_amount, item_unit, strength, dose.name)
        primary = drug.primary_ingredient
        if per_unit.get(primary):
            n = total / per_unit[primary]
            return {k: v * n for k, v in per_unit.items()}
        return ingredient_amounts(drug, total, "mg", None, dose.name)
    units = dose_units(dose, item)
    per_unit = ingredient_amounts(drug, item_amount, item_unit, strength, dose.name)
    return {k: v * units for k, v in per_unit.items()}


def dose_ingredients(dose: DoseTaken, regimen: Sequence[RegimenItem]) -> dict[str, float]:
    """mg of each known ingredient in one logged dose ({} for an unknown medicine); the
    regimen supplies the strength when the dose does not say it."""
    drug = drug_for(dose.generic, dose.name)
    if drug is None:
        return {}
    return ingredients_in_dose(dose, drug, matching_item(regimen, drug, dose.name))


@dataclass(frozen=True)
class IngredientTotal:
    """One ingredient added up over doses: the mg known, from which products, and the
    doses that hold it in an amount not known (plain "Tylenol": no strength said)."""

    ingredient: str
    mg: float
    products: tuple[str, ...]
    unknown: tuple[str, ...]


def ingredient_total(
    doses: Sequence[DoseTaken], regimen: Sequence[RegimenItem], ingredient: str
) -> IngredientTotal:
    """mg of `ingredient` across `doses`, every product that contains it counted (Norco's
    acetaminophen beside Tylenol's)."""
    mg = 0.0
    products: dict[str, None] = {}
    unknown: dict[str, None] = {}
    for dose in doses:
        drug = drug_for(dose.generic, dose.name)
        if drug is None or ingredient not in drug.ingredients:
            continue
        item = matching_item(regimen, drug, dose.name)
        if label_limits(drug, dose_name(dose, item), dose.unit).topical:
            continue  # grams of gel on the skin are not milligrams swallowed
        amount = ingredients_in_dose(dose, drug, item).get(ingredient)
        if amount is None:
            unknown[display_name(dose.name)] = None
        else:
            mg += amount
            products[display_name(dose.name)] = None
    return IngredientTotal(ingredient, mg, tuple(products), tuple(unknown))


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


def dose_name(dose: DoseTaken, item: RegimenItem | None) -> str:
    """The name that tells a dose's form: as logged, else as the regimen has it."""
    if (
        item is not None
        and dose.generic
        and normalize_name(dose.name) == normalize_name(dose.generic)
    ):
        return item.name
    return dose.name


def units_text(n: float, unit: str) -> str:
    """ "7 tablets", "1 patch", "40 g"."""
    return f"{fmt(n)} {unit_word(unit, n)}"


def product_units(dose: DoseTaken, item: RegimenItem | None, cap: ProductMax) -> float | None:
    """How many of the label's units (tablets, patches, grams of gel) a dose was."""
    if cap.unit != "g":
        return dose_units(dose, item)
    unit = (dose.unit or "").lower()
    if dose.amount is None or unit not in ("g", "mg"):
        return None
    grams = dose.amount if unit == "g" else dose.amount / 1000.0
    return grams * (dose.count or 1.0)


def strength_label(drug: Drug, dose: DoseTaken, item: RegimenItem | None) -> str | None:
    """The marketed strength a dose was ("10/325"), when it can be told."""
    name = dose_name(dose, item)
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
        if all(abs(s.amounts[k] - amounts[k]) < EPS for k in drug.ingredients):
            return s.label
    return None


def cap_for(cap: ProductMax, label: str | None) -> float | None:
    """A label's unit maximum for one strength; unknown strength: the most it allows."""
    value = cap.for_strength(label)
    if value is None and label is None and cap.by_strength:
        return max(cap.by_strength.values())
    return value


def same_product(limits: LabelLimits, drug: Drug, name: str, unit: str | None) -> bool:
    if drug.generic != limits.drug.generic:
        return False
    other = label_limits(drug, name, unit).form
    return (other.name if other else None) == (limits.form.name if limits.form else None)


def drug_of(dose: DoseTaken) -> Drug | None:
    """The knowledge row of a logged dose, by its generic or its name."""
    return drug_for(dose.generic, dose.name)


def one_form_with_own_max(ingredient: str, names: Iterable[str | None]) -> Form | None:
    """The one form of `ingredient`'s own row that all the products `names` are, when its
    label gives its own daily maximum in mg (Novalgin's 4,000 mg beside Nolotil's 3,450 mg
    of metamizole); else None."""
    drug = get_drug(ingredient)
    if drug is None:
        return None
    forms = {f.name if f else None: f for f in (drug.form_for(n) for n in names)}
    (form,) = forms.values() if len(forms) == 1 else (None,)
    own = form.max_daily if form is not None else None
    return form if own is not None and own.unit == "mg" else None


def could_be_a_dose_of(
    amount: float | None,
    unit: str | None,
    listed: float | None,
    listed_unit: str | None,
    volume_ml: float | None,
) -> bool:
    """Whether an amount told with no medicine named ("had 2.5 ml", "took 400mg") could
    be a dose of a listed one: ml only of a liquid; mg or mcg what a half to four of its
    units hold, or any amount of a liquid. True when nothing was said to judge by."""
    if amount is None or not unit:
        return True
    if unit.lower() == "ml":
        return volume_ml is not None
    said = to_mg(amount, unit)
    if said is None:
        return True
    if volume_ml is not None:
        return True  # "10 mg" of Oramorph: any part of a spoonful
    one = to_mg(listed, listed_unit) if listed else None
    if not one:
        return True  # listed with no strength: nothing to judge by
    units = said / one
    # half a tablet, one and a half, or whole tablets up to four (never "2.5 of them")
    whole = abs(units - round(units)) < EPS and 1 <= round(units) <= 4
    return whole or any(abs(units - half) < EPS for half in (0.5, 1.5))
